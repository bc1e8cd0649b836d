package dev.seatline.billing.rating;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.Login;
import dev.seatline.billing.model.UserUsage;
import dev.seatline.billing.rating.RatingPolicy.MixedTierPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The named rules as reusable parts (<a href="{@docRoot}/index.html#R2">R2</a>-<a
 * href="{@docRoot}/index.html#R4">R4</a>): which tier a user qualifies for, the mixing rule, and
 * the rating of a set of users by the named rules with one outcome and typed evidence each. {@link
 * NamedSeatRating} and {@link ConcurrentSeatRating} are built from them, and so can a rule of one's
 * own.
 *
 * <p>Stateless. Example: {@code TierQualification.highest(user, catalog.contactCenterDescending(),
 * Duration.ofHours(4))}.
 */
public final class TierQualification {
  private static final Comparator<Evidence.UserLine> BY_USER_ID =
      Comparator.comparing(Evidence.UserLine::userId);

  private TierQualification() {}

  /**
   * A tier and how long it was held in the rated time before any deletion.
   *
   * @param tier the tier
   * @param held the union of its assignments, clipped
   */
  public record Qualified(LicenseTier tier, Duration held) {
    /**
     * Validates the parts.
     *
     * @param tier the tier
     * @param held the union of its assignments, clipped
     */
    public Qualified {
      requireNonNull(tier, "tier");
      requireNonNull(held, "held");
    }
  }

  /**
   * The users rated by the named rules (<a href="{@docRoot}/index.html#R2">R2</a>-<a
   * href="{@docRoot}/index.html#R4">R4</a>).
   *
   * @param outcomes one outcome per user, in the order given
   * @param seatUsers the billed users of each tier, sorted by user id, with their evidence
   */
  public record NamedUsers(
      List<UserOutcome> outcomes, SortedMap<LicenseTier, List<Evidence.UserLine>> seatUsers) {
    /**
     * Copies the parts.
     *
     * @param outcomes one outcome per user, in the order given
     * @param seatUsers the billed users of each tier, sorted by user id, with their evidence
     */
    public NamedUsers {
      outcomes = List.copyOf(outcomes);
      seatUsers = Collections.unmodifiableSortedMap(new TreeMap<>(seatUsers));
    }

    /** {@return the seats billed per tier (R3)} */
    public SortedMap<LicenseTier, Long> seats() {
      SortedMap<LicenseTier, Long> seats = new TreeMap<>();
      seatUsers.forEach((tier, users) -> seats.put(tier, (long) users.size()));
      return seats;
    }

    /**
     * {@return one SEAT line per tier with billed users, priced by {@link Pricing#recurring}}
     *
     * @param context the rated time, the input and the policy
     */
    public List<LineItem> seatLines(RatingContext context) {
      List<LineItem> lines = new ArrayList<>();
      seatUsers.forEach(
          (tier, users) ->
              lines.add(Pricing.seats(context, tier, users.size(), new Evidence.SeatUsers(users))));
      return lines;
    }
  }

  /**
   * {@return the highest tier of {@code candidatesDescending} that {@code user} held at least
   * {@code minimum} in the rated window before any deletion (R2, R3, R5); exactly {@code minimum}
   * qualifies, and a tier never held does not, even with a minimum of 0 (<a
   * href="{@docRoot}/index.html#R17">R17</a>: any positive assignment time qualifies)}
   *
   * @param user the user's usage in the rated window
   * @param candidatesDescending the tiers to try, highest first
   * @param minimum the minimum assignment time
   */
  public static Optional<Qualified> highest(
      UserUsage user, List<LicenseTier> candidatesDescending, Duration minimum) {
    for (LicenseTier tier : candidatesDescending) {
      Duration held = user.held(tier);
      if (!held.isZero() && held.compareTo(minimum) >= 0) {
        return Optional.of(new Qualified(tier, held));
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the mixing rule (R4): when {@code usersByTier} has users on more than one
   * contact-center tier, the tier to bill all of them at ({@link MixedTierPolicy#BILL_AT_HIGHEST}),
   * or an invalid-input error at {@code users} naming each tier and its user count ({@link
   * MixedTierPolicy#REJECT}); empty when there is at most one contact-center tier}
   *
   * @param policy the rating policy
   * @param usersByTier the number of billed users of each tier
   */
  public static Optional<LicenseTier> mixedTierTarget(
      RatingPolicy policy, Map<LicenseTier, Long> usersByTier) {
    SortedMap<LicenseTier, Long> contactCenter = new TreeMap<>();
    usersByTier.forEach(
        (tier, n) -> {
          if (tier.isContactCenter() && n > 0) {
            contactCenter.put(tier, n);
          }
        });
    if (contactCenter.size() < 2) {
      return Optional.empty();
    }
    LicenseTier highest = contactCenter.lastKey();
    if (policy.mixedTiers() == MixedTierPolicy.BILL_AT_HIGHEST) {
      return Optional.of(highest);
    }
    List<String> parts = new ArrayList<>();
    contactCenter.forEach(
        (tier, n) -> parts.add(tier + " (" + n + (n == 1 ? " user)" : " users)")));
    throw InvalidInputException.at(
        "users",
        "billed contact-center users on more than one tier: "
            + String.join(", ", parts)
            + "; users of different contact-center tiers must not be mixed in one organization"
            + " (R4); the BILL_AT_HIGHEST policy would bill them all at "
            + highest);
  }

  /**
   * Rates {@code users} by the named rules, billing only tiers of {@code billable}, then applies
   * the mixing rule to the billed users (R2-R4): billable when a user-interface session overlaps
   * the rated time before any deletion; billed one seat at the highest tier of {@code billable}
   * held at least the policy's named minimum. Outcomes are counted as NAMED.
   *
   * @param context the rated time, the input and the policy
   * @param users the users to rate
   * @param billable the tiers the named rules may bill
   * @return every user's outcome and the billed users of each tier
   * @throws InvalidInputException at {@code users} for mixed contact-center tiers under {@link
   *     MixedTierPolicy#REJECT}
   */
  public static NamedUsers rateNamed(
      RatingContext context, List<UserUsage> users, Set<LicenseTier> billable) {
    Duration minimum = context.policy().namedMinimumAssignment();
    List<LicenseTier> candidates = new ArrayList<>();
    for (LicenseTier tier : context.tiers().tiers()) {
      if (billable.contains(tier)) {
        candidates.add(0, tier);
      }
    }
    boolean anyTier = billable.containsAll(context.tiers().tiers());
    int n = users.size();
    LicenseTier[] own = new LicenseTier[n];
    Evidence[] evidence = new Evidence[n];
    Map<LicenseTier, Long> usersByTier = new HashMap<>();
    for (int i = 0; i < n; i++) {
      UserUsage user = users.get(i);
      Optional<Login> login = context.hasRatedTime() ? user.firstLogin() : Optional.empty();
      if (login.isEmpty()) {
        evidence[i] =
            new Evidence.NoLogin(
                context.start(),
                context.end(),
                user.hasSessions(),
                user.hasUserInterfaceSessions(),
                user.hasApiSessions(),
                user.deletedAt().isPresent());
        continue;
      }
      Optional<Qualified> held = highest(user, candidates, minimum);
      if (held.isEmpty()) {
        evidence[i] =
            new Evidence.NoQualifyingTier(
                login.get(),
                candidates,
                anyTier,
                minimum,
                user.tiersHeld(),
                user.deletedInWindow());
        continue;
      }
      own[i] = held.get().tier();
      evidence[i] =
          new Evidence.NamedUser(
              login.get(), own[i], held.get().held(), user.deletedInWindow(), Optional.empty());
      usersByTier.merge(own[i], 1L, Long::sum);
    }
    Optional<LicenseTier> target = mixedTierTarget(context.policy(), usersByTier);
    List<UserOutcome> outcomes = new ArrayList<>(n);
    Map<LicenseTier, List<Evidence.UserLine>> byTier = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String id = users.get(i).id();
      LicenseTier tier = own[i];
      if (tier == null) {
        NotBilledReason reason =
            evidence[i] instanceof Evidence.NoLogin
                ? NotBilledReason.NO_USER_INTERFACE_LOGIN
                : NotBilledReason.NO_LICENSE_FOR_MINIMUM_TIME;
        outcomes.add(UserOutcome.notBilled(id, LicensingModel.NAMED, reason, evidence[i]));
        continue;
      }
      LicenseTier billed = tier.isContactCenter() && target.isPresent() ? target.get() : tier;
      Evidence e = evidence[i];
      if (!billed.equals(tier) && e instanceof Evidence.NamedUser u) {
        e =
            new Evidence.NamedUser(
                u.login(), u.tier(), u.held(), u.deletedAt(), Optional.of(billed));
      }
      outcomes.add(UserOutcome.billed(id, billed, LicensingModel.NAMED, e));
      byTier.computeIfAbsent(billed, t -> new ArrayList<>()).add(new Evidence.UserLine(id, e));
    }
    byTier.values().forEach(lines -> lines.sort(BY_USER_ID));
    return new NamedUsers(outcomes, new TreeMap<>(byTier));
  }
}
