package dev.seatline.billing.internal;

import java.util.Arrays;

/**
 * The sustained peak of concurrent users (R5) on primitive arrays, in exact continuous time.
 *
 * <p>Input: {@code n} half-open intervals {@code [starts[i], ends[i])}, non-empty, inside {@code
 * [0, horizon]}, where the intervals of any one user are already disjoint (as {@link
 * IntervalArrays#onQueueInsideSessions} produces them), so that the number of intervals covering
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
 * <p>Both stream the step function c from the sorted endpoints (events at one instant are applied
 * together, so touching intervals leave no gap; no array of segments is made), twice, and run in
 * O(m) over its m &lt;= 2n + 1 segments: O(n) expected in all ({@link
 * IntervalArrays#sortIfNeeded}), no sort for sorted input. Stateless and thread-safe.
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

  /**
   * The step function c, streamed: each {@link #next()} moves to the next segment {@code [start,
   * end)} with level {@code level}, merging the sorted starts and ends on the fly (events at one
   * instant are applied together), so no array of segments is ever made. {@link #rewind()} starts
   * over; the endpoint arrays are sorted once, by the constructor.
   */
  private static final class Segments {
    final long[] starts;
    final long[] ends;
    final int n;
    final long horizon;
    int i;
    int j;
    long cur;
    int depth;
    boolean last;
    long start;
    long end;
    int level;

    Segments(long[] starts, long[] ends, int n, long horizon) {
      IntervalArrays.sortIfNeeded(starts, n);
      IntervalArrays.sortIfNeeded(ends, n);
      this.starts = starts;
      this.ends = ends;
      this.n = n;
      this.horizon = horizon;
    }

    void rewind() {
      i = 0;
      j = 0;
      cur = 0;
      depth = 0;
      last = false;
    }

    boolean next() {
      while (j < n) {
        long t = i < n && starts[i] <= ends[j] ? starts[i] : ends[j];
        boolean segment = t > cur;
        if (segment) {
          start = cur;
          end = t;
          level = depth;
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
        if (segment) {
          return true;
        }
      }
      if (!last && cur < horizon) {
        last = true;
        start = cur;
        end = horizon;
        level = depth;
        return true;
      }
      return false;
    }
  }

  /**
   * The largest N held throughout one window of length {@code window} inside {@code [0, horizon)}
   * (R5 CONTIGUOUS_WINDOW). See the class contract.
   */
  public static Peak contiguous(long[] starts, long[] ends, int n, long horizon, long window) {
    if (window > horizon) {
      return Peak.NONE;
    }
    Segments s = new Segments(starts, ends, n, horizon);
    // For each segment, the maximal stretch around it with level >= its level, found with a
    // monotonic stack of rising levels (the largest-rectangle-in-a-histogram technique), in one
    // pass: an entry popped at time t had its level held from its start until t. A window with
    // minimum level N lies in such a stretch of some segment of level exactly N.
    int[] stackLevel = new int[64];
    long[] stackStart = new long[64];
    int top = 0;
    long best = 0;
    s.rewind();
    boolean more = true;
    while (more) {
      more = s.next();
      int h = more ? s.level : -1;
      long t = more ? s.start : horizon;
      long from = t;
      while (top > 0 && stackLevel[top - 1] > h) {
        top--;
        if (t - stackStart[top] >= window && stackLevel[top] > best) {
          best = stackLevel[top];
        }
        from = stackStart[top];
      }
      if (more && (top == 0 || stackLevel[top - 1] < h)) {
        if (top == stackLevel.length) {
          stackLevel = Arrays.copyOf(stackLevel, 2 * top);
          stackStart = Arrays.copyOf(stackStart, 2 * top);
        }
        stackLevel[top] = h;
        stackStart[top] = from;
        top++;
      }
    }
    if (best == 0) {
      return Peak.NONE;
    }
    long windowStart = -1;
    long longest = 0;
    long runStart = -1;
    s.rewind();
    while (true) {
      boolean segment = s.next();
      if (segment && s.level >= best) {
        if (runStart < 0) {
          runStart = s.start;
        }
        continue;
      }
      if (runStart >= 0) {
        long runLength = (segment ? s.start : horizon) - runStart;
        longest = Math.max(longest, runLength);
        if (windowStart < 0 && runLength >= window) {
          windowStart = runStart;
        }
        runStart = -1;
      }
      if (!segment) {
        break;
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
    Segments s = new Segments(starts, ends, n, horizon);
    long[] timeAt = new long[64];
    int maxLevel = 0;
    s.rewind();
    while (s.next()) {
      if (s.level >= timeAt.length) {
        timeAt = Arrays.copyOf(timeAt, Math.max(2 * timeAt.length, s.level + 1));
      }
      timeAt[s.level] += s.end - s.start;
      maxLevel = Math.max(maxLevel, s.level);
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
    s.rewind();
    while (s.next() && s.level < seats) {
      // skip to the first segment at or above the level
    }
    long firstStart = s.start;
    long firstEnd = s.end;
    while (s.next() && s.level >= seats) {
      firstEnd = s.end;
    }
    return new Peak(seats, firstStart, firstEnd, total);
  }
}
