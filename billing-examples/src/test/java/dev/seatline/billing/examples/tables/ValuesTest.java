package dev.seatline.billing.examples.tables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.examples.text.IsoInstants.Problem;
import org.junit.jupiter.api.Test;

class ValuesTest {
  @Test
  void instantsAreReadWithinTheColumnarTimeRange() {
    long[] out = {0};
    // 2026-01-16T14:00Z is 1,768,572,000 s after the epoch (IsoInstantsTest works it out).
    assertThat(Values.instantNanos("2026-01-16T14:00:00Z", out)).isNull();
    assertThat(out[0]).isEqualTo(1_768_572_000_000_000_000L);
    // The range starts at the whole second -9,223,372,036 (1677-09-21T00:12:44Z) ...
    assertThat(Values.instantNanos("1677-09-21T00:12:44Z", out)).isNull();
    assertThat(out[0]).isEqualTo(-9_223_372_036_000_000_000L);
    // ... so the second before, which holds Long.MIN_VALUE (the mark of an absent instant), is out,
    assertThat(Values.instantNanos("1677-09-21T00:12:43.999999999Z", out))
        .isEqualTo(Problem.OUTSIDE_EPOCH_NANOS);
    assertThat(Values.instantNanos("1677-09-21T00:12:43.145224192Z", out))
        .isEqualTo(Problem.OUTSIDE_EPOCH_NANOS);
    // ... and it ends one nanosecond before Long.MAX_VALUE (2262-04-11T23:47:16.854775807Z).
    assertThat(Values.instantNanos("2262-04-11T23:47:16.854775806Z", out)).isNull();
    assertThat(out[0]).isEqualTo(Long.MAX_VALUE - 1);
    assertThat(Values.instantNanos("2262-04-11T23:47:16.854775807Z", out))
        .isEqualTo(Problem.OUTSIDE_EPOCH_NANOS);
    assertThat(Values.instantProblem(Problem.OUTSIDE_EPOCH_NANOS, "2262-04-11T23:47:16.854775807Z"))
        .isEqualTo(
            "'2262-04-11T23:47:16.854775807Z' is outside the columnar time range"
                + " (1677-09-21 to 2262-04-11)");
  }
}
