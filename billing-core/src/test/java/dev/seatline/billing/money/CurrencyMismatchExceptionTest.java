package dev.seatline.billing.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CurrencyMismatchExceptionTest {
  @Test
  void carriesBothCurrenciesAndIsAProgrammingError() {
    CurrencyMismatchException e =
        new CurrencyMismatchException(BillingCurrency.USD, BillingCurrency.EUR);
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.expected()).isEqualTo(BillingCurrency.USD);
    assertThat(e.actual()).isEqualTo(BillingCurrency.EUR);
    assertThat(e).hasMessage("currency EUR does not match USD");
  }

  @Test
  void moneyOfTwoCurrenciesDoesNotAdd() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Money.zero(BillingCurrency.GBP).plus(Money.zero(BillingCurrency.JPY)))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("currency JPY does not match GBP");
  }
}
