package dev.seatline.billing.model;

import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineCodeTest {
  @Test
  void theStandardCodesInInvoiceOrder() {
    // FORMAT.md's order of codes on an invoice (R14 and R15 codes included).
    assertThat(LineCode.standard())
        .containsExactly(
            LineCode.COMMITTED_SEAT,
            LineCode.SEAT,
            LineCode.OVERAGE,
            LineCode.SEAT_HOUR,
            LineCode.ADD_ON,
            LineCode.EXCESS_CALL_PORTS,
            LineCode.USAGE,
            LineCode.MINIMUM_TRUE_UP,
            LineCode.ONE_TIME,
            LineCode.HARDWARE);
    assertThat(LineCode.standard().stream().map(LineCode::name))
        .containsExactly(
            "COMMITTED_SEAT",
            "SEAT",
            "OVERAGE",
            "SEAT_HOUR",
            "ADD_ON",
            "EXCESS_CALL_PORTS",
            "USAGE",
            "MINIMUM_TRUE_UP",
            "ONE_TIME",
            "HARDWARE");
    assertThat(LineCode.standard().stream().map(LineCode::priceKey))
        .containsExactly(
            "committedSeat",
            "seat",
            "overageSeat",
            "seatHour",
            "addOn",
            "excessPortHour",
            "meters",
            "minimumMonthlyAmount",
            "oneTime",
            "hardware");
    assertThat(LineCode.standard().stream().filter(LineCode::isSinglePrice))
        .containsExactly(LineCode.EXCESS_CALL_PORTS);
  }

  @Test
  void pricePaths() {
    assertThat(LineCode.SEAT.pricePath("PURECLOUD_3")).isEqualTo("prices.seat.PURECLOUD_3");
    assertThat(LineCode.ADD_ON.pricePath("SALESFORCE")).isEqualTo("prices.addOn.SALESFORCE");
    assertThat(LineCode.ONE_TIME.pricePath("ENABLEMENT_STANDARD"))
        .isEqualTo("prices.oneTime.ENABLEMENT_STANDARD");
    assertThat(LineCode.HARDWARE.pricePath("HEADSET_H1")).isEqualTo("prices.hardware.HEADSET_H1");
    assertThat(LineCode.EXCESS_CALL_PORTS.pricePath("PORT_HOUR"))
        .isEqualTo("prices.excessPortHour");
    assertThat(LineCode.EXCESS_CALL_PORTS.pricePath("ANYTHING")).isEqualTo("prices.excessPortHour");
    assertThat(LineCode.custom("SUPPORT").pricePath("PER_SEAT"))
        .isEqualTo("prices.SUPPORT.PER_SEAT");
  }

  @Test
  void aCustomCodeIsPricedPerItemUnderItsName() {
    LineCode support = LineCode.custom("SUPPORT");
    assertThat(support.name()).isEqualTo("SUPPORT");
    assertThat(support.priceKey()).isEqualTo("SUPPORT");
    assertThat(support.isSinglePrice()).isFalse();
    assertThat(support).hasToString("SUPPORT");
    assertThat(LineCode.standard()).doesNotContain(support);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SEAT", "ADD_ON", "EXCESS_CALL_PORTS", "USAGE", "ONE_TIME", "HARDWARE"})
  void aStandardNameGivesTheStandardCode(String name) {
    LineCode code = LineCode.custom(name);
    assertThat(LineCode.standard()).anySatisfy(c -> assertThat(c).isSameAs(code));
    assertThat(code.name()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"S", "SUPPORT", "SUPPORT_2", "X9", "SEATS", "SEAT_"})
  void upperCaseIdentifiersAreCustomNames(String name) {
    LineCode code = LineCode.custom(name);
    assertThat(code.name()).isEqualTo(name);
    assertThat(LineCode.standard()).doesNotContain(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "support", "Support", "seat", "1X", "_X", "A-B", "A B", " SEAT", "SEAT "})
  void otherNamesAreRejected(String name) {
    assertThatThrownBy(() -> LineCode.custom(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a line code is an upper-case identifier ([A-Z][A-Z0-9_]*), was '" + name + "'");
  }

  @Test
  @SuppressWarnings("NullAway")
  void aNullNameIsRejected() {
    assertNullRejected("name", () -> LineCode.custom(null));
  }

  @Test
  void standardCodesComeFirstThenCustomCodesByName() {
    LineCode a = LineCode.custom("AAA");
    LineCode support = LineCode.custom("SUPPORT");
    LineCode z = LineCode.custom("ZZZ");
    List<LineCode> codes =
        new ArrayList<>(
            List.of(
                z,
                LineCode.HARDWARE,
                support,
                LineCode.SEAT,
                LineCode.EXCESS_CALL_PORTS,
                a,
                LineCode.ONE_TIME,
                LineCode.ADD_ON));
    Collections.sort(codes);
    assertThat(codes)
        .containsExactly(
            LineCode.SEAT,
            LineCode.ADD_ON,
            LineCode.EXCESS_CALL_PORTS,
            LineCode.ONE_TIME,
            LineCode.HARDWARE,
            a,
            support,
            z);
    assertThat(LineCode.HARDWARE.compareTo(a)).isNegative();
    assertThat(a.compareTo(LineCode.SEAT)).isPositive();
    assertThat(support.compareTo(LineCode.custom("SUPPORT"))).isZero();
  }

  @Test
  void equalWhenTheNamesAreEqual() {
    assertThat(LineCode.custom("SUPPORT"))
        .isEqualTo(LineCode.custom("SUPPORT"))
        .hasSameHashCodeAs(LineCode.custom("SUPPORT"));
    assertThat(LineCode.custom("SUPPORT")).isNotEqualTo(LineCode.custom("SUPPORT_2"));
    assertThat(LineCode.custom("SEAT")).isEqualTo(LineCode.SEAT);
    assertThat(LineCode.SEAT).isNotEqualTo(LineCode.ADD_ON);
    assertThat(LineCode.SEAT).isNotEqualTo("SEAT");
  }
}
