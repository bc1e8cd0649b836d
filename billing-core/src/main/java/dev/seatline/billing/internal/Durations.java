package dev.seatline.billing.internal;

import java.time.Duration;
import java.util.Locale;

/**
 * Durations written for people in explanations (R12): hours, minutes and seconds, zero parts left
 * out, fractions of a second kept exactly. Examples: {@code 744h}, {@code 3h59m59s}, {@code 30m},
 * {@code 3h59m59.999999999s}, {@code 0s}.
 */
public final class Durations {
  private Durations() {}

  /** {@code d} as {@code 744h}, {@code 4h}, {@code 3h59m59s} or {@code 0.5s}; never negative. */
  public static String readable(Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("negative duration: " + d);
    }
    long seconds = d.getSeconds();
    int nanos = d.getNano();
    long hours = seconds / 3600;
    long minutes = seconds % 3600 / 60;
    long secs = seconds % 60;
    StringBuilder b = new StringBuilder();
    if (hours > 0) {
      b.append(hours).append('h');
    }
    if (minutes > 0) {
      b.append(minutes).append('m');
    }
    if (secs > 0 || nanos > 0 || b.length() == 0) {
      b.append(secs);
      if (nanos > 0) {
        String fraction = String.format(Locale.ROOT, "%09d", nanos);
        int end = fraction.length();
        while (fraction.charAt(end - 1) == '0') {
          end--;
        }
        b.append('.').append(fraction, 0, end);
      }
      b.append('s');
    }
    return b.toString();
  }

  /** {@code d} in nanoseconds, or {@code Long.MAX_VALUE} when it does not fit. */
  public static long nanosSaturated(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }
}
