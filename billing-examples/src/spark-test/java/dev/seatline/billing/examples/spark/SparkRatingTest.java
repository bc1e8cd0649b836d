package dev.seatline.billing.examples.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.examples.tables.Selection;
import dev.seatline.billing.examples.tables.SingleMachine;
import dev.seatline.billing.examples.tables.TablesRun;
import dev.seatline.billing.model.RatingInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark runner on {@code local[2]} against the single machine: a few hundred generated
 * organizations, as CSV and as Parquet tables, give exactly the single machine's output tables row
 * for row (ids included); invalid organizations stay one error row each wherever their partition; a
 * rerun writes identical files; an organization above the row limit is one error row.
 */
class SparkRatingTest {
  private static final int ORGANIZATIONS = 300;
  private static final long SEED = 20261201L;

  private static SparkSession spark;

  @TempDir static Path dir;

  private static Path csvTables;
  private static List<RatingInput> inputs;

  /** The single machine's output tables ({@link TablesRun}) of the generated tables, period 0. */
  private static Path expected;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
    csvTables = dir.resolve("csv");
    inputs = SingleMachine.organizations(ORGANIZATIONS, SEED);
    SingleMachine.writeCsv(csvTables, inputs, SEED);
    expected = singleMachine(csvTables, "single");
  }

  private static Path singleMachine(Path tables, String name) {
    Path out = dir.resolve(name);
    TablesRun.run(tables, out, new Selection.Period(0), TablesRun.Settings.defaults());
    return out;
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private record Run(int status, String err) {}

  private static Run spark(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        SparkRating.run(
            args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), spark);
    return new Run(status, err.toString(UTF_8));
  }

  private static List<List<String>> text(List<List<@Nullable String>> rows) {
    List<List<String>> text = new ArrayList<>();
    for (List<@Nullable String> row : rows) {
      List<String> values = new ArrayList<>();
      for (String v : row) {
        values.add(v == null ? "" : v);
      }
      text.add(values);
    }
    return OutputTables.sorted(text);
  }

  private static List<List<String>> without(List<List<String>> rows, Set<String> orgIds) {
    return rows.stream().filter(r -> !orgIds.contains(r.get(0))).toList();
  }

  /** Every output table of Spark holds the single machine's rows, but for {@code except}. */
  private static void assertSameOutput(
      Path singleMachineOut, Path sparkOut, String format, Set<String> except) {
    for (SparkOutput.OutputTable table : SparkOutput.TABLES) {
      List<List<String>> want =
          without(
              OutputTables.csvFile(
                  singleMachineOut.resolve(table.name() + ".csv"), table.columns()),
              except);
      List<List<String>> actual =
          without(
              OutputTables.sparkTable(spark, sparkOut, table.name(), table.columns(), format),
              except);
      assertThat(actual).as(table.name()).isEqualTo(want);
    }
  }

  @Test
  void theSingleMachineCommandRatesAsOrganizationRating() {
    // the reference: the tables command's files hold what the engine gives each organization
    SingleMachine.Output rated = SingleMachine.rate(inputs, new Selection.Period(0));
    for (SparkOutput.OutputTable table : SparkOutput.TABLES) {
      assertThat(OutputTables.csvFile(expected.resolve(table.name() + ".csv"), table.columns()))
          .as(table.name())
          .isEqualTo(text(rated.table(table.name())));
    }
    // not vacuous: the generated organizations rate into invoices, lines and users
    assertThat(rated.invoices()).hasSizeGreaterThan(ORGANIZATIONS / 2);
    assertThat(rated.lines()).hasSizeGreaterThan(ORGANIZATIONS);
    assertThat(rated.users()).hasSizeGreaterThan(ORGANIZATIONS);
  }

  @Test
  void csvTablesGiveTheSingleMachineOutputRowForRow() {

    Path out = dir.resolve("spark-csv");
    Run run =
        spark(
            "--tables",
            csvTables.toString(),
            "--out",
            out.toString(),
            "--period",
            "0",
            "--format",
            "csv");

    assertThat(run.status()).as(run.err()).isEqualTo(SparkRating.OK);
    assertSameOutput(expected, out, "csv", Set.of());
    assertThat(run.err()).contains("rated ").contains(" 0 in errors");
  }

  @Test
  void parquetTablesGiveTheSingleMachineOutputRowForRow() {
    Path parquet = dir.resolve("parquet");
    TypedParquet.write(spark, csvTables, parquet);

    Path out = dir.resolve("spark-parquet");
    Run run = spark("--tables", parquet.toString(), "--out", out.toString(), "--period", "0");

    assertThat(run.status()).as(run.err()).isEqualTo(SparkRating.OK);
    assertSameOutput(expected, out, "parquet", Set.of());
  }

  @Test
  void invalidOrganizationsAreOneErrorRowEachInEveryPartition() throws IOException {
    Path bad = dir.resolve("bad");
    copy(csvTables, bad);
    Path sessions = bad.resolve("sessions.csv");
    List<String> header = List.of(Files.readAllLines(sessions, UTF_8).get(0).split(","));
    long lines = Files.readAllLines(sessions, UTF_8).size();
    // six organizations with users, each given a session of one of its users that ends an hour
    // before it starts; the appended lines are lines + 1 ... lines + 6 of sessions.csv
    List<String> broken = new ArrayList<>();
    StringBuilder appended = new StringBuilder();
    for (RatingInput input : inputs) {
      if (broken.size() == 6) {
        break;
      }
      if (input.users().isEmpty()) {
        continue;
      }
      String orgId = input.organization().id();
      broken.add(orgId);
      List<String> values = new ArrayList<>();
      for (String column : header) {
        values.add(
            switch (column) {
              case "org_id" -> orgId;
              case "user_id" -> input.users().get(0).id();
              case "channel" -> "WEB";
              case "from" -> "2026-01-20T15:00:00Z";
              case "to" -> "2026-01-20T14:00:00Z";
              default -> throw new IllegalStateException(column);
            });
      }
      appended.append(String.join(",", values)).append('\n');
    }
    Files.writeString(sessions, appended.toString(), UTF_8, StandardOpenOption.APPEND);

    Path out = dir.resolve("spark-bad");
    Run run = spark("--tables", bad.toString(), "--out", out.toString(), "--period", "0");

    assertThat(run.status()).as(run.err()).isEqualTo(SparkRating.OK);
    // exactly the single machine's output over the same tables, error rows and paths included
    assertSameOutput(singleMachine(bad, "single-bad"), out, "parquet", Set.of());
    // none of the six rated partially
    for (SparkOutput.OutputTable table : SparkOutput.TABLES.subList(0, 3)) {
      assertThat(OutputTables.sparkTable(spark, out, table.name(), List.of("org_id"), "parquet"))
          .doesNotContainAnyElementsOf(broken.stream().map(List::of).toList());
    }
    List<List<String>> errors =
        OutputTables.sparkTable(spark, out, "errors", List.of("org_id", "path"), "parquet");
    assertThat(errors).hasSize(6);
    for (int i = 0; i < 6; i++) {
      assertThat(errors)
          .contains(List.of(broken.get(i), "sessions.csv:" + (lines + 1 + i) + ":to"));
    }
    // the six are spread over more than one of the 4 shuffle partitions
    assertThat(partitions(broken)).hasSizeGreaterThan(1);
    assertThat(run.err()).contains(" 6 in errors");
  }

  @Test
  void aRerunWritesIdenticalFiles() {
    Path first = dir.resolve("rerun-1");
    Path second = dir.resolve("rerun-2");
    String tables = csvTables.toString();
    assertThat(spark("--tables", tables, "--out", first.toString(), "--period", "0").status())
        .isZero();
    assertThat(spark("--tables", tables, "--out", second.toString(), "--period", "0").status())
        .isZero();

    // the same files (named without the job's id) with the same bytes; 4 shuffle partitions
    Map<String, String> files = OutputTables.files(first);
    assertThat(files).isEqualTo(OutputTables.files(second));
    assertThat(files.keySet()).anyMatch(f -> f.startsWith("invoices/period_index=0/part-00003"));
  }

  @Test
  void anOrganizationAboveTheRowLimitIsOneErrorRow() {
    long limit = 40;
    Set<String> tooLarge = new HashSet<>();
    for (RatingInput input : inputs) {
      if (SingleMachine.rowCount(input) > limit) {
        tooLarge.add(input.organization().id());
      }
    }
    assertThat(tooLarge).isNotEmpty().hasSizeLessThan(ORGANIZATIONS);

    Path out = dir.resolve("spark-limit");
    Run run =
        spark(
            "--tables",
            csvTables.toString(),
            "--out",
            out.toString(),
            "--period",
            "0",
            "--max-rows-per-organization",
            Long.toString(limit));

    assertThat(run.status()).as(run.err()).isEqualTo(SparkRating.OK);
    List<List<String>> errors =
        OutputTables.sparkTable(spark, out, "errors", List.of("org_id", "message"), "parquet");
    assertThat(errors).hasSize(tooLarge.size());
    for (List<String> error : errors) {
      assertThat(tooLarge).contains(error.get(0));
      assertThat(error.get(1)).contains("more than 40 input rows");
    }
    // the organizations below the limit keep the single machine's output
    assertSameOutput(expected, out, "parquet", tooLarge);
  }

  @Test
  void aMalformedCsvLineIsInvalidTablesExitTwo() throws IOException {
    Path bad = dir.resolve("malformed");
    copy(csvTables, bad);
    Path users = bad.resolve("users.csv");
    long lines = Files.readAllLines(users, UTF_8).size();
    Files.writeString(users, "x,y\n", UTF_8, StandardOpenOption.APPEND);

    Run run =
        spark("--tables", bad.toString(), "--out", dir.resolve("m").toString(), "--period", "0");

    // users has three columns: a line of two fields is no row
    assertThat(run.status()).isEqualTo(SparkRating.INVALID_TABLES);
    assertThat(run.err()).startsWith("users.csv:" + (lines + 1) + ": 2 fields, the header has 3");
  }

  private static Set<Integer> partitions(List<String> orgIds) {
    Dataset<Row> ids = spark.createDataset(orgIds, Encoders.STRING()).toDF("org_id");
    Column partition = functions.pmod(functions.hash(functions.col("org_id")), functions.lit(4));
    Set<Integer> partitions = new HashSet<>();
    for (Row row : ids.select(partition).collectAsList()) {
      partitions.add(row.getInt(0));
    }
    return partitions;
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }
}
