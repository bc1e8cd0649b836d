package dev.seatline.billing.examples.embedding;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.invoice.UsageHistory;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserTimeline;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * Embedding example: a usage history (R11), the licences billed per tier and the users behind them
 * over periods 0 to 2 of a NAMED organization. Alice (PURECLOUD_3) works every month; Bob
 * (COMMUNICATE) logs in in January and March only; Carol (PURECLOUD_3) joins in February. So period
 * 0 bills 1 COMMUNICATE and 1 PURECLOUD_3, period 1 bills 2 PURECLOUD_3, period 2 bills 1
 * COMMUNICATE and 2 PURECLOUD_3.
 *
 * <p>Run: {@code java -cp billing-examples/target/billing-rate.jar
 * dev.seatline.billing.examples.embedding.PrintUsageHistory}.
 */
public final class PrintUsageHistory {
  private PrintUsageHistory() {}

  /**
   * The organization and prices of {@link RateNamedOrganization}, with three users over three
   * months.
   */
  public static RatingInput input() {
    Instant licensed = Instant.parse("2026-01-10T05:00:00Z");
    UserTimeline alice =
        UserTimeline.builder("alice")
            .license(LicenseTier.PURECLOUD_3, UsageInterval.ofUnboundedEnd(licensed))
            .session(Channel.WEB, day("2026-01-20"))
            .session(Channel.WEB, day("2026-02-20"))
            .session(Channel.WEB, day("2026-03-20"))
            .build();
    UserTimeline bob =
        UserTimeline.builder("bob")
            .license(LicenseTier.COMMUNICATE, UsageInterval.ofUnboundedEnd(licensed))
            .session(Channel.MOBILE, day("2026-01-21"))
            .session(Channel.MOBILE, day("2026-03-21"))
            .build();
    UserTimeline carol =
        UserTimeline.builder("carol")
            .license(
                LicenseTier.PURECLOUD_3,
                UsageInterval.ofUnboundedEnd(Instant.parse("2026-02-16T14:00:00Z")))
            .session(Channel.DESKTOP, day("2026-02-17"))
            .session(Channel.DESKTOP, day("2026-03-17"))
            .build();
    return RateNamedOrganization.input().toBuilder()
        .clearData()
        .user(alice)
        .user(bob)
        .user(carol)
        .build();
  }

  /** An 8-hour session from 14:00 UTC on {@code date}. */
  private static UsageInterval day(String date) {
    Instant start = Instant.parse(date + "T14:00:00Z");
    return UsageInterval.of(start, start.plus(Duration.ofHours(8)));
  }

  /** The usage history of periods 0 to 2. */
  public static UsageHistory history() {
    return BillingEngine.withDefaults().usageHistory(input(), 0, 2);
  }

  /** Prints the history as a table. */
  public static void print(UsageHistory history, PrintStream out) {
    out.print(history.toTable());
  }

  /** Prints the usage history of periods 0 to 2. */
  public static void main(String[] args) {
    print(history(), System.out);
  }
}
