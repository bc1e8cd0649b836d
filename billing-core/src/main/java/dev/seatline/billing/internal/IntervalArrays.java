package dev.seatline.billing.internal;

/**
 * Interval set algebra on primitive arrays (R3, R5): union, union length, intersection, and the
 * on-queue time of one user inside their user-interface sessions.
 *
 * <p>Contract shared by every function: an interval set is given as two arrays {@code starts} and
 * {@code ends} and a count {@code n}; interval {@code i} is the half-open {@code [starts[i],
 * ends[i])} with {@code starts[i] < ends[i]} (non-empty), in any unit (the rating code uses
 * epoch-nanos relative to the rated start). Only the first {@code n} elements are read. A
 * <em>normalized</em> set is sorted by start, and its intervals neither overlap nor touch ({@code
 * ends[i] < starts[i + 1]}). Functions documented to reorder their input sort {@code starts} and
 * {@code ends} each on its own (the pairing of a start with its end is lost; the union is not
 * changed by that, since it depends only on the two multisets). Input that is already sorted is
 * detected in O(n) and not sorted again, as real feeds are time-ordered.
 *
 * <p>Complexity: O(n) expected ({@link LongSort}), one pass for sorted input. Stateless;
 * thread-safe as long as callers do not share arrays.
 */
public final class IntervalArrays {
  private IntervalArrays() {}

  /**
   * Sorts {@code a[0, n)} ascending unless it is already sorted (checked in O(n)): in expected
   * linear time, by {@link LongSort}.
   */
  public static void sortIfNeeded(long[] a, int n) {
    LongSort.sort(a, 0, n);
  }

  /**
   * The union of the {@code n} intervals, normalized: adjacent and overlapping intervals are
   * merged. Reorders {@code starts} and {@code ends}. Writes the result to {@code outStarts} and
   * {@code outEnds} (capacity at least the number of result intervals, never more than {@code n}),
   * which may be the input arrays themselves, and returns the number of result intervals.
   *
   * <p>Example: {@code [0, 5) [3, 8) [8, 9) [12, 13)} gives {@code [0, 9) [12, 13)}.
   */
  public static int union(long[] starts, long[] ends, int n, long[] outStarts, long[] outEnds) {
    if (n == 0) {
      return 0;
    }
    sortIfNeeded(starts, n);
    sortIfNeeded(ends, n);
    // Sweep both sorted lists; on a tie the start comes first, so touching intervals merge.
    // Writing result k never overtakes reading: k results consumed at least k starts and k ends.
    int i = 0;
    int j = 0;
    int k = 0;
    int depth = 0;
    long runStart = 0;
    while (i < n) {
      if (starts[i] <= ends[j]) {
        if (depth == 0) {
          runStart = starts[i];
        }
        depth++;
        i++;
      } else {
        depth--;
        if (depth == 0) {
          outStarts[k] = runStart;
          outEnds[k] = ends[j];
          k++;
        }
        j++;
      }
    }
    // No start is left: the open run closes at the last end.
    outStarts[k] = runStart;
    outEnds[k] = ends[n - 1];
    return k + 1;
  }

  /**
   * The total length of the union of the {@code n} intervals (overlaps count once). Reorders {@code
   * starts} and {@code ends}.
   */
  public static long unionLength(long[] starts, long[] ends, int n) {
    int m = union(starts, ends, n, starts, ends);
    return totalLength(starts, ends, m);
  }

  /** The sum of the lengths of the {@code n} intervals, which must not overlap. */
  public static long totalLength(long[] starts, long[] ends, int n) {
    long total = 0;
    for (int i = 0; i < n; i++) {
      total += ends[i] - starts[i];
    }
    return total;
  }

  /**
   * The intersection of two normalized sets, normalized. Writes it to {@code outStarts} and {@code
   * outEnds} (capacity at least {@code na + nb}, distinct from the inputs) and returns the number
   * of intervals written.
   *
   * <p>Example: {@code [0, 10)} and {@code [2, 4) [6, 12)} give {@code [2, 4) [6, 10)}.
   */
  public static int intersect(
      long[] aStarts,
      long[] aEnds,
      int na,
      long[] bStarts,
      long[] bEnds,
      int nb,
      long[] outStarts,
      long[] outEnds) {
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < na && j < nb) {
      long lo = Math.max(aStarts[i], bStarts[j]);
      long hi = Math.min(aEnds[i], bEnds[j]);
      if (lo < hi) {
        outStarts[k] = lo;
        outEnds[k] = hi;
        k++;
      }
      if (aEnds[i] < bEnds[j]) {
        i++;
      } else {
        j++;
      }
    }
    return k;
  }

  /**
   * The time one user is on queue inside a user-interface session (R5): the union of the {@code nq}
   * on-queue intervals intersected with the union of the {@code ns} session intervals, normalized.
   * Reorders all four input arrays (each set is normalized in place). Writes the result to {@code
   * outStarts} and {@code outEnds} (capacity at least {@code nq + ns}, distinct from the inputs)
   * and returns the number of intervals written.
   *
   * <p>Example: on queue {@code [0, 10)}, sessions {@code [2, 4) [3, 6)} give {@code [2, 6)}.
   */
  public static int onQueueInsideSessions(
      long[] queueStarts,
      long[] queueEnds,
      int nq,
      long[] sessionStarts,
      long[] sessionEnds,
      int ns,
      long[] outStarts,
      long[] outEnds) {
    int q = union(queueStarts, queueEnds, nq, queueStarts, queueEnds);
    int s = union(sessionStarts, sessionEnds, ns, sessionStarts, sessionEnds);
    return intersect(queueStarts, queueEnds, q, sessionStarts, sessionEnds, s, outStarts, outEnds);
  }
}
