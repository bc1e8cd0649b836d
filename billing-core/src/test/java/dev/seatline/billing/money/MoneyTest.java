package dev.seatline.billing.money;

import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {
  private static Money usd(String amount) {
    return Money.of(BillingCurrency.USD, new BigDecimal(amount));
  }

  @Test
  void ofFixesTheScaleToTheCurrency() {
    assertThat(usd("1.5").amount()).isEqualByComparingTo("1.50").hasScaleOf(2);
    assertThat(usd("7").amount()).hasScaleOf(2);
    assertThat(Money.of(BillingCurrency.JPY, new BigDecimal("1200")).amount()).hasScaleOf(0);
    assertThat(Money.of(BillingCurrency.JPY, new BigDecimal("1200.00")).amount())
        .isEqualTo(new BigDecimal("1200"));
    assertThat(usd("1.5")).isEqualTo(usd("1.50")).hasSameHashCodeAs(usd("1.50"));
  }

  @Test
  void ofRejectsMoreDecimalsThanTheCurrencyHas() {
    assertThatThrownBy(() -> usd("1.234"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount 1.234 has more decimals than USD allows");
    assertThatThrownBy(() -> Money.of(BillingCurrency.JPY, new BigDecimal("100.5")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount 100.5 has more decimals than JPY allows");
  }

  @ParameterizedTest
  @CsvSource({
    "USD, 8.8875, HALF_UP, 8.89",
    "USD, 2.345, HALF_UP, 2.35",
    "USD, 2.345, HALF_EVEN, 2.34",
    "USD, 2.345, DOWN, 2.34",
    "USD, 2.341, UP, 2.35",
    "USD, 2.355, HALF_EVEN, 2.36",
    "EUR, 0.005, HALF_UP, 0.01",
    "EUR, 0.005, HALF_DOWN, 0.00",
    "JPY, 2.5, HALF_UP, 3",
    "JPY, 2.5, HALF_EVEN, 2",
    "JPY, 1234.4999, HALF_UP, 1234",
  })
  void roundedRoundsOnceWithTheGivenMode(
      BillingCurrency currency, String exact, RoundingMode mode, String expected) {
    Money m = Money.rounded(currency, new BigDecimal(exact), mode);

    assertThat(m.amount()).isEqualTo(new BigDecimal(expected));
    assertThat(m.currency()).isEqualTo(currency);
  }

  @Test
  void zeroIsAtTheCurrencyScale() {
    assertThat(Money.zero(BillingCurrency.USD).amount()).isEqualTo(new BigDecimal("0.00"));
    assertThat(Money.zero(BillingCurrency.JPY).amount()).isEqualTo(new BigDecimal("0"));
    assertThat(Money.zero(BillingCurrency.USD).isZero()).isTrue();
    assertThat(usd("0.01").isZero()).isFalse();
    assertThat(Money.zero(BillingCurrency.USD)).isEqualTo(usd("0"));
  }

  @Test
  void plusAddsAmountsOfOneCurrency() {
    assertThat(usd("150.00").plus(usd("8.89"))).isEqualTo(usd("158.89"));
    assertThat(usd("150.00").plus(Money.zero(BillingCurrency.USD))).isEqualTo(usd("150"));
  }

  @Test
  void minusMayGoBelowZero() {
    assertThat(usd("150.00").minus(usd("300.00"))).isEqualTo(usd("-150.00"));
    assertThat(usd("9.19").minus(usd("8.89"))).isEqualTo(usd("0.30"));
    assertThatThrownBy(() -> usd("1").minus(Money.of(BillingCurrency.EUR, BigDecimal.ONE)))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void aMismatchCarriesBothCurrencies() {
    Money eur = Money.of(BillingCurrency.EUR, BigDecimal.ONE);

    assertThatThrownBy(() -> usd("1").plus(eur))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e -> {
              assertThat(e.expected()).isEqualTo(BillingCurrency.USD);
              assertThat(e.actual()).isEqualTo(BillingCurrency.EUR);
              assertThat(e).hasMessage("currency EUR does not match USD");
            });
    assertThatThrownBy(() -> eur.compareTo(usd("1")))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e -> {
              assertThat(e.expected()).isEqualTo(BillingCurrency.EUR);
              assertThat(e.actual()).isEqualTo(BillingCurrency.USD);
            });
  }

  @Test
  void compareToOrdersByAmount() {
    assertThat(usd("1.00")).isLessThan(usd("1.01")).isGreaterThan(usd("0.99"));
    assertThat(usd("1.00").compareTo(usd("1"))).isZero();
  }

  @Test
  void equalityIsCurrencyAndAmount() {
    assertThat(usd("1")).isNotEqualTo(Money.of(BillingCurrency.CAD, BigDecimal.ONE));
    assertThat(usd("1")).isNotEqualTo(usd("2"));
    assertThat(usd("1")).isNotEqualTo(BigDecimal.ONE);
  }

  @Test
  void toStringIsCurrencyAndPlainAmount() {
    assertThat(usd("8.89")).hasToString("USD 8.89");
    assertThat(Money.of(BillingCurrency.JPY, new BigDecimal("1E+3"))).hasToString("JPY 1000");
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentsAreRejected() {
    assertNullRejected("currency", () -> Money.of(null, BigDecimal.ONE));
    assertNullRejected("amount", () -> Money.of(BillingCurrency.USD, null));
    assertNullRejected("currency", () -> Money.rounded(null, BigDecimal.ONE, RoundingMode.HALF_UP));
    assertNullRejected("mode", () -> Money.rounded(BillingCurrency.USD, BigDecimal.ONE, null));
    assertThatThrownBy(() -> Money.rounded(BillingCurrency.USD, null, RoundingMode.HALF_UP))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Money.zero(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> usd("1").plus(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> usd("1").compareTo(null)).isInstanceOf(NullPointerException.class);
  }
}
