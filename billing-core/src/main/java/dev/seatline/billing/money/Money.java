package dev.seatline.billing.money;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money at its currency's scale (<a href="{@docRoot}/index.html#R10">R10</a>): 2
 * decimals, or none for JPY. Amounts are made once per line, by rounding an unrounded product with
 * an explicit {@link RoundingMode}; totals are sums of such amounts and need no rounding.
 *
 * <p>{@code equals} compares currency and amount; since the scale is fixed by the currency, {@code
 * 1.0} and {@code 1.00} cannot both occur. {@link #of} rejects more decimals than the currency has.
 *
 * <p>Immutable and thread-safe. Example: {@code Money.rounded(BillingCurrency.USD, new
 * BigDecimal("8.8875"), RoundingMode.HALF_UP)} is {@code USD 8.89}.
 */
public final class Money implements Comparable<Money> {
  private final BillingCurrency currency;
  private final BigDecimal amount;

  private Money(BillingCurrency currency, BigDecimal amount) {
    this.currency = currency;
    this.amount = amount;
  }

  /**
   * {@return {@code amount} in {@code currency}}
   *
   * @param currency the currency
   * @param amount the amount, with at most the currency's decimals
   * @throws IllegalArgumentException if {@code amount} has more decimals than the currency
   */
  public static Money of(BillingCurrency currency, BigDecimal amount) {
    requireNonNull(currency, "currency");
    requireNonNull(amount, "amount");
    BigDecimal scaled;
    try {
      scaled = amount.setScale(currency.scale(), RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "amount " + amount.toPlainString() + " has more decimals than " + currency + " allows",
          e);
    }
    return new Money(currency, scaled);
  }

  /**
   * {@return {@code amount} rounded once to the currency's scale with {@code mode}}
   *
   * @param currency the currency
   * @param amount the exact amount, any scale
   * @param mode how to round
   */
  public static Money rounded(BillingCurrency currency, BigDecimal amount, RoundingMode mode) {
    requireNonNull(currency, "currency");
    return new Money(currency, amount.setScale(currency.scale(), requireNonNull(mode, "mode")));
  }

  /**
   * {@return zero in {@code currency}}
   *
   * @param currency the currency
   */
  public static Money zero(BillingCurrency currency) {
    return new Money(currency, BigDecimal.ZERO.setScale(currency.scale()));
  }

  /** {@return the currency} */
  public BillingCurrency currency() {
    return currency;
  }

  /** {@return the amount, at the currency's scale} */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * {@return the sum}
   *
   * @param other an amount in the same currency
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(currency, amount.add(other.amount));
  }

  /**
   * {@return the difference {@code this - other}, negative when {@code other} is larger}
   *
   * @param other an amount in the same currency
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(currency, amount.subtract(other.amount));
  }

  /** {@return whether the amount is zero} */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Orders by amount within one currency.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    if (other.currency != currency) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Money m && currency == m.currency && amount.equals(m.amount);
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + amount.hashCode();
  }

  /** {@code USD 8.89}. */
  @Override
  public String toString() {
    return currency + " " + amount.toPlainString();
  }
}
