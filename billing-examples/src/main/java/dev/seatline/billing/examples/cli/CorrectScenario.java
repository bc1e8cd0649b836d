package dev.seatline.billing.examples.cli;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.correction.CorrectedPeriod;
import dev.seatline.billing.correction.Corrections;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.InvalidInputException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The correction mode of the command line (R13): {@code java -jar billing-rate.jar --correct
 * ISSUED.json SCENARIO.json --at INSTANT} rates the new data of SCENARIO.json against the invoices
 * already issued for its period (ISSUED.json: the result of the earlier run, or a JSON array of
 * such results and earlier corrections, oldest first; {@link ResultReader}) and prints a result
 * whose invoices are the CORRECTION invoices and any new ORDER or SHIPMENT invoices, issued on the
 * local date of INSTANT, and whose users are the new outcomes ({@link Corrections}).
 *
 * <p>Exit statuses as for a scenario ({@link RateScenario}): 0 with the result; 2 for invalid input
 * with its path on standard error, a path of ISSUED.json starting with {@code issued} ({@code
 * issued.organization}, {@code issued[1].invoices[0].ref}), one of SCENARIO.json as for a scenario,
 * {@code --at} for a malformed instant or one before the period's end; 1 for a usage error (no
 * {@code --at}, not exactly one SCENARIO.json, an option other than these) or a file that cannot be
 * read. Either file may be {@code -} (standard input), not both.
 *
 * <p>Stateless. Example: {@code CorrectScenario.run(new String[] {"--correct", "issued.json",
 * "late.json", "--at", "2026-02-20T15:00:00Z"}, System.in, System.out, System.err)}.
 */
public final class CorrectScenario {
  /** The option that names the issued result and selects this mode. */
  public static final String CORRECT = "--correct";

  /** The option that gives the correction instant. */
  public static final String AT = "--at";

  /** The usage line of this mode. */
  public static final String USAGE =
      "usage: java -jar billing-rate.jar --correct ISSUED.json SCENARIO.json --at INSTANT";

  private static final String STDIN = "-";

  private CorrectScenario() {}

  /**
   * Runs a {@code --correct} command line.
   *
   * @return the exit status: {@value RateScenario#OK}, {@value RateScenario#FAILURE} or {@value
   *     RateScenario#INVALID_INPUT}
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    try {
      return runArguments(args, in, out, err);
    } catch (RuntimeException | Error e) {
      return RateScenario.failure(RateScenario.unexpected(e), err);
    }
  }

  private static int runArguments(String[] args, InputStream in, PrintStream out, PrintStream err) {
    @Nullable String issuedFile = null;
    @Nullable String at = null;
    List<String> operands = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals(CORRECT) || arg.equals(AT)) {
        if (arg.equals(CORRECT) ? issuedFile != null : at != null) {
          return RateScenario.failure("option '" + arg + "' is given twice; see --help", err);
        }
        if (i + 1 == args.length || (args[i + 1].startsWith("-") && !args[i + 1].equals(STDIN))) {
          return RateScenario.failure(
              "option '"
                  + arg
                  + "' needs "
                  + (arg.equals(CORRECT) ? "the issued result file" : "the correction instant")
                  + " after it; see --help",
              err);
        }
        if (arg.equals(CORRECT)) {
          issuedFile = args[++i];
        } else {
          at = args[++i];
        }
      } else if (arg.startsWith("-") && !arg.equals(STDIN)) {
        return RateScenario.failure(
            "option '" + arg + "' is not available with " + CORRECT + "; see --help", err);
      } else {
        operands.add(arg);
      }
    }
    if (issuedFile == null || at == null || operands.size() != 1) {
      err.println(USAGE);
      return RateScenario.FAILURE;
    }
    String scenarioFile = operands.get(0);
    if (issuedFile.equals(STDIN) && scenarioFile.equals(STDIN)) {
      return RateScenario.failure(
          "only one of ISSUED.json and SCENARIO.json can be read from standard input", err);
    }
    Instant instant;
    byte[] issuedJson;
    byte[] scenarioJson;
    try {
      instant = instant(at);
      issuedJson = read(issuedFile, in);
      scenarioJson = read(scenarioFile, in);
    } catch (InvalidInputException e) {
      return RateScenario.invalid(e, err);
    } catch (RateScenario.CannotRead e) {
      return RateScenario.failure(e.line(), err);
    }
    byte[] result;
    try {
      ResultReader.Issued issued = ResultReader.read(issuedJson);
      RatedPeriod fresh = ScenarioReader.read(scenarioJson).rate(BillingEngine.withDefaults());
      CorrectedPeriod corrected;
      try {
        corrected = Corrections.correct(fresh, issued.periods(), instant);
      } catch (InvalidInputException e) {
        throw e.path().equals("at") ? InvalidInputException.at(AT, e.problem()) : issued.rooted(e);
      }
      result = ResultWriter.write(corrected);
    } catch (InvalidInputException e) {
      return RateScenario.invalid(e, err);
    }
    out.write(result, 0, result.length);
    out.flush();
    return RateScenario.OK;
  }

  private static byte[] read(String file, InputStream in) throws RateScenario.CannotRead {
    return file.equals(STDIN) ? RateScenario.readStandardInput(in) : RateScenario.readFile(file);
  }

  /** The {@code --at} instant, as an instant of a scenario is written; else invalid at --at. */
  private static Instant instant(String text) {
    try {
      return ScenarioReader.instant(new JsonValue.JString(text), AT);
    } catch (InvalidInputException e) {
      throw InvalidInputException.at(AT, e.problem());
    }
  }
}
