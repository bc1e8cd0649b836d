package dev.seatline.billing.money;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Optional;

/**
 * The currencies the vendor bills in (<a href="{@docRoot}/index.html#R10">R10</a>, <a
 * href="{@docRoot}/index.html#R17">R17</a>), with their minor units: JPY has none, the others two.
 * The FAQ's eight, and ZAR, which only the GENESYS_CLOUD edition accepts (an organization's edition
 * says which it accepts). Reading any other currency is the caller's invalid input ({@link #find}).
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
  USD(2),
  /** South African rand: accepted by the GENESYS_CLOUD edition only (R17). */
  ZAR(2);

  private final int scale;

  BillingCurrency(int scale) {
    this.scale = scale;
  }

  /** {@return decimal places of the minor unit: 0 for JPY, 2 for the others} */
  public int scale() {
    return scale;
  }

  /**
   * {@return the currency with ISO code {@code code}, if it is one of them; case-sensitive}
   *
   * @param code the ISO 4217 code, such as {@code USD}
   */
  public static Optional<BillingCurrency> find(String code) {
    requireNonNull(code, "code");
    for (BillingCurrency c : values()) {
      if (c.name().equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the currency with ISO code {@code code}}
   *
   * @param code the ISO 4217 code, such as {@code USD}
   * @throws IllegalArgumentException for any other code, naming it and the supported ones
   */
  public static BillingCurrency parse(String code) {
    return find(code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unsupported currency '"
                        + code
                        + "'; supported: "
                        + Arrays.toString(values())));
  }
}
