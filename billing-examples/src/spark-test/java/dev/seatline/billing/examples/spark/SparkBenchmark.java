package dev.seatline.billing.examples.spark;

import static org.apache.spark.sql.functions.col;

import dev.seatline.billing.examples.tables.Selection;
import dev.seatline.billing.examples.tables.SingleMachine;
import dev.seatline.billing.model.RatingInput;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The Spark runner's benchmark (not a test; {@code -Pspark -Dspark.bench}, PERFORMANCE.md "Spark"):
 * generated small organizations written as CSV tables and as typed Parquet, rated by the single
 * machine's tables path and by the Spark runner on {@code local[1]} and {@code local[2]}, with the
 * Spark time split into read and decode, the shuffle (grouping and sorting by organization) and
 * rating with writing. Prints a Markdown table and writes it to {@code DIR/results.md}.
 *
 * <p>Arguments: {@code [ORGANIZATIONS [RUNS [DIR]]]}, by default 100,000, 3 and {@code
 * target/spark-bench}.
 */
public final class SparkBenchmark {
  private SparkBenchmark() {}

  /** Counts a group's rows: the shuffle and the sort, without rating. */
  private static final class CountRows implements FlatMapGroupsFunction<String, Row, Long> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Long> call(String orgId, Iterator<Row> rows) {
      long n = 0;
      while (rows.hasNext()) {
        rows.next();
        n++;
      }
      return List.of(n).iterator();
    }
  }

  public static void main(String[] args) throws IOException {
    int organizations = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path dir = Path.of(args.length > 2 ? args[2] : "target/spark-bench");
    Files.createDirectories(dir);
    List<String> lines = new ArrayList<>();
    PrintStream out = System.out;

    Path csv = dir.resolve("csv");
    long t0 = System.nanoTime();
    List<RatingInput> inputs = SingleMachine.organizations(organizations, 20261201L);
    if (!Files.exists(csv.resolve("organizations.csv"))) {
      Files.createDirectories(csv);
      SingleMachine.writeCsv(csv, inputs, 20261201L);
    }
    long rows = 0;
    try (var files = Files.list(csv)) {
      for (Path f : files.toList()) {
        try (var l = Files.lines(f, StandardCharsets.UTF_8)) {
          rows += l.count() - 1;
        }
      }
    }
    out.printf(
        Locale.ROOT,
        "tables: %d organizations, about %d CSV rows, generated in %.1f s%n",
        organizations,
        rows,
        seconds(t0));
    lines.add(
        String.format(
            Locale.ROOT,
            "%d organizations, %d input rows (CSV lines), period 0",
            organizations,
            rows));
    lines.add("");
    lines.add("| path | input | runs (s) | median (s) | organizations/s |");
    lines.add("|---|---|---|---|---|");

    // the single machine's rating of the same organizations' rows, on one thread, without
    // reading or writing files
    List<Double> single = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      long t = System.nanoTime();
      SingleMachine.rate(inputs, new Selection.Period(0));
      single.add(seconds(t));
      out.printf(Locale.ROOT, "single machine run %d: %.1f s%n", r + 1, single.get(r));
    }
    lines.add(
        row(
            "single machine, OrganizationRating on one thread",
            "rows in memory",
            single,
            organizations));

    Path parquet = dir.resolve("parquet");
    for (String master : List.of("local[1]", "local[2]")) {
      int cores = master.equals("local[1]") ? 1 : 2;
      SparkSession spark =
          SparkRating.session(
              SparkRating.parse(
                  new String[] {
                    "--master",
                    master,
                    "--tables",
                    "-",
                    "--out",
                    "-",
                    "--period",
                    "0",
                    "--partitions",
                    Integer.toString(4 * cores)
                  }));
      try {
        if (!Files.exists(parquet)) {
          TypedParquet.write(spark, csv, parquet);
        }
        for (String input : List.of("Parquet", "CSV")) {
          Path tables = input.equals("CSV") ? csv : parquet;
          List<Double> decode = new ArrayList<>();
          List<Double> shuffle = new ArrayList<>();
          List<Double> full = new ArrayList<>();
          for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            SparkTables.read(spark, tables.toString())
                .agg(functions.sum(functions.size(col("values"))))
                .collectAsList();
            decode.add(seconds(t));
            t = System.nanoTime();
            SparkTables.read(spark, tables.toString())
                .groupByKey(
                    (MapFunction<Row, String>) row -> row.getString(TaggedRow.ORG_ID),
                    Encoders.STRING())
                .flatMapSortedGroups(
                    new Column[] {col("table"), col("file"), col("row")},
                    new CountRows(),
                    Encoders.LONG())
                .agg(functions.sum(col("value")))
                .collectAsList();
            shuffle.add(seconds(t));
            t = System.nanoTime();
            SparkRating.Summary summary =
                SparkRating.rate(
                    spark,
                    SparkRating.parse(
                        new String[] {
                          "--tables",
                          tables.toString(),
                          "--out",
                          dir.resolve("spark-out").toString(),
                          "--period",
                          "0"
                        }));
            full.add(seconds(t));
            out.printf(
                Locale.ROOT,
                "%s %s run %d: read+decode %.1f s, +shuffle %.1f s, full %.1f s (%s)%n",
                master,
                input,
                r + 1,
                decode.get(r),
                shuffle.get(r),
                full.get(r),
                summary);
          }
          lines.add(
              row("Spark " + master + ", read and decode only", input, decode, organizations));
          lines.add(
              row(
                  "Spark " + master + ", read, decode, shuffle and sort only",
                  input,
                  shuffle,
                  organizations));
          lines.add(row("Spark " + master + ", the whole run", input, full, organizations));
        }
      } finally {
        spark.stop();
      }
    }
    Files.write(dir.resolve("results.md"), lines, StandardCharsets.UTF_8);
    lines.forEach(out::println);
  }

  private static String row(String path, String input, List<Double> times, int organizations) {
    List<Double> sorted = new ArrayList<>(times);
    sorted.sort(null);
    double median = sorted.get(sorted.size() / 2);
    List<String> each = new ArrayList<>();
    for (double t : times) {
      each.add(String.format(Locale.ROOT, "%.1f", t));
    }
    return String.format(
        Locale.ROOT,
        "| %s | %s | %s | %.1f | %,.0f |",
        path,
        input,
        String.join(", ", each),
        median,
        organizations / median);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
