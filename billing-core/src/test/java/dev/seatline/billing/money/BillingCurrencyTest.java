package dev.seatline.billing.money;

import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BillingCurrencyTest {
  @ParameterizedTest
  @CsvSource({"AUD, 2", "BRL, 2", "CAD, 2", "EUR, 2", "GBP, 2", "JPY, 0", "NZD, 2", "USD, 2"})
  void theEightCurrenciesAndTheirMinorUnits(String code, int scale) {
    BillingCurrency currency = BillingCurrency.parse(code);

    assertThat(currency.name()).isEqualTo(code);
    assertThat(currency.scale()).isEqualTo(scale);
  }

  @Test
  void thereAreTheFaqsEightAndZar() {
    // R10's eight, and ZAR, which only the GENESYS_CLOUD edition accepts (R17).
    assertThat(BillingCurrency.values()).hasSize(9);
    assertThat(BillingCurrency.parse("ZAR").scale()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"XYZ", "CHF", "usd", " USD", "", "US"})
  void anyOtherCodeIsRejectedAtCurrency(String code) {
    assertThat(BillingCurrency.find(code)).isEmpty();
    assertThatThrownBy(() -> BillingCurrency.parse(code))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unsupported currency '"
                + code
                + "'; supported: [AUD, BRL, CAD, EUR, GBP, JPY, NZD, USD, ZAR]");
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullIsRejected() {
    assertNullRejected("code", () -> BillingCurrency.parse(null));
  }
}
