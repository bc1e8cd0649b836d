package dev.seatline.billing.model;

import static dev.seatline.billing.InvalidInputs.assertInvalidAt;
import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.money.BillingCurrency;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PriceBookTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static PriceBook full() {
    return PriceBook.builder(BillingCurrency.USD)
        .seat(LicenseTier.PURECLOUD_3, d("150.00"))
        .seat(LicenseTier.COMMUNICATE, d("25"))
        .addOn("SALESFORCE", d("10.00"))
        .excessPortHour(d("0.0125"))
        .oneTime("ENABLEMENT_STANDARD", d("4500.00"))
        .hardware("HEADSET_H1", d("99.00"))
        .build();
  }

  @Test
  void holdsEveryKindOfPrice() {
    PriceBook p = full();

    assertThat(p.currency()).isEqualTo(BillingCurrency.USD);
    assertThat(p.require(LineCode.SEAT, "PURECLOUD_3", "seats of PURECLOUD_3 are billed"))
        .isEqualTo(d("150.00"));
    assertThat(p.require(LineCode.SEAT, "COMMUNICATE", "seats of COMMUNICATE are billed"))
        .isEqualTo(d("25.00"));
    assertThat(p.require(LineCode.ADD_ON, "SALESFORCE", "add-on SALESFORCE is billed"))
        .isEqualTo(d("10.00"));
    assertThat(p.require(LineCode.EXCESS_CALL_PORTS, "PORT_HOUR", "excess call usage is billed"))
        .isEqualTo(d("0.0125"));
    assertThat(
            p.require(
                LineCode.ONE_TIME, "ENABLEMENT_STANDARD", "orders[0].oneTime[0].sku is billed"))
        .isEqualTo(d("4500.00"));
    assertThat(p.require(LineCode.HARDWARE, "HEADSET_H1", "shipments[0].items[0].sku is billed"))
        .isEqualTo(d("99.00"));
    assertThat(p.prices(LineCode.SEAT)).containsOnlyKeys("COMMUNICATE", "PURECLOUD_3");
    assertThat(p.prices(LineCode.ADD_ON)).containsOnlyKeys("SALESFORCE");
    assertThat(p.price(LineCode.EXCESS_CALL_PORTS, "PORT_HOUR")).contains(d("0.0125"));
    assertThat(p.prices(LineCode.ONE_TIME)).containsOnlyKeys("ENABLEMENT_STANDARD");
    assertThat(p.prices(LineCode.HARDWARE)).containsOnlyKeys("HEADSET_H1");
  }

  @ParameterizedTest
  @CsvSource({
    "USD, 75, 75.00",
    "USD, 75.0, 75.00",
    "USD, 75.000, 75.00",
    "USD, 1E+2, 100.00",
    "USD, 0.0125, 0.0125",
    "USD, 0.01250, 0.0125",
    "USD, 0, 0.00",
    "JPY, 100, 100",
    "JPY, 100.00, 100",
    "JPY, 0.5, 0.5",
    "EUR, 0.123456789012, 0.123456789012",
    "EUR, 1.0000000000000, 1.00",
  })
  void pricesKeepAtLeastTheCurrencyScaleAndNoTrailingZerosBeyondIt(
      BillingCurrency currency, String given, String kept) {
    PriceBook p = PriceBook.builder(currency).excessPortHour(d(given)).build();

    assertThat(p.require(LineCode.EXCESS_CALL_PORTS, "PORT_HOUR", "excess call usage is billed"))
        .isEqualTo(d(kept));
  }

  @Test
  void boundsAreZeroToOneBillionInclusive() {
    PriceBook.Builder b = PriceBook.builder(BillingCurrency.USD);

    assertThat(b.seat(LicenseTier.PURECLOUD_1, d("1000000000")).build().prices(LineCode.SEAT))
        .containsEntry("PURECLOUD_1", d("1000000000.00"));
    assertInvalidAt("seat.PURECLOUD_1", () -> b.seat(LicenseTier.PURECLOUD_1, d("1000000000.01")))
        .hasMessage("seat.PURECLOUD_1: price must be from 0 to 1000000000, was 1000000000.01");
    assertInvalidAt("addOn.SALESFORCE", () -> b.addOn("SALESFORCE", d("-0.01")))
        .hasMessage("addOn.SALESFORCE: price must be from 0 to 1000000000, was -0.01");
    assertInvalidAt("excessPortHour", () -> b.excessPortHour(d("-1")));
    assertInvalidAt("oneTime.E1", () -> b.oneTime("E1", d("1E+10")))
        .hasMessageContaining("was 10000000000");
    assertInvalidAt("hardware.H1", () -> b.hardware("H1", d("-5")));
  }

  @Test
  void atMostTwelveDecimals() {
    PriceBook.Builder b = PriceBook.builder(BillingCurrency.USD);

    assertThat(
            b.excessPortHour(d("0.000000000001"))
                .build()
                .require(LineCode.EXCESS_CALL_PORTS, "PORT_HOUR", "excess call usage is billed"))
        .isEqualTo(d("0.000000000001"));
    assertInvalidAt("excessPortHour", () -> b.excessPortHour(d("0.0000000000001")))
        .hasMessage("excessPortHour: price 0.0000000000001 has more than 12 decimals");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", " SALESFORCE", "SALESFORCE "})
  void blankOrPaddedNamesAreRejected(String name) {
    PriceBook.Builder b = PriceBook.builder(BillingCurrency.USD);

    assertInvalidAt("addOn." + name, () -> b.addOn(name, d("1")))
        .hasMessageContaining("must be a non-blank identifier without surrounding spaces");
    assertInvalidAt("oneTime." + name, () -> b.oneTime(name, d("1")));
    assertInvalidAt("hardware." + name, () -> b.hardware(name, d("1")));
  }

  @Test
  void missingPricesAreRejectedWithTheirPaths() {
    PriceBook empty = PriceBook.builder(BillingCurrency.USD).build();

    assertInvalidAt(
            "prices.seat.PURECLOUD_3",
            () -> empty.require(LineCode.SEAT, "PURECLOUD_3", "seats of PURECLOUD_3 are billed"))
        .hasMessage("prices.seat.PURECLOUD_3: no price, but seats of PURECLOUD_3 are billed");
    assertInvalidAt(
            "prices.addOn.SALESFORCE",
            () -> empty.require(LineCode.ADD_ON, "SALESFORCE", "add-on SALESFORCE is billed"))
        .hasMessage("prices.addOn.SALESFORCE: no price, but add-on SALESFORCE is billed");
    assertInvalidAt(
            "prices.excessPortHour",
            () ->
                empty.require(
                    LineCode.EXCESS_CALL_PORTS, "PORT_HOUR", "excess call usage is billed"))
        .hasMessage("prices.excessPortHour: no price, but excess call usage is billed");
    assertInvalidAt(
            "prices.oneTime.ENABLEMENT_PLUS",
            () ->
                empty.require(
                    LineCode.ONE_TIME, "ENABLEMENT_PLUS", "orders[2].oneTime[0].sku is billed"))
        .hasMessage(
            "prices.oneTime.ENABLEMENT_PLUS: no price, but orders[2].oneTime[0].sku is billed");
    assertInvalidAt(
            "prices.hardware.HEADSET_H2",
            () ->
                empty.require(
                    LineCode.HARDWARE, "HEADSET_H2", "shipments[1].items[3].sku is billed"))
        .hasMessage(
            "prices.hardware.HEADSET_H2: no price, but shipments[1].items[3].sku is billed");
    assertThat(empty.price(LineCode.EXCESS_CALL_PORTS, "PORT_HOUR")).isEmpty();
  }

  @Test
  void aLaterPriceForTheSameKeyReplacesTheEarlier() {
    PriceBook p =
        PriceBook.builder(BillingCurrency.USD)
            .seat(LicenseTier.PURECLOUD_2, d("100"))
            .seat(LicenseTier.PURECLOUD_2, d("110"))
            .build();

    assertThat(p.require(LineCode.SEAT, "PURECLOUD_2", "seats of PURECLOUD_2 are billed"))
        .isEqualTo(d("110.00"));
  }

  @Test
  void equalityIsByCurrencyAndEveryPrice() {
    assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
    assertThat(full()).isNotEqualTo(PriceBook.builder(BillingCurrency.USD).build());
    assertThat(PriceBook.builder(BillingCurrency.USD).build())
        .isNotEqualTo(PriceBook.builder(BillingCurrency.EUR).build());
    assertThat(full()).isNotEqualTo("full");
    PriceBook.Builder others = PriceBook.builder(BillingCurrency.USD);
    assertThat(others.excessPortHour(d("0.0125")).build())
        .isNotEqualTo(PriceBook.builder(BillingCurrency.USD).build());
    assertThat(PriceBook.builder(BillingCurrency.USD).addOn("A", d("1")).build())
        .isNotEqualTo(PriceBook.builder(BillingCurrency.USD).addOn("A", d("2")).build());
    assertThat(PriceBook.builder(BillingCurrency.USD).oneTime("A", d("1")).build())
        .isNotEqualTo(PriceBook.builder(BillingCurrency.USD).hardware("A", d("1")).build());
    assertThat(full().toString())
        .startsWith("PriceBook{USD, seat={COMMUNICATE=25.00, PURECLOUD_3=150.00}")
        .contains("excessPortHour=0.0125")
        .contains("hardware={HEADSET_H1=99.00}");
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentsAreRejected() {
    assertNullRejected("currency", () -> PriceBook.builder(null));
    PriceBook.Builder b = PriceBook.builder(BillingCurrency.USD);
    assertNullRejected("tier", () -> b.seat(null, BigDecimal.ONE));
    assertNullRejected("price", () -> b.seat(LicenseTier.PURECLOUD_1, null));
    assertNullRejected("price", () -> b.addOn("A", null));
    assertThatThrownBy(() -> b.addOn(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class);
    assertNullRejected("price", () -> b.excessPortHour(null));
    assertNullRejected("price", () -> b.oneTime("A", null));
    assertThatThrownBy(() -> b.oneTime(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class);
    assertNullRejected("price", () -> b.hardware("A", null));
    assertThatThrownBy(() -> b.hardware(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class);
    PriceBook p = full();
    assertNullRejected("item", () -> p.require(LineCode.SEAT, null, "seats are billed"));
    assertNullRejected("item", () -> p.require(LineCode.ADD_ON, null, "the add-on is billed"));
    assertNullRejected(
        "item", () -> p.require(LineCode.ONE_TIME, null, "orders[0].oneTime[0].sku is billed"));
    assertNullRejected(
        "item", () -> p.require(LineCode.HARDWARE, null, "shipments[0].items[0].sku is billed"));
  }
}
