package dev.seatline.billing.examples.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import dev.seatline.billing.examples.imports.LicenseHistory.Held;
import dev.seatline.billing.examples.imports.UserActivity.Span;
import dev.seatline.billing.examples.imports.UserActivity.UserRows;
import dev.seatline.billing.examples.tables.Table;
import dev.seatline.billing.model.InvalidInputException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The importers' command line, {@code java -jar billing-rate.jar --import SOURCE --org ORG
 * --interval FROM/TO --out TABLES FILE...}: turns the vendor's exports of one organization into the
 * input tables of {@code TABLES.md} (users, sessions and on-queue time for R2 and R5, licences for
 * R3), prints a summary of what it read and did on standard output, and exits {@value #OK}.
 *
 * <ul>
 *   <li>{@code genesys-user-details}: pages of the analytics API's user details (JSON) write {@code
 *       users.csv}, {@code sessions.csv} and {@code on_queue.csv};
 *   <li>{@code singer-user-state}: the Singer tap's {@code user_state} rows (CSV), the same way;
 *   <li>{@code genesys-licenses}: pages of the licence API's snapshot taken at {@code
 *       --snapshot-at}, a licence-name-to-tier map ({@code --tiers cx1=PURECLOUD_1,...} or {@code
 *       --tiers-file}), and optional assignment events ({@code --events}, audit JSON or {@code
 *       user_id,license,action,at} CSV) write {@code licenses.csv} (and {@code users.csv}).
 * </ul>
 *
 * <p>Exit {@value #INVALID_INPUT} for malformed input, with one line on standard error naming the
 * file, the JSON path or CSV line and what was expected; exit {@value #FAILURE} for a usage error
 * or a file that cannot be read or written. Example: {@code ImportCommand.run(new String[]
 * {"--import", "genesys-user-details", "--org", "acme", "--interval",
 * "2026-01-01T00:00:00Z/2026-02-01T00:00:00Z", "--out", "tables", "week1.json"}, System.out,
 * System.err)} returns 0.
 */
@Command(
    name = "java -jar billing-rate.jar --import",
    sortOptions = false,
    description = "Writes the input tables of TABLES.md from the vendor's exports.")
public final class ImportCommand implements Callable<Integer> {
  /** Exit status: imported. */
  public static final int OK = 0;

  /** Exit status: a usage error or a file that cannot be read or written. */
  public static final int FAILURE = 1;

  /** Exit status: malformed input, its location on standard error. */
  public static final int INVALID_INPUT = 2;

  /** The option that selects the importer. */
  public static final String OPTION = "--import";

  private static final String USER_DETAILS = "genesys-user-details";
  private static final String LICENSES = "genesys-licenses";
  private static final String SINGER = "singer-user-state";

  @Option(
      names = OPTION,
      required = true,
      paramLabel = "SOURCE",
      description = USER_DETAILS + ", " + LICENSES + " or " + SINGER)
  private String source = "";

  @Option(
      names = "--org",
      required = true,
      paramLabel = "ORG",
      description = "the organization's id (org_id)")
  private String org = "";

  @Option(
      names = "--interval",
      required = true,
      paramLabel = "FROM/TO",
      description = "the half-open interval imported, two ISO-8601 instants")
  private String interval = "";

  @Option(
      names = "--out",
      required = true,
      paramLabel = "TABLES",
      description = "the tables directory written")
  private String out = "";

  @Option(
      names = "--snapshot-at",
      paramLabel = "INSTANT",
      description = LICENSES + ": when the licence snapshot was taken")
  private @Nullable String snapshotAt;

  @Option(
      names = "--tiers",
      paramLabel = "NAME=TIER,...",
      description = LICENSES + ": licence names to tiers, as in cx1=PURECLOUD_1,cx2=PURECLOUD_2")
  private @Nullable String tiers;

  @Option(
      names = "--tiers-file",
      paramLabel = "FILE",
      description = LICENSES + ": a file of NAME=TIER lines")
  private @Nullable String tiersFile;

  @Option(
      names = "--events",
      paramLabel = "FILE",
      description =
          LICENSES
              + ": assignment events, audit messages (.json) or user_id,license,action,at"
              + " rows (.csv); may be repeated")
  private List<String> events = new ArrayList<>();

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "prints this help")
  @SuppressWarnings("UnusedVariable") // picocli reads it
  private boolean help;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "the exported files")
  private List<String> files = new ArrayList<>();

  private final PrintStream stdout;
  private final PrintStream stderr;

  private ImportCommand(PrintStream stdout, PrintStream stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /**
   * Runs the importer on {@code args} (which hold {@code --import SOURCE}), printing the summary to
   * {@code out} and an error to {@code err}.
   *
   * @return the exit status: {@value #OK}, {@value #FAILURE} or {@value #INVALID_INPUT}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    ImportCommand command = new ImportCommand(out, err);
    PrintWriter outWriter = new PrintWriter(out, true, UTF_8);
    PrintWriter errWriter = new PrintWriter(err, true, UTF_8);
    CommandLine cli =
        new CommandLine(command)
            .setOut(outWriter)
            .setErr(errWriter)
            .setParameterExceptionHandler(
                (e, a) -> {
                  errWriter.println(
                      e.getMessage() + "; see " + OPTION + " " + USER_DETAILS + " --help");
                  return FAILURE;
                })
            .setExecutionExceptionHandler(
                (e, c, p) -> {
                  errWriter.println("internal error: " + e);
                  return FAILURE;
                });
    int status = cli.execute(args);
    outWriter.flush();
    errWriter.flush();
    return status;
  }

  /** Runs the parsed command. */
  @Override
  public Integer call() {
    try {
      Summary summary = new Summary();
      Interval span = Interval.parse(interval);
      checkOrg();
      Map<Table, List<String[]>> tables;
      switch (source) {
        case USER_DETAILS, SINGER -> {
          noLicenseOptions();
          tables = activity(span, summary);
        }
        case LICENSES -> tables = licenses(span, summary);
        default -> {
          return usage(
              "unknown source '"
                  + source
                  + "' after "
                  + OPTION
                  + ": expected "
                  + USER_DETAILS
                  + ", "
                  + LICENSES
                  + " or "
                  + SINGER);
        }
      }
      List<String> written = TablesDirectory.write(path(out), org, tables);
      stdout.println(
          "imported "
              + source
              + " of "
              + org
              + " in "
              + span
              + " from "
              + files.size()
              + (files.size() == 1 ? " file" : " files"));
      summary.lines().forEach(stdout::println);
      stdout.println("wrote " + String.join(", ", written) + " of " + org + " to " + out);
      stdout.flush();
      return OK;
    } catch (InvalidInputException e) {
      stderr.println(oneLine(e.path() + ": " + e.problem()));
      return INVALID_INPUT;
    } catch (IllegalArgumentException e) {
      return usage(String.valueOf(e.getMessage()));
    } catch (IOException e) {
      stderr.println(oneLine(describe(e)));
      return FAILURE;
    } catch (UncheckedIOException e) {
      stderr.println(oneLine(describe(requireNonNull(e.getCause(), "cause"))));
      return FAILURE;
    }
  }

  private int usage(String message) {
    stderr.println(oneLine(message + "; see " + OPTION + " " + USER_DETAILS + " --help"));
    return FAILURE;
  }

  private void checkOrg() {
    if (org.isBlank()) {
      throw new IllegalArgumentException("--org needs the organization's id, found an empty one");
    }
  }

  private void noLicenseOptions() {
    if (snapshotAt != null || tiers != null || tiersFile != null || !events.isEmpty()) {
      throw new IllegalArgumentException(
          "--snapshot-at, --tiers, --tiers-file and --events belong to " + OPTION + " " + LICENSES);
    }
  }

  private Map<Table, List<String[]>> activity(Interval span, Summary summary) throws IOException {
    UserActivity activity = new UserActivity(summary);
    for (String file : files) {
      if (source.equals(SINGER)) {
        read(file, () -> new SingerUserStateReader(activity).read(path(file), file));
      } else {
        read(file, () -> new UserDetailsReader(activity).read(path(file), file));
      }
    }
    List<String[]> users = new ArrayList<>();
    List<String[]> sessions = new ArrayList<>();
    List<String[]> onQueue = new ArrayList<>();
    for (UserRows user : activity.rows(span)) {
      users.add(new String[] {org, user.userId(), null});
      for (Span s : user.sessions()) {
        sessions.add(
            new String[] {
              org, user.userId(), UserActivity.CHANNEL, s.from().toString(), s.to().toString()
            });
      }
      for (Span s : user.onQueue()) {
        onQueue.add(new String[] {org, user.userId(), s.from().toString(), s.to().toString()});
      }
    }
    Map<Table, List<String[]>> tables = new EnumMap<>(Table.class);
    tables.put(Table.USERS, users);
    tables.put(Table.SESSIONS, sessions);
    tables.put(Table.ON_QUEUE, onQueue);
    return tables;
  }

  private Map<Table, List<String[]>> licenses(Interval span, Summary summary) throws IOException {
    if (snapshotAt == null) {
      throw new IllegalArgumentException(
          OPTION + " " + LICENSES + " needs --snapshot-at INSTANT, when the snapshot was taken");
    }
    String atText = snapshotAt;
    Instant at =
        Times.parse(atText)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "--snapshot-at '" + atText + "' is not " + Times.EXPECTED));
    if ((tiers == null) == (tiersFile == null)) {
      throw new IllegalArgumentException(
          OPTION + " " + LICENSES + " needs one of --tiers NAME=TIER,... or --tiers-file FILE");
    }
    TierMap map = tiers != null ? TierMap.parse(tiers) : tierFile(String.valueOf(tiersFile));
    LicenseSnapshot snapshot = new LicenseSnapshot();
    for (String file : files) {
      read(file, () -> snapshot.read(path(file), file));
    }
    snapshot.checkComplete();
    AssignmentEvents assignments = new AssignmentEvents(summary);
    for (String file : events) {
      String lower = file.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".csv")) {
        read(file, () -> assignments.readCsv(path(file), file));
      } else if (lower.endsWith(".json")) {
        read(file, () -> assignments.readAudit(path(file), file));
      } else {
        throw new IllegalArgumentException(
            "--events '" + file + "': expected audit messages (.json) or rows (.csv)");
      }
    }
    List<Held> held =
        LicenseHistory.rebuild(
            snapshot, at, assignments.events(), !events.isEmpty(), map, span, summary);
    List<String[]> users = new ArrayList<>();
    for (String user : users(snapshot, assignments)) {
      users.add(new String[] {org, user, null});
    }
    List<String[]> licenses = new ArrayList<>();
    for (Held h : held) {
      licenses.add(
          new String[] {
            org, h.userId(), h.tier().name(), h.span().from().toString(), h.span().to().toString()
          });
    }
    Map<Table, List<String[]>> tables = new EnumMap<>(Table.class);
    tables.put(Table.USERS, users);
    tables.put(Table.LICENSES, licenses);
    return tables;
  }

  private static List<String> users(LicenseSnapshot snapshot, AssignmentEvents assignments) {
    java.util.TreeSet<String> users = new java.util.TreeSet<>(snapshot.licenses().keySet());
    assignments.events().forEach(e -> users.add(e.userId()));
    return new ArrayList<>(users);
  }

  private static TierMap tierFile(String file) throws IOException {
    try {
      return TierMap.read(path(file), file);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(file, String.valueOf(e.getMessage()));
    }
  }

  private static Path path(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("'" + name + "' is not a file name: " + e.getReason(), e);
    }
  }

  /** Reading one file, which may fail. */
  private interface FileRead {
    void run() throws IOException;
  }

  /** Runs {@code read}; a failure names {@code file}, with the reason in words. */
  private static void read(String file, FileRead read) throws IOException {
    try {
      read.run();
    } catch (UncheckedIOException e) {
      throw new IOException(
          "cannot read '" + file + "': " + reason(requireNonNull(e.getCause(), "cause")), e);
    } catch (IOException e) {
      throw new IOException("cannot read '" + file + "': " + reason(e), e);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.toLowerCase(Locale.ROOT);
  }

  private static String describe(IOException e) {
    if (e.getMessage() != null && e.getMessage().startsWith("cannot read '")) {
      return e.getMessage();
    }
    String file = e instanceof FileSystemException f ? f.getFile() : null;
    String what = file == null ? "" : "'" + file + "': ";
    if (e instanceof NoSuchFileException) {
      return "cannot read or write " + what + "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read or write " + what + "permission denied";
    }
    return "cannot read or write " + what + e.getMessage();
  }

  /** {@code text} as one line: line breaks and other control characters escaped. */
  static String oneLine(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
