package dev.seatline.billing.money;

import static java.util.Objects.requireNonNull;

/**
 * Two amounts of one organization in different currencies were combined (<a
 * href="{@docRoot}/index.html#R10">R10</a>): a programming error, not invalid input (input in the
 * wrong currency is rejected where it is read). Carries both currencies, as joda-money's exception
 * of that name does.
 *
 * <p>Immutable. Example message: {@code currency EUR does not match USD}.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The currency that was required. */
  private final BillingCurrency expected;

  /** The currency found instead. */
  private final BillingCurrency actual;

  /**
   * A mismatch: {@code actual} where {@code expected} was required.
   *
   * @param expected the currency that was required
   * @param actual the currency found instead
   */
  public CurrencyMismatchException(BillingCurrency expected, BillingCurrency actual) {
    super(
        "currency "
            + requireNonNull(actual, "actual")
            + " does not match "
            + requireNonNull(expected, "expected"));
    this.expected = expected;
    this.actual = actual;
  }

  /** {@return the currency that was required} */
  public BillingCurrency expected() {
    return expected;
  }

  /** {@return the currency found} */
  public BillingCurrency actual() {
    return actual;
  }
}
