package dev.seatline.billing.rating;

import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The minimum monthly amount (<a href="{@docRoot}/index.html#R14">R14</a>): when a period's
 * recurring charges (its ADVANCE invoice and its arrears lines) total less than the organization's
 * minimum, the arrears invoice gets a MINIMUM_TRUE_UP line (item {@code MINIMUM}, quantity 1, unit
 * price and amount the difference), so that the period totals the minimum exactly.
 *
 * <p>A PREVIEW shows no true-up (the period is not over); a cancelled last period gets the full one
 * (no proration); a TRIAL organization gets none. Applies to NAMED, CONCURRENT and HOURLY alike.
 * The engine runs it after every charge rule. Stateless. Example: minimum 1000.00, 300.00 in
 * advance and 450.00 in arrears: a true-up of 250.00.
 */
public final class MinimumTrueUp {
  /** The item of the true-up line. */
  public static final String MINIMUM = "MINIMUM";

  private MinimumTrueUp() {}

  /**
   * {@return the MINIMUM_TRUE_UP line of a period, if its recurring charges fall short of the
   * minimum}
   *
   * @param context the rated time, the input and the policy
   * @param advance the lines of the period's ADVANCE invoice
   * @param arrears the period's other recurring lines (seats, overage, hours, add-ons, usage)
   * @param preview whether the period is rated as of an instant (R11): no true-up
   */
  public static Optional<LineItem> line(
      RatingContext context, List<LineItem> advance, List<LineItem> arrears, boolean preview) {
    Optional<Money> minimum = context.organization().minimumMonthlyAmount();
    if (minimum.isEmpty() || preview || context.isTrial()) {
      return Optional.empty();
    }
    Money inAdvance = total(context, advance);
    Money inArrears = total(context, arrears);
    BigDecimal shortfall =
        minimum.get().amount().subtract(inAdvance.amount()).subtract(inArrears.amount());
    if (shortfall.signum() <= 0) {
      return Optional.empty();
    }
    Money amount = Money.of(context.currency(), shortfall);
    boolean cancelled =
        context.organization().cancelledAt().map(x -> x.equals(context.end())).orElse(false);
    return Optional.of(
        new LineItem(
            LineCode.MINIMUM_TRUE_UP,
            MINIMUM,
            BigDecimal.ONE,
            shortfall,
            amount,
            new Evidence.MinimumShortfall(minimum.get(), inAdvance, inArrears, amount, cancelled)));
  }

  private static Money total(RatingContext context, List<LineItem> lines) {
    Money sum = Money.zero(context.currency());
    for (LineItem l : lines) {
      sum = sum.plus(l.amount());
    }
    return sum;
  }
}
