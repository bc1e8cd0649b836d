package dev.seatline.billing.examples.embedding;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.rating.RatingPolicy;
import dev.seatline.billing.rating.RatingPolicy.MixedTierPolicy;
import dev.seatline.billing.rating.RatingPolicy.PeakMeasure;
import dev.seatline.billing.rating.SustainedPeak;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Embedding example: rates a CONCURRENT organization under a custom {@link RatingPolicy} (R4-R6):
 * the vendor's accumulated-time peak over a 15-minute window, and contact-center users on mixed
 * tiers billed at the highest tier instead of rejected.
 *
 * <p>On 2026-01-20 (UTC) three agents go on queue inside their web sessions: a1 14:00-16:00, a2
 * 14:00-14:10 and 15:00-15:10, a3 (PURECLOUD_3, the others PURECLOUD_2) 14:05-14:12 and
 * 15:05-15:12. At least 2 are on queue 14:00-14:12 and 15:00-15:12: 24 minutes in total, at least
 * the 15-minute window, but never 15 minutes in a row. So the policy bills 2 PURECLOUD_3 seats (the
 * default policy would reject the mixed tiers, and with them allowed would bill 1 seat), and 2 of
 * 10 purchased seats used x 5 SALESFORCE licences = 1 add-on: 2 x 189.90 + 12.50 = 392.30 USD.
 *
 * <p>Run: {@code java -cp billing-examples/target/billing-rate.jar
 * dev.seatline.billing.examples.embedding.RateConcurrentOrganization}.
 */
public final class RateConcurrentOrganization {
  private RateConcurrentOrganization() {}

  /** The custom policy: accumulated time over 15 minutes, mixed tiers billed at the highest. */
  public static RatingPolicy policy() {
    return RatingPolicy.defaults()
        .withPeakMeasure(PeakMeasure.ACCUMULATED_TIME)
        .withPeakWindow(Duration.ofMinutes(15))
        .withMixedTiers(MixedTierPolicy.BILL_AT_HIGHEST);
  }

  /** The organization's input: three agents, 10 concurrent seats and 5 add-ons purchased. */
  public static RatingInput input() {
    Organization org =
        Organization.builder(
                "harbor-cc",
                BillingCurrency.USD,
                LicensingModel.CONCURRENT,
                LocalDate.of(2026, 1, 15))
            .concurrentSeatsPurchased(10)
            .addOnLicensesPurchased("SALESFORCE", 5)
            .build();
    PriceBook prices =
        PriceBook.builder(BillingCurrency.USD)
            .seat(LicenseTier.PURECLOUD_2, new BigDecimal("139.90"))
            .seat(LicenseTier.PURECLOUD_3, new BigDecimal("189.90"))
            .addOn("SALESFORCE", new BigDecimal("12.50"))
            .build();
    return RatingInput.builder(org, prices)
        .user(agent("a1", LicenseTier.PURECLOUD_2, "14:00", "16:00"))
        .user(agent("a2", LicenseTier.PURECLOUD_2, "14:00", "14:10", "15:00", "15:10"))
        .user(agent("a3", LicenseTier.PURECLOUD_3, "14:05", "14:12", "15:05", "15:12"))
        .build();
  }

  /** An agent with a web session 13:00-22:00 UTC on Jan 20 and on-queue stints from/to pairs. */
  private static UserTimeline agent(String id, LicenseTier tier, String... onQueue) {
    UserTimeline.Builder b =
        UserTimeline.builder(id)
            .license(tier, UsageInterval.ofUnboundedEnd(Instant.parse("2026-01-10T05:00:00Z")))
            .session(Channel.WEB, UsageInterval.of(at("13:00"), at("22:00")));
    for (int i = 0; i < onQueue.length; i += 2) {
      b.onQueue(UsageInterval.of(at(onQueue[i]), at(onQueue[i + 1])));
    }
    return b.build();
  }

  private static Instant at(String time) {
    return Instant.parse("2026-01-20T" + time + ":00Z");
  }

  /** Rates period 0 with the custom policy. */
  public static RatedPeriod rate() {
    return BillingEngine.of(policy()).rate(input(), 0);
  }

  /** Prints the sustained peaks and the recurring invoice of {@code rated}. */
  public static void print(RatedPeriod rated, PrintStream out) {
    List<SustainedPeak> peaks = rated.seats().peaks();
    for (SustainedPeak peak : peaks) {
      out.println(
          peak.tier()
              + ": "
              + peak.seats()
              + " seats ("
              + peak.measure()
              + ", "
              + peak.timeAtLevel().toMinutes()
              + " min at that level)");
    }
    RateNamedOrganization.print(rated, out);
  }

  /** Rates period 0 with the custom policy and prints the result. */
  public static void main(String[] args) {
    print(rate(), System.out);
  }
}
