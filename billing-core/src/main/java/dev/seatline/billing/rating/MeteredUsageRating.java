package dev.seatline.billing.rating;

import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.Meter;
import dev.seatline.billing.model.MeterTotal;
import dev.seatline.billing.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The charge rule of metered usage and fair-use allowances (<a
 * href="{@docRoot}/index.html#R16">R16</a>), one of the default rules.
 *
 * <ul>
 *   <li>Used = the sum of the quantities of the meter's records at instants in the rated time
 *       {@code [start, end)}, each rounded up to the meter's increment first (a 61-second call of
 *       1.0166... minutes at 0.1-minute increments is 1.1 minutes). A cancellation or an "as of"
 *       instant cuts the rated time, so the records after it are not counted; a record counts in
 *       exactly one period.
 *   <li>Allowance = the sum over tiers of the allowance per seat times the tier's seats that carry
 *       entitlements ({@link SeatRating#seatBasis()}: the seats billed; the greater of billed and
 *       committed seats under commitments, <a href="{@docRoot}/index.html#R14">R14</a>, and
 *       seat-equivalents for hourly licensing, <a href="{@docRoot}/index.html#R15">R15</a>), plus
 *       the organization's allowance. A CONCURRENT organization's seats are its sustained peaks;
 *       the larger allowances of a concurrent seat are the price book's allowances per seat.
 *   <li>Overage = {@code max(0, used - allowance)}. A meter with overage gets one {@link
 *       LineCode#USAGE} line, item = the meter: quantity = the overage at the largest scale of the
 *       meter's records, increment and allowances (HALF_UP where the seat basis carries more
 *       decimals), unit price = the meter's overage price (0 for a TRIAL organization, <a
 *       href="{@docRoot}/index.html#R9">R9</a>), amount = exact overage x price rounded once to the
 *       currency's scale with the policy's money rounding. No overage, no line.
 * </ul>
 *
 * <p>Its evidence is a {@link MeterUsage}. One linear pass over the records, no sort; independent
 * of their order (<a href="{@docRoot}/index.html#R12">R12</a>). Stateless and thread-safe. Example:
 * 2 PURECLOUD_3 seats x 1,000 minutes + 500 for the organization allow 2,500 minutes; 2,501.3 used
 * at 0.02 is 1.3 minutes, USD 0.03.
 */
public final class MeteredUsageRating implements ChargeRule {
  /** Creates the rule. */
  public MeteredUsageRating() {}

  /**
   * {@return the usage of every meter of {@code context}'s price book against its allowances given
   * the {@code seats} (R16), whether or not there is an overage; by meter name}
   *
   * @param context the rated time, the input and the policy
   * @param seats the seat rating of the same time
   */
  public static List<MeterUsage> measure(RatingContext context, SeatRating seats) {
    SortedMap<LicenseTier, BigDecimal> basis = seats.seatBasis();
    SortedMap<String, Meter> meters = context.prices().meters();
    if (meters.isEmpty()) {
      return List.of();
    }
    List<MeterUsage> out = new ArrayList<>(meters.size());
    for (MeterTotal total : context.window().meteredUsage().values()) {
      Meter meter = meters.get(total.meter());
      if (meter == null) {
        continue;
      }
      List<MeterUsage.TierAllowance> parts = new ArrayList<>();
      BigDecimal allowance = meter.allowancePerOrganization();
      for (Map.Entry<LicenseTier, BigDecimal> e : meter.allowancePerSeat().entrySet()) {
        BigDecimal n = basis.get(e.getKey());
        if (n != null && n.signum() > 0 && e.getValue().signum() > 0) {
          MeterUsage.TierAllowance part = new MeterUsage.TierAllowance(e.getKey(), n, e.getValue());
          parts.add(part);
          allowance = allowance.add(part.allowance());
        }
      }
      BigDecimal overage = total.used().subtract(allowance);
      out.add(
          new MeterUsage(
              total,
              parts,
              meter.allowancePerOrganization(),
              allowance,
              overage.signum() > 0 ? overage : BigDecimal.ZERO));
    }
    return out;
  }

  /** The USAGE lines of {@code context} given the billed {@code seats}: one per meter over. */
  @Override
  public List<LineItem> rate(RatingContext context, SeatRating seats) {
    List<LineItem> lines = new ArrayList<>();
    RoundingMode rounding = context.policy().moneyRounding();
    for (MeterUsage usage : measure(context, seats)) {
      BigDecimal overage = usage.overage();
      if (overage.signum() == 0) {
        continue;
      }
      Meter meter = context.prices().meters().get(usage.usage().meter());
      if (meter == null) {
        throw new IllegalStateException("measured a meter the price book does not define");
      }
      BigDecimal price =
          context.isTrial()
              ? BigDecimal.ZERO.setScale(context.currency().scale())
              : meter.overage();
      BigDecimal quantity = overage.setScale(quantityScale(usage, meter), RoundingMode.HALF_UP);
      lines.add(
          new LineItem(
              LineCode.USAGE,
              meter.name(),
              quantity,
              price,
              Money.rounded(context.currency(), overage.multiply(price), rounding),
              usage));
    }
    return lines;
  }

  /** The largest scale of the meter's records, increment and allowances. */
  private static int quantityScale(MeterUsage usage, Meter meter) {
    int scale = Math.max(usage.usage().used().scale(), meter.allowancePerOrganization().scale());
    for (BigDecimal perSeat : meter.allowancePerSeat().values()) {
      scale = Math.max(scale, perSeat.scale());
    }
    return Math.max(0, scale);
  }

  @Override
  public String toString() {
    return "MeteredUsageRating";
  }
}
