package dev.seatline.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MeterSumsTest {
  @Test
  void roundsEachRecordUpToTheIncrementAndSumsOnlyTheWindow() {
    // Meter 0 in increments of 0.1 (100,000,000 billionths): 1.0166 -> 1.1, 0.2 stays, 5 at t=30
    // is outside [10, 30). Meter 1 has no increment: 0.000000001 stays.
    MeterSums s =
        MeterSums.of(
            2,
            new int[] {0, 0, 0, 1},
            new long[] {10, 20, 30, 29},
            new long[] {1_016_600_000L, 200_000_000L, 5_000_000_000L, 1L},
            new byte[] {4, 1, 0, 9},
            4,
            10,
            30,
            new long[] {100_000_000L, 0});

    assertThat(s.records(0)).isEqualTo(2);
    assertThat(s.roundedUp(0)).isEqualTo(1);
    assertThat(s.recorded(0)).isEqualByComparingTo("1.2166");
    assertThat(s.used(0)).isEqualByComparingTo("1.3");
    assertThat(s.maxScale(0)).isEqualTo(4);
    assertThat(s.used(1)).isEqualByComparingTo("0.000000001");
    assertThat(s.maxScale(1)).isEqualTo(9);
  }

  @Test
  void sumsBeyondTheRangeOfALongStayExact() {
    // 20 records of 10^9 units (10^18 billionths) each: 2 x 10^10 units, past 2^63 billionths.
    int n = 20;
    long[] q = new long[n];
    Arrays.fill(q, 1_000_000_000_000_000_000L);
    MeterSums s =
        MeterSums.of(
            1, new int[n], new long[n], q, new byte[n], n, 0, 1, new long[] {300_000_000_000L});

    assertThat(s.recorded(0)).isEqualByComparingTo(new BigDecimal("20000000000"));
    // Increments of 300: 10^9 = 3,333,333.33... increments -> 3,333,334 x 300 = 1,000,000,200.
    assertThat(s.used(0)).isEqualByComparingTo(new BigDecimal("20000004000"));
    assertThat(s.roundedUp(0)).isEqualTo(20);
  }
}
