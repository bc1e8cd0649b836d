package dev.seatline.billing.examples.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.examples.text.IsoInstants.Problem;
import dev.seatline.billing.model.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
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

  /** The unscaled value and scale of {@code text}, as {@link Values#unscaledDecimal} reads it. */
  private static BigDecimal read(String text) {
    int[] scale = new int[1];
    long unscaled = Values.unscaledDecimal(text, "usage.csv:2:quantity", scale);
    return BigDecimal.valueOf(unscaled, scale[0]);
  }

  @Test
  void decimalsAreReadWithTheirScaleAsBigDecimalReadsThem() {
    // Short text is read digit by digit, text of more than 18 digits through BigDecimal: both
    // must give new BigDecimal(text) exactly, scale included ("2.50" is 250 at scale 2).
    for (String text :
        List.of(
            "0",
            "12",
            "1.017",
            "2.50",
            "-2",
            "0.000000001",
            "999999999999999999",
            "0.000000000000000001",
            "12345678901234567.89")) {
      assertThat(read(text)).as(text).isEqualTo(new BigDecimal(text));
    }
  }

  @Test
  void malformedOrTooLongDecimalsAreErrorsAtThePath() {
    for (String text : List.of("", "1e3", "1,5", ".5", "5.", "1.2.3", "+1", "abc")) {
      assertThatThrownBy(() -> read(text))
          .as(text)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("usage.csv:2:quantity")
          .hasMessageContaining("not a decimal");
    }
    // 20 digits: 12345678901234567895 does not fit a long (at most 9223372036854775807).
    assertThatThrownBy(() -> read("1234567890123456789.5"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("too many digits");
  }
}
