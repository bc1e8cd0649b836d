package dev.seatline.billing.internal;

import java.util.Arrays;

/**
 * On-queue time read straight from a columnar timeline (R5), ready for {@link SustainedPeakSweep}:
 * each user's on-queue intervals, clipped to the rated time and unioned (a user with overlapping
 * intervals counts once), as one interval set whose intervals of any one user are disjoint.
 *
 * <p>Two paths, one result. A time-ordered feed (rows in order of start, no user overlapping
 * themselves) is detected in one pass with a per-user "last end" array and copied as it is: its
 * starts are then already sorted, and the peak sweep sorts only the ends. Any other input is
 * grouped by user through the timeline's row index and unioned user by user with {@link
 * OnQueueSweep#union}. Expected linear time either way.
 */
public final class ColumnarSweeps {
  private ColumnarSweeps() {}

  /**
   * An interval set in nanoseconds after the rated start: {@code [starts[i], ends[i])} for {@code i
   * < size}, disjoint within each user.
   */
  public static final class Runs {
    /** Interval starts. */
    public final long[] starts;

    /** Interval ends. */
    public final long[] ends;

    /** How many intervals there are. */
    public final int size;

    Runs(long[] starts, long[] ends, int size) {
      this.starts = starts;
      this.ends = ends;
      this.size = size;
    }
  }

  /**
   * The on-queue runs of the users {@code u} with {@code included[u]} over {@code [from, to)}
   * (epoch nanos).
   */
  public static Runs onQueue(TimelineColumns c, boolean[] included, long from, long to) {
    int rows = c.size();
    long[] lastEnd = new long[c.userIds.size()];
    Arrays.fill(lastEnd, Long.MIN_VALUE);
    boolean ordered = true;
    long previousStart = Long.MIN_VALUE;
    int count = 0;
    for (int i = 0; i < rows; i++) {
      int u = c.owner[i];
      if (c.kindOf(i) != TimelineColumns.ON_QUEUE || !included[u]) {
        continue;
      }
      long s = c.start[i];
      if (s < previousStart || s < lastEnd[u]) {
        ordered = false;
      }
      previousStart = s;
      lastEnd[u] = c.end[i];
      count++;
    }
    long[] starts = new long[count];
    long[] ends = new long[count];
    int n = 0;
    if (ordered) {
      for (int i = 0; i < rows; i++) {
        if (c.kindOf(i) == TimelineColumns.ON_QUEUE && included[c.owner[i]]) {
          long s = Math.max(c.start[i], from);
          long e = Math.min(c.end[i], to);
          if (s < e) {
            starts[n] = s - from;
            ends[n] = e - from;
            n++;
          }
        }
      }
      return new Runs(starts, ends, n);
    }
    long[] userStarts = new long[16];
    long[] userEnds = new long[16];
    for (int u = 0; u < c.userIds.size(); u++) {
      if (!included[u]) {
        continue;
      }
      int k = 0;
      for (int r = c.userOffsets[u]; r < c.userOffsets[u + 1]; r++) {
        int i = c.userRows[r];
        if (c.kindOf(i) != TimelineColumns.ON_QUEUE) {
          continue;
        }
        long s = Math.max(c.start[i], from);
        long e = Math.min(c.end[i], to);
        if (s < e) {
          if (k == userStarts.length) {
            userStarts = Arrays.copyOf(userStarts, 2 * k);
            userEnds = Arrays.copyOf(userEnds, 2 * k);
          }
          userStarts[k] = s - from;
          userEnds[k] = e - from;
          k++;
        }
      }
      int m = OnQueueSweep.union(userStarts, userEnds, k, userStarts, userEnds);
      System.arraycopy(userStarts, 0, starts, n, m);
      System.arraycopy(userEnds, 0, ends, n, m);
      n += m;
    }
    return new Runs(starts, ends, n);
  }
}
