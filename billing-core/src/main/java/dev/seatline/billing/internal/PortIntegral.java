package dev.seatline.billing.internal;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The exact excess port-seconds of a period (R7) on port-sample columns: the integral over {@code
 * [from, to)} of {@code max(0, calls(t) - included)}, where a sample holds from its instant until
 * the next one, the last sample at or before {@code from} gives the value at {@code from} (0 when
 * there is none), and the last sample holds until {@code to}.
 *
 * <p>One binary search and one linear pass over the samples inside the window. The integral is
 * summed as whole seconds plus nanoseconds, so it stays exact (to the nanosecond) and cannot
 * overflow for counts up to 10^9 (R12).
 */
public final class PortIntegral {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private PortIntegral() {}

  /**
   * The excess port-seconds over {@code [from, to)} (epoch nanos) of the samples {@code at} (epoch
   * nanos, non-decreasing) and {@code calls}, above {@code included} ports.
   */
  public static BigDecimal excessPortSeconds(
      long[] at, int[] calls, int size, long from, long to, long included) {
    if (to <= from || size == 0) {
      return BigDecimal.ZERO;
    }
    int i = Arrays.binarySearch(at, 0, size, from);
    if (i < 0) {
      i = -i - 2; // the last sample before from, or -1
    } else {
      while (i + 1 < size && at[i + 1] == from) {
        i++;
      }
    }
    long seconds = 0;
    long nanos = 0;
    long t = from;
    long value = i < 0 ? 0 : calls[i];
    i++;
    while (t < to) {
      long next = i < size ? Math.min(at[i], to) : to;
      long excess = value - included;
      if (excess > 0 && next > t) {
        long d = next - t;
        seconds += excess * (d / NANOS_PER_SECOND);
        nanos += excess * (d % NANOS_PER_SECOND);
        if (nanos >= NANOS_PER_SECOND * NANOS_PER_SECOND) {
          seconds += nanos / NANOS_PER_SECOND;
          nanos %= NANOS_PER_SECOND;
        }
      }
      t = next;
      if (i < size) {
        value = calls[i];
        i++;
      }
    }
    seconds += nanos / NANOS_PER_SECOND;
    nanos %= NANOS_PER_SECOND;
    return BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos, 9)).stripTrailingZeros();
  }
}
