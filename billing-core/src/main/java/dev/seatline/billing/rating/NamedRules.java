package dev.seatline.billing.rating;

import static dev.seatline.billing.internal.Durations.readable;

import com.google.common.collect.ImmutableList;
import dev.seatline.billing.InvalidInputException;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.Session;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.rating.RatingPolicy.MixedTierPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The named rules (R2, R3), the mixing rule (R4) and the pricing of seat and add-on lines, shared
 * by {@link NamedSeatRating} and {@link ConcurrentSeatRating} (whose users who are not concurrent
 * users are rated by the named rules, COMMUNICATE only). Stateless.
 */
final class NamedRules {
  /** The contact-center tiers, highest first. */
  static final ImmutableList<LicenseTier> CONTACT_CENTER_DESCENDING =
      ImmutableList.of(LicenseTier.PURECLOUD_3, LicenseTier.PURECLOUD_2, LicenseTier.PURECLOUD_1);

  private NamedRules() {}

  /** A tier (or add-on) and how long it was held in the rated time, unioned and clipped. */
  record Held(String name, Duration duration) {
    String text() {
      return name + " held " + readable(duration);
    }
  }

  /** What the named rules make of one user: a billed tier, or a reason. */
  record Assessment(
      UserTimeline user,
      Optional<LicenseTier> tier,
      Optional<NotBilledReason> reason,
      String evidence) {}

  /** The outcome of a set of users rated by the named rules. */
  record NamedPart(List<UserOutcome> outcomes, SortedMap<LicenseTier, List<String>> seatEvidence) {

    /** The seats billed per tier (R3). */
    Map<LicenseTier, Long> seats() {
      Map<LicenseTier, Long> seats = new EnumMap<>(LicenseTier.class);
      seatEvidence.forEach((tier, users) -> seats.put(tier, (long) users.size()));
      return seats;
    }

    /** One SEAT line per tier with billed users. */
    List<LineItem> seatLines(RatingContext context) {
      List<LineItem> lines = new ArrayList<>();
      seatEvidence.forEach(
          (tier, users) -> lines.add(seatLine(context, tier, users.size(), users)));
      return lines;
    }
  }

  /**
   * The user's sessions through a user interface, clipped at the deletion, that overlap the rated
   * time (R2); none when no time is rated.
   */
  static List<Session> userInterfaceSessionsInRatedTime(RatingContext context, UserTimeline user) {
    List<Session> out = new ArrayList<>();
    if (!context.hasRatedTime()) {
      return out;
    }
    UsageInterval rated = context.window();
    for (Session s : user.sessions()) {
      if (s.channel().isUserInterface()) {
        Optional<UsageInterval> interval =
            user.deletedAt().isPresent()
                ? s.interval().endingNoLaterThan(user.deletedAt().get())
                : Optional.of(s.interval());
        if (interval.isPresent() && interval.get().overlaps(rated)) {
          out.add(new Session(s.channel(), interval.get()));
        }
      }
    }
    return out;
  }

  /**
   * The end of the time {@code user} can hold anything in: the rated end, or the user's deletion
   * when that is earlier (R2). May lie at or before the rated start, when nothing is held.
   */
  static Instant heldUntil(RatingContext context, UserTimeline user) {
    Optional<Instant> deletedAt = user.deletedAt();
    return deletedAt.isPresent() && deletedAt.get().isBefore(context.end())
        ? deletedAt.get()
        : context.end();
  }

  /**
   * The length of the union of {@code intervals} of {@code user} clipped to the rated time and to
   * the user's deletion (R2, R3): an assignment that starts at or after the deletion counts for
   * nothing.
   */
  static Duration heldInRatedTime(
      RatingContext context, UserTimeline user, Collection<UsageInterval> intervals) {
    Instant until = heldUntil(context, user);
    return context.hasRatedTime() && until.isAfter(context.start())
        ? UsageInterval.unionLength(intervals, context.start(), until)
        : Duration.ZERO;
  }

  /**
   * The highest tier of {@code candidatesDescending} held at least {@code minimum} in the rated
   * time before the user's deletion (R2, R3, R5); exactly {@code minimum} qualifies.
   */
  static Optional<Held> highestQualifying(
      RatingContext context,
      UserTimeline user,
      List<LicenseTier> candidatesDescending,
      Duration minimum) {
    for (LicenseTier tier : candidatesDescending) {
      Duration held = heldInRatedTime(context, user, user.assignmentsOf(tier));
      if (held.compareTo(minimum) >= 0) {
        return Optional.of(new Held(tier.name(), held));
      }
    }
    return Optional.empty();
  }

  /**
   * Rates one user by the named rules (R2, R3), billing only tiers of {@code billable}: billable
   * when a user-interface session overlaps the rated time; billed at the highest tier of {@code
   * billable} held at least the named minimum assignment time.
   */
  static Assessment assess(RatingContext context, UserTimeline user, Set<LicenseTier> billable) {
    List<Session> sessions = userInterfaceSessionsInRatedTime(context, user);
    if (sessions.isEmpty()) {
      return new Assessment(
          user,
          Optional.empty(),
          Optional.of(NotBilledReason.NO_USER_INTERFACE_LOGIN),
          noLogin(context, user));
    }
    String login = firstLogin(context, sessions);
    Duration minimum = context.policy().namedMinimumAssignment();
    List<LicenseTier> candidates = new ArrayList<>();
    for (LicenseTier tier : LicenseTier.values()) {
      if (billable.contains(tier)) {
        candidates.add(0, tier);
      }
    }
    Optional<Held> held = highestQualifying(context, user, candidates, minimum);
    if (held.isEmpty()) {
      return new Assessment(
          user,
          Optional.empty(),
          Optional.of(NotBilledReason.NO_LICENCE_FOR_MINIMUM_TIME),
          login + "; " + noQualifyingTier(context, user, billable, minimum));
    }
    StringBuilder evidence = new StringBuilder(login).append("; ").append(held.get().text());
    Optional<Instant> deletedAt = user.deletedAt();
    if (deletedAt.isPresent() && deletedAt.get().isBefore(context.end())) {
      evidence
          .append(" before the deletion at ")
          .append(deletedAt.get())
          .append(", billed for the whole period");
    }
    return new Assessment(
        user,
        Optional.of(LicenseTier.valueOf(held.get().name())),
        Optional.empty(),
        evidence.toString());
  }

  /**
   * The first login in the rated time: the earliest session start, a session open at the period
   * start counting as a login at the period start (said "at or before the period start"); on a tie,
   * the channel first in declaration order. Independent of input order and of how sessions are
   * split.
   */
  private static String firstLogin(RatingContext context, List<Session> sessions) {
    Instant first = context.end();
    Channel channel = Channel.API;
    for (Session s : sessions) {
      Instant at =
          s.interval().start().isBefore(context.start()) ? context.start() : s.interval().start();
      if (at.isBefore(first) || (at.equals(first) && s.channel().compareTo(channel) < 0)) {
        first = at;
        channel = s.channel();
      }
    }
    return first.equals(context.start())
        ? "logged in via " + channel + " at or before the period start " + first
        : "logged in via " + channel + " at " + first;
  }

  private static String noLogin(RatingContext context, UserTimeline user) {
    if (!context.hasRatedTime()) {
      return "no time rated: [" + context.start() + ", " + context.end() + ") is empty";
    }
    String text =
        "no DESKTOP, WEB or MOBILE session overlaps ["
            + context.start()
            + ", "
            + context.end()
            + ")";
    if (user.sessions().isEmpty()) {
      return text + "; no session at all";
    }
    boolean api = user.sessions().stream().anyMatch(x -> !x.channel().isUserInterface());
    boolean ui = user.sessions().stream().anyMatch(x -> x.channel().isUserInterface());
    if (!ui) {
      return text + "; API sessions only, which are never billed";
    }
    return text
        + "; its user-interface sessions lie outside it"
        + (user.deletedAt().isPresent() ? " or after its deletion" : "")
        + (api ? "; API sessions are never billed" : "");
  }

  private static String noQualifyingTier(
      RatingContext context, UserTimeline user, Set<LicenseTier> billable, Duration minimum) {
    StringBuilder held = new StringBuilder();
    for (LicenseTier tier : LicenseTier.values()) {
      Duration d = heldInRatedTime(context, user, user.assignmentsOf(tier));
      if (!d.isZero()) {
        held.append(held.length() == 0 ? "" : ", ").append(tier).append(' ').append(readable(d));
      }
    }
    String which =
        billable.size() == LicenseTier.values().length
            ? "no licence"
            : "no "
                + String.join(" or ", billable.stream().map(Enum::name).sorted().toList())
                + " licence";
    Instant until = heldUntil(context, user);
    String none =
        until.isBefore(context.end())
            ? " (no licence held in the period before the deletion at " + until + ")"
            : " (no licence assigned in the period)";
    String deleted = until.isBefore(context.end()) ? " before the deletion at " + until : "";
    return which
        + " held for "
        + readable(minimum)
        + (held.length() == 0 ? none : " (held" + deleted + ": " + held + ")");
  }

  /**
   * The mixing rule (R4): when {@code usersByTier} has users on more than one contact-center tier,
   * the tier to bill all of them at ({@link MixedTierPolicy#BILL_AT_HIGHEST}), or an invalid-input
   * error at {@code users} naming each tier and its user count ({@link MixedTierPolicy#REJECT});
   * empty when there is at most one contact-center tier.
   */
  static Optional<LicenseTier> mixedTierTarget(
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
            + "; PURECLOUD_1, 2 and 3 users must not be mixed in one organization (R4); the"
            + " BILL_AT_HIGHEST policy would bill them all at "
            + highest);
  }

  /** The note on a user billed at a higher tier than their own by BILL_AT_HIGHEST (R4). */
  static String mixedNote(LicenseTier own, LicenseTier target) {
    return "; billed at "
        + target
        + " instead of "
        + own
        + ": contact-center tiers were mixed, policy BILL_AT_HIGHEST";
  }

  /**
   * Rates {@code users} by the named rules, billing only tiers of {@code billable}, then applies
   * the mixing rule to the billed users (R2-R4). Outcomes are in the order of {@code users}; the
   * evidence of each tier is sorted by user id, one {@code "id: evidence"} per billed user.
   */
  static NamedPart rate(
      RatingContext context, List<UserTimeline> users, Set<LicenseTier> billable) {
    List<Assessment> assessed = new ArrayList<>(users.size());
    Map<LicenseTier, Long> usersByTier = new EnumMap<>(LicenseTier.class);
    for (UserTimeline user : users) {
      Assessment a = assess(context, user, billable);
      assessed.add(a);
      a.tier().ifPresent(t -> usersByTier.merge(t, 1L, Long::sum));
    }
    Optional<LicenseTier> target = mixedTierTarget(context.policy(), usersByTier);
    List<UserOutcome> outcomes = new ArrayList<>(users.size());
    SortedMap<LicenseTier, SortedMap<String, String>> evidence = new TreeMap<>();
    for (Assessment a : assessed) {
      String id = a.user().id();
      if (a.tier().isEmpty()) {
        outcomes.add(
            UserOutcome.notBilled(
                id, LicensingModel.NAMED, a.reason().orElseThrow(), a.evidence()));
        continue;
      }
      LicenseTier own = a.tier().get();
      LicenseTier billed = own.isContactCenter() && target.isPresent() ? target.get() : own;
      String text = billed == own ? a.evidence() : a.evidence() + mixedNote(own, billed);
      outcomes.add(UserOutcome.billed(id, billed, LicensingModel.NAMED, text));
      evidence.computeIfAbsent(billed, t -> new TreeMap<>()).put(id, id + ": " + text);
    }
    SortedMap<LicenseTier, List<String>> seatEvidence = new TreeMap<>();
    evidence.forEach((tier, byId) -> seatEvidence.put(tier, List.copyOf(byId.values())));
    return new NamedPart(outcomes, seatEvidence);
  }

  /** A SEAT line: unit price from {@code prices.seat.TIER} (0 for a TRIAL), one rounding. */
  static LineItem seatLine(
      RatingContext context, LicenseTier tier, long quantity, List<String> explanation) {
    return LineItem.priced(
        LineCode.SEAT,
        tier.name(),
        quantity,
        context.recurringUnitPrice(() -> context.input().prices().requireSeat(tier)),
        context.currency(),
        context.policy().moneyRounding(),
        explanation);
  }

  /** An ADD_ON line: unit price from {@code prices.addOn.NAME} (0 for a TRIAL), one rounding. */
  static LineItem addOnLine(
      RatingContext context, String addOn, long quantity, List<String> explanation) {
    return LineItem.priced(
        LineCode.ADD_ON,
        addOn,
        quantity,
        context.recurringUnitPrice(() -> context.input().prices().requireAddOn(addOn)),
        context.currency(),
        context.policy().moneyRounding(),
        explanation);
  }
}
