package dev.seatline.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

  @ParameterizedTest
  @CsvSource({
    "PT744H, 744h",
    "PT4H, 4h",
    "PT3H59M59S, 3h59m59s",
    "PT734H, 734h",
    "PT30M, 30m",
    "PT29M59S, 29m59s",
    "PT0S, 0s",
    "PT0.000000001S, 0.000000001s",
    "PT3H59M59.999999999S, 3h59m59.999999999s",
    "PT1H0.5S, 1h0.5s",
    "PT45S, 45s"
  })
  void readable(String iso, String expected) {
    assertThat(Durations.readable(Duration.parse(iso))).isEqualTo(expected);
  }

  @Test
  void negativeDurationsAreRejected() {
    assertThatThrownBy(() -> Durations.readable(Duration.ofNanos(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void nanosSaturateInsteadOfOverflowing() {
    assertThat(Durations.nanosSaturated(Duration.ofMinutes(30))).isEqualTo(1_800_000_000_000L);
    assertThat(Durations.nanosSaturated(Duration.ofDays(1_000_000))).isEqualTo(Long.MAX_VALUE);
  }
}
