package dev.seatline.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.internal.OnQueueSweepTest.Case;
import dev.seatline.billing.internal.PeakMeasures.Peak;
import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import org.junit.jupiter.api.Test;

class PeakMeasuresTest {
  private static final long UNIT = OnQueueSweepTest.UNIT;

  record WithWindow(Case c, int w) {}

  private static final Gen<WithWindow> CASES =
      r -> new WithWindow(OnQueueSweepTest.CASES.next(r), 1 + r.nextInt(20));

  /** Largest N with a run of at least w units at level N or more; longest such run. */
  private static long[] contiguousOracle(int[] levels, int w) {
    for (int n = levels.length == 0 ? 0 : maxOf(levels); n >= 1; n--) {
      long longest = 0;
      long first = -1;
      int run = 0;
      for (int t = 0; t < levels.length; t++) {
        run = levels[t] >= n ? run + 1 : 0;
        longest = Math.max(longest, run);
        if (run == w && first < 0) {
          first = (long) t - w + 1;
        }
      }
      if (longest >= w) {
        return new long[] {n, first, longest};
      }
    }
    return new long[] {0, -1, 0};
  }

  /** Largest N with at least w units in total at level N or more; that total; first run. */
  private static long[] accumulatedOracle(int[] levels, int w) {
    for (int n = levels.length == 0 ? 0 : maxOf(levels); n >= 1; n--) {
      long total = 0;
      for (int level : levels) {
        total += level >= n ? 1 : 0;
      }
      if (total >= w) {
        int s = 0;
        while (levels[s] < n) {
          s++;
        }
        int e = s;
        while (e < levels.length && levels[e] >= n) {
          e++;
        }
        return new long[] {n, total, s, e};
      }
    }
    return new long[] {0, 0, -1, -1};
  }

  private static int maxOf(int[] a) {
    int m = 0;
    for (int x : a) {
      m = Math.max(m, x);
    }
    return m;
  }

  @Test
  void contiguousEqualsTheBruteForceWindowSearch() {
    PropertyCheck.forAll(
        "contiguous peak equals the brute-force window search",
        3000,
        CASES,
        x -> {
          int[] levels = OnQueueSweepTest.levels(x.c());
          Peak p = PeakMeasures.contiguous(OnQueueSweepTest.sweep(x.c()), x.w() * UNIT);
          long[] expected = contiguousOracle(levels, x.w());
          assertThat(p.seats()).isEqualTo(expected[0]);
          assertThat(p.windowStart()).isEqualTo(expected[1] < 0 ? -1 : expected[1] * UNIT);
          assertThat(p.timeAtLevel()).isEqualTo(expected[2] * UNIT);
          if (p.seats() > 0) {
            assertThat(p.windowEnd() - p.windowStart()).isEqualTo(x.w() * UNIT);
          }
        });
  }

  @Test
  void accumulatedEqualsTheBruteForceTotal() {
    PropertyCheck.forAll(
        "accumulated peak equals the brute-force total time at level",
        3000,
        CASES,
        x -> {
          int[] levels = OnQueueSweepTest.levels(x.c());
          Peak p = PeakMeasures.accumulated(OnQueueSweepTest.sweep(x.c()), x.w() * UNIT);
          long[] expected = accumulatedOracle(levels, x.w());
          assertThat(p.seats()).isEqualTo(expected[0]);
          assertThat(p.timeAtLevel()).isEqualTo(expected[1] * UNIT);
          assertThat(p.windowStart()).isEqualTo(expected[2] < 0 ? -1 : expected[2] * UNIT);
          assertThat(p.windowEnd()).isEqualTo(expected[3] < 0 ? -1 : expected[3] * UNIT);
        });
  }

  @Test
  void aWindowOfExactlyTheLengthCounts() {
    StepFunction f =
        OnQueueSweep.sweep(2, new int[] {0, 1}, new long[] {0, 10}, new long[] {100, 40}, 0, 100);
    assertThat(PeakMeasures.contiguous(f, 30).seats()).isEqualTo(2);
    assertThat(PeakMeasures.contiguous(f, 31).seats()).isEqualTo(1);
    assertThat(PeakMeasures.accumulated(f, 30).seats()).isEqualTo(2);
    assertThat(PeakMeasures.contiguous(f, 101).seats()).isZero();
  }

  @Test
  void accumulatedAddsSeparateStretches() {
    StepFunction f =
        OnQueueSweep.sweep(
            2, new int[] {0, 1, 1}, new long[] {0, 10, 50}, new long[] {100, 30, 70}, 0, 100);
    assertThat(PeakMeasures.contiguous(f, 30).seats()).isEqualTo(1);
    Peak p = PeakMeasures.accumulated(f, 30);
    assertThat(p.seats()).isEqualTo(2);
    assertThat(p.timeAtLevel()).isEqualTo(40);
    assertThat(p.windowStart()).isEqualTo(10);
    assertThat(p.windowEnd()).isEqualTo(30);
  }
}
