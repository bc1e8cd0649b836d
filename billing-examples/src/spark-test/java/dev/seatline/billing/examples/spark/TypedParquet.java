package dev.seatline.billing.examples.spark;

import static org.apache.spark.sql.functions.col;

import dev.seatline.billing.examples.tables.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The tests' conversion of CSV tables to Parquet as a lake holds them: instants as TIMESTAMP
 * (adjusted to UTC), dates as DATE, counts as INT, text as STRING, each table a directory of two
 * part files.
 */
final class TypedParquet {
  private static final Set<String> INSTANTS =
      Set.of("from", "to", "at", "placed_at", "shipped_at", "deleted_at", "cancelled_at");
  private static final Set<String> DATES = Set.of("contract_effective_date");
  private static final Set<String> COUNTS =
      Set.of("quantity", "concurrent_calls", "concurrent_seats_purchased", "seats");

  private TypedParquet() {}

  static void write(SparkSession spark, Path csvTables, Path parquetTables) {
    for (Table table : Table.values()) {
      Path csv = csvTables.resolve(table.fileName() + ".csv");
      if (!Files.exists(csv)) {
        continue;
      }
      Dataset<Row> rows =
          spark
              .read()
              .option("header", "true")
              .option("multiLine", "true")
              .option("escape", "\"")
              .csv(csv.toString());
      List<Column> typed = new ArrayList<>();
      for (String column : rows.columns()) {
        Column c = col("`" + column + "`");
        if (INSTANTS.contains(column)) {
          c = functions.to_timestamp(c);
        } else if (DATES.contains(column)) {
          c = functions.to_date(c);
        } else if (COUNTS.contains(column)) {
          c = c.cast("int");
        }
        typed.add(c.as(column));
      }
      rows.select(typed.toArray(new Column[0]))
          .repartition(2)
          .write()
          .parquet(parquetTables.resolve(table.fileName()).toString());
    }
  }
}
