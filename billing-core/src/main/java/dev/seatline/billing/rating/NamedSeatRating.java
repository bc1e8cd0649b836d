package dev.seatline.billing.rating;

import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.UserUsage;
import dev.seatline.billing.rating.RatingPolicy.MixedTierPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Seat rating of a NAMED organization (<a href="{@docRoot}/index.html#R2">R2</a>, <a
 * href="{@docRoot}/index.html#R3">R3</a>, <a href="{@docRoot}/index.html#R4">R4</a>, <a
 * href="{@docRoot}/index.html#R6">R6</a>).
 *
 * <ul>
 *   <li>R2: a user is billable when one of their DESKTOP, WEB or MOBILE sessions, clipped at the
 *       user's deletion, overlaps the rated time {@code [start, end)}; otherwise not billed, {@link
 *       NotBilledReason#NO_USER_INTERFACE_LOGIN} (always so when the rated time is empty).
 *   <li>R3: a billable user is billed one seat at the highest tier whose assignments, unioned and
 *       clipped to the rated time, total at least {@link RatingPolicy#namedMinimumAssignment()}
 *       (exactly equal qualifies); none qualifies: {@link
 *       NotBilledReason#NO_LICENSE_FOR_MINIMUM_TIME}. A deleted user holds nothing after the
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
 * {@code u1: logged in via WEB at 2026-01-16T14:00:00Z; PURECLOUD_3 held 744h} (rendered from
 * {@link Evidence.SeatUsers} and {@link Evidence.AddOnUsers}). Unit prices come from the price book
 * ({@code prices.seat.TIER}, {@code prices.addOn.NAME}; missing: invalid input there), 0 for a
 * TRIAL organization. Every user of the input gets an outcome, in input order, counted as NAMED.
 *
 * <p>Reads the input through its {@link dev.seatline.billing.model.RatedWindow}, without building
 * value objects: linear in the number of intervals, plus a sort of a user's licence intervals when
 * they are not in order. Stateless and thread-safe; the result does not depend on the order of the
 * input's lists (<a href="{@docRoot}/index.html#R12">R12</a>). Example: {@code new
 * NamedSeatRating().rate(context).seatsByTier()} is {@code {PURECLOUD_3=1}} for the scenario of the
 * format's documentation.
 */
public final class NamedSeatRating implements SeatRule {
  /** Creates the rule. */
  public NamedSeatRating() {}

  /**
   * Rates the seats and add-ons of a NAMED organization (R2-R4, R6).
   *
   * @throws dev.seatline.billing.model.InvalidInputException at {@code users} for mixed
   *     contact-center tiers under {@link MixedTierPolicy#REJECT}, at {@code prices.seat.TIER} or
   *     {@code prices.addOn.NAME} for a missing price
   */
  @Override
  public SeatRating rate(RatingContext context) {
    List<UserUsage> users = context.window().users();
    TierQualification.NamedUsers part =
        TierQualification.rateNamed(context, users, new HashSet<>(context.tiers().tiers()));
    List<LineItem> lines = new ArrayList<>(part.seatLines(context));
    lines.addAll(addOnLines(context, users, part.outcomes()));
    return new SeatRating(part.outcomes(), part.seats(), lines, List.of());
  }

  /** The ADD_ON lines of the billed users by the named rules (R6), also used by HOURLY (R15). */
  static List<LineItem> addOnLines(
      RatingContext context, List<UserUsage> users, List<UserOutcome> outcomes) {
    Duration minimum = context.policy().namedMinimumAssignment();
    SortedMap<String, SortedMap<String, Duration>> held = new TreeMap<>();
    for (int i = 0; i < users.size(); i++) {
      if (!outcomes.get(i).billed()) {
        continue;
      }
      UserUsage user = users.get(i);
      for (Map.Entry<String, Duration> e : user.addOnsHeld().entrySet()) {
        if (!e.getValue().isZero() && e.getValue().compareTo(minimum) >= 0) {
          held.computeIfAbsent(e.getKey(), n -> new TreeMap<>()).put(user.id(), e.getValue());
        }
      }
    }
    List<LineItem> lines = new ArrayList<>();
    held.forEach(
        (name, byUser) ->
            lines.add(
                Pricing.recurring(
                    context,
                    LineCode.ADD_ON,
                    name,
                    byUser.size(),
                    "add-on " + name + " is billed",
                    new Evidence.AddOnUsers(name, byUser))));
    return lines;
  }
}
