package dev.seatline.billing.model;

import static dev.seatline.billing.InvalidInputs.assertInvalidAt;
import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PortSampleTest {
  private static final Instant T = Instant.parse("2026-01-16T14:00:00Z");

  @Test
  void countsAreZeroToOneBillion() {
    assertThat(new PortSample(T, 0).concurrentCalls()).isZero();
    assertThat(new PortSample(T, 1_000_000_000).concurrentCalls()).isEqualTo(1_000_000_000);
    assertInvalidAt("concurrentCalls", () -> new PortSample(T, -1))
        .hasMessage("concurrentCalls: must be a whole number from 0 to 1000000000, was -1");
    assertInvalidAt("concurrentCalls", () -> new PortSample(T, 1_000_000_001));
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullIsRejected() {
    assertNullRejected("at", () -> new PortSample(null, 1));
  }
}
