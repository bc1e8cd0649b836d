package dev.seatline.billing.model;

import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BillingPeriodTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Instant START = Instant.parse("2026-01-15T05:00:00Z");
  private static final Instant END = Instant.parse("2026-02-15T05:00:00Z");

  @Test
  void theFaqPeriodIsDisplayedWithItsInclusiveLastSecond() {
    BillingPeriod p = new BillingPeriod(0, START, END, NEW_YORK);

    assertThat(p.localStart()).isEqualTo(LocalDateTime.of(2026, 1, 15, 0, 0));
    assertThat(p.localLastSecond()).isEqualTo(LocalDateTime.of(2026, 2, 14, 23, 59, 59));
    assertThat(p.display())
        .isEqualTo("2026-01-15 00:00:00 through 2026-02-14 23:59:59 America/New_York");
    assertThat(p.length()).isEqualTo(Duration.ofDays(31));
    assertThat(p).hasToString("period 0 [2026-01-15T05:00:00Z, 2026-02-15T05:00:00Z)");
  }

  @Test
  void containsIsHalfOpen() {
    BillingPeriod p = new BillingPeriod(0, START, END, NEW_YORK);

    assertThat(p.contains(START)).isTrue();
    assertThat(p.contains(END.minusNanos(1))).isTrue();
    assertThat(p.contains(END)).isFalse();
    assertThat(p.contains(START.minusNanos(1))).isFalse();
    assertThat(p.interval()).isEqualTo(UsageInterval.of(START, END));
  }

  @Test
  void emptyReversedOrNegativelyIndexedPeriodsAreRejected() {
    assertThatThrownBy(() -> new BillingPeriod(0, START, START, NEW_YORK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a billing period: index 0, [2026-01-15T05:00:00Z, 2026-01-15T05:00:00Z)");
    assertThatThrownBy(() -> new BillingPeriod(0, END, START, NEW_YORK))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BillingPeriod(-1, START, END, NEW_YORK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index -1");
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentsAreRejected() {
    assertNullRejected("start", () -> new BillingPeriod(0, null, END, NEW_YORK));
    assertNullRejected("end", () -> new BillingPeriod(0, START, null, NEW_YORK));
    assertNullRejected("zone", () -> new BillingPeriod(0, START, END, null));
    BillingPeriod p = new BillingPeriod(0, START, END, NEW_YORK);
    assertThatThrownBy(() -> p.contains(null)).isInstanceOf(NullPointerException.class);
  }
}
