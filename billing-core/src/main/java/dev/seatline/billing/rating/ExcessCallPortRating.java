package dev.seatline.billing.rating;

import dev.seatline.billing.internal.PortIntegral;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.money.Money;
import dev.seatline.billing.rating.RatingPolicy.PortMeasure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The default call-usage strategy (R7): excess call ports over the ports the billed seats include.
 *
 * <ul>
 *   <li>Included ports = 2 x contact-center seats + 1 x COMMUNICATE seats ({@link
 *       SeatRating#includedPorts()}).
 *   <li>The port samples form a step function over the rated time {@code [start, end)}: a sample
 *       holds from its instant until the next one, the last sample at or before the start gives the
 *       value at the start (0 when there is none), the last sample holds until the end, and samples
 *       at or after the end are ignored.
 *   <li>{@link PortMeasure#INTEGRAL}: excess port-seconds = the exact integral of {@code max(0,
 *       calls(t) - included)}, to the nanosecond. {@link PortMeasure#HOURLY_PEAK}: for each clock
 *       hour of the billing zone intersecting the rated time (local hour boundaries, so 23 or 25
 *       hours on daylight-saving days), the peak excess inside that intersection x 3600 s; an hour
 *       cut by the start or end of the rated time still counts 3600 s.
 *   <li>When the excess is above 0, one {@link LineCode#EXCESS_CALL_PORTS} line, item {@code
 *       PORT_HOUR}: quantity = port-hours rounded HALF_UP to 4 decimals (display only); amount =
 *       rate x exact port-seconds / 3600, rounded once to the currency's scale with the policy's
 *       money rounding. A TRIAL organization keeps the quantity at unit price 0 (R9); otherwise a
 *       missing rate is invalid input at {@code prices.excessPortHour}.
 * </ul>
 *
 * <p>Runs in O(n) for n samples, plus O(n log n) when they are not sorted by instant; independent
 * of their order (R12). Stateless and thread-safe. Example: 2 included ports and 3 calls for 711
 * hours give 2559600 excess port-seconds, 711.0000 port-hours at 0.0125 = USD 8.89.
 */
public final class ExcessCallPortRating implements UsageRatingStrategy {
  /** The item of the excess call-port line. */
  public static final String PORT_HOUR = "PORT_HOUR";

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
  private static final int QUANTITY_DECIMALS = 4;

  /** Creates the strategy. */
  public ExcessCallPortRating() {}

  /**
   * Rates the excess call usage of {@code context} given the billed {@code seats} (R7).
   *
   * @throws dev.seatline.billing.InvalidInputException at {@code prices.excessPortHour} when there
   *     is excess to charge and no rate
   */
  @Override
  public PortUsage rate(RatingContext context, SeatRating seats) {
    long included = seats.includedPorts();
    PortMeasure measure = context.policy().portMeasure();
    PortIntegral steps =
        PortIntegral.of(context.start(), context.end(), context.input().callPorts());
    BigDecimal excessSeconds =
        measure == PortMeasure.INTEGRAL
            ? steps.excessPortSeconds(included)
            : BigDecimal.valueOf(steps.hourlyPeakExcessSeconds(included, context.period().zone()));
    if (excessSeconds.signum() == 0) {
      return new PortUsage(included, excessSeconds, measure, Optional.empty());
    }
    BillingCurrency currency = context.currency();
    RoundingMode rounding = context.policy().moneyRounding();
    BigDecimal rate =
        context.recurringUnitPrice(() -> context.input().prices().requireExcessPortHour());
    BigDecimal hours =
        excessSeconds.divide(SECONDS_PER_HOUR, QUANTITY_DECIMALS, RoundingMode.HALF_UP);
    Money amount =
        Money.rounded(
            currency,
            rate.multiply(excessSeconds).divide(SECONDS_PER_HOUR, currency.scale(), rounding),
            rounding);
    LineItem line =
        new LineItem(
            LineCode.EXCESS_CALL_PORTS,
            PORT_HOUR,
            hours,
            rate,
            amount,
            List.of(explanation(seats, included, excessSeconds, measure)));
    return new PortUsage(included, excessSeconds, measure, Optional.of(line));
  }

  private static String explanation(
      SeatRating seats, long included, BigDecimal excessSeconds, PortMeasure measure) {
    long contactCenter = seats.contactCenterSeats();
    long communicate = seats.communicateSeats();
    StringBuilder s = new StringBuilder("included ports ").append(included).append(" (");
    if (contactCenter > 0) {
      s.append(plural(contactCenter, "contact-center seat")).append(" x 2");
    }
    if (communicate > 0) {
      s.append(contactCenter > 0 ? " + " : "")
          .append(plural(communicate, "Communicate seat"))
          .append(" x 1");
    }
    if (contactCenter == 0 && communicate == 0) {
      s.append("no seats billed");
    }
    s.append("); ").append(excessSeconds.toPlainString()).append(" excess port-seconds");
    if (measure == PortMeasure.HOURLY_PEAK) {
      s.append(" (peak excess of each clock hour x 3600 s)");
    }
    return s.toString();
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  @Override
  public String toString() {
    return "ExcessCallPortRating";
  }
}
