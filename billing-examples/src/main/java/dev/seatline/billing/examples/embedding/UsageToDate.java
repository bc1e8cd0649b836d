package dev.seatline.billing.examples.embedding;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.rating.UserOutcome;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Embedding example: usage to date (R11). Rates {@link RateNamedOrganization}'s organization as of
 * 2026-01-20T00:00:00Z, inside period 0: only Alice has logged in by then (Bob logs in on Jan 20 at
 * 14:00Z), so the PREVIEW invoice, dated 2026-01-19 (the New York date of that instant), holds one
 * PURECLOUD_3 seat: 150.00 USD so far.
 *
 * <p>Run: {@code java -cp billing-examples/target/billing-rate.jar
 * dev.seatline.billing.examples.embedding.UsageToDate}.
 */
public final class UsageToDate {
  /** The "as of" instant of the example. */
  public static final Instant AS_OF = Instant.parse("2026-01-20T00:00:00Z");

  private UsageToDate() {}

  /** Rates the example organization as of {@link #AS_OF}, in the period that contains it. */
  public static RatedPeriod rate() {
    return BillingEngine.withDefaults().rateAsOf(RateNamedOrganization.input(), AS_OF);
  }

  /** The licences in use so far, by tier: the billed users of each tier. */
  public static Map<LicenseTier, Integer> licensesInUse(RatedPeriod rated) {
    Map<LicenseTier, Integer> byTier = new TreeMap<>();
    for (UserOutcome user : rated.users()) {
      user.tier().ifPresent(tier -> byTier.merge(tier, 1, Integer::sum));
    }
    return byTier;
  }

  /** Prints the licences in use and the charges so far. */
  public static void print(RatedPeriod rated, PrintStream out) {
    out.println("Usage of period " + rated.period().index() + " as of " + AS_OF);
    licensesInUse(rated).forEach((tier, users) -> out.println("  " + tier + ": " + users));
    Invoice preview = rated.recurringInvoice();
    out.println(preview.kind() + " dated " + preview.issuedOn() + ": " + preview.total());
  }

  /** Rates as of {@link #AS_OF} and prints the usage so far. */
  public static void main(String[] args) {
    print(rate(), System.out);
  }
}
