package dev.seatline.billing.examples.report;

import dev.seatline.billing.model.PortSample;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A whole-number step function over a rated time {@code [0, length)}, in nanoseconds from its start
 * (R5, R7): {@code initial} from 0, then {@code values[k]} from {@code times[k]} until the next
 * step. Built from intervals (the number of intervals covering each instant) or from port samples
 * (each holds until the next), and read back as the largest value in each of a number of equal
 * columns, which is how the report draws a month of per-second data in a few pixels.
 *
 * <p>Immutable. Example: {@code StepFunction.count(new long[] {0, 5}, new long[] {10, 20}, 2, 0,
 * 30)} is 1 on [0, 5), 2 on [5, 10), 1 on [10, 20), 0 on [20, 30).
 */
final class StepFunction {
  private final long length;
  private final long initial;
  private final long[] times;
  private final long[] values;

  private StepFunction(long length, long initial, long[] times, long[] values) {
    this.length = length;
    this.initial = initial;
    this.times = times;
    this.values = values;
  }

  /**
   * The number of the {@code n} intervals {@code [starts[i], ends[i])} (epoch nanoseconds) covering
   * each instant of {@code [from, from + length)}; sorts the arrays in place.
   */
  static StepFunction count(long[] starts, long[] ends, int n, long from, long length) {
    Arrays.sort(starts, 0, n);
    Arrays.sort(ends, 0, n);
    long[] times = new long[2 * n];
    long[] values = new long[2 * n];
    int steps = 0;
    long level = 0;
    long initial = 0;
    int s = 0;
    int e = 0;
    while (s < n || e < n) {
      long t = e >= n || (s < n && starts[s] < ends[e]) ? starts[s] : ends[e];
      while (s < n && starts[s] == t) {
        level++;
        s++;
      }
      while (e < n && ends[e] == t) {
        level--;
        e++;
      }
      long offset = clamp(t - from, length);
      if (offset == 0) {
        initial = level;
      } else if (offset < length) {
        times[steps] = offset;
        values[steps] = level;
        steps++;
      }
    }
    return new StepFunction(
        length, initial, Arrays.copyOf(times, steps), Arrays.copyOf(values, steps));
  }

  /**
   * The concurrent calls of {@code samples} (in time order) over {@code [start, end)}, as R7 reads
   * them: a sample holds until the next one, the last at or before {@code start} gives the value at
   * the start (0 without one), samples at or after {@code end} are ignored.
   */
  static StepFunction ofSamples(List<PortSample> samples, Instant start, Instant end) {
    long length = Duration.between(start, end).toNanos();
    long initial = 0;
    long[] times = new long[samples.size()];
    long[] values = new long[samples.size()];
    int steps = 0;
    for (PortSample sample : samples) {
      Instant at = sample.at();
      if (!at.isAfter(start)) {
        initial = sample.concurrentCalls();
      } else if (at.isBefore(end)) {
        long offset = Duration.between(start, at).toNanos();
        if (steps > 0 && times[steps - 1] == offset) {
          steps--;
        }
        times[steps] = offset;
        values[steps] = sample.concurrentCalls();
        steps++;
      }
    }
    return new StepFunction(
        length, initial, Arrays.copyOf(times, steps), Arrays.copyOf(values, steps));
  }

  private static long clamp(long offset, long length) {
    return Math.max(0, Math.min(length, offset));
  }

  /** The length of the domain, in nanoseconds. */
  long length() {
    return length;
  }

  /** The value at {@code offset}. */
  long at(long offset) {
    int k = Arrays.binarySearch(times, offset);
    int last = k >= 0 ? k : -k - 2;
    return last < 0 ? initial : values[last];
  }

  /** The largest value over {@code [from, to)}; the value at {@code from} when it is empty. */
  long max(long from, long to) {
    long best = at(from);
    int k = Arrays.binarySearch(times, from);
    for (int i = k >= 0 ? k : -k - 1; i < times.length && times[i] < to; i++) {
      best = Math.max(best, values[i]);
    }
    return best;
  }

  /**
   * The largest value in each of {@code columns} equal parts of {@code [from, to)} (nanosecond
   * offsets, {@code from < to}): column {@code j} covers {@code [from + j * w, from + (j + 1) * w)}
   * with {@code w = (to - from) / columns}, and a step counts in every column it meets.
   */
  long[] columnMax(long from, long to, int columns) {
    long[] out = new long[columns];
    double width = (double) (to - from) / columns;
    long level = at(from);
    int k = Arrays.binarySearch(times, from);
    int i = k >= 0 ? k + 1 : -k - 1;
    int column = 0;
    out[0] = level;
    for (; i < times.length && times[i] < to; i++) {
      double x = (times[i] - from) / width;
      int c = Math.min(columns - 1, (int) x);
      if (c > column) {
        for (int j = column + 1; j < c; j++) {
          out[j] = level;
        }
        // the level before the step holds in column c only if the step is inside it
        out[c] = x > c ? level : Long.MIN_VALUE;
        column = c;
      }
      level = values[i];
      out[c] = Math.max(out[c], level);
    }
    for (int j = column + 1; j < columns; j++) {
      out[j] = level;
    }
    return out;
  }
}
