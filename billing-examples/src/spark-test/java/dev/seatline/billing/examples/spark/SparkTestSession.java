package dev.seatline.billing.examples.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark session: the runner's, on {@code local[2]} with few shuffle partitions. */
final class SparkTestSession {
  private SparkTestSession() {}

  static SparkSession start() {
    return SparkRating.session(
        SparkRating.parse(
            new String[] {
              "--master",
              "local[2]",
              "--tables",
              "-",
              "--out",
              "-",
              "--period",
              "0",
              "--partitions",
              "4"
            }));
  }
}
