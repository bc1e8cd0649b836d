package dev.seatline.billing.rating;

import dev.seatline.billing.model.AddOnAssignment;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseAssignment;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.Session;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.testing.Gen;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Inputs for the seat-rating tests: period 0 of a contract of 2026-01-15 in America/New_York,
 * {@code [S, E)} = {@code [2026-01-15T05:00:00Z, 2026-02-15T05:00:00Z)} (744 h), a USD price book,
 * hand-built contexts, and small random organizations on a 15-minute grid with the helpers the
 * property tests need (shuffling, splitting, grid oracles).
 */
final class SeatFixtures {
  static final Instant S = Instant.parse("2026-01-15T05:00:00Z");
  static final Instant E = Instant.parse("2026-02-15T05:00:00Z");
  static final LocalDate CONTRACT = LocalDate.of(2026, 1, 15);
  static final Duration UNIT = Duration.ofMinutes(15);
  private static final List<Channel> CHANNELS = List.of(Channel.values());

  private SeatFixtures() {}

  static Instant at(String iso) {
    return Instant.parse(iso);
  }

  static UsageInterval iv(Instant from, Instant to) {
    return UsageInterval.of(from, to);
  }

  static UsageInterval iv(String from, String to) {
    return UsageInterval.of(at(from), at(to));
  }

  static UsageInterval open(Instant from) {
    return UsageInterval.ofUnboundedEnd(from);
  }

  static UsageInterval open(String from) {
    return UsageInterval.ofUnboundedEnd(at(from));
  }

  static Organization.Builder org(LicensingModel model) {
    return Organization.builder("acme", BillingCurrency.USD, model, CONTRACT);
  }

  static PriceBook prices() {
    return PriceBook.builder(BillingCurrency.USD)
        .seat(LicenseTier.COMMUNICATE, new BigDecimal("25.00"))
        .seat(LicenseTier.PURECLOUD_1, new BigDecimal("75.00"))
        .seat(LicenseTier.PURECLOUD_2, new BigDecimal("110.00"))
        .seat(LicenseTier.PURECLOUD_3, new BigDecimal("150.00"))
        .addOn("SALESFORCE", new BigDecimal("10.00"))
        .addOn("A", new BigDecimal("1.00"))
        .addOn("B", new BigDecimal("2.00"))
        .seatHour(LicenseTier.COMMUNICATE, new BigDecimal("0.25"))
        .seatHour(LicenseTier.PURECLOUD_1, new BigDecimal("0.70"))
        .seatHour(LicenseTier.PURECLOUD_2, new BigDecimal("1.00"))
        .seatHour(LicenseTier.PURECLOUD_3, new BigDecimal("1.40"))
        .build();
  }

  static BillingPeriod period(Organization organization) {
    return organization.calendar().period(0);
  }

  static RatingContext context(
      Organization organization,
      PriceBook prices,
      RatingPolicy policy,
      Instant end,
      List<UserTimeline> users) {
    RatingInput input = RatingInput.builder(organization, prices).users(users).build();
    BillingPeriod period = period(organization);
    return new RatingContext(input, period, period.start(), end, policy);
  }

  static RatingContext named(RatingPolicy policy, UserTimeline... users) {
    return context(org(LicensingModel.NAMED).build(), prices(), policy, E, List.of(users));
  }

  static RatingContext named(UserTimeline... users) {
    return named(RatingPolicy.defaults(), users);
  }

  static RatingContext concurrent(RatingPolicy policy, UserTimeline... users) {
    return context(
        org(LicensingModel.CONCURRENT).concurrentSeatsPurchased(1000).build(),
        prices(),
        policy,
        E,
        List.of(users));
  }

  static RatingContext concurrent(UserTimeline... users) {
    return concurrent(RatingPolicy.defaults(), users);
  }

  static UserTimeline.Builder user(String id) {
    return UserTimeline.builder(id);
  }

  /** The outcome of {@code id}. */
  static UserOutcome outcome(SeatRating rating, String id) {
    return rating.users().stream().filter(u -> u.userId().equals(id)).findFirst().orElseThrow();
  }

  /** The line of {@code code} and {@code item}. */
  static Optional<LineItem> line(SeatRating rating, LineCode code, String item) {
    return rating.lines().stream()
        .filter(l -> l.code().equals(code) && l.item().equals(item))
        .findFirst();
  }

  /** The rating, or the message of the invalid-input error it throws. */
  static Object rateOrError(SeatRule strategy, RatingContext context) {
    try {
      SeatRating r = strategy.rate(context);
      Map<String, UserOutcome> byId = new HashMap<>();
      r.users().forEach(u -> byId.put(u.userId(), u));
      return List.of(byId, r.seatsByTier(), r.lines(), r.peaks());
    } catch (InvalidInputException e) {
      return "error " + e.path() + ": " + e.problem();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Small random organizations on a 15-minute grid starting at S.

  /** A small random organization: users and the number of grid units rated. */
  record Small(List<UserTimeline> users, int ratedUnits) {
    Instant end() {
      return grid(ratedUnits);
    }

    RatingContext context(LicensingModel model, RatingPolicy policy) {
      Organization.Builder o = org(model);
      if (model == LicensingModel.CONCURRENT) {
        o.concurrentSeatsPurchased(7).addOnLicensesPurchased("A", 3);
      }
      return SeatFixtures.context(o.build(), prices(), policy, end(), users);
    }

    Small withUsers(List<UserTimeline> other) {
      return new Small(other, ratedUnits);
    }

    @Override
    public String toString() {
      return "rated units " + ratedUnits + ", users " + users;
    }
  }

  static Instant grid(int units) {
    return S.plus(UNIT.multipliedBy(units));
  }

  private static UsageInterval randomInterval(
      SplittableRandom r, int ratedUnits, boolean mayBeOpen) {
    int from = -6 + r.nextInt(ratedUnits + 12);
    if (mayBeOpen && r.nextInt(6) == 0) {
      return open(grid(from));
    }
    return iv(grid(from), grid(from + 1 + r.nextInt(16)));
  }

  /**
   * Up to {@code maxUsers} users with random licences (tiers from {@code tiers}), add-ons A and B,
   * sessions (any channel), on-queue intervals and deletions, all on the 15-minute grid, and a
   * rated time of 0 to 40 units.
   */
  static Gen<Small> smallOrgs(int maxUsers, List<LicenseTier> tiers) {
    return r -> {
      int rated = r.nextInt(8) == 0 ? r.nextInt(3) : r.nextInt(41);
      int n = r.nextInt(maxUsers + 1);
      List<UserTimeline> users = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        UserTimeline.Builder b = user("u" + i);
        for (int k = r.nextInt(4); k > 0; k--) {
          b.license(tiers.get(r.nextInt(tiers.size())), randomInterval(r, rated, true));
        }
        for (int k = r.nextInt(3); k > 0; k--) {
          b.addOn(r.nextBoolean() ? "A" : "B", randomInterval(r, rated, true));
        }
        @Nullable Instant lastSessionStart = null;
        for (int k = r.nextInt(4); k > 0; k--) {
          Channel channel = CHANNELS.get(r.nextInt(CHANNELS.size()));
          UsageInterval interval = randomInterval(r, rated, true);
          b.session(channel, interval);
          if (lastSessionStart == null || interval.start().isAfter(lastSessionStart)) {
            lastSessionStart = interval.start();
          }
        }
        for (int k = r.nextInt(4); k > 0; k--) {
          b.onQueue(randomInterval(r, rated, true));
        }
        if (r.nextInt(5) == 0) {
          Instant earliest = lastSessionStart == null ? grid(-6) : lastSessionStart;
          b.deletedAt(earliest.plus(UNIT.multipliedBy(1 + r.nextInt(12))));
        }
        users.add(b.build());
      }
      return new Small(users, rated);
    };
  }

  /** The same users in another order, each with its lists in another order. */
  static List<UserTimeline> shuffled(List<UserTimeline> users, SplittableRandom r) {
    List<UserTimeline> out = new ArrayList<>();
    for (UserTimeline u : users) {
      List<LicenseAssignment> licences = new ArrayList<>(u.licenses());
      List<AddOnAssignment> addOns = new ArrayList<>(u.addOns());
      List<Session> sessions = new ArrayList<>(u.sessions());
      List<UsageInterval> onQueue = new ArrayList<>(u.onQueue());
      shuffle(licences, r);
      shuffle(addOns, r);
      shuffle(sessions, r);
      shuffle(onQueue, r);
      out.add(rebuild(u, licences, addOns, sessions, onQueue));
    }
    shuffle(out, r);
    return out;
  }

  private static <T> void shuffle(List<T> list, SplittableRandom r) {
    for (int i = list.size() - 1; i > 0; i--) {
      Collections.swap(list, i, r.nextInt(i + 1));
    }
  }

  static UserTimeline rebuild(
      UserTimeline u,
      List<LicenseAssignment> licences,
      List<AddOnAssignment> addOns,
      List<Session> sessions,
      List<UsageInterval> onQueue) {
    UserTimeline.Builder b = user(u.id());
    licences.forEach(l -> b.license(l.tier(), l.interval()));
    addOns.forEach(a -> b.addOn(a.addOn(), a.interval()));
    sessions.forEach(s -> b.session(s.channel(), s.interval()));
    b.onQueue(onQueue);
    u.deletedAt().ifPresent(b::deletedAt);
    return b.build();
  }

  /** {@code i} cut at {@code nanos} after its start into two adjacent intervals. */
  static List<UsageInterval> split(UsageInterval i, long nanos) {
    Instant cut = i.start().plusNanos(nanos);
    UsageInterval second = i.isUnboundedEnd() ? open(cut) : iv(cut, i.endOrThrow());
    return List.of(iv(i.start(), cut), second);
  }

  private static long cutPoint(UsageInterval i, SplittableRandom r) {
    long length = i.isUnboundedEnd() ? UNIT.toNanos() * 8 : i.duration().toNanos();
    return 1 + r.nextLong(length - 1);
  }

  /**
   * The users with one interval of one user (a licence, add-on, session or on-queue interval) split
   * into two adjacent ones at a random instant; unchanged when there is none to split.
   */
  static List<UserTimeline> withOneIntervalSplit(List<UserTimeline> users, SplittableRandom r) {
    if (users.isEmpty()) {
      return users;
    }
    int which = r.nextInt(users.size());
    UserTimeline u = users.get(which);
    List<LicenseAssignment> licences = new ArrayList<>(u.licenses());
    List<AddOnAssignment> addOns = new ArrayList<>(u.addOns());
    List<Session> sessions = new ArrayList<>(u.sessions());
    List<UsageInterval> onQueue = new ArrayList<>(u.onQueue());
    int kind = r.nextInt(4);
    if (kind == 0 && !licences.isEmpty()) {
      LicenseAssignment l = licences.remove(r.nextInt(licences.size()));
      split(l.interval(), cutPoint(l.interval(), r))
          .forEach(p -> licences.add(new LicenseAssignment(l.tier(), p)));
    } else if (kind == 1 && !addOns.isEmpty()) {
      AddOnAssignment a = addOns.remove(r.nextInt(addOns.size()));
      split(a.interval(), cutPoint(a.interval(), r))
          .forEach(p -> addOns.add(new AddOnAssignment(a.addOn(), p)));
    } else if (kind == 2 && !sessions.isEmpty()) {
      int k = r.nextInt(sessions.size());
      Session s = sessions.get(k);
      long cut = cutPoint(s.interval(), r);
      Instant cutAt = s.interval().start().plusNanos(cut);
      if (u.deletedAt().isEmpty() || cutAt.isBefore(u.deletedAt().get())) {
        sessions.remove(k);
        split(s.interval(), cut).forEach(p -> sessions.add(new Session(s.channel(), p)));
      }
    } else if (!onQueue.isEmpty()) {
      UsageInterval q = onQueue.remove(r.nextInt(onQueue.size()));
      onQueue.addAll(split(q, cutPoint(q, r)));
    }
    List<UserTimeline> out = new ArrayList<>(users);
    out.set(which, rebuild(u, licences, addOns, sessions, onQueue));
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Grid oracles: every breakpoint of a small organization lies on the 15-minute grid, so a
  // predicate evaluated at the start of each unit cell holds throughout the cell.

  /** Whether some interval of {@code intervals} covers the start of cell {@code t}. */
  static boolean covers(List<UsageInterval> intervals, int t) {
    Instant at = grid(t);
    return intervals.stream().anyMatch(i -> i.contains(at));
  }

  /** Whether cell {@code t} lies before the deletion of {@code u}, if they were deleted (R2). */
  static boolean beforeDeletion(UserTimeline u, int t) {
    return u.deletedAt().isEmpty() || grid(t).isBefore(u.deletedAt().get());
  }

  /** Whether a user-interface session of {@code u} (cut at the deletion) covers cell {@code t}. */
  static boolean inSession(UserTimeline u, int t) {
    Instant at = grid(t);
    return beforeDeletion(u, t)
        && u.sessions().stream()
            .anyMatch(s -> s.channel().isUserInterface() && s.interval().contains(at));
  }

  /**
   * The time {@code u} held {@code tier} in the rated cells before their deletion, counted cell by
   * cell.
   */
  static Duration heldCells(UserTimeline u, LicenseTier tier, int ratedUnits) {
    int cells = 0;
    for (int t = 0; t < ratedUnits; t++) {
      cells += beforeDeletion(u, t) && covers(u.assignmentsOf(tier), t) ? 1 : 0;
    }
    return UNIT.multipliedBy(cells);
  }

  /** The highest tier of {@code candidates} held at least {@code minimum}, cell by cell. */
  static Optional<LicenseTier> oracleTier(
      UserTimeline u, List<LicenseTier> candidates, Duration minimum, int ratedUnits) {
    @Nullable LicenseTier best = null;
    for (LicenseTier tier : candidates) {
      if (heldCells(u, tier, ratedUnits).compareTo(minimum) >= 0
          && (best == null || tier.compareTo(best) > 0)) {
        best = tier;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether {@code u} logged in through a user interface in some rated cell. */
  static boolean oracleLoggedIn(UserTimeline u, int ratedUnits) {
    for (int t = 0; t < ratedUnits; t++) {
      if (inSession(u, t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code u} is on queue inside a session in cell {@code t}. */
  static boolean oracleOnQueue(UserTimeline u, int t) {
    return covers(u.onQueue(), t) && inSession(u, t);
  }
}
