package dev.seatline.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PortIntegralTest {
  private static final long S = 1_000_000_000L;

  /** Sorted sample instants (ties allowed, equal counts), a window and included ports. */
  private static final Gen<long[][]> CASES =
      r -> {
        int n = r.nextInt(40);
        long[] at = new long[n];
        long[] calls = new long[n];
        for (int i = 0; i < n; i++) {
          at[i] = r.nextLong(100) * (r.nextBoolean() ? S : 1 + r.nextLong(S));
        }
        Arrays.sort(at);
        for (int i = 0; i < n; i++) {
          calls[i] =
              i > 0 && at[i] == at[i - 1]
                  ? calls[i - 1]
                  : r.nextInt(10) == 0 ? 1_000_000_000L : r.nextInt(12);
        }
        long from = r.nextLong(60) * S + r.nextLong(S);
        long to = from + r.nextLong(80 * S);
        return new long[][] {at, calls, {from, to, r.nextInt(6)}};
      };

  /** The oracle: step by step in BigDecimal, looking up the value at each piece's start. */
  private static BigDecimal oracle(long[] at, long[] calls, long from, long to, long included) {
    long[] cuts = Arrays.copyOf(at, at.length + 2);
    cuts[at.length] = from;
    cuts[at.length + 1] = to;
    Arrays.sort(cuts);
    BigDecimal sum = BigDecimal.ZERO;
    for (int k = 0; k + 1 < cuts.length; k++) {
      long a = Math.max(cuts[k], from);
      long b = Math.min(cuts[k + 1], to);
      if (a >= b) {
        continue;
      }
      long value = 0;
      for (int i = 0; i < at.length; i++) {
        if (at[i] <= a) {
          value = calls[i];
        }
      }
      long excess = Math.max(0, value - included);
      sum = sum.add(BigDecimal.valueOf(excess).multiply(BigDecimal.valueOf(b - a, 9)));
    }
    return sum;
  }

  @Test
  void equalsTheStepByStepOracle() {
    PropertyCheck.forAll(
        "the port integral equals a step-by-step BigDecimal sum",
        5000,
        CASES,
        x -> {
          int[] calls = new int[x[1].length];
          for (int i = 0; i < calls.length; i++) {
            calls[i] = (int) x[1][i];
          }
          BigDecimal got =
              PortIntegral.excessPortSeconds(x[0], calls, calls.length, x[2][0], x[2][1], x[2][2]);
          assertThat(got).isEqualByComparingTo(oracle(x[0], x[1], x[2][0], x[2][1], x[2][2]));
        });
  }

  @Test
  void hugeExcessOverAMonthStaysExact() {
    long month = 31L * 86_400 * S;
    BigDecimal got =
        PortIntegral.excessPortSeconds(
            new long[] {0, 1}, new int[] {1_000_000_000, 1_000_000_000}, 2, 0, month + 7, 0);
    assertThat(got)
        .isEqualByComparingTo(
            new BigDecimal(1_000_000_000L).multiply(BigDecimal.valueOf(month + 7, 9)));
  }

  @Test
  void theLastSampleBeforeTheStartGivesTheFirstValue() {
    BigDecimal got =
        PortIntegral.excessPortSeconds(new long[] {-10 * S}, new int[] {3}, 1, 0, 10 * S, 1);
    assertThat(got).isEqualByComparingTo("20");
    assertThat(PortIntegral.excessPortSeconds(new long[0], new int[0], 0, 0, 10 * S, 0))
        .isEqualByComparingTo("0");
  }
}
