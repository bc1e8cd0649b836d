package dev.seatline.billing.examples.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.examples.report.HtmlReport;
import dev.seatline.billing.examples.report.ReportFormat;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.money.Money;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The demo (R1-R12): generates the {@link SampleOrganization} from its fixed seed, rates period 0
 * licensed NAMED and then CONCURRENT, and prints each variant's invoices, its users' outcomes (for
 * CONCURRENT, the users counted on queue beside the seats billed) and its biggest charges with
 * their explanations, then what the tenant costs under each model, and writes the HTML report of
 * the CONCURRENT variant ({@link HtmlReport}). Times are local times of the billing zone with their
 * offset; amounts carry thousands separators.
 *
 * <p>The report goes to {@code demo-report.html} in the {@code target} directory the demo's jar or
 * classes are in ({@code billing-examples/target/demo-report.html} from a build), else to the
 * system temporary directory; the demo prints which.
 *
 * <p>Run from a fresh clone: {@code mvn -B -q -DskipTests package && java -cp
 * billing-examples/target/billing-rate.jar dev.seatline.billing.examples.demo.Demo}, or {@code mvn
 * -B -q -DskipTests package -Pdemo}.
 */
public final class Demo {
  /** The file name of the HTML report. */
  public static final String REPORT = "demo-report.html";

  private static final int BIGGEST_CHARGES = 4;

  private Demo() {}

  /** Prints the demo to {@code out} and writes the HTML report to {@link #reportFile()}. */
  public static void run(PrintStream out) {
    run(out, reportFile());
  }

  /** Prints the demo to {@code out} and writes the HTML report to {@code report}. */
  public static void run(PrintStream out, Path report) {
    out.println(
        "Seatline demo: a contact center of "
            + SampleOrganization.USERS
            + " users, period 0 = "
            + ReportFormat.period(SampleOrganization.period())
            + " ("
            + SampleOrganization.period().zone().getId()
            + ")");
    out.println(
        "Named: every user who logs in through a user interface pays for the highest tier held"
            + " 4 hours (R2, R3).");
    out.println(
        "Concurrent: contact-center seats are the peak of agents on queue sustained for 30"
            + " minutes (R5).");
    Map<LicensingModel, Money> recurring = new EnumMap<>(LicensingModel.class);
    @Nullable RatingInput concurrentInput = null;
    @Nullable RatedPeriod concurrentRated = null;
    for (LicensingModel licensing : List.of(LicensingModel.NAMED, LicensingModel.CONCURRENT)) {
      RatingInput input = SampleOrganization.generate(licensing, SampleOrganization.SEED);
      RatedPeriod rated = BillingEngine.withDefaults().rate(input, 0);
      recurring.put(licensing, rated.recurringInvoice().total());
      if (licensing == LicensingModel.CONCURRENT) {
        concurrentInput = input;
        concurrentRated = rated;
      }
      out.println();
      out.println("=== " + licensing + " licensing ===");
      out.println();
      out.print(InvoiceTable.invoices(rated));
      out.print(InvoiceTable.users(rated));
      out.println();
      out.print(InvoiceTable.biggestCharges(rated, BIGGEST_CHARGES));
    }
    out.println();
    out.println(
        comparison(recurring.get(LicensingModel.NAMED), recurring.get(LicensingModel.CONCURRENT)));
    if (concurrentInput != null && concurrentRated != null) {
      out.println(writeReport(concurrentInput, concurrentRated, report));
    }
  }

  /**
   * {@code This tenant costs USD 31,234.50 NAMED and USD 25,000.00 CONCURRENT: CONCURRENT is USD
   * 6,234.50 cheaper (...)}: the recurring invoices of the two variants compared.
   */
  static String comparison(@Nullable Money named, @Nullable Money concurrent) {
    if (named == null || concurrent == null) {
      throw new IllegalStateException("both variants are rated");
    }
    int order = named.compareTo(concurrent);
    String verdict;
    if (order == 0) {
      verdict = "both cost the same";
    } else {
      Money cheaper = order < 0 ? named : concurrent;
      Money dearer = order < 0 ? concurrent : named;
      verdict =
          (order < 0 ? "NAMED" : "CONCURRENT")
              + " is "
              + InvoiceTable.amount(
                  Money.of(dearer.currency(), dearer.amount().subtract(cheaper.amount())))
              + " cheaper";
    }
    return "This tenant costs "
        + InvoiceTable.amount(named)
        + " NAMED and "
        + InvoiceTable.amount(concurrent)
        + " CONCURRENT: "
        + verdict
        + " (the recurring invoice of period 0; the order and shipment invoices are the same).";
  }

  private static String writeReport(RatingInput input, RatedPeriod rated, Path report) {
    try {
      Files.writeString(report, HtmlReport.render(input, rated), UTF_8);
    } catch (IOException e) {
      return "HTML report of the CONCURRENT variant not written to " + report + ": " + e;
    }
    return "HTML report of the CONCURRENT variant: "
        + report.toAbsolutePath()
        + (report.toAbsolutePath().startsWith(tempDirectory())
            ? " (the system temporary directory)"
            : "");
  }

  /**
   * Where the demo writes its HTML report: {@value #REPORT} in the {@code target} directory that
   * holds the demo's jar or classes ({@code billing-examples/target/}), else in the system
   * temporary directory.
   */
  public static Path reportFile() {
    @Nullable Path target = buildDirectory();
    return (target != null ? target : tempDirectory()).resolve(REPORT);
  }

  private static Path tempDirectory() {
    return Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
  }

  /** The {@code target} directory holding the demo's jar or classes, if it is one. */
  private static @Nullable Path buildDirectory() {
    try {
      @Nullable CodeSource source = Demo.class.getProtectionDomain().getCodeSource();
      @Nullable URL location = source == null ? null : source.getLocation();
      if (location == null) {
        return null;
      }
      @Nullable Path parent = Path.of(location.toURI()).toAbsolutePath().getParent();
      @Nullable Path name = parent == null ? null : parent.getFileName();
      return parent != null
              && name != null
              && name.toString().equals("target")
              && Files.isDirectory(parent)
          ? parent
          : null;
    } catch (URISyntaxException
        | IllegalArgumentException
        | FileSystemNotFoundException
        | SecurityException e) {
      return null;
    }
  }

  /** Runs the demo on standard output, in UTF-8 (offsets use the minus sign U+2212). */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, UTF_8);
    run(out);
    out.flush();
  }
}
