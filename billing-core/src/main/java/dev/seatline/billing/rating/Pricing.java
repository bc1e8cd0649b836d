package dev.seatline.billing.rating;

import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.money.Money;
import java.math.BigDecimal;

/**
 * Prices a line (<a href="{@docRoot}/index.html#R9">R9</a>, <a
 * href="{@docRoot}/index.html#R10">R10</a>): the unit price from the organization's price book (a
 * missing one is invalid input at its path, {@code prices.seat.PURECLOUD_3}), 0 for a recurring
 * charge of a TRIAL organization, and the amount {@code quantity x unitPrice} rounded once to the
 * currency's scale with the policy's money rounding. A reusable part for rules of one's own.
 *
 * <p>Stateless. Example: {@code Pricing.recurring(context, LineCode.SEAT, "PURECLOUD_3", 3, why,
 * evidence)} at 150.00 is {@code USD 450.00}.
 */
public final class Pricing {
  private Pricing() {}

  /**
   * {@return a recurring line of {@code quantity} of {@code item} charged as {@code code}, priced
   * from the price book (0 for a TRIAL organization, which needs no price)}
   *
   * @param context the rated time, the input and the policy
   * @param code the kind of charge
   * @param item the item charged, such as a tier name
   * @param quantity the quantity billed
   * @param why what is billed that needs the price, for the error when it is missing
   * @param evidence why the quantity is what it is
   * @throws dev.seatline.billing.model.InvalidInputException at the price's path when it is missing
   */
  public static LineItem recurring(
      RatingContext context,
      LineCode code,
      String item,
      long quantity,
      String why,
      Evidence evidence) {
    return line(
        context,
        code,
        item,
        BigDecimal.valueOf(quantity),
        recurringPrice(context, code, item, why),
        evidence);
  }

  /**
   * {@return the SEAT line of {@code quantity} seats of {@code tier} (R3, R5)}, priced at {@code
   * prices.seat.TIER} (0 for a TRIAL): the one place every seat rule bills seats through. A tier
   * with a commitment (<a href="{@docRoot}/index.html#R14">R14</a>) needs no seat price: its line
   * is left unpriced (0) here, and {@link Commitments#arrears} replaces it by its OVERAGE line.
   *
   * @param context the rating run
   * @param tier the tier billed
   * @param quantity the seats
   * @param evidence why they are billed
   * @throws dev.seatline.billing.model.InvalidInputException at {@code prices.seat.TIER} when the
   *     price is missing
   */
  public static LineItem seats(
      RatingContext context,
      dev.seatline.billing.model.LicenseTier tier,
      long quantity,
      Evidence evidence) {
    if (context.organization().commitments().containsKey(tier)) {
      // Billed through COMMITTED_SEAT and OVERAGE (R14): Commitments.arrears replaces this line.
      return line(
          context,
          LineCode.SEAT,
          tier.name(),
          BigDecimal.valueOf(quantity),
          BigDecimal.ZERO.setScale(context.currency().scale()),
          evidence);
    }
    return recurring(
        context,
        LineCode.SEAT,
        tier.name(),
        quantity,
        "seats of " + tier + " are billed",
        evidence);
  }

  /**
   * {@return the unit price of a recurring charge: 0 at the currency's scale for a TRIAL
   * organization (R9), else the price book's}
   *
   * @param context the rated time, the input and the policy
   * @param code the kind of charge
   * @param item the item charged, such as a tier name
   * @param why what is billed that needs the price, for the error when it is missing
   * @throws dev.seatline.billing.model.InvalidInputException at the price's path when it is missing
   */
  public static BigDecimal recurringPrice(
      RatingContext context, LineCode code, String item, String why) {
    return context.isTrial()
        ? BigDecimal.ZERO.setScale(context.currency().scale())
        : context.prices().require(code, item, why);
  }

  /**
   * {@return a line of {@code quantity} at {@code unitPrice}, its amount rounded once (R10)}
   *
   * @param context the rated time, the input and the policy
   * @param code the kind of charge
   * @param item the item charged, such as a tier name
   * @param quantity the quantity billed
   * @param unitPrice the unit price
   * @param evidence why the quantity is what it is
   */
  public static LineItem line(
      RatingContext context,
      LineCode code,
      String item,
      BigDecimal quantity,
      BigDecimal unitPrice,
      Evidence evidence) {
    return new LineItem(
        code,
        item,
        quantity,
        unitPrice,
        Money.rounded(
            context.currency(), quantity.multiply(unitPrice), context.policy().moneyRounding()),
        evidence);
  }
}
