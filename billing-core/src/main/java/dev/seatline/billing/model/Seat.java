package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

/**
 * A named seat: one user billed at one tier for a whole period (R3), with no proration.
 *
 * <p>Immutable. Example: {@code new Seat("u1", LicenseTier.PURECLOUD_3)}.
 *
 * @param userId the billed user
 * @param tier the tier billed
 */
public record Seat(String userId, LicenseTier tier) {
  /** Validates that both parts are present. */
  public Seat {
    requireNonNull(userId, "userId");
    requireNonNull(tier, "tier");
  }
}
