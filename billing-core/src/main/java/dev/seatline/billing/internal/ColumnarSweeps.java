package dev.seatline.billing.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * On-queue time read straight from a columnar timeline (R5), ready for {@link SustainedPeakSweep}:
 * each user's on-queue intervals, clipped to the rated time and unioned (a user with overlapping
 * intervals counts once), as one interval set whose intervals of any one user are disjoint.
 *
 * <p>Two paths, one result. A time-ordered feed (rows in order of start, no user overlapping
 * themselves) is detected in one pass with a per-user "last end" array and copied as it is: its
 * starts are then already sorted, and the peak sweep sorts only the ends. Any other input is
 * grouped by user through the timeline's row index and unioned user by user with {@link
 * OnQueueSweep#union} (a columnar timeline built from input that is not time-ordered stores its
 * rows grouped by user, so this reads memory in order). Expected linear time either way.
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
   * Whether the on-queue rows of the users {@code u} with {@code included[u]} (every user when
   * {@code included} is null) come in order of start, and no user's row overlaps that user's
   * previous one: a time-ordered feed, whose rows are the runs as they stand.
   */
  public static boolean isTimeOrdered(
      int[] owner, byte[] kind, long[] start, long[] end, int rows, boolean @Nullable [] included) {
    int users = 0;
    for (int i = 0; i < rows; i++) {
      users = Math.max(users, owner[i] + 1);
    }
    long[] lastEnd = new long[users];
    Arrays.fill(lastEnd, Long.MIN_VALUE);
    long previousStart = Long.MIN_VALUE;
    for (int i = 0; i < rows; i++) {
      int u = owner[i];
      if ((kind[i] & 0xFF) != TimelineColumns.ON_QUEUE || (included != null && !included[u])) {
        continue;
      }
      long s = start[i];
      if (s < previousStart || s < lastEnd[u]) {
        return false;
      }
      previousStart = s;
      lastEnd[u] = end[i];
    }
    return true;
  }

  /**
   * The on-queue runs of the users {@code u} with {@code included[u]} over {@code [from, to)}
   * (epoch nanos).
   */
  public static Runs onQueue(TimelineColumns c, boolean[] included, long from, long to) {
    int rows = c.size();
    boolean ordered = isTimeOrdered(c.owner, c.kind, c.start, c.end, rows, included);
    int count = 0;
    for (int i = 0; i < rows; i++) {
      if (c.kindOf(i) == TimelineColumns.ON_QUEUE && included[c.owner[i]]) {
        count++;
      }
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
