package dev.seatline.billing.money;

import dev.seatline.billing.InvalidInputException;

/**
 * Two amounts or prices of one organization in different currencies (R10). Carries both.
 *
 * <p>Immutable. Example message: {@code prices: currency EUR does not match USD}.
 */
public final class CurrencyMismatchException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final BillingCurrency expected;
  private final BillingCurrency actual;

  /** A mismatch at {@code path}: {@code actual} where {@code expected} was required. */
  public CurrencyMismatchException(String path, BillingCurrency expected, BillingCurrency actual) {
    super(path, "currency " + actual + " does not match " + expected);
    this.expected = expected;
    this.actual = actual;
  }

  /** The currency that was required. */
  public BillingCurrency expected() {
    return expected;
  }

  /** The currency found. */
  public BillingCurrency actual() {
    return actual;
  }

  @Override
  public CurrencyMismatchException within(String parent) {
    CurrencyMismatchException e =
        new CurrencyMismatchException(InvalidInputException.join(parent, path()), expected, actual);
    e.setStackTrace(getStackTrace());
    return e;
  }
}
