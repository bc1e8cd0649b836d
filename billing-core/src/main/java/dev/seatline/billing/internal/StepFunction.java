package dev.seatline.billing.internal;

/**
 * The number of users on queue over the rated time {@code [origin, origin + length)} (R5): level
 * {@code levels[i]} holds on {@code [times[i], times[i + 1])}, the last one until {@code length};
 * times are nanoseconds after {@code origin}, {@code times[0] == 0}, and neighbouring levels
 * differ. Also the time each user spent on queue (inside a session, when sessions were required).
 *
 * <p>Made by {@link OnQueueSweep}; its arrays are never written afterwards.
 */
public final class StepFunction {
  /** The rated start, epoch nanos. */
  public final long origin;

  /** The length of the rated time, nanoseconds. */
  public final long length;

  private final long[] times;
  private final int[] levels;
  private final int size;
  private final long[] onQueueNanos;

  StepFunction(long origin, long length, long[] times, int[] levels, int size, long[] onQueue) {
    this.origin = origin;
    this.length = length;
    this.times = times;
    this.levels = levels;
    this.size = size;
    this.onQueueNanos = onQueue;
  }

  /** The number of steps. */
  public int size() {
    return size;
  }

  /** Where step {@code i} starts, nanoseconds after the origin. */
  public long time(int i) {
    return times[i];
  }

  /** Where step {@code i} ends, nanoseconds after the origin. */
  public long endOf(int i) {
    return i + 1 < size ? times[i + 1] : length;
  }

  /** The level of step {@code i}. */
  public int level(int i) {
    return levels[i];
  }

  /** How long user {@code u} was on queue, nanoseconds; 0 for users not swept. */
  public long onQueueNanos(int u) {
    return onQueueNanos[u];
  }

  /** The highest level. */
  public int maxLevel() {
    int max = 0;
    for (int i = 0; i < size; i++) {
      max = Math.max(max, levels[i]);
    }
    return max;
  }
}
