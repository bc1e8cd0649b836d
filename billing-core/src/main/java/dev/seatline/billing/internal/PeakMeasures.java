package dev.seatline.billing.internal;

/**
 * The two measures of a sustained peak on a {@link StepFunction} (R5), exact in continuous time,
 * each in time linear in the number of steps.
 *
 * <ul>
 *   <li>{@link #contiguous}: the largest {@code N} such that the level is at least {@code N}
 *       throughout some window of length {@code w} inside the rated time. For each step, the
 *       longest stretch around it at or above its level is found with a stack of rising levels (as
 *       for the largest rectangle under a histogram); {@code N} is the highest level whose stretch
 *       is at least {@code w} long.
 *   <li>{@link #accumulated}: the largest {@code N} such that the total time at or above {@code N}
 *       is at least {@code w}: a histogram of time per level, summed from the top.
 * </ul>
 */
public final class PeakMeasures {
  private PeakMeasures() {}

  /**
   * A measured peak: {@code seats}, and as evidence a stretch {@code [windowStart, windowEnd)}
   * (nanoseconds after the origin; both -1 when {@code seats == 0}) at or above {@code seats}
   * throughout, and {@code timeAtLevel} nanoseconds.
   *
   * <p>For the contiguous measure the stretch is the first window of length {@code w} and {@code
   * timeAtLevel} the longest stretch at or above {@code seats}; for the accumulated measure the
   * stretch is the first maximal stretch at or above {@code seats} and {@code timeAtLevel} the
   * total time at or above it.
   *
   * @param seats the sustained peak
   * @param windowStart start of the evidence stretch, or -1
   * @param windowEnd end of the evidence stretch, or -1
   * @param timeAtLevel nanoseconds at or above {@code seats} (see above)
   */
  public record Peak(long seats, long windowStart, long windowEnd, long timeAtLevel) {}

  /** The contiguous-window measure with window {@code w} nanoseconds ({@code w > 0}). */
  public static Peak contiguous(StepFunction f, long w) {
    int n = f.size();
    int[] stackLevel = new int[f.maxLevel() + 2];
    long[] stackStart = new long[stackLevel.length];
    int sp = 0;
    int best = 0;
    for (int i = 0; i <= n; i++) {
      int h = i < n ? f.level(i) : -1;
      long t = i < n ? f.time(i) : f.length;
      long s = t;
      while (sp > 0 && stackLevel[sp - 1] > h) {
        sp--;
        if (t - stackStart[sp] >= w && stackLevel[sp] > best) {
          best = stackLevel[sp];
        }
        s = stackStart[sp];
      }
      if (i < n && (sp == 0 || stackLevel[sp - 1] < h)) {
        stackLevel[sp] = h;
        stackStart[sp] = s;
        sp++;
      }
    }
    if (best == 0) {
      return new Peak(0, -1, -1, 0);
    }
    long longest = 0;
    long windowStart = -1;
    int i = 0;
    while (i < n) {
      if (f.level(i) < best) {
        i++;
        continue;
      }
      long s = f.time(i);
      while (i < n && f.level(i) >= best) {
        i++;
      }
      long e = i < n ? f.time(i) : f.length;
      longest = Math.max(longest, e - s);
      if (windowStart < 0 && e - s >= w) {
        windowStart = s;
      }
    }
    return new Peak(best, windowStart, windowStart + w, longest);
  }

  /** The accumulated-time measure with threshold {@code w} nanoseconds ({@code w > 0}). */
  public static Peak accumulated(StepFunction f, long w) {
    int n = f.size();
    long[] timeAt = new long[f.maxLevel() + 1];
    for (int i = 0; i < n; i++) {
      timeAt[f.level(i)] += f.endOf(i) - f.time(i);
    }
    long atOrAbove = 0;
    int best = 0;
    long total = 0;
    for (int level = timeAt.length - 1; level >= 1; level--) {
      atOrAbove += timeAt[level];
      if (atOrAbove >= w) {
        best = level;
        total = atOrAbove;
        break;
      }
    }
    if (best == 0) {
      return new Peak(0, -1, -1, 0);
    }
    int i = 0;
    while (f.level(i) < best) {
      i++;
    }
    long s = f.time(i);
    while (i < n && f.level(i) >= best) {
      i++;
    }
    return new Peak(best, s, i < n ? f.time(i) : f.length, total);
  }
}
