package dev.seatline.billing.rating;

import static dev.seatline.billing.internal.Durations.readable;

import dev.seatline.billing.internal.ColumnarUsers;
import dev.seatline.billing.internal.Durations;
import dev.seatline.billing.internal.OnQueueSweep;
import dev.seatline.billing.internal.SustainedPeakSweep;
import dev.seatline.billing.internal.SustainedPeakSweep.Peak;
import dev.seatline.billing.internal.TimelineColumns;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.Session;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.rating.RatingPolicy.MixedTierPolicy;
import dev.seatline.billing.rating.RatingPolicy.PeakMeasure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Seat rating of a CONCURRENT organization (R4, R5, R6).
 *
 * <ul>
 *   <li>R4: a user whose contact-center tier assignments (unioned, clipped to the rated time and at
 *       the user's deletion) total at least {@link RatingPolicy#concurrentMinimumAssignment()} for
 *       some tier is a concurrent user, of the highest such tier. Every other user is rated by the
 *       named rules ({@link NamedSeatRating}) with COMMUNICATE as the only billable tier.
 *   <li>R5: a concurrent user is on queue at {@code t} when an on-queue interval and a DESKTOP, WEB
 *       or MOBILE session both cover {@code t}, inside the rated time and before the user's
 *       deletion (sessions and on-queue intervals are clipped there, R2); on-queue time outside
 *       every session is ignored and reported in the user's explanation. A concurrent user on queue
 *       at some instant is billed (counted as CONCURRENT), otherwise not billed, {@link
 *       NotBilledReason#NEVER_ON_QUEUE}. Billed concurrent users on several contact-center tiers
 *       are rejected at {@code users}, or with {@link MixedTierPolicy#BILL_AT_HIGHEST} merged into
 *       the highest of those tiers before the peak is measured. The seats of each tier are its
 *       sustained peak ({@link PeakMeasure}, window {@link RatingPolicy#peakWindow()}), measured
 *       exactly in continuous time and not capped by the seats purchased. One {@link SustainedPeak}
 *       is recorded per contact-center tier with billed users.
 *   <li>R6: for each add-on purchased, {@code round(contactCenterSeats x purchased /
 *       concurrentSeatsPurchased)} seats with {@link RatingPolicy#addOnSeatRounding()}, on the
 *       exact fraction, not capped at 100 %. Users' own add-on assignments are not used.
 * </ul>
 *
 * <p>Lines: a SEAT line per contact-center tier with seats, explained by the level, the window and
 * the users on queue (e.g. {@code sustained peak 300 PURECLOUD_3 users on queue throughout
 * [2026-01-20T14:00:00Z, 2026-01-20T14:30:00Z) (30m; at least 300 for 7h); 310 users on queue in
 * the period}) followed by one string per billed user; the COMMUNICATE SEAT line of the named
 * users; an ADD_ON line per add-on with seats ({@code 300 of 1000 concurrent seats used = 30%; x
 * 200 SALESFORCE purchased = 60}). Prices as in {@link NamedSeatRating}; 0 for a TRIAL.
 *
 * <p>O(n log n) in the number of intervals of the input (sorts are skipped for time-ordered input).
 * Stateless and thread-safe; the result does not depend on the order of the input's lists (R12).
 */
public final class ConcurrentSeatRating implements SeatRatingStrategy {
  /** Creates the strategy. */
  public ConcurrentSeatRating() {}

  /** A concurrent user and their on-queue time inside sessions, in nanos from the rated start. */
  private static final class ConcurrentUser {
    final int index;
    final String id;
    final LicenseTier tier;
    final Duration tierHeld;
    final long[] starts;
    final long[] ends;
    final int count;
    final boolean loggedIn;
    final long ignoredNanos;

    ConcurrentUser(
        int index,
        String id,
        LicenseTier tier,
        Duration tierHeld,
        long[] starts,
        long[] ends,
        int count,
        boolean loggedIn,
        long ignoredNanos) {
      this.index = index;
      this.id = id;
      this.tier = tier;
      this.tierHeld = tierHeld;
      this.starts = starts;
      this.ends = ends;
      this.count = count;
      this.loggedIn = loggedIn;
      this.ignoredNanos = ignoredNanos;
    }

    boolean onQueue() {
      return count > 0;
    }

    long onQueueNanos() {
      return OnQueueSweep.totalLength(starts, ends, count);
    }
  }

  /**
   * Rates the seats and add-ons of a CONCURRENT organization (R4-R6).
   *
   * @throws dev.seatline.billing.InvalidInputException at {@code users} for mixed contact-center
   *     tiers under {@link MixedTierPolicy#REJECT}, at {@code prices.seat.TIER} or {@code
   *     prices.addOn.NAME} for a missing price
   */
  @Override
  public SeatRating rate(RatingContext context) {
    List<UserTimeline> users = context.input().allUsers();
    @Nullable TimelineColumns columns =
        context.input().columns().map(TimelineColumns::of).orElse(null);
    Duration minimum = context.policy().concurrentMinimumAssignment();
    List<ConcurrentUser> concurrent = new ArrayList<>();
    List<UserTimeline> named = new ArrayList<>();
    Map<LicenseTier, Long> billedByTier = new EnumMap<>(LicenseTier.class);
    for (int i = 0; i < users.size(); i++) {
      // A columnar user is read without their on-queue intervals: onQueue() takes those from the
      // columns as primitive arrays.
      UserTimeline user = columns == null ? users.get(i) : ColumnarUsers.user(columns, i, false);
      Optional<NamedRules.Held> held =
          NamedRules.highestQualifying(
              context, user, NamedRules.CONTACT_CENTER_DESCENDING, minimum);
      if (held.isEmpty()) {
        named.add(user);
      } else {
        ConcurrentUser c = onQueue(context, i, user, held.get(), columns);
        concurrent.add(c);
        if (c.onQueue()) {
          billedByTier.merge(c.tier, 1L, Long::sum);
        }
      }
    }
    NamedRules.NamedPart namedPart =
        NamedRules.rate(context, named, EnumSet.of(LicenseTier.COMMUNICATE));
    Optional<LicenseTier> target = NamedRules.mixedTierTarget(context.policy(), billedByTier);

    SortedMap<LicenseTier, List<ConcurrentUser>> byTier = new TreeMap<>();
    for (ConcurrentUser c : concurrent) {
      if (c.onQueue()) {
        byTier.computeIfAbsent(target.orElse(c.tier), t -> new ArrayList<>()).add(c);
      }
    }
    Map<LicenseTier, Long> seats = new EnumMap<>(LicenseTier.class);
    seats.putAll(namedPart.seats());
    List<LineItem> lines = new ArrayList<>(namedPart.seatLines(context));
    List<SustainedPeak> peaks = new ArrayList<>();
    long contactCenterSeats = 0;
    for (Map.Entry<LicenseTier, List<ConcurrentUser>> e : byTier.entrySet()) {
      SustainedPeak peak = peak(context, e.getKey(), e.getValue());
      peaks.add(peak);
      if (peak.seats() > 0) {
        seats.put(e.getKey(), peak.seats());
        contactCenterSeats += peak.seats();
        lines.add(
            NamedRules.seatLine(
                context, e.getKey(), peak.seats(), peakEvidence(context, peak, e.getValue())));
      }
    }
    lines.addAll(addOnLines(context, contactCenterSeats));

    UserOutcome[] outcomes = new UserOutcome[users.size()];
    for (ConcurrentUser c : concurrent) {
      outcomes[c.index] = outcome(context, c, target);
    }
    int n = 0;
    for (int i = 0; i < outcomes.length; i++) {
      if (outcomes[i] == null) {
        outcomes[i] = namedPart.outcomes().get(n++);
      }
    }
    return new SeatRating(List.of(outcomes), seats, lines, peaks);
  }

  private static ConcurrentUser onQueue(
      RatingContext context,
      int index,
      UserTimeline user,
      NamedRules.Held held,
      @Nullable TimelineColumns columns) {
    LicenseTier tier = LicenseTier.valueOf(held.name());
    List<Session> sessions = NamedRules.userInterfaceSessionsInRatedTime(context, user);
    int ns = sessions.size();
    long[] sStarts = new long[ns];
    long[] sEnds = new long[ns];
    for (int i = 0; i < ns; i++) {
      UsageInterval clipped =
          sessions.get(i).interval().clip(context.start(), context.end()).orElseThrow();
      sStarts[i] = nanos(context, clipped.start());
      sEnds[i] = nanos(context, clipped.endOrThrow());
    }
    long[] qStarts;
    long[] qEnds;
    Instant until = NamedRules.heldUntil(context, user);
    if (!until.isAfter(context.start())) {
      qStarts = new long[0];
      qEnds = new long[0];
    } else if (columns == null) {
      List<UsageInterval> queue = new ArrayList<>();
      for (UsageInterval q : user.onQueue()) {
        q.clip(context.start(), until).ifPresent(queue::add);
      }
      qStarts = new long[queue.size()];
      qEnds = new long[queue.size()];
      for (int i = 0; i < queue.size(); i++) {
        qStarts[i] = nanos(context, queue.get(i).start());
        qEnds[i] = nanos(context, queue.get(i).endOrThrow());
      }
    } else {
      long[][] q =
          ColumnarUsers.onQueue(
              columns,
              index,
              ColumnarUsers.epochNanos(context.start()),
              ColumnarUsers.epochNanos(until));
      qStarts = q[0];
      qEnds = q[1];
    }
    int nq = qStarts.length;
    int q = OnQueueSweep.union(qStarts, qEnds, nq, qStarts, qEnds);
    int s = OnQueueSweep.union(sStarts, sEnds, ns, sStarts, sEnds);
    long[] starts = new long[q + s];
    long[] ends = new long[q + s];
    int count = OnQueueSweep.intersect(qStarts, qEnds, q, sStarts, sEnds, s, starts, ends);
    long ignored =
        OnQueueSweep.totalLength(qStarts, qEnds, q) - OnQueueSweep.totalLength(starts, ends, count);
    return new ConcurrentUser(
        index, user.id(), tier, held.duration(), starts, ends, count, ns > 0, ignored);
  }

  private static long nanos(RatingContext context, Instant instant) {
    return Duration.between(context.start(), instant).toNanos();
  }

  private static Instant instant(RatingContext context, long nanos) {
    return context.start().plusNanos(nanos);
  }

  private static SustainedPeak peak(
      RatingContext context, LicenseTier tier, List<ConcurrentUser> users) {
    int n = 0;
    for (ConcurrentUser c : users) {
      n += c.count;
    }
    long[] starts = new long[n];
    long[] ends = new long[n];
    int k = 0;
    for (ConcurrentUser c : users) {
      System.arraycopy(c.starts, 0, starts, k, c.count);
      System.arraycopy(c.ends, 0, ends, k, c.count);
      k += c.count;
    }
    long horizon = nanos(context, context.end());
    long window = Durations.nanosSaturated(context.policy().peakWindow());
    PeakMeasure measure = context.policy().peakMeasure();
    Peak p =
        measure == PeakMeasure.CONTIGUOUS_WINDOW
            ? SustainedPeakSweep.contiguous(starts, ends, n, horizon, window)
            : SustainedPeakSweep.accumulated(starts, ends, n, horizon, window);
    Optional<UsageInterval> at =
        p.seats() > 0
            ? Optional.of(
                UsageInterval.of(
                    instant(context, p.windowStart()), instant(context, p.windowEnd())))
            : Optional.empty();
    return new SustainedPeak(
        tier, p.seats(), measure, at, Duration.ofNanos(p.timeAtLevel()), users.size());
  }

  private static List<String> peakEvidence(
      RatingContext context, SustainedPeak peak, List<ConcurrentUser> users) {
    UsageInterval window = peak.window().orElseThrow();
    String level = "sustained peak " + peak.seats() + " " + peak.tier() + " users on queue";
    String summary =
        peak.measure() == PeakMeasure.CONTIGUOUS_WINDOW
            ? level
                + " throughout "
                + window
                + " ("
                + readable(window.duration())
                + "; at least "
                + peak.seats()
                + " for "
                + readable(peak.timeAtLevel())
                + ")"
            : level
                + " for "
                + readable(peak.timeAtLevel())
                + " in total (at least "
                + readable(context.policy().peakWindow())
                + "), first throughout "
                + window
                + " ("
                + readable(window.duration())
                + ")";
    List<String> out = new ArrayList<>();
    out.add(summary + "; " + peak.usersOnQueue() + " users on queue in the period");
    SortedMap<String, String> byId = new TreeMap<>();
    for (ConcurrentUser c : users) {
      byId.put(c.id, c.id + ": " + onQueueEvidence(context, c));
    }
    out.addAll(byId.values());
    return out;
  }

  private static String onQueueEvidence(RatingContext context, ConcurrentUser c) {
    return "on queue "
        + readable(Duration.ofNanos(c.onQueueNanos()))
        + " inside user-interface sessions, first at "
        + instant(context, c.starts[0]);
  }

  private static UserOutcome outcome(
      RatingContext context, ConcurrentUser c, Optional<LicenseTier> target) {
    String id = c.id;
    StringBuilder text =
        new StringBuilder(c.tier.name())
            .append(" held ")
            .append(readable(c.tierHeld))
            .append(" (a concurrent user)");
    String ignored =
        c.ignoredNanos > 0
            ? "; "
                + readable(Duration.ofNanos(c.ignoredNanos))
                + " on queue outside every user-interface session ignored"
            : "";
    if (!c.onQueue()) {
      text.append(
          c.loggedIn
              ? "; never on queue inside a user-interface session"
              : "; no DESKTOP, WEB or MOBILE session in the period");
      return UserOutcome.notBilled(
          id, LicensingModel.CONCURRENT, NotBilledReason.NEVER_ON_QUEUE, text + ignored);
    }
    LicenseTier billed = target.orElse(c.tier);
    text.append("; on queue ")
        .append(readable(Duration.ofNanos(c.onQueueNanos())))
        .append(" inside user-interface sessions, first at ")
        .append(instant(context, c.starts[0]))
        .append(ignored);
    return UserOutcome.billed(
        id,
        billed,
        LicensingModel.CONCURRENT,
        text + (billed == c.tier ? "" : NamedRules.mixedNote(c.tier, billed)));
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
      BigDecimal divisor = BigDecimal.valueOf(purchasedSeats);
      long seats = exact.divide(divisor, 0, rounding).longValueExact();
      if (seats > 0) {
        String text =
            contactCenterSeats
                + " of "
                + purchasedSeats
                + " concurrent seats used "
                + approximately(
                    BigDecimal.valueOf(contactCenterSeats).multiply(BigDecimal.valueOf(100)),
                    divisor)
                + "%; x "
                + purchased
                + " "
                + e.getKey()
                + " purchased "
                + approximately(exact, divisor)
                + (exact.remainder(divisor).signum() == 0
                    ? ""
                    : ", rounded " + rounding + " to " + seats);
        lines.add(NamedRules.addOnLine(context, e.getKey(), seats, List.of(text)));
      }
    }
    return lines;
  }

  /** {@code "= 30"} when the quotient is exact in 4 decimals, else {@code "~ 33.3333"}. */
  private static String approximately(BigDecimal numerator, BigDecimal divisor) {
    BigDecimal q = numerator.divide(divisor, 4, RoundingMode.HALF_UP);
    boolean exact = q.multiply(divisor).compareTo(numerator) == 0;
    return (exact ? "= " : "~ ") + q.stripTrailingZeros().toPlainString();
  }
}
