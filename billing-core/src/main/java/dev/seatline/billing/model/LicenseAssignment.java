package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

/**
 * A licence tier assigned to a user over a half-open interval (<a
 * href="{@docRoot}/index.html#R3">R3</a>). Assignments of one tier are unioned and clipped to the
 * rated window before their length is compared with the minimum assignment time.
 *
 * <p>Immutable. Example: {@code new LicenseAssignment(LicenseTier.PURECLOUD_3,
 * UsageInterval.ofUnboundedEnd(from))}.
 *
 * @param tier the tier assigned
 * @param interval when it was assigned
 */
public record LicenseAssignment(LicenseTier tier, UsageInterval interval) {
  /**
   * Validates that both parts are present.
   *
   * @param tier the tier assigned
   * @param interval when it was assigned
   */
  public LicenseAssignment {
    requireNonNull(tier, "tier");
    requireNonNull(interval, "interval");
  }
}
