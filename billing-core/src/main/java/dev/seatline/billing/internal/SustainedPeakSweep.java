package dev.seatline.billing.internal;

/**
 * The sustained peak of concurrent users (R5) on primitive arrays, in exact continuous time.
 *
 * <p>Input: {@code n} half-open intervals {@code [starts[i], ends[i])}, non-empty, inside {@code
 * [0, horizon]}, where the intervals of any one user are already disjoint (as {@link
 * OnQueueSweep#onQueueInsideSessions} produces them), so that the number of intervals covering
 * {@code t} is the number c(t) of distinct users on queue at {@code t}. Both arrays are reordered
 * (each sorted on its own unless already sorted). Units are arbitrary (nanoseconds in the rating
 * code); {@code window} is the peak-window length W, positive.
 *
 * <ul>
 *   <li>{@link #contiguous}: the largest N such that c(t) &gt;= N for every t of some window {@code
 *       [a, a + W)} inside {@code [0, horizon)}; exactly W counts, a horizon shorter than W gives
 *       0.
 *   <li>{@link #accumulated}: the largest N such that the total time in {@code [0, horizon)} with
 *       c(t) &gt;= N is at least W.
 * </ul>
 *
 * <p>Both build the step function c by one sweep over the sorted endpoints (events at one instant
 * are applied together, so touching intervals leave no gap), then run in O(m) over its m &lt;= 2n +
 * 1 segments: O(n log n) in all, O(n) for sorted input. Stateless and thread-safe.
 */
public final class SustainedPeakSweep {
  private SustainedPeakSweep() {}

  /**
   * A sustained peak: {@code seats} = N, and its evidence. For {@link #contiguous}, {@code
   * [windowStart, windowEnd)} is the earliest window of length W with c &gt;= N throughout, and
   * {@code timeAtLevel} the longest stretch with c &gt;= N. For {@link #accumulated}, the window is
   * the first maximal stretch with c &gt;= N and {@code timeAtLevel} the total time with c &gt;= N.
   * All zero when N is 0.
   *
   * @param seats the peak N
   * @param windowStart the window's start, included
   * @param windowEnd the window's end, excluded
   * @param timeAtLevel the time with at least {@code seats} on queue, as described above
   */
  public record Peak(long seats, long windowStart, long windowEnd, long timeAtLevel) {
    /** No peak: zero seats. */
    public static final Peak NONE = new Peak(0, 0, 0, 0);
  }

  /** The step function c: segment k is {@code [at[k], end(k))} with level {@code level[k]}. */
  private static final class Steps {
    final long[] at;
    final int[] level;
    final int m;
    final long horizon;

    Steps(long[] at, int[] level, int m, long horizon) {
      this.at = at;
      this.level = level;
      this.m = m;
      this.horizon = horizon;
    }

    long end(int k) {
      return k + 1 < m ? at[k + 1] : horizon;
    }
  }

  private static Steps steps(long[] starts, long[] ends, int n, long horizon) {
    OnQueueSweep.sortIfNeeded(starts, n);
    OnQueueSweep.sortIfNeeded(ends, n);
    long[] at = new long[2 * n + 1];
    int[] level = new int[2 * n + 1];
    int m = 0;
    long cur = 0;
    int depth = 0;
    int i = 0;
    int j = 0;
    while (j < n) {
      long t = i < n && starts[i] <= ends[j] ? starts[i] : ends[j];
      if (t > cur) {
        at[m] = cur;
        level[m] = depth;
        m++;
        cur = t;
      }
      while (i < n && starts[i] == t) {
        depth++;
        i++;
      }
      while (j < n && ends[j] == t) {
        depth--;
        j++;
      }
    }
    if (cur < horizon) {
      at[m] = cur;
      level[m] = depth;
      m++;
    }
    return new Steps(at, level, m, horizon);
  }

  /**
   * The largest N held throughout one window of length {@code window} inside {@code [0, horizon)}
   * (R5 CONTIGUOUS_WINDOW). See the class contract.
   */
  public static Peak contiguous(long[] starts, long[] ends, int n, long horizon, long window) {
    if (window > horizon) {
      return Peak.NONE;
    }
    Steps s = steps(starts, ends, n, horizon);
    // For each segment k, the maximal stretch around it with level >= level[k], found with a
    // monotonic stack (the largest-rectangle-in-a-histogram technique). A window with minimum
    // level N lies in such a stretch of some segment of level exactly N.
    int m = s.m;
    long[] left = new long[m];
    int[] stack = new int[m];
    int top = 0;
    for (int k = 0; k < m; k++) {
      while (top > 0 && s.level[stack[top - 1]] >= s.level[k]) {
        top--;
      }
      left[k] = top == 0 ? 0 : s.end(stack[top - 1]);
      stack[top++] = k;
    }
    top = 0;
    long best = 0;
    for (int k = m - 1; k >= 0; k--) {
      while (top > 0 && s.level[stack[top - 1]] >= s.level[k]) {
        top--;
      }
      long right = top == 0 ? s.horizon : s.at[stack[top - 1]];
      stack[top++] = k;
      if (right - left[k] >= window && s.level[k] > best) {
        best = s.level[k];
      }
    }
    if (best == 0) {
      return Peak.NONE;
    }
    long windowStart = -1;
    long longest = 0;
    int k = 0;
    while (k < m) {
      if (s.level[k] < best) {
        k++;
        continue;
      }
      long runStart = s.at[k];
      while (k < m && s.level[k] >= best) {
        k++;
      }
      long runLength = s.end(k - 1) - runStart;
      longest = Math.max(longest, runLength);
      if (windowStart < 0 && runLength >= window) {
        windowStart = runStart;
      }
    }
    return new Peak(best, windowStart, windowStart + window, longest);
  }

  /**
   * The largest N held for at least {@code window} in total, contiguous or not, inside {@code [0,
   * horizon)} (R5 ACCUMULATED_TIME, the vendor's method). See the class contract.
   */
  public static Peak accumulated(long[] starts, long[] ends, int n, long horizon, long window) {
    if (window > horizon) {
      return Peak.NONE;
    }
    Steps s = steps(starts, ends, n, horizon);
    int maxLevel = 0;
    for (int k = 0; k < s.m; k++) {
      maxLevel = Math.max(maxLevel, s.level[k]);
    }
    long[] timeAt = new long[maxLevel + 1];
    for (int k = 0; k < s.m; k++) {
      timeAt[s.level[k]] += s.end(k) - s.at[k];
    }
    long total = 0;
    int seats = 0;
    for (int level = maxLevel; level >= 1; level--) {
      total += timeAt[level];
      if (total >= window) {
        seats = level;
        break;
      }
    }
    if (seats == 0) {
      return Peak.NONE;
    }
    int k = 0;
    while (s.level[k] < seats) {
      k++;
    }
    long firstStart = s.at[k];
    while (k < s.m && s.level[k] >= seats) {
      k++;
    }
    return new Peak(seats, firstStart, s.end(k - 1), total);
  }
}
