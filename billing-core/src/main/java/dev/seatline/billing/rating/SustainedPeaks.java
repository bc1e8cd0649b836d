package dev.seatline.billing.rating;

import dev.seatline.billing.internal.Durations;
import dev.seatline.billing.internal.SustainedPeakSweep;
import dev.seatline.billing.model.IntervalSet;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.rating.RatingPolicy.PeakMeasure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sustained peak (<a href="{@docRoot}/index.html#R5">R5</a>) as a reusable part: given each
 * user's on-queue time as an {@link IntervalSet} (a user counts once at any instant), the largest N
 * such that at least N users are on queue throughout some window of the policy's length inside
 * {@code [start, end)} ({@link PeakMeasure#CONTIGUOUS_WINDOW}), or for that long in total ({@link
 * PeakMeasure#ACCUMULATED_TIME}). Exact in continuous time, to the nanosecond; the earliest window
 * that qualifies is reported.
 *
 * <p>Runs in O(n) for n intervals when their starts and ends arrive sorted, O(n log n) otherwise
 * (expected linear, a distribution sort). Stateless. Example: {@code SustainedPeaks.measure(tier,
 * users, start, end, Duration.ofMinutes(30), PeakMeasure.CONTIGUOUS_WINDOW).seats()}.
 */
public final class SustainedPeaks {
  private SustainedPeaks() {}

  /**
   * {@return the sustained peak of {@code users} at {@code tier} over {@code [start, end)}}
   *
   * @param tier the contact-center tier
   * @param users each user's on-queue time, one set per user
   * @param start the start of the rated time
   * @param end the end of the rated time, excluded
   * @param window the length a peak must be sustained
   * @param measure how the peak is measured
   * @throws IllegalArgumentException when {@code tier} is not a contact-center tier, or {@code end}
   *     is before {@code start}
   */
  public static SustainedPeak measure(
      LicenseTier tier,
      List<IntervalSet> users,
      Instant start,
      Instant end,
      Duration window,
      PeakMeasure measure) {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("window [" + start + ", " + end + ") is reversed");
    }
    int n = 0;
    long usersOnQueue = 0;
    for (IntervalSet u : users) {
      n += u.size();
      usersOnQueue += u.isEmpty() ? 0 : 1;
    }
    long[] starts = new long[n];
    long[] ends = new long[n];
    int k = 0;
    for (IntervalSet u : users) {
      k += u.copyTo(starts, ends, k);
    }
    long origin = epochNanos(start);
    for (int i = 0; i < n; i++) {
      starts[i] -= origin;
      ends[i] -= origin;
    }
    long horizon = Durations.nanosSaturated(Duration.between(start, end));
    long w = Durations.nanosSaturated(window);
    SustainedPeakSweep.Peak p =
        measure == PeakMeasure.CONTIGUOUS_WINDOW
            ? SustainedPeakSweep.contiguous(starts, ends, n, horizon, w)
            : SustainedPeakSweep.accumulated(starts, ends, n, horizon, w);
    Optional<UsageInterval> at =
        p.seats() > 0
            ? Optional.of(
                UsageInterval.of(start.plusNanos(p.windowStart()), start.plusNanos(p.windowEnd())))
            : Optional.empty();
    return new SustainedPeak(
        tier, p.seats(), measure, at, Duration.ofNanos(p.timeAtLevel()), usersOnQueue);
  }

  private static long epochNanos(Instant t) {
    if (t.getEpochSecond() >= Long.MAX_VALUE / 1_000_000_000L) {
      return Long.MAX_VALUE - 1;
    }
    if (t.getEpochSecond() <= Long.MIN_VALUE / 1_000_000_000L) {
      return Long.MIN_VALUE + 1;
    }
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }
}
