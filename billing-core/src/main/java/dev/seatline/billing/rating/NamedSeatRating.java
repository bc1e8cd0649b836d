package dev.seatline.billing.rating;

import dev.seatline.billing.model.AddOnAssignment;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.rating.RatingPolicy.MixedTierPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Seat rating of a NAMED organization (R2, R3, R4, R6).
 *
 * <ul>
 *   <li>R2: a user is billable when one of their DESKTOP, WEB or MOBILE sessions, clipped at the
 *       user's deletion, overlaps the rated time {@code [start, end)}; otherwise not billed, {@link
 *       NotBilledReason#NO_USER_INTERFACE_LOGIN} (always so when the rated time is empty).
 *   <li>R3: a billable user is billed one seat at the highest tier whose assignments, unioned and
 *       clipped to the rated time, total at least {@link RatingPolicy#namedMinimumAssignment()}
 *       (exactly equal qualifies); none qualifies: {@link
 *       NotBilledReason#NO_LICENCE_FOR_MINIMUM_TIME}. A deleted user holds nothing after the
 *       deletion: assignments are clipped there before the minimum is measured, and one that starts
 *       at or after it counts for nothing. No proration.
 *   <li>R4: billed users on more than one contact-center tier are rejected at {@code users}, or
 *       with {@link MixedTierPolicy#BILL_AT_HIGHEST} all billed at the highest of those tiers.
 *   <li>R6: one add-on seat per billed user who held the add-on (unioned, clipped to the rated time
 *       and at the deletion) at least the named minimum assignment time; purchased add-on
 *       quantities are ignored.
 * </ul>
 *
 * <p>Lines: one SEAT line per tier with billed users and one ADD_ON line per add-on with billed
 * seats, each explained by one {@code "id: evidence"} string per user, sorted by user id, e.g.
 * {@code u1: logged in via WEB at 2026-01-16T14:00:00Z; PURECLOUD_3 held 744h}. Unit prices come
 * from the price book ({@code prices.seat.TIER}, {@code prices.addOn.NAME}; missing: invalid input
 * there), 0 for a TRIAL organization. Every user of the input gets an outcome, in input order,
 * counted as NAMED.
 *
 * <p>O(n log n) in the number of intervals of the input. Stateless and thread-safe; the result does
 * not depend on the order of the input's lists (R12). Example: {@code new
 * NamedSeatRating().rate(context).seatsByTier()} is {@code {PURECLOUD_3=1}} for the scenario of the
 * format's documentation.
 */
public final class NamedSeatRating implements SeatRatingStrategy {
  /** Creates the strategy. */
  public NamedSeatRating() {}

  /**
   * Rates the seats and add-ons of a NAMED organization (R2-R4, R6).
   *
   * @throws dev.seatline.billing.InvalidInputException at {@code users} for mixed contact-center
   *     tiers under {@link MixedTierPolicy#REJECT}, at {@code prices.seat.TIER} or {@code
   *     prices.addOn.NAME} for a missing price
   */
  @Override
  public SeatRating rate(RatingContext context) {
    List<UserTimeline> users = context.input().allUsers();
    NamedRules.NamedPart part = NamedRules.rate(context, users, EnumSet.allOf(LicenseTier.class));
    List<LineItem> lines = new ArrayList<>(part.seatLines(context));
    lines.addAll(addOnLines(context, users, part.outcomes()));
    return new SeatRating(part.outcomes(), part.seats(), lines, List.of());
  }

  private static List<LineItem> addOnLines(
      RatingContext context, List<UserTimeline> users, List<UserOutcome> outcomes) {
    Duration minimum = context.policy().namedMinimumAssignment();
    SortedMap<String, SortedMap<String, String>> evidence = new TreeMap<>();
    for (int i = 0; i < users.size(); i++) {
      if (!outcomes.get(i).billed()) {
        continue;
      }
      UserTimeline user = users.get(i);
      SortedSet<String> names = new TreeSet<>();
      for (AddOnAssignment a : user.addOns()) {
        names.add(a.addOn());
      }
      for (String name : names) {
        Duration held = NamedRules.heldInRatedTime(context, user, user.assignmentsOfAddOn(name));
        if (held.compareTo(minimum) >= 0) {
          evidence
              .computeIfAbsent(name, n -> new TreeMap<>())
              .put(user.id(), user.id() + ": " + new NamedRules.Held(name, held).text());
        }
      }
    }
    List<LineItem> lines = new ArrayList<>();
    evidence.forEach(
        (name, byUser) ->
            lines.add(
                NamedRules.addOnLine(context, name, byUser.size(), List.copyOf(byUser.values()))));
    return lines;
  }
}
