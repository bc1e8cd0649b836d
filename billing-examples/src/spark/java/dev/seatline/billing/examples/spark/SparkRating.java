package dev.seatline.billing.examples.spark;

import static org.apache.spark.sql.functions.col;

import dev.seatline.billing.examples.tables.Selection;
import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;

/**
 * The Spark runner, Main-Class of {@code billing-spark.jar}: rates every organization of the input
 * tables of TABLES.md with the single machine's engine and selection (R1-R12 through {@link
 * dev.seatline.billing.examples.tables.OrganizationRating}) and writes the output tables.
 *
 * <pre>
 * java -jar billing-spark.jar --master 'local[2]' --tables DIR --out OUT --period 0
 * spark-submit --class dev.seatline.billing.examples.spark.SparkRating billing-spark-cluster.jar \
 *     --tables s3a://lake/billing/2026-01 --out s3a://lake/rated/2026-01 --closed-between A B
 * </pre>
 *
 * <p>The job reads every table ({@link SparkTables}) into one union of tagged rows, groups it by
 * {@code org_id} in one shuffle, sorts each group by table, file and line within that shuffle's
 * sort, rates each group ({@link GroupRating}: one organization's invalid input is one error row,
 * never a failed job) and writes the output tables ({@link SparkOutput}), partitioned by period.
 *
 * <p>Exit status: {@value #OK} the run completed, also when organizations landed in {@code errors}
 * (the summary on standard error says how many); {@value #INVALID_TABLES} invalid tables (a missing
 * table or required column, an unknown column, a CSV line that cannot be read), one line on
 * standard error naming the file; {@value #FAILURE} a usage error or any other failure, one line.
 *
 * <p>Stateless.
 */
public final class SparkRating {
  /** Exit status: the run completed. */
  public static final int OK = 0;

  /** Exit status: a usage error or a failure other than invalid tables. */
  public static final int FAILURE = 1;

  /** Exit status: invalid tables. */
  public static final int INVALID_TABLES = 2;

  /** The default of {@code --max-rows-per-organization}. */
  public static final long DEFAULT_MAX_ROWS = 2_000_000L;

  /** The usage. */
  public static final String USAGE =
      String.join(
          "\n",
          "usage: java -jar billing-spark.jar [--master MASTER] --tables DIR --out OUTDIR SELECTION",
          "           [--format parquet|csv] [--partitions N] [--max-rows-per-organization N]",
          "SELECTION: --period N | --period-containing INSTANT | --closed-between FROM TO"
              + " | --as-of INSTANT",
          "  --master     Spark master (local[2]; under spark-submit its --master applies)",
          "  --tables     the input tables of TABLES.md, CSV or Parquet (any Hadoop file system)",
          "  --out        output directory: invoices, invoice_lines, user_outcomes, errors",
          "  --format     output format, parquet (default) or csv",
          "  --partitions shuffle partitions (default: Spark's spark.sql.shuffle.partitions)",
          "  --max-rows-per-organization  larger organizations get one error row (default "
              + DEFAULT_MAX_ROWS
              + ")",
          "exit: 0 done (organizations in error included), 2 invalid tables, 1 other failure");

  private SparkRating() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.setProperty("io.netty.tryReflectionSetAccessible", "true");
    System.exit(run(args, System.out, System.err));
  }

  /** The parsed command line. */
  record Options(
      @Nullable String master,
      String tables,
      String out,
      List<String> selection,
      SparkOutput.Format format,
      int partitions,
      long maxRows) {}

  /** A usage error: exit 1 with its message. */
  static final class UsageException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param out standard output (the usage for {@code --help})
   * @param err standard error (the summary, or the one line of a failure)
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
        out.println(USAGE);
        return OK;
      }
      options = parse(args);
    } catch (UsageException e) {
      err.println(e.getMessage() + "; see --help");
      return FAILURE;
    }
    SparkSession spark = session(options);
    try {
      return rate(spark, options, err);
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the command line in an existing session, which it leaves open ({@code --master} and {@code
   * --partitions} are the session's already).
   *
   * @param args the arguments
   * @param out standard output (the usage for {@code --help})
   * @param err standard error (the summary, or the one line of a failure)
   * @param spark the session
   * @return the exit status
   */
  static int run(String[] args, PrintStream out, PrintStream err, SparkSession spark) {
    Options options;
    try {
      options = parse(args);
    } catch (UsageException e) {
      err.println(e.getMessage() + "; see --help");
      return FAILURE;
    }
    return rate(spark, options, err);
  }

  private static int rate(SparkSession spark, Options options, PrintStream err) {
    try {
      Summary summary = rate(spark, options);
      err.println(summary.line(options));
      return OK;
    } catch (InvalidTablesException e) {
      err.println(e.problem());
      return INVALID_TABLES;
    } catch (Exception e) { // a failed job is a SparkException, which Spark throws unchecked
      String problem = invalidTables(e);
      if (problem != null) {
        err.println(problem);
        return INVALID_TABLES;
      }
      err.println("failed: " + oneLine(String.valueOf(e)));
      return FAILURE;
    }
  }

  /** The counts of a run. */
  record Summary(long rated, long periods, long errors, long nothing) {
    String line(Options options) {
      return "rated "
          + rated
          + " organizations ("
          + periods
          + " periods), "
          + errors
          + " in errors, "
          + nothing
          + " with nothing to rate; output in "
          + options.out()
          + " ("
          + options.format().sparkName()
          + ")";
    }
  }

  /**
   * Rates every organization of {@code options.tables()} and writes the output tables.
   *
   * @return the counts
   */
  static Summary rate(SparkSession spark, Options options) {
    Dataset<Row> rated = ratedRows(spark, options).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      SparkOutput.write(rated, options.out(), options.format());
      long rated0 = 0;
      long periods = 0;
      long errors = 0;
      long nothing = 0;
      List<Row> counts =
          rated
              .filter(col("kind").equalTo(GroupRating.STATUS))
              .groupBy(col("values").getItem(0).as("status"))
              .agg(
                  org.apache.spark.sql.functions.count("*"),
                  org.apache.spark.sql.functions.sum(col("values").getItem(1).cast("long")))
              .collectAsList();
      for (Row row : counts) {
        String status = row.getString(0);
        long n = row.getLong(1);
        if (status.equals(GroupRating.RATED)) {
          rated0 = n;
          periods = row.getLong(2);
        } else if (status.equals(GroupRating.FAILED)) {
          errors = n;
        } else {
          nothing = n;
        }
      }
      return new Summary(rated0, periods, errors, nothing);
    } finally {
      rated.unpersist();
    }
  }

  /**
   * {@return the rated rows of every organization ({@link GroupRating#SCHEMA}), not yet computed}
   * The tables' union is grouped by {@code org_id} in one shuffle, each group sorted by table, file
   * and line in that shuffle's sort.
   */
  static Dataset<Row> ratedRows(SparkSession spark, Options options) {
    return SparkTables.read(spark, options.tables())
        .groupByKey(
            (MapFunction<Row, String>) row -> row.getString(TaggedRow.ORG_ID), Encoders.STRING())
        .flatMapSortedGroups(
            new Column[] {col("table"), col("file"), col("row")},
            new GroupRating(options.selection(), options.maxRows()),
            Encoders.row(GroupRating.SCHEMA));
  }

  /** {@return the session for a run: the given master or spark-submit's, quiet and in UTC} */
  static SparkSession session(Options options) {
    SparkConf conf = new SparkConf();
    String master = options.master();
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    conf.setIfMissing("spark.app.name", "billing-spark");
    boolean local = conf.get("spark.master").startsWith("local");
    if (local) {
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    conf.set("spark.sql.datetime.java8API.enabled", "true");
    conf.set("spark.sql.session.timeZone", "UTC");
    // the number of partitions, and so of output files, is the one asked for
    conf.set("spark.sql.adaptive.coalescePartitions.enabled", "false");
    if (options.partitions() > 0) {
      conf.set("spark.sql.shuffle.partitions", Integer.toString(options.partitions()));
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /**
   * {@return the parsed command line}
   *
   * @throws UsageException for an unknown option, a missing or repeated one, a bad value
   */
  static Options parse(String[] args) {
    String master = null;
    String tables = null;
    String out = null;
    List<String> selection = null;
    SparkOutput.Format format = SparkOutput.Format.PARQUET;
    int partitions = 0;
    long maxRows = DEFAULT_MAX_ROWS;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--master" -> master = value(args, ++i, arg);
        case "--tables" -> tables = once(tables, value(args, ++i, arg), arg);
        case "--out" -> out = once(out, value(args, ++i, arg), arg);
        case "--format" -> {
          String f = value(args, ++i, arg);
          format =
              switch (f) {
                case "parquet" -> SparkOutput.Format.PARQUET;
                case "csv" -> SparkOutput.Format.CSV;
                default -> throw new UsageException("--format is parquet or csv, not '" + f + "'");
              };
        }
        case "--partitions" -> partitions = (int) positive(value(args, ++i, arg), arg);
        case "--max-rows-per-organization" -> maxRows = positive(value(args, ++i, arg), arg);
        case "--period", "--period-containing", "--as-of", "--closed-between" -> {
          if (selection != null) {
            throw new UsageException("one selection only: " + selection.get(0) + " and " + arg);
          }
          int n = arg.equals("--closed-between") ? 2 : 1;
          List<String> words = new ArrayList<>(List.of(arg));
          for (int k = 0; k < n; k++) {
            words.add(value(args, ++i, arg));
          }
          parseSelection(words);
          selection = words;
        }
        default -> throw new UsageException("unknown option or argument '" + arg + "'");
      }
    }
    if (tables == null) {
      throw new UsageException("missing --tables DIR");
    }
    if (out == null) {
      throw new UsageException("missing --out OUTDIR");
    }
    if (selection == null) {
      throw new UsageException(
          "missing the selection: --period N, --period-containing INSTANT,"
              + " --closed-between FROM TO or --as-of INSTANT");
    }
    return new Options(master, tables, out, selection, format, partitions, maxRows);
  }

  /**
   * {@return the selection its command-line words name}
   *
   * @param words the option and its values, as {@code [--closed-between, FROM, TO]}
   * @throws UsageException for a malformed value
   */
  static Selection parseSelection(List<String> words) {
    String option = words.get(0);
    try {
      return switch (option) {
        case "--period" -> new Selection.Period(Integer.parseInt(words.get(1)));
        case "--period-containing" -> new Selection.PeriodContaining(instant(words.get(1)));
        case "--as-of" -> new Selection.AsOf(instant(words.get(1)));
        case "--closed-between" ->
            new Selection.ClosedBetween(instant(words.get(1)), instant(words.get(2)));
        default -> throw new UsageException("unknown selection " + option);
      };
    } catch (NumberFormatException e) {
      throw new UsageException(option + ": not a period index: '" + words.get(1) + "'");
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + ": " + e.getMessage());
    }
  }

  private static Instant instant(String text) {
    try {
      return java.time.OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new UsageException(
          "not an instant with an offset: '" + text + "' (as 2026-01-15T05:00:00Z)");
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new UsageException(option + " needs a value");
    }
    return args[i];
  }

  private static String once(@Nullable String before, String value, String option) {
    if (before != null) {
      throw new UsageException(option + " given twice");
    }
    return value;
  }

  private static long positive(String text, String option) {
    try {
      long n = Long.parseLong(text);
      if (n <= 0 || (option.equals("--partitions") && n > 100_000)) {
        throw new UsageException(option + ": out of range: " + text);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException(option + ": not a whole number: '" + text + "'");
    }
  }

  /** {@return the problem of an invalid-tables failure inside a Spark job, or null} */
  static @Nullable String invalidTables(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InvalidTablesException e) {
        return e.problem();
      }
      String message = t.getMessage();
      if (message != null) {
        int at = message.indexOf(InvalidTablesException.MARKER);
        if (at >= 0) {
          String rest = message.substring(at + InvalidTablesException.MARKER.length());
          int end = rest.indexOf('\n');
          return end < 0 ? rest : rest.substring(0, end);
        }
      }
    }
    return null;
  }

  private static String oneLine(String text) {
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).replace('\r', ' ');
  }
}
