package dev.seatline.billing.rating;

import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.UserUsage;
import dev.seatline.billing.rating.RatingPolicy.MixedTierPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Seat rating of an HOURLY organization (<a href="{@docRoot}/index.html#R15">R15</a>): users pay
 * for the hours they are logged in instead of a seat.
 *
 * <ul>
 *   <li>Who is billed, and at which tier: the named rules (<a
 *       href="{@docRoot}/index.html#R2">R2</a>, <a href="{@docRoot}/index.html#R3">R3</a>), and the
 *       mixing rule (<a href="{@docRoot}/index.html#R4">R4</a>) for contact-center users, through
 *       {@link TierQualification#rateNamed}; outcomes are counted as HOURLY.
 *   <li>A billed user's billable time is the union of their DESKTOP, WEB and MOBILE sessions,
 *       clipped to the rated time and cut at the deletion.
 *   <li>Per tier, the billed users' billable times are summed exactly (to the nanosecond) and
 *       rounded up to a whole hour once per period (222 h 20 min gives 223 h): one SEAT_HOUR line
 *       at {@code prices.seatHour.TIER} (missing: invalid input there; 0 for a TRIAL).
 *   <li>Add-ons are billed as for NAMED (<a href="{@docRoot}/index.html#R6">R6</a>).
 *   <li>{@link SeatRating#seatsByTier()} counts the users billed per tier; {@link
 *       SeatRating#hourly()} carries the exact time per tier and the seat-equivalent of the policy
 *       ({@link RatingPolicy#hourlySeatEquivalent()}, 111 h), from which {@link
 *       SeatRating#seatBasis()} and the included ports (<a href="{@docRoot}/index.html#R7">R7</a>)
 *       follow as exact fractions.
 * </ul>
 *
 * <p>Each line explains itself with {@link Evidence.HourlyUsers}: the users, their time, the exact
 * total before rounding and the hours billed. Stateless and thread-safe; independent of the order
 * of the input's lists (<a href="{@docRoot}/index.html#R12">R12</a>). Example: two CX_1 users
 * logged in 111 h 10 min and 111 h 10 min 24 s are billed 223 SEAT_HOUR.
 */
public final class HourlySeatRating implements SeatRule {

  /** Creates the rule. */
  public HourlySeatRating() {}

  /**
   * Rates the hours and add-ons of an HOURLY organization (R15).
   *
   * @throws dev.seatline.billing.model.InvalidInputException at {@code users} for mixed
   *     contact-center tiers under {@link MixedTierPolicy#REJECT}, at {@code prices.seatHour.TIER}
   *     or {@code prices.addOn.NAME} for a missing price
   */
  @Override
  public SeatRating rate(RatingContext context) {
    List<UserUsage> users = context.window().users();
    TierQualification.NamedUsers part =
        TierQualification.rateNamed(context, users, new HashSet<>(context.tiers().tiers()));
    List<UserOutcome> outcomes = new ArrayList<>(users.size());
    SortedMap<LicenseTier, SortedMap<String, Duration>> timeByTier = new TreeMap<>();
    for (int i = 0; i < users.size(); i++) {
      UserOutcome named = part.outcomes().get(i);
      outcomes.add(
          new UserOutcome(
              named.userId(),
              named.tier(),
              LicensingModel.HOURLY,
              named.reason(),
              named.evidence()));
      Optional<LicenseTier> tier = named.tier();
      if (tier.isPresent()) {
        timeByTier
            .computeIfAbsent(tier.get(), t -> new TreeMap<>())
            .put(named.userId(), users.get(i).userInterfaceSessions().length());
      }
    }
    List<LineItem> lines = new ArrayList<>();
    SortedMap<LicenseTier, Long> usersByTier = new TreeMap<>();
    SortedMap<LicenseTier, Duration> totals = new TreeMap<>();
    for (Map.Entry<LicenseTier, SortedMap<String, Duration>> e : timeByTier.entrySet()) {
      LicenseTier tier = e.getKey();
      Duration total = Duration.ZERO;
      for (Duration d : e.getValue().values()) {
        total = total.plus(d);
      }
      long hours = hoursRoundedUp(total);
      usersByTier.put(tier, (long) e.getValue().size());
      totals.put(tier, total);
      if (hours > 0) {
        lines.add(
            Pricing.recurring(
                context,
                LineCode.SEAT_HOUR,
                tier.name(),
                hours,
                "hours of " + tier + " are billed",
                new Evidence.HourlyUsers(tier, e.getValue(), total, hours)));
      }
    }
    lines.addAll(NamedSeatRating.addOnLines(context, users, outcomes));
    return new SeatRating(
        outcomes,
        usersByTier,
        lines,
        List.of(),
        Collections.emptySortedMap(),
        Optional.of(new SeatRating.HourlyTime(totals, context.policy().hourlySeatEquivalent())));
  }

  /**
   * {@return {@code total} in hours, rounded up to a whole hour (R15): 222 h 20 min is 223}
   *
   * @param total an exact, non-negative duration
   */
  public static long hoursRoundedUp(Duration total) {
    long hours = total.toHours();
    return total.equals(Duration.ofHours(hours)) ? hours : hours + 1;
  }

  @Override
  public String toString() {
    return "HourlySeatRating";
  }
}
