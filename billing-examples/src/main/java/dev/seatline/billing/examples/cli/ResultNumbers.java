package dev.seatline.billing.examples.cli;

import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.money.Money;
import dev.seatline.billing.rating.LineItem;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The numbers of a result as text, the one place the result JSON ({@link ResultWriter}) and the
 * output tables ({@code tables.OrganizationRating}) write them (<a
 * href="{@docRoot}/index.html#R10">R10</a>): quantities whole except EXCESS_CALL_PORTS (port-hours,
 * 4 decimals rounded HALF_UP) and USAGE (at its own scale, <a
 * href="{@docRoot}/index.html#R16">R16</a>), unit prices as priced, amounts and totals at the
 * currency's scale.
 *
 * <p>Stateless. Example: {@code ResultNumbers.amount(Money.of(...))} is {@code "150.00"}.
 */
public final class ResultNumbers {
  private static final int PORT_HOUR_DECIMALS = 4;

  private ResultNumbers() {}

  /**
   * {@return the quantity of {@code line}: port-hours with 4 decimals, a USAGE quantity at its own
   * scale (the largest of the meter's records, increment and allowances), every other quantity
   * whole}
   *
   * @param line a line item
   */
  public static String quantity(LineItem line) {
    BigDecimal q = line.quantity();
    if (line.code().equals(LineCode.EXCESS_CALL_PORTS)) {
      return q.setScale(PORT_HOUR_DECIMALS, RoundingMode.HALF_UP).toPlainString();
    }
    if (line.code().equals(LineCode.USAGE)) {
      return q.toPlainString();
    }
    return q.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
  }

  /**
   * {@return the unit price of {@code line}, as priced}
   *
   * @param line a line item
   */
  public static String unitPrice(LineItem line) {
    return line.unitPrice().toPlainString();
  }

  /**
   * {@return {@code money} at its currency's scale}
   *
   * @param money an amount or total
   */
  public static String amount(Money money) {
    return money.amount().toPlainString();
  }
}
