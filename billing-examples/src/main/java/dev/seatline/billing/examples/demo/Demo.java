package dev.seatline.billing.examples.demo;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.RatingInput;
import java.io.PrintStream;

/**
 * The demo (R1-R12): generates the {@link SampleOrganization} from its fixed seed, rates period 0
 * licensed NAMED and then CONCURRENT, and prints each variant's invoices, its users' outcomes and
 * its biggest charges with their explanations.
 *
 * <p>Run from a fresh clone: {@code mvn -B -q -DskipTests package && java -cp
 * billing-examples/target/billing-rate.jar dev.seatline.billing.examples.demo.Demo}, or {@code mvn
 * -B -q -DskipTests package -Pdemo}.
 */
public final class Demo {
  private static final int BIGGEST_CHARGES = 4;

  private Demo() {}

  /** Prints the demo to {@code out}. */
  public static void run(PrintStream out) {
    out.println(
        "Seatline demo: a contact center of "
            + SampleOrganization.USERS
            + " users, period 0 = "
            + SampleOrganization.period().display());
    out.println(
        "Named: every user who logs in through a user interface pays for the highest tier held"
            + " 4 hours (R2, R3).");
    out.println(
        "Concurrent: contact-center seats are the peak of agents on queue sustained for 30"
            + " minutes (R5).");
    for (LicensingModel licensing : LicensingModel.values()) {
      RatingInput input = SampleOrganization.generate(licensing, SampleOrganization.SEED);
      RatedPeriod rated = BillingEngine.withDefaults().rate(input, 0);
      out.println();
      out.println("=== " + licensing + " licensing ===");
      out.println();
      out.print(InvoiceTable.invoices(rated));
      out.print(InvoiceTable.users(rated));
      out.println();
      out.print(InvoiceTable.biggestCharges(rated, BIGGEST_CHARGES));
    }
  }

  /** Runs the demo on standard output. */
  public static void main(String[] args) {
    run(System.out);
  }
}
