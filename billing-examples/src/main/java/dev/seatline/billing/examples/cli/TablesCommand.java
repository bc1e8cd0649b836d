package dev.seatline.billing.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.seatline.billing.examples.report.HtmlReport;
import dev.seatline.billing.examples.tables.InvalidTablesException;
import dev.seatline.billing.examples.tables.OrganizationRating;
import dev.seatline.billing.examples.tables.OrganizationRows;
import dev.seatline.billing.examples.tables.Selection;
import dev.seatline.billing.examples.tables.TablesRun;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.RatingInput;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The tables mode of the command line ({@code TABLES.md}, <a
 * href="{@docRoot}/index.html#R1">R1</a>-<a href="{@docRoot}/index.html#R12">R12</a>): {@code java
 * -jar billing-rate.jar --tables DIR --out OUTDIR SELECTION} rates every organization of the tables
 * in DIR ({@link TablesRun}) and writes the output tables into OUTDIR, with a summary on standard
 * error; {@code --tables DIR --html REPORT.html --org ORG SELECTION} writes the HTML report ({@link
 * HtmlReport}) of one organization's one selected period. SELECTION is one of {@code --period N},
 * {@code --period-containing INSTANT}, {@code --closed-between FROM TO}, {@code --as-of INSTANT}.
 * With {@code --correct-against ISSUED_TABLES --at INSTANT}, the output tables hold the corrections
 * (<a href="{@docRoot}/index.html#R13">R13</a>) against an earlier run's output tables ({@link
 * TablesRun#correct}). Options are parsed by picocli.
 *
 * <p>Exit status: {@value RateScenario#OK} when the run completed (also when organizations landed
 * in errors); {@value RateScenario#INVALID_INPUT} for invalid tables (one line naming file and
 * line) or, for the report, invalid input of the organization (its path); {@value
 * RateScenario#FAILURE} for a usage error or any other failure, one line on standard error.
 *
 * <p>Stateless.
 */
@Command(
    name = "java -jar billing-rate.jar --tables",
    sortOptions = false,
    usageHelpWidth = 100,
    description = {
      "Rates every organization of a directory of CSV tables (TABLES.md) and writes the output"
          + " tables invoices.csv, invoice_lines.csv, user_outcomes.csv and errors.csv."
    },
    footer = {
      "",
      "Exit status: 0 the run completed (organizations in errors are listed in errors.csv),",
      "2 invalid tables (a missing table or column, an unknown column, a malformed line),",
      "1 any other failure."
    })
final class TablesCommand {
  @Option(names = "--tables", paramLabel = "DIR", required = true, description = "the input tables")
  private @Nullable Path tables;

  @Option(names = "--out", paramLabel = "OUTDIR", description = "where the output tables go")
  private @Nullable Path outDir;

  @Option(
      names = "--html",
      paramLabel = "REPORT.html",
      description = "write the HTML report of the organization --org instead")
  private @Nullable Path html;

  @Option(names = "--org", paramLabel = "ORG", description = "the organization of --html")
  private @Nullable String org;

  @Option(
      names = "--correct-against",
      paramLabel = "ISSUED_TABLES",
      description = {
        "write the corrections (R13) against the output tables of an earlier run in ISSUED_TABLES"
            + " (its invoices.csv, invoice_lines.csv, user_outcomes.csv) instead: CORRECTION"
            + " invoices, new ORDER and SHIPMENT invoices, the users' new outcomes; needs --at"
      })
  private @Nullable Path correctAgainst;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "the instant of --correct-against: its invoices are issued on its local date")
  private @Nullable String at;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "organizations rated at once (default: one per processor)")
  private int threads = Runtime.getRuntime().availableProcessors();

  @ArgGroup(exclusive = true, multiplicity = "1", heading = "What is rated (one of):%n")
  private @Nullable SelectionOptions selection;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "print this help and exit")
  @SuppressWarnings("UnusedVariable") // picocli reads it: isUsageHelpRequested()
  private boolean help;

  /** The selection options, exactly one of them. */
  static final class SelectionOptions {
    @Option(names = "--period", paramLabel = "N", description = "period N of every organization")
    private @Nullable Integer period;

    @Option(
        names = "--period-containing",
        paramLabel = "INSTANT",
        description = "the period that contains INSTANT")
    private @Nullable String containing;

    @Option(
        names = "--closed-between",
        arity = "2",
        paramLabel = "INSTANT",
        description = "every period that closed in [FROM, TO) (FROM and TO)")
    private @Nullable List<String> closedBetween;

    @Option(
        names = "--as-of",
        paramLabel = "INSTANT",
        description = "the period containing INSTANT, as of it (a PREVIEW)")
    private @Nullable String asOf;

    Selection selection() {
      if (period != null) {
        if (period < 0) {
          throw new Usage("--period must be a whole number from 0, was " + period);
        }
        return new Selection.Period(period);
      }
      if (containing != null) {
        return new Selection.PeriodContaining(instant("--period-containing", containing));
      }
      if (asOf != null) {
        return new Selection.AsOf(instant("--as-of", asOf));
      }
      List<String> window = closedBetween;
      if (window == null || window.size() != 2) {
        throw new Usage("give one of --period, --period-containing, --closed-between, --as-of");
      }
      Instant from = instant("--closed-between", window.get(0));
      Instant to = instant("--closed-between", window.get(1));
      if (!from.isBefore(to)) {
        throw new Usage("--closed-between FROM TO needs FROM before TO");
      }
      return new Selection.ClosedBetween(from, to);
    }
  }

  /** A usage error: exit 1 with its message. */
  private static final class Usage extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Usage(String message) {
      super(message);
    }
  }

  private static Instant instant(String option, String text) {
    try {
      return java.time.OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new Usage(
          option
              + " needs an ISO-8601 instant with an offset, like 2026-02-01T00:00:00Z, was '"
              + text
              + "'");
    }
  }

  private TablesCommand() {}

  /**
   * Runs the tables mode on {@code args}.
   *
   * @return the exit status
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    TablesCommand command = new TablesCommand();
    CommandLine line = new CommandLine(command);
    try {
      line.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      err.println(RateScenario.oneLine(e.getMessage() + "; see --tables DIR --help"));
      return RateScenario.FAILURE;
    }
    if (line.isUsageHelpRequested()) {
      StringWriter text = new StringWriter();
      line.usage(new PrintWriter(text));
      out.print(text);
      out.flush();
      return RateScenario.OK;
    }
    try {
      return command.execute(err);
    } catch (Usage e) {
      err.println(RateScenario.oneLine(e.getMessage() + "; see --tables DIR --help"));
      return RateScenario.FAILURE;
    } catch (InvalidTablesException e) {
      err.println(RateScenario.oneLine(e.where() + ": " + e.problem()));
      return RateScenario.INVALID_INPUT;
    } catch (InvalidInputException e) {
      err.println(RateScenario.oneLine(e.path() + ": " + e.problem()));
      return RateScenario.INVALID_INPUT;
    } catch (UncheckedIOException e) {
      err.println(
          RateScenario.oneLine(
              "cannot read or write the tables: "
                  + RateScenario.describe(java.util.Objects.requireNonNull(e.getCause()))));
      return RateScenario.FAILURE;
    } catch (RuntimeException | Error e) {
      err.println(RateScenario.oneLine(RateScenario.unexpected(e)));
      return RateScenario.FAILURE;
    }
  }

  private int execute(PrintStream err) {
    Path dir = java.util.Objects.requireNonNull(tables);
    SelectionOptions options = java.util.Objects.requireNonNull(selection);
    Selection what = options.selection();
    if (!Files.isDirectory(dir)) {
      throw new Usage("--tables names '" + dir + "', which is not a directory");
    }
    if (threads < 1) {
      throw new Usage("--threads must be at least 1, was " + threads);
    }
    if (html != null) {
      if (org == null || outDir != null || correctAgainst != null || at != null) {
        throw new Usage(
            "--html writes one organization's report: give --org ORG and no --out,"
                + " --correct-against or --at");
      }
      return report(dir, html, org, what);
    }
    Path target = outDir;
    if (target == null || org != null) {
      throw new Usage("give --out OUTDIR (--org goes with --html only)");
    }
    TablesRun.Settings settings =
        TablesRun.Settings.defaults().withThreads(threads).withProgress(err);
    TablesRun.Summary s;
    Path issued = correctAgainst;
    if (issued != null || at != null) {
      String instant = at;
      if (issued == null || instant == null) {
        throw new Usage("--correct-against ISSUED_TABLES and --at INSTANT go together");
      }
      if (what instanceof Selection.AsOf) {
        throw new Usage(
            "--correct-against corrects closed periods; a usage-to-date view (--as-of) is never"
                + " corrected");
      }
      if (!Files.isDirectory(issued)) {
        throw new Usage("--correct-against names '" + issued + "', which is not a directory");
      }
      s = TablesRun.correct(dir, target, what, issued, instant("--at", instant), settings);
    } else {
      s = TablesRun.run(dir, target, what, settings);
    }
    err.printf(
        "rated %d organizations, %d in errors (listed in %s), %d with nothing to rate;"
            + " %d rows read in %.1f s%n",
        s.rated(),
        s.inErrors(),
        target.resolve("errors.csv"),
        s.nothingToRate(),
        s.rowsRead(),
        s.elapsed().toMillis() / 1000.0);
    err.flush();
    return RateScenario.OK;
  }

  private static int report(Path dir, Path file, String orgId, Selection what) {
    OrganizationRows rows = TablesRun.organization(dir, orgId);
    if (rows.rowCount() == 0) {
      throw new InvalidTablesException(
          "organizations.csv", "no organization '" + orgId + "' in " + dir);
    }
    RatingInput input = OrganizationRating.input(rows);
    List<RatedPeriod> periods = OrganizationRating.withDefaults().ratePeriods(input, what);
    if (periods.size() != 1) {
      throw new Usage(
          "the selection rates "
              + periods.size()
              + " periods of '"
              + orgId
              + "'; the report shows one period");
    }
    String page = HtmlReport.render(input, periods.get(0));
    try {
      Files.write(file, page.getBytes(UTF_8));
    } catch (IOException e) {
      throw new Usage("cannot write '" + file + "': " + RateScenario.describe(e));
    }
    return RateScenario.OK;
  }
}
