package dev.seatline.billing.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.examples.imports.ImportCommand;
import dev.seatline.billing.examples.report.HtmlReport;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.InvalidInputException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The scenario command line, Main-Class of {@code billing-rate.jar}: {@code java -jar
 * billing-rate.jar SCENARIO.json} rates one conformance scenario with the default engine (R1-R12)
 * and prints the result JSON; {@code java -jar billing-rate.jar -} reads the scenario from standard
 * input.
 *
 * <p>Exit status and output:
 *
 * <ul>
 *   <li>{@value #OK}: the result JSON on standard output, nothing on standard error.
 *   <li>{@value #INVALID_INPUT}: invalid input (R12), including a file above {@link
 *       InputLimits#MAX_FILE_BYTES}: nothing on standard output and one line on standard error that
 *       starts with the offending element's JSON path, as in {@code users[3].sessions[0]: 'to' ...
 *       must be after 'from' ...}; {@code $} for malformed JSON, input that is not UTF-8 or a limit
 *       exceeded.
 *   <li>{@value #FAILURE}: any other failure, including a usage error (no scenario, more than one,
 *       or an option other than the known ones: {@code unknown option '--foo'; see --help}) and a
 *       file that cannot be read, named and the reason given in words ({@code cannot read 'x.json':
 *       no such file}), and running out of memory ({@code out of memory: ...}): one line on
 *       standard error, never a stack trace.
 * </ul>
 *
 * <p>{@code --html REPORT.html} also writes the rated period as one self-contained HTML page
 * ({@link HtmlReport}: the users on queue and the concurrent calls as charts, the invoices, who was
 * not billed and why) before the result is printed; it is written only when the scenario rates
 * (exit 0). The option without a file name after it, given twice, naming the scenario file itself,
 * or a report that cannot be written is a failure in words (exit 1, nothing on standard output).
 *
 * <p>{@code --tables DIR --out OUTDIR SELECTION} rates every organization of a directory of tables
 * instead ({@link TablesCommand}, TABLES.md).
 *
 * <p>{@code --import SOURCE ...} runs the importers from the vendor's exports to the tables of
 * {@code TABLES.md} instead ({@link ImportCommand}, its own options and exit statuses).
 *
 * <p>{@code --correct ISSUED.json SCENARIO.json --at INSTANT} corrects a closed period (R13): see
 * {@link CorrectScenario} (its own usage line and exit statuses).
 *
 * <p>{@code --help} prints the usage, arguments, exit statuses, the scenario format in brief and
 * the limits on standard output and exits 0; {@code --version} prints {@code billing-rate VERSION}
 * (from the jar's manifest) and exits 0. Control characters in an error line (from a hostile id,
 * say) are escaped, so an error is always exactly one line.
 *
 * <p>Stateless. Example: {@code RateScenario.run(new String[] {"scenario.json"}, System.out,
 * System.err)} returns 0.
 */
public final class RateScenario {
  /** Exit status: rated, result on standard output. */
  public static final int OK = 0;

  /** Exit status: a failure other than invalid input, or a usage error. */
  public static final int FAILURE = 1;

  /** Exit status: invalid input, its JSON path on standard error. */
  public static final int INVALID_INPUT = 2;

  /** The usage line. */
  public static final String USAGE =
      "usage: java -jar billing-rate.jar [--html REPORT.html] SCENARIO.json | - | --help"
          + " | --version";

  /** The option that also writes the HTML report to the file named after it. */
  public static final String HTML = "--html";

  /** The argument that stands for standard input. */
  private static final String STDIN = "-";

  private static final int MAX_ERROR_LENGTH = 2000;

  /** A mode of the command line other than rating one scenario, selected by an option. */
  @FunctionalInterface
  interface Mode {
    /** Runs the mode on the whole command line; returns the exit status. */
    int run(String[] args, InputStream in, PrintStream out, PrintStream err);
  }

  /**
   * The modes by the option that selects them, wherever it stands on the command line: {@code
   * --tables} ({@link TablesCommand}, TABLES.md), {@code --import} ({@link ImportCommand}, the
   * importers) and {@code --correct} ({@link CorrectScenario}, R13).
   */
  private static final Map<String, Mode> MODES =
      Map.of(
          "--tables",
          (args, in, out, err) -> TablesCommand.run(args, out, err),
          ImportCommand.OPTION,
          (args, in, out, err) -> ImportCommand.run(args, out, err),
          CorrectScenario.CORRECT,
          CorrectScenario::run);

  private RateScenario() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8);
    int status = run(args, System.in, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the command line on {@code args} as {@link #run(String[], InputStream, PrintStream,
   * PrintStream)} does, with {@link System#in} as standard input.
   *
   * @return the exit status: {@value #OK}, {@value #FAILURE} or {@value #INVALID_INPUT}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err);
  }

  /**
   * Runs the command line on {@code args}, reading a scenario given as {@code -} from {@code in},
   * writing the result to {@code out} and errors to {@code err}: the jar's code path, without
   * starting a JVM.
   *
   * @return the exit status: {@value #OK}, {@value #FAILURE} or {@value #INVALID_INPUT}
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    try {
      return runArguments(args, in, out, err);
    } catch (RuntimeException | Error e) {
      return failure(unexpected(e), err);
    }
  }

  private static int runArguments(String[] args, InputStream in, PrintStream out, PrintStream err) {
    for (String arg : args) {
      Mode mode = MODES.get(arg);
      if (mode != null) {
        return mode.run(args, in, out, err);
      }
    }
    boolean help = false;
    boolean version = false;
    @Nullable String report = null;
    List<String> operands = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        help = true;
      } else if (arg.equals("--version")) {
        version = true;
      } else if (arg.equals(HTML)) {
        if (report != null) {
          return failure("option '" + HTML + "' is given twice; see --help", err);
        }
        if (i + 1 == args.length || args[i + 1].startsWith("-")) {
          return failure(
              "option '"
                  + HTML
                  + "' needs the name of the report file after it, as in '"
                  + HTML
                  + " report.html' (a name that starts with '-' is given as ./-name.html);"
                  + " see --help",
              err);
        }
        report = args[++i];
      } else if (arg.startsWith("-") && !arg.equals(STDIN)) {
        return failure("unknown option '" + arg + "'; see --help", err);
      } else {
        operands.add(arg);
      }
    }
    if (help) {
      out.print(Help.text());
      out.flush();
      return OK;
    }
    if (version) {
      out.println(version());
      out.flush();
      return OK;
    }
    if (operands.size() != 1) {
      err.println(USAGE);
      return FAILURE;
    }
    String source = operands.get(0);
    if (report != null && !source.equals(STDIN) && sameFile(source, report)) {
      return failure(
          "cannot write '" + report + "': it is the scenario file; name another report file", err);
    }
    byte[] json;
    try {
      json = source.equals(STDIN) ? readStandardInput(in) : readFile(source);
    } catch (InvalidInputException e) {
      return invalid(e, err);
    } catch (CannotRead e) {
      return failure(e.line(), err);
    }
    return rate(json, report, out, err);
  }

  /**
   * Rates the scenario {@code json} (UTF-8), writing the result to {@code out} and errors to {@code
   * err}, exactly as {@link #run} does after reading the file.
   *
   * @return the exit status: {@value #OK}, {@value #FAILURE} or {@value #INVALID_INPUT}
   */
  public static int rate(byte[] json, PrintStream out, PrintStream err) {
    return rate(json, null, out, err);
  }

  /**
   * Rates the scenario {@code json} (UTF-8) as {@link #rate(byte[], PrintStream, PrintStream)} does
   * and, when {@code report} names a file, writes the HTML report ({@link HtmlReport}) there before
   * the result is printed; a report that cannot be written is a failure named in words ({@code
   * cannot write 'r.html': no such directory}), with nothing on {@code out}.
   *
   * @return the exit status: {@value #OK}, {@value #FAILURE} or {@value #INVALID_INPUT}
   */
  public static int rate(byte[] json, @Nullable String report, PrintStream out, PrintStream err) {
    byte[] result;
    byte[] html = new byte[0];
    try {
      Scenario scenario = ScenarioReader.read(json);
      RatedPeriod rated = scenario.rate(BillingEngine.withDefaults());
      result = ResultWriter.write(rated);
      if (report != null) {
        html = HtmlReport.render(scenario.input(), rated).getBytes(UTF_8);
      }
    } catch (InvalidInputException e) {
      return invalid(e, err);
    } catch (RuntimeException | Error e) {
      return failure(unexpected(e), err);
    }
    if (report != null) {
      try {
        writeFile(report, html);
      } catch (CannotRead e) {
        return failure(e.line(), err);
      }
    }
    out.write(result, 0, result.length);
    out.flush();
    return OK;
  }

  /**
   * {@code billing-rate VERSION}, the version from the jar's manifest (Implementation-Version), or
   * {@code billing-rate (development build)} when run from classes without one.
   */
  static String version() {
    return "billing-rate " + version(RateScenario.class.getPackage().getImplementationVersion());
  }

  static String version(@Nullable String implementationVersion) {
    return implementationVersion == null || implementationVersion.isBlank()
        ? "(development build)"
        : implementationVersion;
  }

  /** The bytes of standard input; more than the size limit is invalid input at {@code $}. */
  static byte[] readStandardInput(InputStream in) throws CannotRead {
    try {
      byte[] bytes = in.readNBytes(InputLimits.MAX_FILE_BYTES + 1);
      if (bytes.length > InputLimits.MAX_FILE_BYTES) {
        throw JsonStream.tooLarge();
      }
      return bytes;
    } catch (IOException e) {
      throw new CannotRead("standard input", describe(e));
    }
  }

  /**
   * The bytes of the file {@code name}; a file above the size limit is invalid input at {@code $}.
   *
   * @throws CannotRead saying in words why the file cannot be read
   */
  static byte[] readFile(String name) throws CannotRead {
    String what = "'" + name + "'";
    Path file;
    try {
      file = Path.of(name);
    } catch (InvalidPathException e) {
      throw new CannotRead(what, "not a valid file name (" + lowerFirst(e.getReason()) + ")");
    }
    if (Files.isDirectory(file)) {
      throw new CannotRead(what, "a directory, not a file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(InputLimits.MAX_FILE_BYTES + 1);
      if (bytes.length > InputLimits.MAX_FILE_BYTES) {
        throw JsonStream.tooLarge(Math.max(bytes.length, Files.size(file)));
      }
      return bytes;
    } catch (IOException e) {
      throw new CannotRead(what, describe(e));
    } catch (SecurityException e) {
      throw new CannotRead(what, "permission denied");
    }
  }

  /** Whether the files {@code a} and {@code b} both exist and are one file. */
  private static boolean sameFile(String a, String b) {
    try {
      Path pa = Path.of(a);
      Path pb = Path.of(b);
      return Files.exists(pa) && Files.exists(pb) && Files.isSameFile(pa, pb);
    } catch (InvalidPathException | IOException | SecurityException e) {
      return false;
    }
  }

  /**
   * Writes {@code bytes} to the file {@code name}, replacing it.
   *
   * @throws CannotRead (as a "cannot write" line) saying in words why the file cannot be written
   */
  private static void writeFile(String name, byte[] bytes) throws CannotRead {
    String what = "'" + name + "'";
    Path file;
    try {
      file = Path.of(name);
    } catch (InvalidPathException e) {
      throw CannotRead.write(what, "not a valid file name (" + lowerFirst(e.getReason()) + ")");
    }
    if (Files.isDirectory(file)) {
      throw CannotRead.write(what, "a directory, not a file");
    }
    try {
      Files.write(file, bytes);
    } catch (NoSuchFileException e) {
      throw CannotRead.write(what, "no such directory");
    } catch (IOException e) {
      throw CannotRead.write(what, describe(e));
    } catch (SecurityException e) {
      throw CannotRead.write(what, "permission denied");
    }
  }

  /**
   * Why a file cannot be read, in words: {@code no such file}, {@code permission denied}, {@code
   * not a directory} (a part of the path is a file) ..., never an exception's class name.
   */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemLoopException) {
      return "too many levels of symbolic links";
    }
    String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return "an input/output error";
    }
    return lowerFirst(reason);
  }

  /** {@code text} with a capital first letter lowered, unless it starts an acronym ("I/O"). */
  private static String lowerFirst(String text) {
    if (text.length() > 1
        && Character.isUpperCase(text.charAt(0))
        && Character.isLowerCase(text.charAt(1))) {
      return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return text;
  }

  /** A file or stream that cannot be read or written: the message names it and says why. */
  static final class CannotRead extends Exception {
    private static final long serialVersionUID = 1L;

    private final String line;

    CannotRead(String what, String why) {
      this("cannot read " + what + ": " + why);
    }

    private CannotRead(String line) {
      super(line);
      this.line = line;
    }

    /** A file that cannot be written: {@code cannot write 'r.html': no such directory}. */
    static CannotRead write(String what, String why) {
      return new CannotRead("cannot write " + what + ": " + why);
    }

    /** The error line: {@code cannot read 'x.json': no such file}. */
    String line() {
      return line;
    }
  }

  /**
   * The one-line message for a failure that is not invalid input: {@code out of memory: ...} for an
   * {@link OutOfMemoryError} (also one thrown while a class was initialized), {@code stack
   * overflow: ...} for a {@link StackOverflowError}, {@code internal error: ...} for anything else.
   */
  static String unexpected(Throwable e) {
    int depth = 0;
    for (@Nullable Throwable t = e; t != null && depth < 16; t = t.getCause(), depth++) {
      if (t instanceof OutOfMemoryError) {
        return "out of memory: rating this scenario needs more than the "
            + Runtime.getRuntime().maxMemory() / (1024 * 1024)
            + " MiB of heap this JVM may use; run java with a larger -Xmx, such as -Xmx2g";
      }
      if (t instanceof StackOverflowError) {
        return "stack overflow: run java with a larger -Xss, such as -Xss8m";
      }
    }
    return "internal error: " + e;
  }

  static int invalid(InvalidInputException e, PrintStream err) {
    String path = e.path().isEmpty() ? "$" : e.path();
    err.println(oneLine(path + ": " + e.problem()));
    return INVALID_INPUT;
  }

  static int failure(String message, PrintStream err) {
    err.println(oneLine(message));
    return FAILURE;
  }

  /**
   * {@code text} as one printable line: control characters, Unicode line separators and lone
   * surrogates escaped as {@code \n}, {@code \}{@code u2028} ..., cut to 2,000 characters.
   */
  static String oneLine(String text) {
    StringBuilder b = new StringBuilder(Math.min(text.length(), MAX_ERROR_LENGTH) + 16);
    for (int i = 0; i < text.length() && b.length() < MAX_ERROR_LENGTH; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        b.append(c).append(text.charAt(++i));
      } else if (Character.isISOControl(c)
          || c == '\u2028'
          || c == '\u2029'
          || Character.isSurrogate(c)) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    if (b.length() >= MAX_ERROR_LENGTH) {
      b.setLength(MAX_ERROR_LENGTH);
      b.append("...");
    }
    return b.toString();
  }
}
