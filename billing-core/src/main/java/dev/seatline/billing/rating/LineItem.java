package dev.seatline.billing.rating;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * One billable line (<a href="{@docRoot}/index.html#R6">R6</a>-<a
 * href="{@docRoot}/index.html#R10">R10</a>, <a href="{@docRoot}/index.html#R12">R12</a>): what is
 * charged, how many, at what unit price, the amount, and the evidence behind it as data ({@link
 * Evidence}), rendered by {@link #explanation()} into sentences a person can check (never empty).
 *
 * <p>The amount is {@code quantity x unitPrice} rounded once to the currency's minor unit ({@link
 * #priced}). The one exception is {@link LineCode#EXCESS_CALL_PORTS}, whose quantity is shown in
 * port-hours rounded HALF_UP to 4 decimals while its amount is computed from the exact port-hours
 * (<a href="{@docRoot}/index.html#R7">R7</a>). The quantity is never negative, except on a
 * correction line (<a href="{@docRoot}/index.html#R13">R13</a>, evidence {@link
 * Evidence.Correction}), whose quantity and amount are differences and may be negative.
 *
 * <p>Immutable. Example: {@code LineItem.priced(LineCode.SEAT, "PURECLOUD_3", 1, new
 * BigDecimal("150.00"), BillingCurrency.USD, RoundingMode.HALF_UP, evidence)} has amount {@code USD
 * 150.00}.
 *
 * @param code what is charged
 * @param item the tier, add-on, {@code PORT_HOUR} or SKU
 * @param quantity how many (port-hours for excess call usage)
 * @param unitPrice the price of one, in the amount's currency (0 for a trial)
 * @param amount the rounded amount
 * @param evidence the evidence behind the line
 */
public record LineItem(
    LineCode code,
    String item,
    BigDecimal quantity,
    BigDecimal unitPrice,
    Money amount,
    Evidence evidence) {

  /** The order of lines on an invoice: by code, then item. */
  public static final Comparator<LineItem> INVOICE_ORDER =
      Comparator.comparing(LineItem::code).thenComparing(LineItem::item);

  /**
   * Validates the parts.
   *
   * @param code what is charged
   * @param item the tier, add-on, {@code PORT_HOUR} or SKU
   * @param quantity how many (port-hours for excess call usage)
   * @param unitPrice the price of one, in the amount's currency (0 for a trial)
   * @param amount the rounded amount
   * @param evidence the evidence behind the line
   */
  public LineItem {
    requireNonNull(code, "code");
    requireNonNull(item, "item");
    requireNonNull(quantity, "quantity");
    requireNonNull(unitPrice, "unitPrice");
    requireNonNull(amount, "amount");
    requireNonNull(evidence, "evidence");
    if (quantity.signum() < 0 && !(evidence instanceof Evidence.Correction)) {
      throw new IllegalArgumentException("quantity must not be negative: " + quantity);
    }
  }

  /**
   * {@return a line whose amount is {@code quantity x unitPrice}, rounded once with {@code
   * rounding}}
   *
   * @param code what is charged
   * @param item the tier, add-on, {@code PORT_HOUR} or SKU
   * @param quantity how many (port-hours for excess call usage)
   * @param unitPrice the price of one, in the amount's currency (0 for a trial)
   * @param currency the currency of the unit price and the amount
   * @param rounding how the amount is rounded
   * @param evidence the evidence behind the line
   */
  public static LineItem priced(
      LineCode code,
      String item,
      long quantity,
      BigDecimal unitPrice,
      BillingCurrency currency,
      RoundingMode rounding,
      Evidence evidence) {
    BigDecimal q = BigDecimal.valueOf(quantity);
    return new LineItem(
        code,
        item,
        q,
        unitPrice,
        Money.rounded(currency, q.multiply(unitPrice), rounding),
        evidence);
  }

  /** {@return the explanation: the evidence as sentences a person can check, never empty (R12)} */
  public List<String> explanation() {
    return Explanations.lines(evidence);
  }
}
