package dev.seatline.billing.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * The concurrent-call step function of one rated window {@code [start, end)} (R7), on primitive
 * arrays: the value at {@code start} (from the last sample at or before it, 0 when there is none)
 * and the samples strictly inside the window as nanosecond offsets from {@code start}, sorted.
 * Samples at or after {@code end} are ignored; the input order is irrelevant.
 *
 * <p>Building it is one linear pass plus a sort of the samples inside the window, skipped when they
 * arrive sorted; every measure is then one linear pass. The window must last less than 292 years
 * (offsets are {@code long} nanoseconds).
 *
 * <p>Immutable and thread-safe. Example: {@code PortIntegral.of(start, end, at,
 * calls).excessPortSeconds(2)}.
 */
public final class PortIntegral {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final long SECONDS_PER_HOUR = 3600L;

  private final Instant start;
  private final long length;
  private final long initial;
  private final long[] offsets;
  private final long[] counts;

  private PortIntegral(Instant start, long length, long initial, long[] offsets, long[] counts) {
    this.start = start;
    this.length = length;
    this.initial = initial;
    this.offsets = offsets;
    this.counts = counts;
  }

  /**
   * The step function over {@code [start, end)} of samples in any order: sample {@code i} holds
   * {@code calls[i]} calls from {@code at[i]} (epoch nanoseconds) on.
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start} or the arrays differ in
   *     length
   */
  public static PortIntegral of(Instant start, Instant end, long[] at, long[] calls) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("window [" + start + ", " + end + ") is reversed");
    }
    if (at.length != calls.length) {
      throw new IllegalArgumentException(
          "arrays differ in length: " + at.length + " and " + calls.length);
    }
    long length = nanosBetween(start, end);
    long from = epochNanos(start);
    int n = at.length;
    long[] offsets = new long[n];
    long[] counts = new long[n];
    int size = 0;
    boolean sorted = true;
    long initial = 0;
    long carryAt = Long.MIN_VALUE;
    boolean carried = false;
    long to = epochNanos(end);
    for (int i = 0; i < n; i++) {
      if (at[i] <= from) {
        if (!carried || at[i] > carryAt) {
          carried = true;
          carryAt = at[i];
          initial = calls[i];
        }
      } else if (at[i] < to) {
        long offset = at[i] - from;
        if (size > 0 && offset < offsets[size - 1]) {
          sorted = false;
        }
        offsets[size] = offset;
        counts[size] = calls[i];
        size++;
      }
    }
    if (size < n) {
      offsets = Arrays.copyOf(offsets, size);
      counts = Arrays.copyOf(counts, size);
    }
    if (!sorted) {
      sortByOffset(offsets, counts);
    }
    return new PortIntegral(start, length, initial, offsets, counts);
  }

  /**
   * The step function over {@code [start, end)} of port-sample columns: instants {@code at} in
   * epoch nanoseconds, non-decreasing (as a columnar timeline holds them), with {@code calls}. No
   * sort: a binary search finds the value at {@code start}, and the samples inside the window are
   * copied as they are.
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static PortIntegral ofColumns(Instant start, Instant end, long[] at, int[] calls) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("window [" + start + ", " + end + ") is reversed");
    }
    long length = nanosBetween(start, end);
    long from = epochNanos(start);
    long to = epochNanos(end);
    int first = upperBound(at, from); // first sample after the start
    int last = to == from ? first : lowerBound(at, to); // first sample at or after the end
    long initial = first == 0 ? 0 : calls[first - 1];
    long[] offsets = new long[last - first];
    long[] counts = new long[last - first];
    for (int i = first; i < last; i++) {
      offsets[i - first] = at[i] - from;
      counts[i - first] = calls[i];
    }
    return new PortIntegral(start, length, initial, offsets, counts);
  }

  /** The index of the first element of sorted {@code a} greater than {@code key}. */
  private static int upperBound(long[] a, long key) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The index of the first element of sorted {@code a} at or above {@code key}. */
  private static int lowerBound(long[] a, long key) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The epoch nanoseconds of {@code t}, saturated to {@code long}'s range: every sample lies in
   * that range, so an instant beyond it compares with the samples as it should.
   */
  private static long epochNanos(Instant t) {
    if (t.getEpochSecond() >= Long.MAX_VALUE / NANOS_PER_SECOND) {
      return Long.MAX_VALUE;
    }
    if (t.getEpochSecond() <= Long.MIN_VALUE / NANOS_PER_SECOND) {
      return Long.MIN_VALUE;
    }
    return t.getEpochSecond() * NANOS_PER_SECOND + t.getNano();
  }

  /** The number of concurrent calls at the window start. */
  public long initialCalls() {
    return initial;
  }

  /** The number of samples strictly inside the window. */
  public int samplesInside() {
    return offsets.length;
  }

  /**
   * The exact integral of {@code max(0, calls(t) - includedPorts)} over the window, in seconds with
   * up to 9 decimals (R7 default measure). Exact for counts up to 10^9 over any window of this
   * class: seconds and nanoseconds are accumulated separately in {@code long}s.
   */
  public BigDecimal excessPortSeconds(long includedPorts) {
    long seconds = 0;
    long nanos = 0;
    long previous = 0;
    long value = initial;
    for (int i = 0; i <= offsets.length; i++) {
      long next = i < offsets.length ? offsets[i] : length;
      long excess = value - includedPorts;
      long dt = next - previous;
      if (excess > 0 && dt > 0) {
        seconds = Math.addExact(seconds, Math.multiplyExact(excess, dt / NANOS_PER_SECOND));
        nanos += excess * (dt % NANOS_PER_SECOND);
        seconds = Math.addExact(seconds, nanos / NANOS_PER_SECOND);
        nanos %= NANOS_PER_SECOND;
      }
      if (i < offsets.length) {
        previous = next;
        value = counts[i];
      }
    }
    return BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos, 9).stripTrailingZeros());
  }

  /**
   * The R7 alternative measure: for each clock hour of {@code zone} that intersects the window, the
   * peak of {@code max(0, calls(t) - includedPorts)} inside that intersection, times 3600 seconds.
   * A clock hour runs from one instant whose local time in {@code zone} is a whole hour to the
   * next, so daylight-saving days have 23 or 25 of them; an hour cut by the window's start or end
   * still counts 3600 seconds, with its peak taken inside the window only.
   */
  public long hourlyPeakExcessSeconds(long includedPorts, ZoneId zone) {
    long[] cuts = clockHourCuts(zone);
    long total = 0;
    int i = 0;
    long value = initial;
    long segmentStart = 0;
    for (int h = 0; h <= cuts.length && segmentStart < length; h++) {
      long segmentEnd = h < cuts.length ? cuts[h] : length;
      while (i < offsets.length && offsets[i] <= segmentStart) {
        value = counts[i];
        i++;
      }
      long peak = value;
      while (i < offsets.length && offsets[i] < segmentEnd) {
        value = counts[i];
        peak = Math.max(peak, value);
        i++;
      }
      if (peak > includedPorts) {
        total = Math.addExact(total, Math.multiplyExact(peak - includedPorts, SECONDS_PER_HOUR));
      }
      segmentStart = segmentEnd;
    }
    return total;
  }

  /**
   * The offsets (nanoseconds from the start, sorted, strictly inside the window) of the instants
   * whose local time in {@code zone} is a whole hour: the boundaries of the clock hours. A local
   * hour that occurs twice (daylight saving ends) gives two boundaries; one that does not exist
   * (daylight saving starts) gives none.
   */
  long[] clockHourCuts(ZoneId zone) {
    ZoneRules rules = zone.getRules();
    Instant end = start.plusNanos(length);
    LocalDateTime local =
        LocalDateTime.ofInstant(start, zone).truncatedTo(ChronoUnit.HOURS).minusHours(1);
    LocalDateTime last = LocalDateTime.ofInstant(end, zone).plusHours(1);
    long[] cuts = new long[16];
    int size = 0;
    while (!local.isAfter(last)) {
      for (ZoneOffset offset : rules.getValidOffsets(local)) {
        Instant t = local.toInstant(offset);
        if (t.isAfter(start) && t.isBefore(end)) {
          if (size == cuts.length) {
            cuts = Arrays.copyOf(cuts, size * 2);
          }
          cuts[size++] = nanosBetween(start, t);
        }
      }
      local = local.plusHours(1);
    }
    long[] out = Arrays.copyOf(cuts, size);
    LongSort.sort(out, 0, size);
    return out;
  }

  private static long nanosBetween(Instant from, Instant to) {
    long seconds = Math.subtractExact(to.getEpochSecond(), from.getEpochSecond());
    return Math.addExact(
        Math.multiplyExact(seconds, NANOS_PER_SECOND), (long) to.getNano() - from.getNano());
  }

  /**
   * Sorts both arrays by {@code offsets} with {@link LongSort}, carrying the counts along. Samples
   * at one instant carry one count (the input guarantees it), so the order among equal offsets is
   * irrelevant.
   */
  static void sortByOffset(long[] offsets, long[] counts) {
    int n = offsets.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    LongSort.sort(offsets, order, 0, n);
    long[] sorted = new long[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = counts[order[i]];
    }
    System.arraycopy(sorted, 0, counts, 0, n);
  }
}
