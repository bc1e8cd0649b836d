package dev.seatline.billing.rating;

import dev.seatline.billing.model.CallPorts;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.rating.RatingPolicy.PortMeasure;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * The default charge rule (<a href="{@docRoot}/index.html#R7">R7</a>): excess call ports over the
 * ports the billed seats include.
 *
 * <ul>
 *   <li>Included ports = the seats of each tier that carry entitlements ({@link
 *       SeatRating#seatBasis()}: the billed seats; max(billed, committed) with a commitment, <a
 *       href="{@docRoot}/index.html#R14">R14</a>; the seat-equivalents of an HOURLY organization,
 *       <a href="{@docRoot}/index.html#R15">R15</a>) times the tier's included ports (2 for a
 *       contact-center seat, 1 for COMMUNICATE). A fraction of a port is kept exactly: the excess
 *       over {@code k + f} ports ({@code 0 < f < 1}) is {@code (1 - f) x excess(k) + f x excess(k +
 *       1)}.
 *   <li>The port samples form a step function over the rated time {@code [start, end)}: a sample
 *       holds from its instant until the next one, the last sample at or before the start gives the
 *       value at the start (0 when there is none), the last sample holds until the end, and samples
 *       at or after the end are ignored.
 *   <li>{@link PortMeasure#INTEGRAL}: excess port-seconds = the exact integral of {@code max(0,
 *       calls(t) - included)}, to the nanosecond. {@link PortMeasure#HOURLY_PEAK}: for each clock
 *       hour of the billing zone intersecting the rated time (local hour boundaries, so 23 or 25
 *       hours on daylight-saving days), the peak excess inside that intersection x 3600 s; an hour
 *       cut by the start or end of the rated time still counts 3600 s.
 *   <li>When the excess is above 0, one {@link
 *       dev.seatline.billing.model.LineCode#EXCESS_CALL_PORTS} line, item {@code PORT_HOUR}:
 *       quantity = port-hours rounded HALF_UP to 4 decimals (display only); amount = rate x exact
 *       port-seconds / 3600, rounded once to the currency's scale with the policy's money rounding.
 *       A TRIAL organization keeps the quantity at unit price 0 (<a
 *       href="{@docRoot}/index.html#R9">R9</a>); otherwise a missing rate is invalid input at
 *       {@code prices.excessPortHour}. Its evidence is a {@link PortUsage}.
 * </ul>
 *
 * <p>Runs in O(n) for n samples, plus O(n log n) when they are not sorted by instant; independent
 * of their order (<a href="{@docRoot}/index.html#R12">R12</a>). Stateless and thread-safe. Example:
 * 2 included ports and 3 calls for 711 hours give 2559600 excess port-seconds, 711.0000 port-hours
 * at 0.0125 = USD 8.89.
 */
public final class ExcessCallPortRating implements ChargeRule {
  /** The item of the excess call-port line. */
  public static final String PORT_HOUR = "PORT_HOUR";

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
  private static final int QUANTITY_DECIMALS = 4;

  /** Creates the rule. */
  public ExcessCallPortRating() {}

  /**
   * {@return the excess call usage of {@code context} given the billed {@code seats} (R7), whether
   * or not there is any to charge}
   *
   * @param context the rated time, the input and the policy
   * @param seats the seat rating of the same time
   */
  public static PortUsage measure(RatingContext context, SeatRating seats) {
    SeatRating.Fraction included = seats.includedPortsExact();
    SeatRating.Fraction excess = excess(context, included);
    return new PortUsage(
        seats.seatBasis(),
        SeatRating.quotient(
            new BigDecimal(included.numerator()), new BigDecimal(included.denominator())),
        SeatRating.quotient(
            new BigDecimal(excess.numerator()), new BigDecimal(excess.denominator())),
        context.policy().portMeasure());
  }

  /**
   * The exact excess port-seconds over {@code included = k + r/Q} ports (k whole, 0 <= r < Q): the
   * calls are whole, so the excess falls linearly between k and k + 1 ports, and it is {@code ((Q -
   * r) x excess(k) + r x excess(k + 1)) / Q}; {@code excess(k)} alone when the ports are whole.
   */
  private static SeatRating.Fraction excess(RatingContext context, SeatRating.Fraction included) {
    BigInteger q = included.denominator();
    long k = included.floor().longValueExact();
    BigInteger r = included.numerator().subtract(q.multiply(BigInteger.valueOf(k)));
    BigDecimal atK = excessSeconds(context, k);
    if (r.signum() == 0) {
      BigDecimal whole = atK.setScale(Math.max(0, atK.scale()));
      return new SeatRating.Fraction(whole.unscaledValue(), BigInteger.TEN.pow(whole.scale()));
    }
    BigDecimal atNext = excessSeconds(context, k + 1);
    BigDecimal scaled =
        atK.multiply(new BigDecimal(q.subtract(r))).add(atNext.multiply(new BigDecimal(r)));
    scaled = scaled.setScale(Math.max(0, scaled.scale()));
    return new SeatRating.Fraction(
        scaled.unscaledValue(), q.multiply(BigInteger.TEN.pow(scaled.scale())));
  }

  private static BigDecimal excessSeconds(RatingContext context, long included) {
    CallPorts ports = context.window().callPorts();
    return context.policy().portMeasure() == PortMeasure.INTEGRAL
        ? ports.excessPortSeconds(included)
        : BigDecimal.valueOf(ports.hourlyPeakExcessSeconds(included, context.period().zone()));
  }

  /**
   * The EXCESS_CALL_PORTS line of {@code context} given the billed {@code seats} (R7), none when
   * there is no excess.
   *
   * @throws dev.seatline.billing.model.InvalidInputException at {@code prices.excessPortHour} when
   *     there is excess to charge and no rate
   */
  @Override
  public List<LineItem> rate(RatingContext context, SeatRating seats) {
    PortUsage usage = measure(context, seats);
    SeatRating.Fraction excess = excess(context, seats.includedPortsExact());
    if (excess.numerator().signum() == 0) {
      return List.of();
    }
    RoundingMode rounding = context.policy().moneyRounding();
    BigDecimal rate =
        Pricing.recurringPrice(
            context, LineCode.EXCESS_CALL_PORTS, PORT_HOUR, "excess call usage is billed");
    BigDecimal numerator = new BigDecimal(excess.numerator());
    BigDecimal perHour = SECONDS_PER_HOUR.multiply(new BigDecimal(excess.denominator()));
    BigDecimal hours = numerator.divide(perHour, QUANTITY_DECIMALS, RoundingMode.HALF_UP);
    BigDecimal amount =
        rate.multiply(numerator).divide(perHour, context.currency().scale(), rounding);
    return List.of(
        new LineItem(
            LineCode.EXCESS_CALL_PORTS,
            PORT_HOUR,
            hours,
            rate,
            dev.seatline.billing.money.Money.rounded(context.currency(), amount, rounding),
            usage));
  }

  @Override
  public String toString() {
    return "ExcessCallPortRating";
  }
}
