package dev.seatline.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.internal.SustainedPeakSweep.Peak;
import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SustainedPeakSweepTest {
  private static final long MIN = 60_000_000_000L;
  private static final long HOUR = 60 * MIN;

  /**
   * A small timeline on an integer grid: {@code cells[u][t]} says whether user u is on queue in the
   * cell {@code [t, t + 1)}; the horizon and the window length.
   */
  static final class Timeline {
    private final boolean[][] cells;
    private final int horizon;
    private final int window;

    Timeline(boolean[][] cells, int horizon, int window) {
      this.cells = cells;
      this.horizon = horizon;
      this.window = window;
    }

    boolean[][] cells() {
      return cells;
    }

    int horizon() {
      return horizon;
    }

    int window() {
      return window;
    }

    /** The intervals of the users: maximal runs of cells, so disjoint per user. */
    long[][] intervals() {
      List<long[]> out = new ArrayList<>();
      for (boolean[] user : cells) {
        int t = 0;
        while (t < horizon) {
          if (!user[t]) {
            t++;
            continue;
          }
          int start = t;
          while (t < horizon && user[t]) {
            t++;
          }
          out.add(new long[] {start, t});
        }
      }
      long[] s = new long[out.size()];
      long[] e = new long[out.size()];
      for (int i = 0; i < s.length; i++) {
        s[i] = out.get(i)[0];
        e[i] = out.get(i)[1];
      }
      return new long[][] {s, e};
    }

    /** The oracle's c(t): users on queue in cell t, counted one by one. */
    int c(int t) {
      int n = 0;
      for (boolean[] user : cells) {
        n += user[t] ? 1 : 0;
      }
      return n;
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("horizon " + horizon + ", window " + window + "\n");
      for (boolean[] user : cells) {
        for (int t = 0; t < horizon; t++) {
          b.append(user[t] ? '#' : '.');
        }
        b.append('\n');
      }
      return b.toString();
    }
  }

  static final Gen<Timeline> TIMELINES =
      r -> {
        int horizon = r.nextInt(41);
        int window = 1 + r.nextInt(15);
        int users = r.nextInt(7);
        boolean[][] cells = new boolean[users][horizon];
        for (boolean[] user : cells) {
          int runs = r.nextInt(4);
          for (int k = 0; k < runs && horizon > 0; k++) {
            int from = r.nextInt(horizon);
            int to = from + 1 + r.nextInt(Math.min(20, horizon - from));
            for (int t = from; t < to; t++) {
              user[t] = true;
            }
          }
        }
        return new Timeline(cells, horizon, window);
      };

  /** Brute force: scan every window start, evaluate c in every cell of the window. */
  static long contiguousOracle(Timeline tl) {
    long best = 0;
    for (int a = 0; a + tl.window() <= tl.horizon(); a++) {
      long min = Long.MAX_VALUE;
      for (int t = a; t < a + tl.window(); t++) {
        min = Math.min(min, tl.c(t));
      }
      best = Math.max(best, min);
    }
    return best;
  }

  /** Brute force: for each N from the most users down, count the cells with c >= N. */
  static long accumulatedOracle(Timeline tl) {
    for (int n = tl.cells().length; n >= 1; n--) {
      int cells = 0;
      for (int t = 0; t < tl.horizon(); t++) {
        cells += tl.c(t) >= n ? 1 : 0;
      }
      if (cells >= tl.window()) {
        return n;
      }
    }
    return 0;
  }

  static Peak contiguous(Timeline tl) {
    long[][] i = tl.intervals();
    return SustainedPeakSweep.contiguous(i[0], i[1], i[0].length, tl.horizon(), tl.window());
  }

  static Peak accumulated(Timeline tl) {
    long[][] i = tl.intervals();
    return SustainedPeakSweep.accumulated(i[0], i[1], i[0].length, tl.horizon(), tl.window());
  }

  static Peak contiguous(long horizon, long window, long... bounds) {
    long[][] i = split(bounds);
    return SustainedPeakSweep.contiguous(i[0], i[1], i[0].length, horizon, window);
  }

  static Peak accumulated(long horizon, long window, long... bounds) {
    long[][] i = split(bounds);
    return SustainedPeakSweep.accumulated(i[0], i[1], i[0].length, horizon, window);
  }

  static long[][] split(long[] bounds) {
    long[] s = new long[bounds.length / 2];
    long[] e = new long[bounds.length / 2];
    for (int k = 0; k < s.length; k++) {
      s[k] = bounds[2 * k];
      e[k] = bounds[2 * k + 1];
    }
    return new long[][] {s, e};
  }

  @Test
  void faqShapeShortPeakIsDisregarded() {
    // 3 agents 14:00-21:00 (relative hours 0-7), 1 more 2:00-2:20.
    long h = 10 * HOUR;
    Peak p =
        contiguous(
            h, 30 * MIN, 0, 7 * HOUR, 0, 7 * HOUR, 0, 7 * HOUR, 2 * HOUR, 2 * HOUR + 20 * MIN);
    assertThat(p).isEqualTo(new Peak(3, 0, 30 * MIN, 7 * HOUR));
  }

  @Test
  void aWindowOfExactlyTheLengthCounts() {
    assertThat(contiguous(HOUR, 30 * MIN, 0, 30 * MIN).seats()).isEqualTo(1);
    assertThat(accumulated(HOUR, 30 * MIN, 0, 30 * MIN).seats()).isEqualTo(1);
  }

  @Test
  void aWindowOneNanosecondShortDoesNotCount() {
    assertThat(contiguous(HOUR, 30 * MIN, 0, 30 * MIN - 1)).isEqualTo(Peak.NONE);
    assertThat(accumulated(HOUR, 30 * MIN, 0, 30 * MIN - 1)).isEqualTo(Peak.NONE);
  }

  @Test
  void aHorizonShorterThanTheWindowBillsNothing() {
    assertThat(contiguous(30 * MIN - 1, 30 * MIN, 0, 30 * MIN - 1)).isEqualTo(Peak.NONE);
    assertThat(accumulated(30 * MIN - 1, 30 * MIN, 0, 30 * MIN - 1)).isEqualTo(Peak.NONE);
    assertThat(contiguous(0, 30 * MIN)).isEqualTo(Peak.NONE);
  }

  @Test
  void touchingIntervalsOfDifferentUsersLeaveNoGap() {
    // One user until 15 min, another from 15 min: one user on queue throughout 30 min.
    assertThat(contiguous(HOUR, 30 * MIN, 0, 15 * MIN, 15 * MIN, 30 * MIN))
        .isEqualTo(new Peak(1, 0, 30 * MIN, 30 * MIN));
  }

  @Test
  void accumulatedAddsSeparateStretchesContiguousDoesNot() {
    // Two users together 0-20 min and 40-60 min; one of them throughout 0-60 min.
    long[] bounds = {0, HOUR, 0, 20 * MIN, 40 * MIN, HOUR};
    assertThat(contiguous(2 * HOUR, 30 * MIN, bounds)).isEqualTo(new Peak(1, 0, 30 * MIN, HOUR));
    assertThat(accumulated(2 * HOUR, 30 * MIN, bounds))
        .isEqualTo(new Peak(2, 0, 20 * MIN, 40 * MIN));
  }

  @Test
  void theEarliestQualifyingWindowIsReported() {
    // Two users for 20 min at 0, then for 40 min from 60 min (the longest), then 35 min at 120.
    long[] bounds = {
      0, 20 * MIN, 0, 20 * MIN, 60 * MIN, 100 * MIN, 60 * MIN, 100 * MIN, 120 * MIN, 155 * MIN,
      120 * MIN, 155 * MIN
    };
    assertThat(contiguous(3 * HOUR, 30 * MIN, bounds))
        .isEqualTo(new Peak(2, 60 * MIN, 90 * MIN, 40 * MIN));
  }

  @Test
  void unsortedInputIsSorted() {
    assertThat(contiguous(HOUR, 10, 50, 70, 0, 40, 30, 60)).isEqualTo(new Peak(2, 30, 40, 10));
  }

  @Test
  void contiguousAgreesWithTheBruteForceOracle() {
    PropertyCheck.forAll(
        "contiguous peak = brute-force scan of every window",
        5000,
        TIMELINES,
        tl -> {
          Peak p = contiguous(tl);
          assertThat(p.seats()).isEqualTo(contiguousOracle(tl));
          if (p.seats() == 0) {
            assertThat(p).isEqualTo(Peak.NONE);
            return;
          }
          assertThat(p.windowEnd() - p.windowStart()).isEqualTo(tl.window());
          assertThat(p.windowStart()).isGreaterThanOrEqualTo(0);
          assertThat(p.windowEnd()).isLessThanOrEqualTo(tl.horizon());
          for (int t = (int) p.windowStart(); t < p.windowEnd(); t++) {
            assertThat(tl.c(t)).as("c(%s)", t).isGreaterThanOrEqualTo((int) p.seats());
          }
          int earliest = -1;
          int longest = 0;
          int run = 0;
          for (int t = 0; t < tl.horizon(); t++) {
            run = tl.c(t) >= p.seats() ? run + 1 : 0;
            longest = Math.max(longest, run);
            if (earliest < 0 && run == tl.window()) {
              earliest = t + 1 - tl.window();
            }
          }
          assertThat(p.windowStart()).as("earliest window").isEqualTo(earliest);
          assertThat(p.timeAtLevel()).as("longest stretch").isEqualTo(longest);
        });
  }

  @Test
  void accumulatedAgreesWithTheBruteForceOracle() {
    PropertyCheck.forAll(
        "accumulated peak = brute-force count of cells per level",
        5000,
        TIMELINES,
        tl -> {
          Peak p = accumulated(tl);
          assertThat(p.seats()).isEqualTo(accumulatedOracle(tl));
          if (p.seats() == 0) {
            assertThat(p).isEqualTo(Peak.NONE);
            return;
          }
          int total = 0;
          int firstStart = -1;
          int firstEnd = -1;
          for (int t = 0; t < tl.horizon(); t++) {
            boolean at = tl.c(t) >= p.seats();
            total += at ? 1 : 0;
            if (at && firstStart < 0) {
              firstStart = t;
            }
            if (firstStart >= 0 && firstEnd < 0 && (!at || t == tl.horizon() - 1)) {
              firstEnd = at ? t + 1 : t;
            }
          }
          assertThat(p.timeAtLevel()).isEqualTo(total).isGreaterThanOrEqualTo(tl.window());
          assertThat(p.windowStart()).isEqualTo(firstStart);
          assertThat(p.windowEnd()).isEqualTo(firstEnd);
        });
  }

  @Test
  void accumulatedIsNeverBelowContiguous() {
    PropertyCheck.forAll(
        "accumulated >= contiguous",
        3000,
        TIMELINES,
        tl -> assertThat(accumulated(tl).seats()).isGreaterThanOrEqualTo(contiguous(tl).seats()));
  }

  @Test
  void theResultScalesWithTheTimeUnit() {
    long scale = 1_000_000_007L;
    PropertyCheck.forAll(
        "nanosecond scale gives the same peak as the grid",
        1000,
        TIMELINES,
        tl -> {
          long[][] i = tl.intervals();
          for (int k = 0; k < i[0].length; k++) {
            i[0][k] *= scale;
            i[1][k] *= scale;
          }
          long[][] j = {i[0].clone(), i[1].clone()};
          Peak c =
              SustainedPeakSweep.contiguous(
                  i[0], i[1], i[0].length, tl.horizon() * scale, tl.window() * scale);
          Peak a =
              SustainedPeakSweep.accumulated(
                  j[0], j[1], j[0].length, tl.horizon() * scale, tl.window() * scale);
          assertThat(c.seats()).isEqualTo(contiguousOracle(tl));
          assertThat(a.seats()).isEqualTo(accumulatedOracle(tl));
        });
  }
}
