package dev.seatline.billing.correction;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.model.LicenseTier;
import java.util.Optional;

/**
 * One user's outcome as issued (<a href="{@docRoot}/index.html#R13">R13</a>): billed at a tier, or
 * not billed. A correction compares it with the user's fresh outcome to say who was added to or
 * removed from a seat count.
 *
 * <p>Immutable. Example: {@code new IssuedUser("u1", Optional.of(PURECLOUD_3))}.
 *
 * @param userId the user
 * @param tier the tier the user was billed at, empty when not billed
 */
public record IssuedUser(String userId, Optional<LicenseTier> tier) {
  /**
   * Validates the parts.
   *
   * @param userId the user
   * @param tier the tier the user was billed at, empty when not billed
   */
  public IssuedUser {
    requireNonNull(userId, "userId");
    requireNonNull(tier, "tier");
  }
}
