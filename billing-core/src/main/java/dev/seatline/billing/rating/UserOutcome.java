package dev.seatline.billing.rating;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import java.util.Optional;

/**
 * What became of one user of the input (<a href="{@docRoot}/index.html#R12">R12</a>): billed at a
 * tier, or not billed with a reason. A named user is billed one seat at {@code tier} (<a
 * href="{@docRoot}/index.html#R3">R3</a>); a concurrent user is billed when on queue inside a
 * session at some instant, and counted through the sustained peak of {@code tier} (<a
 * href="{@docRoot}/index.html#R5">R5</a>).
 *
 * <p>The evidence is data ({@link Evidence.NamedUser}, {@link Evidence.NoLogin}, {@link
 * Evidence.NoQualifyingTier}, {@link Evidence.ConcurrentUser}); {@link #explanation()} renders it,
 * e.g. {@code logged in via WEB at 2026-01-16T14:00:00Z; PURECLOUD_3 held 744h}.
 *
 * <p>Immutable. Example: {@code UserOutcome.billed("u1", PURECLOUD_3, LicensingModel.NAMED,
 * evidence)}.
 *
 * @param userId the user
 * @param tier the billed tier, empty when not billed
 * @param countedAs NAMED for a user rated by the named rules, CONCURRENT for a concurrent user
 * @param reason why the user is not billed, empty when billed
 * @param evidence the login and the tier held, or what was missing
 */
public record UserOutcome(
    String userId,
    Optional<LicenseTier> tier,
    LicensingModel countedAs,
    Optional<NotBilledReason> reason,
    Evidence evidence) {

  /**
   * Validates that exactly one of tier and reason is present.
   *
   * @param userId the user
   * @param tier the billed tier, empty when not billed
   * @param countedAs NAMED for a user rated by the named rules, CONCURRENT for a concurrent user
   * @param reason why the user is not billed, empty when billed
   * @param evidence the login and the tier held, or what was missing
   */
  public UserOutcome {
    requireNonNull(userId, "userId");
    requireNonNull(tier, "tier");
    requireNonNull(countedAs, "countedAs");
    requireNonNull(reason, "reason");
    requireNonNull(evidence, "evidence");
    if (tier.isPresent() == reason.isPresent()) {
      throw new IllegalArgumentException(
          "a user is either billed with a tier or not billed with a reason: " + userId);
    }
  }

  /**
   * {@return a billed user}
   *
   * @param userId the user
   * @param tier the tier the user is billed at
   * @param countedAs NAMED for a user rated by the named rules, CONCURRENT for a concurrent user
   * @param evidence the login and the tier held
   */
  public static UserOutcome billed(
      String userId, LicenseTier tier, LicensingModel countedAs, Evidence evidence) {
    return new UserOutcome(userId, Optional.of(tier), countedAs, Optional.empty(), evidence);
  }

  /**
   * {@return a user not billed, with the reason}
   *
   * @param userId the user
   * @param countedAs NAMED for a user rated by the named rules, CONCURRENT for a concurrent user
   * @param reason why the user is not billed
   * @param evidence what the user had, or what was missing
   */
  public static UserOutcome notBilled(
      String userId, LicensingModel countedAs, NotBilledReason reason, Evidence evidence) {
    return new UserOutcome(userId, Optional.empty(), countedAs, Optional.of(reason), evidence);
  }

  /** {@return whether the user is billed} */
  public boolean billed() {
    return tier.isPresent();
  }

  /** {@return the explanation: the evidence as a sentence a person can check (R12)} */
  public String explanation() {
    return Explanations.user(evidence);
  }
}
