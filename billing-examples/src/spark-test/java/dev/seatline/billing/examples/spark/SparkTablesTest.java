package dev.seatline.billing.examples.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables as Spark reads them: CSV and Parquet to the same tagged rows, and the table checks.
 */
class SparkTablesTest {
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** A row of a read table: its organization, source and values, to compare the two forms. */
  private record Read(String orgId, String table, String source, List<String> values) {}

  private static List<Read> read(Dataset<Row> tagged) {
    List<Read> rows = new ArrayList<>();
    for (Row row : tagged.collectAsList()) {
      List<String> values = new ArrayList<>();
      for (String v : TaggedRow.values(row)) {
        values.add(String.valueOf(v));
      }
      rows.add(
          new Read(
              String.valueOf(row.getString(TaggedRow.ORG_ID)),
              TaggedRow.table(row).fileName(),
              TaggedRow.source(row).location(),
              values));
    }
    rows.sort(Comparator.comparing(Read::source));
    return rows;
  }

  private void writeMinimalTables(Path tables) throws IOException {
    Files.createDirectories(tables);
    Files.writeString(
        tables.resolve("organizations.csv"),
        """
        org_id,environment,status,currency,licensing,contract_effective_date
        acme,PRODUCTION,ACTIVE,USD,NAMED,2026-01-15
        """,
        UTF_8);
    Files.writeString(
        tables.resolve("prices.csv"), "org_id,kind,item,unit_price\nacme,SEAT,COMMUNICATE,25\n");
    Files.writeString(tables.resolve("users.csv"), "org_id,user_id,deleted_at\nacme,alice,\n");
  }

  @Test
  void csvRowsKeepTheirLinesAndComeInCanonicalColumnOrder() throws IOException {
    Path tables = dir.resolve("csv");
    writeMinimalTables(tables);
    // columns in another order than the canonical org_id, user_id, channel, from, to; line 2's
    // quoted user id spans two lines, so the next row starts on line 4; an empty field is null
    Files.writeString(
        tables.resolve("sessions.csv"),
        """
        from,org_id,to,user_id,channel
        2026-01-16T14:00:00Z,acme,2026-01-16T22:00:00Z,"al
        ice",WEB
        2026-01-17T14:00:00Z,acme,,alice,DESKTOP
        """,
        UTF_8);

    List<Read> sessions =
        read(SparkTables.read(spark, tables.toString())).stream()
            .filter(r -> r.table().equals("sessions"))
            .toList();

    assertThat(sessions)
        .containsExactly(
            new Read(
                "acme",
                "sessions",
                "sessions.csv:2",
                List.of("acme", "al\nice", "WEB", "2026-01-16T14:00:00Z", "2026-01-16T22:00:00Z")),
            new Read(
                "acme",
                "sessions",
                "sessions.csv:4",
                List.of("acme", "alice", "DESKTOP", "2026-01-17T14:00:00Z", "null")));
  }

  @Test
  void parquetValuesAreTheCsvText() throws IOException {
    Path tables = dir.resolve("parquet");
    writeMinimalTables(tables);
    Files.delete(tables.resolve("organizations.csv"));
    // organizations as typed Parquet: a DATE, a TIMESTAMP (UTC), an integer, a decimal
    StructType schema =
        new StructType()
            .add("org_id", DataTypes.StringType)
            .add("environment", DataTypes.StringType)
            .add("status", DataTypes.StringType)
            .add("currency", DataTypes.StringType)
            .add("licensing", DataTypes.StringType)
            .add("contract_effective_date", DataTypes.DateType)
            .add("cancelled_at", DataTypes.TimestampType)
            .add("concurrent_seats_purchased", DataTypes.IntegerType)
            .add("minimum_monthly_amount", DataTypes.createDecimalType(18, 6));
    Row acme =
        RowFactory.create(
            "acme",
            "PRODUCTION",
            "CANCELLED",
            "USD",
            "CONCURRENT",
            LocalDate.of(2026, 1, 15),
            Instant.parse("2026-03-01T05:00:00Z"),
            40,
            new BigDecimal("1000.500000"));
    spark
        .createDataFrame(List.of(acme), schema)
        .coalesce(1)
        .write()
        .parquet(tables.resolve("organizations").toString());

    List<Read> organizations =
        read(SparkTables.read(spark, tables.toString())).stream()
            .filter(r -> r.table().equals("organizations"))
            .toList();

    // the canonical columns: org_id, environment, status, currency, licensing,
    // contract_effective_date, time_zone, cancelled_at, concurrent_seats_purchased, edition,
    // minimum_monthly_amount; those absent from the file are null
    assertThat(organizations).hasSize(1);
    Read read = organizations.get(0);
    assertThat(read.values())
        .containsExactly(
            "acme",
            "PRODUCTION",
            "CANCELLED",
            "USD",
            "CONCURRENT",
            "2026-01-15",
            "null",
            "2026-03-01T05:00:00Z",
            "40",
            "null",
            "1000.500000");
    // organizations/part-00000-<uuid>.snappy.parquet, its first row
    assertThat(read.source()).startsWith("organizations/part-00000-").endsWith(".parquet:row 1");
  }

  @Test
  void tableProblemsAreInvalidTablesNamingTheFile() throws IOException {
    Path tables = dir.resolve("bad");
    writeMinimalTables(tables);
    Files.writeString(tables.resolve("on_queue.csv"), "org_id,user_id,from,till\n");
    assertThatThrownBy(() -> SparkTables.read(spark, tables.toString()))
        .isInstanceOf(InvalidTablesException.class)
        .hasMessageContaining("on_queue.csv: unknown column 'till'");

    Files.writeString(tables.resolve("on_queue.csv"), "org_id,from\n");
    assertThatThrownBy(() -> SparkTables.read(spark, tables.toString()))
        .hasMessageContaining("on_queue.csv: missing required column 'user_id'");

    Files.delete(tables.resolve("on_queue.csv"));
    Files.delete(tables.resolve("users.csv"));
    assertThatThrownBy(() -> SparkTables.read(spark, tables.toString()))
        .hasMessageContaining("users: missing required table");
  }

  @Test
  void everyTableIsGroupedByOrganizationInOneShuffle() throws IOException {
    Path tables = dir.resolve("shuffle");
    writeMinimalTables(tables);
    Files.writeString(tables.resolve("on_queue.csv"), "org_id,user_id,from,to\n");
    SparkRating.Options options =
        SparkRating.parse(
            new String[] {"--tables", tables.toString(), "--out", "unused", "--period", "0"});

    String plan = SparkRating.ratedRows(spark, options).queryExecution().executedPlan().toString();

    // four tables read, one exchange: the union is shuffled once by org_id
    assertThat(plan.split("Exchange hashpartitioning", -1)).hasSize(2);
  }
}
