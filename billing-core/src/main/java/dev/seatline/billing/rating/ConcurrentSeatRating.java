package dev.seatline.billing.rating;

import dev.seatline.billing.model.IntervalSet;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.UserUsage;
import dev.seatline.billing.rating.RatingPolicy.MixedTierPolicy;
import dev.seatline.billing.rating.RatingPolicy.PeakBasis;
import dev.seatline.billing.rating.RatingPolicy.PeakMeasure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Seat rating of a CONCURRENT organization (<a href="{@docRoot}/index.html#R4">R4</a>, <a
 * href="{@docRoot}/index.html#R5">R5</a>, <a href="{@docRoot}/index.html#R6">R6</a>).
 *
 * <ul>
 *   <li>R4: a user whose contact-center tier assignments (unioned, clipped to the rated time and at
 *       the user's deletion) total at least {@link RatingPolicy#concurrentMinimumAssignment()} for
 *       some tier is a concurrent user, of the highest such tier. Every other user is rated by the
 *       named rules ({@link NamedSeatRating}) with COMMUNICATE as the only billable tier.
 *   <li>R5: a concurrent user is on queue at {@code t} when an on-queue interval and a DESKTOP, WEB
 *       or MOBILE session both cover {@code t}, inside the rated time and before the user's
 *       deletion (sessions and on-queue intervals are clipped there, <a
 *       href="{@docRoot}/index.html#R2">R2</a>); on-queue time outside every session is ignored and
 *       reported in the user's explanation. A concurrent user on queue at some instant is billed
 *       (counted as CONCURRENT), otherwise not billed, {@link NotBilledReason#NEVER_ON_QUEUE}.
 *       Billed concurrent users on several contact-center tiers are rejected at {@code users}, or
 *       with {@link MixedTierPolicy#BILL_AT_HIGHEST} merged into the highest of those tiers before
 *       the peak is measured. The seats of each tier are its sustained peak ({@link PeakMeasure},
 *       window {@link RatingPolicy#peakWindow()}), measured exactly in continuous time and not
 *       capped by the seats purchased. One {@link SustainedPeak} is recorded per contact-center
 *       tier with billed users. With {@link PeakBasis#LOGGED_IN} (the GENESYS_CLOUD edition, <a
 *       href="{@docRoot}/index.html#R17">R17</a>) a concurrent user counts while in a DESKTOP, WEB
 *       or MOBILE session, on queue or not; one never logged in is not billed, {@link
 *       NotBilledReason#NO_USER_INTERFACE_LOGIN}.
 *   <li>R6: for each add-on purchased, {@code round(contactCenterSeats x purchased /
 *       concurrentSeatsPurchased)} seats with {@link RatingPolicy#addOnSeatRounding()}, on the
 *       exact fraction, not capped at 100 %. Users' own add-on assignments are not used.
 * </ul>
 *
 * <p>Lines: a SEAT line per contact-center tier with seats, explained by the level, the window and
 * the users on queue (e.g. {@code sustained peak 300 PURECLOUD_3 users on queue throughout
 * [2026-01-20T14:00:00Z, 2026-01-20T14:30:00Z) (30m; at least 300 for 7h); 310 users on queue in
 * the period}) followed by one string per billed user ({@link Evidence.Peak}); the COMMUNICATE SEAT
 * line of the named users; an ADD_ON line per add-on with seats ({@code 300 of 1000 concurrent
 * seats used = 30%; x 200 SALESFORCE purchased = 60}). Prices as in {@link NamedSeatRating}; 0 for
 * a TRIAL.
 *
 * <p>Reads the input through its {@link dev.seatline.billing.model.RatedWindow}: O(n log n) in the
 * number of intervals (sorts are skipped for time-ordered input). Stateless and thread-safe; the
 * result does not depend on the order of the input's lists (<a
 * href="{@docRoot}/index.html#R12">R12</a>).
 */
public final class ConcurrentSeatRating implements SeatRule {
  /** Creates the rule. */
  public ConcurrentSeatRating() {}

  /** A concurrent user and their on-queue time inside sessions. */
  private record Concurrent(
      int index,
      String id,
      TierQualification.Qualified held,
      boolean loggedIn,
      IntervalSet onQueue,
      Duration ignored) {}

  /**
   * Rates the seats and add-ons of a CONCURRENT organization (R4-R6).
   *
   * @throws dev.seatline.billing.model.InvalidInputException at {@code users} for mixed
   *     contact-center tiers under {@link MixedTierPolicy#REJECT}, at {@code prices.seat.TIER} or
   *     {@code prices.addOn.NAME} for a missing price
   */
  @Override
  public SeatRating rate(RatingContext context) {
    List<UserUsage> users = context.window().users();
    PeakBasis basis = context.policy().peakBasis();
    Duration minimum = context.policy().concurrentMinimumAssignment();
    List<LicenseTier> contactCenter = context.tiers().contactCenterDescending();
    List<Concurrent> concurrent = new ArrayList<>();
    List<UserUsage> named = new ArrayList<>();
    Map<LicenseTier, Long> billedByTier = new HashMap<>();
    for (UserUsage user : users) {
      Optional<TierQualification.Qualified> held =
          TierQualification.highest(user, contactCenter, minimum);
      if (held.isEmpty()) {
        named.add(user);
      } else {
        IntervalSet sessions = user.userInterfaceSessions();
        IntervalSet inside;
        Duration ignored;
        if (basis == PeakBasis.LOGGED_IN) {
          inside = sessions;
          ignored = Duration.ZERO;
        } else {
          IntervalSet queue = user.onQueue();
          inside = queue.intersection(sessions);
          ignored = Duration.ofNanos(queue.lengthNanos() - inside.lengthNanos());
        }
        Concurrent c =
            new Concurrent(
                user.index(), user.id(), held.get(), !sessions.isEmpty(), inside, ignored);
        concurrent.add(c);
        if (!inside.isEmpty()) {
          billedByTier.merge(c.held().tier(), 1L, Long::sum);
        }
      }
    }
    Set<LicenseTier> namedTiers = new HashSet<>(context.tiers().tiers());
    namedTiers.removeAll(contactCenter);
    TierQualification.NamedUsers namedPart =
        TierQualification.rateNamed(context, named, namedTiers);
    Optional<LicenseTier> target =
        TierQualification.mixedTierTarget(context.policy(), billedByTier);

    SortedMap<LicenseTier, List<Concurrent>> byTier = new TreeMap<>();
    for (Concurrent c : concurrent) {
      if (!c.onQueue().isEmpty()) {
        byTier.computeIfAbsent(target.orElse(c.held().tier()), t -> new ArrayList<>()).add(c);
      }
    }
    SortedMap<LicenseTier, Long> seats = new TreeMap<>(namedPart.seats());
    List<LineItem> lines = new ArrayList<>(namedPart.seatLines(context));
    List<SustainedPeak> peaks = new ArrayList<>();
    long contactCenterSeats = 0;
    for (Map.Entry<LicenseTier, List<Concurrent>> e : byTier.entrySet()) {
      List<IntervalSet> sets = new ArrayList<>(e.getValue().size());
      e.getValue().forEach(c -> sets.add(c.onQueue()));
      SustainedPeak peak =
          SustainedPeaks.measure(
              e.getKey(),
              sets,
              context.start(),
              context.end(),
              context.policy().peakWindow(),
              context.policy().peakMeasure());
      peaks.add(peak);
      if (peak.seats() > 0) {
        seats.put(e.getKey(), peak.seats());
        contactCenterSeats += peak.seats();
        SortedMap<String, Evidence.OnQueueUser> onQueue = new TreeMap<>();
        for (Concurrent c : e.getValue()) {
          onQueue.put(
              c.id(),
              new Evidence.OnQueueUser(
                  c.id(), c.onQueue().length(), c.onQueue().first().orElseThrow()));
        }
        lines.add(
            Pricing.seats(
                context,
                e.getKey(),
                peak.seats(),
                new Evidence.Peak(
                    peak, context.policy().peakWindow(), List.copyOf(onQueue.values()), basis)));
      }
    }
    lines.addAll(addOnLines(context, contactCenterSeats));

    UserOutcome[] outcomes = new UserOutcome[users.size()];
    for (Concurrent c : concurrent) {
      outcomes[c.index()] = outcome(c, target, basis);
    }
    int n = 0;
    for (int i = 0; i < outcomes.length; i++) {
      if (outcomes[i] == null) {
        outcomes[i] = namedPart.outcomes().get(n++);
      }
    }
    return new SeatRating(List.of(outcomes), seats, lines, peaks);
  }

  private static UserOutcome outcome(Concurrent c, Optional<LicenseTier> target, PeakBasis basis) {
    LicenseTier own = c.held().tier();
    LicenseTier billed = target.orElse(own);
    Evidence.ConcurrentUser evidence =
        new Evidence.ConcurrentUser(
            own,
            c.held().held(),
            c.loggedIn(),
            c.onQueue().length(),
            c.onQueue().first(),
            c.ignored(),
            c.onQueue().isEmpty() || billed.equals(own) ? Optional.empty() : Optional.of(billed),
            basis);
    NotBilledReason never =
        basis == PeakBasis.LOGGED_IN
            ? NotBilledReason.NO_USER_INTERFACE_LOGIN
            : NotBilledReason.NEVER_ON_QUEUE;
    return c.onQueue().isEmpty()
        ? UserOutcome.notBilled(c.id(), LicensingModel.CONCURRENT, never, evidence)
        : UserOutcome.billed(c.id(), billed, LicensingModel.CONCURRENT, evidence);
  }

  private static List<LineItem> addOnLines(RatingContext context, long contactCenterSeats) {
    long purchasedSeats = context.organization().concurrentSeatsPurchased();
    RoundingMode rounding = context.policy().addOnSeatRounding();
    List<LineItem> lines = new ArrayList<>();
    for (Map.Entry<String, Long> e : context.organization().addOnLicensesPurchased().entrySet()) {
      long purchased = e.getValue();
      if (purchased == 0) {
        continue;
      }
      BigDecimal exact =
          BigDecimal.valueOf(contactCenterSeats).multiply(BigDecimal.valueOf(purchased));
      long seats = exact.divide(BigDecimal.valueOf(purchasedSeats), 0, rounding).longValueExact();
      if (seats > 0) {
        lines.add(
            Pricing.recurring(
                context,
                LineCode.ADD_ON,
                e.getKey(),
                seats,
                "add-on " + e.getKey() + " is billed",
                new Evidence.AddOnUsage(
                    e.getKey(), contactCenterSeats, purchasedSeats, purchased, rounding, seats)));
      }
    }
    return lines;
  }
}
