package dev.seatline.billing.money;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.InvalidInputException;
import java.util.Arrays;

/**
 * The eight currencies the vendor bills in (R10), with their minor units: JPY has none, the others
 * two. Any other currency is invalid input.
 *
 * <p>Example: {@code BillingCurrency.parse("JPY").scale() == 0}.
 */
public enum BillingCurrency {
  /** Australian dollar. */
  AUD(2),
  /** Brazilian real. */
  BRL(2),
  /** Canadian dollar. */
  CAD(2),
  /** Euro. */
  EUR(2),
  /** Pound sterling. */
  GBP(2),
  /** Japanese yen: no minor unit. */
  JPY(0),
  /** New Zealand dollar. */
  NZD(2),
  /** US dollar. */
  USD(2);

  private final int scale;

  BillingCurrency(int scale) {
    this.scale = scale;
  }

  /** Decimal places of the minor unit: 0 for JPY, 2 for the others. */
  public int scale() {
    return scale;
  }

  /**
   * The currency with ISO code {@code code}.
   *
   * @throws InvalidInputException at {@code currency} for any other code
   */
  public static BillingCurrency parse(String code) {
    requireNonNull(code, "code");
    for (BillingCurrency c : values()) {
      if (c.name().equals(code)) {
        return c;
      }
    }
    throw InvalidInputException.at(
        "currency", "unsupported currency '" + code + "'; supported: " + Arrays.toString(values()));
  }
}
