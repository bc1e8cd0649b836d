package dev.seatline.billing.examples.embedding;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.invoice.Invoice;
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
import dev.seatline.billing.rating.LineItem;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Embedding example: rates one billing period of a NAMED organization (R1-R3, R9, R10). Alice logs
 * in through the web with a PURECLOUD_3 licence, Bob through the desktop with COMMUNICATE; period 0
 * of a contract of 2026-01-15 runs Jan 15 00:00 through Feb 14 23:59:59 New York time, and its
 * RECURRING invoice (150.00 + 25.00 = 175.00 USD) is issued 2026-02-15, due 2026-03-17.
 *
 * <p>Run: {@code java -cp billing-examples/target/billing-rate.jar
 * dev.seatline.billing.examples.embedding.RateNamedOrganization}.
 */
public final class RateNamedOrganization {
  private RateNamedOrganization() {}

  /** The organization's input: two users, USD prices. */
  public static RatingInput input() {
    Instant licensed = Instant.parse("2026-01-10T05:00:00Z");
    Instant jan16 = Instant.parse("2026-01-16T14:00:00Z");
    Instant jan20 = Instant.parse("2026-01-20T14:00:00Z");
    Organization acme =
        Organization.builder(
                "acme-prod", BillingCurrency.USD, LicensingModel.NAMED, LocalDate.of(2026, 1, 15))
            .build();
    PriceBook prices =
        PriceBook.builder(BillingCurrency.USD)
            .seat(LicenseTier.COMMUNICATE, new BigDecimal("25.00"))
            .seat(LicenseTier.PURECLOUD_3, new BigDecimal("150.00"))
            .build();
    UserTimeline alice =
        UserTimeline.builder("alice")
            .license(LicenseTier.PURECLOUD_3, UsageInterval.ofUnboundedEnd(licensed))
            .session(Channel.WEB, UsageInterval.of(jan16, jan16.plus(Duration.ofHours(8))))
            .build();
    UserTimeline bob =
        UserTimeline.builder("bob")
            .license(LicenseTier.COMMUNICATE, UsageInterval.ofUnboundedEnd(licensed))
            .session(Channel.DESKTOP, UsageInterval.of(jan20, jan20.plus(Duration.ofHours(1))))
            .build();
    return RatingInput.builder(acme, prices).user(alice).user(bob).build();
  }

  /** Prints each invoice of {@code rated} with its lines. */
  public static void print(RatedPeriod rated, PrintStream out) {
    for (Invoice invoice : rated.invoices()) {
      out.printf(
          "%s issued %s, due %s: %s%n",
          invoice.kind(), invoice.issuedOn(), invoice.dueOn(), invoice.total());
      for (LineItem line : invoice.lines()) {
        out.printf("  %s %s x %s = %s%n", line.code(), line.item(), line.quantity(), line.amount());
      }
    }
  }

  /** Rates period 0 and prints its invoices. */
  public static void main(String[] args) {
    RatedPeriod rated = BillingEngine.withDefaults().rate(input(), 0);
    print(rated, System.out);
  }
}
