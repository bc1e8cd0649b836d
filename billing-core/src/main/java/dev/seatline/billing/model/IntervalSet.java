package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.internal.IntervalArrays;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A set of instants as disjoint half-open intervals {@code [start, end)} in time order, none empty,
 * none touching another (<a href="{@docRoot}/index.html#R3">R3</a>, <a
 * href="{@docRoot}/index.html#R5">R5</a>): a user's user-interface sessions or on-queue time in a
 * rated window. Built by union, so overlapping or touching intervals count once; every interval is
 * bounded and held to the nanosecond between 1677 and 2262 (epoch nanoseconds in a {@code long}).
 *
 * <p>Laws: the union is independent of the order of its parts and of how they are split ({@code [a,
 * c)} and {@code [a, b) + [b, c)} give the same set); its {@link #length()} is at most the sum of
 * the parts'; {@link #intersection} is commutative.
 *
 * <p>Immutable and thread-safe; equal when the same instants are in the set. Example: {@code
 * IntervalSet.union(List.of(UsageInterval.of(t0, t2), UsageInterval.of(t1, t3))).length()} is
 * {@code t3 - t0} for {@code t0 < t1 < t2 < t3}.
 */
public final class IntervalSet {
  private static final IntervalSet EMPTY = new IntervalSet(new long[0], new long[0]);

  private final long[] starts;
  private final long[] ends;

  private IntervalSet(long[] starts, long[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  /** {@return the empty set} */
  public static IntervalSet empty() {
    return EMPTY;
  }

  /**
   * {@return the union of {@code intervals}, each clipped to {@code [from, to)} (an unbounded end
   * is cut at {@code to})}
   *
   * @param intervals the intervals, bounded or not
   * @param from the start of the window
   * @param to the end of the window, excluded
   */
  public static IntervalSet union(Collection<UsageInterval> intervals, Instant from, Instant to) {
    requireNonNull(intervals, "intervals");
    long lo = Columns.epochNanosSaturated(requireNonNull(from, "from"));
    long hi = Columns.epochNanosSaturated(requireNonNull(to, "to"));
    long[] s = new long[intervals.size()];
    long[] e = new long[intervals.size()];
    int n = 0;
    for (UsageInterval i : intervals) {
      long a = Math.max(lo, Columns.epochNanosSaturated(i.start()));
      long b = i.isUnboundedEnd() ? hi : Math.min(hi, Columns.epochNanosSaturated(i.endOrThrow()));
      if (a < b) {
        s[n] = a;
        e[n] = b;
        n++;
      }
    }
    return ofUnion(s, e, n);
  }

  /**
   * {@return the union of bounded {@code intervals}}
   *
   * @param intervals the intervals, each with a bounded end
   */
  public static IntervalSet union(Collection<UsageInterval> intervals) {
    return union(intervals, Instant.MIN, Instant.MAX);
  }

  /**
   * The union of the first {@code n} intervals {@code [starts[i], ends[i])} (epoch nanoseconds,
   * non-empty); takes ownership of the arrays and reorders them.
   */
  static IntervalSet ofUnion(long[] starts, long[] ends, int n) {
    if (n == 0) {
      return EMPTY;
    }
    int m = IntervalArrays.union(starts, ends, n, starts, ends);
    return m == starts.length
        ? new IntervalSet(starts, ends)
        : new IntervalSet(Arrays.copyOf(starts, m), Arrays.copyOf(ends, m));
  }

  /** {@return whether the set holds no instant} */
  public boolean isEmpty() {
    return starts.length == 0;
  }

  /** {@return the number of disjoint intervals} */
  public int size() {
    return starts.length;
  }

  /** {@return the total length, exact whatever it is} */
  public Duration length() {
    Duration total = Duration.ZERO;
    for (int i = 0; i < starts.length; i++) {
      total = total.plus(Duration.between(Columns.instant(starts[i]), Columns.instant(ends[i])));
    }
    return total;
  }

  /**
   * {@return the total length in nanoseconds}
   *
   * @throws ArithmeticException when it exceeds a {@code long} (about 292 years)
   */
  public long lengthNanos() {
    long total = 0;
    for (int i = 0; i < starts.length; i++) {
      try {
        total = Math.addExact(total, Math.subtractExact(ends[i], starts[i]));
      } catch (ArithmeticException e) {
        throw new ArithmeticException(
            "the set lasts longer than a long holds in nanoseconds (about 292 years): " + this);
      }
    }
    return total;
  }

  /** {@return the first instant of the set, if it is not empty} */
  public Optional<Instant> first() {
    return isEmpty() ? Optional.empty() : Optional.of(Columns.instant(starts[0]));
  }

  /**
   * {@return the instants in both sets}
   *
   * @param other the other set
   */
  public IntervalSet intersection(IntervalSet other) {
    requireNonNull(other, "other");
    if (isEmpty() || other.isEmpty()) {
      return EMPTY;
    }
    int cap = starts.length + other.starts.length;
    long[] s = new long[cap];
    long[] e = new long[cap];
    int k =
        IntervalArrays.intersect(
            starts, ends, starts.length, other.starts, other.ends, other.starts.length, s, e);
    return k == 0 ? EMPTY : new IntervalSet(Arrays.copyOf(s, k), Arrays.copyOf(e, k));
  }

  /** {@return the intervals, in time order} */
  public List<UsageInterval> intervals() {
    List<UsageInterval> out = new ArrayList<>(starts.length);
    for (int i = 0; i < starts.length; i++) {
      out.add(UsageInterval.of(Columns.instant(starts[i]), Columns.instant(ends[i])));
    }
    return out;
  }

  /**
   * Copies the intervals, as epoch nanoseconds, into {@code outStarts} and {@code outEnds} from
   * {@code offset} on, and returns how many were written ({@link #size()}): a bulk read for sweeps
   * over many users' sets (R5).
   *
   * @param outStarts receives the start of each interval
   * @param outEnds receives the end of each interval
   * @param offset the first index written
   * @return the number of intervals written
   */
  public int copyTo(long[] outStarts, long[] outEnds, int offset) {
    System.arraycopy(starts, 0, outStarts, offset, starts.length);
    System.arraycopy(ends, 0, outEnds, offset, ends.length);
    return starts.length;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IntervalSet x
        && Arrays.equals(starts, x.starts)
        && Arrays.equals(ends, x.ends);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(starts) * 31 + Arrays.hashCode(ends);
  }

  /** {@code [[2026-01-20T14:00:00Z, 2026-01-20T15:00:00Z)]}. */
  @Override
  public String toString() {
    return intervals().toString();
  }
}
