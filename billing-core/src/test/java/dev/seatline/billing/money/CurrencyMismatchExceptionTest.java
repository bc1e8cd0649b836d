package dev.seatline.billing.money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.InvalidInputException;
import org.junit.jupiter.api.Test;

class CurrencyMismatchExceptionTest {
  @Test
  void carriesBothCurrenciesAndThePath() {
    CurrencyMismatchException e =
        new CurrencyMismatchException("prices", BillingCurrency.USD, BillingCurrency.EUR);

    assertThat(e).isInstanceOf(InvalidInputException.class);
    assertThat(e).hasMessage("prices: currency EUR does not match USD");
    assertThat(e.path()).isEqualTo("prices");
    assertThat(e.expected()).isEqualTo(BillingCurrency.USD);
    assertThat(e.actual()).isEqualTo(BillingCurrency.EUR);
  }

  @Test
  void withinKeepsTheTypeTheCurrenciesAndTheStackTrace() {
    CurrencyMismatchException e =
        new CurrencyMismatchException("", BillingCurrency.GBP, BillingCurrency.JPY);

    CurrencyMismatchException outer = e.within("invoices[0].lines[1]");

    assertThat(outer.path()).isEqualTo("invoices[0].lines[1]");
    assertThat(outer.expected()).isEqualTo(BillingCurrency.GBP);
    assertThat(outer.actual()).isEqualTo(BillingCurrency.JPY);
    assertThat(outer).hasMessage("invoices[0].lines[1]: currency JPY does not match GBP");
    assertThat(outer.getStackTrace()).isEqualTo(e.getStackTrace());
  }
}
