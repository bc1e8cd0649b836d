package dev.seatline.billing.rating;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.rating.RatingPolicy.PeakMeasure;
import java.time.Duration;
import java.util.Optional;

/**
 * The billed seats of one contact-center tier of a CONCURRENT organization, and the evidence (<a
 * href="{@docRoot}/index.html#R5">R5</a>).
 *
 * <p>With {@link PeakMeasure#CONTIGUOUS_WINDOW}, {@code seats} users of {@code tier} are on queue
 * at every instant of {@code window}, a window of the policy's peak-window length inside the rated
 * time, and no window of that length has more; {@code timeAtLevel} is the length of the longest
 * stretch with at least {@code seats} users on queue. With {@link PeakMeasure#ACCUMULATED_TIME},
 * {@code timeAtLevel} is the total time (at least the peak window) with at least {@code seats}
 * users on queue, and {@code window} is the first stretch of that time. Both are empty or zero when
 * no seat is billed.
 *
 * <p>Immutable. Example: 300 PURECLOUD_3 seats, window {@code [2026-01-20T14:00:00Z,
 * 2026-01-20T14:30:00Z)}, 7 h at that level.
 *
 * @param tier the contact-center tier
 * @param seats the billed seats, the sustained peak
 * @param measure how the peak was measured
 * @param window a stretch of time with at least {@code seats} users on queue throughout
 * @param timeAtLevel how long at least {@code seats} users were on queue (see above)
 * @param usersOnQueue how many distinct users of the tier were ever on queue in the rated time
 */
public record SustainedPeak(
    LicenseTier tier,
    long seats,
    PeakMeasure measure,
    Optional<UsageInterval> window,
    Duration timeAtLevel,
    long usersOnQueue) {

  /**
   * Validates the parts.
   *
   * @param tier the contact-center tier
   * @param seats the billed seats, the sustained peak
   * @param measure how the peak was measured
   * @param window a stretch of time with at least {@code seats} users on queue throughout
   * @param timeAtLevel how long at least {@code seats} users were on queue (see above)
   * @param usersOnQueue how many distinct users of the tier were ever on queue in the rated time
   */
  public SustainedPeak {
    requireNonNull(tier, "tier");
    requireNonNull(measure, "measure");
    requireNonNull(window, "window");
    requireNonNull(timeAtLevel, "timeAtLevel");
    if (!tier.isContactCenter() || seats < 0 || usersOnQueue < seats) {
      throw new IllegalArgumentException(
          "not a sustained peak: " + tier + " " + seats + " of " + usersOnQueue + " users");
    }
  }
}
