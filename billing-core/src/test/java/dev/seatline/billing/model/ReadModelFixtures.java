package dev.seatline.billing.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.money.BillingCurrency;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Inputs for the read-model tests: one rated window {@code [W0, W1)} of a day, the same users and
 * port samples given in every form an input takes (value objects, a columnar timeline of value
 * timelines, per-row and bulk columns), a snapshot of everything a {@link UserUsage} reads, and the
 * brute force that computes the same snapshot from a user's value objects.
 */
final class ReadModelFixtures {
  static final Instant W0 = Instant.parse("2026-01-20T00:00:00Z");
  static final Instant W1 = Instant.parse("2026-01-21T00:00:00Z");

  private ReadModelFixtures() {}

  /** The instant {@code hours} after W0. */
  static Instant t(long hours) {
    return W0.plus(Duration.ofHours(hours));
  }

  static UsageInterval iv(Instant from, Instant to) {
    return UsageInterval.of(from, to);
  }

  static UsageInterval iv(long fromHour, long toHour) {
    return UsageInterval.of(t(fromHour), t(toHour));
  }

  static UsageInterval open(long fromHour) {
    return UsageInterval.ofUnboundedEnd(t(fromHour));
  }

  static Organization organization() {
    return Organization.builder(
            "acme", BillingCurrency.USD, LicensingModel.NAMED, LocalDate.of(2026, 1, 15))
        .build();
  }

  static PriceBook prices() {
    return PriceBook.builder(BillingCurrency.USD).build();
  }

  static long epochNanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  /** The forms of an input: every one must read the same. */
  enum Form {
    /** Value objects, converted into columns when the input is built. */
    VALUE {
      @Override
      RatingInput input(List<UserTimeline> users, List<PortSample> samples) {
        return RatingInput.builder(organization(), prices())
            .users(users)
            .callPorts(samples)
            .build();
      }
    },
    /** A columnar timeline made of the value timelines, {@code builder().user(timeline)}. */
    COLUMNS_OF_TIMELINES {
      @Override
      RatingInput input(List<UserTimeline> users, List<PortSample> samples) {
        ColumnarTimeline.Builder b = ColumnarTimeline.builder();
        users.forEach(b::user);
        samples.forEach(s -> b.callPort(s.at(), s.concurrentCalls()));
        return columns(b);
      }
    },
    /** Per-row columns, the last user's last row first. */
    PER_ROW {
      @Override
      RatingInput input(List<UserTimeline> users, List<PortSample> samples) {
        List<Consumer<ColumnarTimeline.Builder>> rows = rows(users, samples);
        Collections.reverse(rows);
        return perRow(users, rows);
      }
    },
    /**
     * Bounded sessions (by channel) and on-queue intervals in bulk, in epoch nanoseconds; the rest
     * per row; samples in bulk.
     */
    BULK {
      @Override
      RatingInput input(List<UserTimeline> users, List<PortSample> samples) {
        ColumnarTimeline.Builder b = register(users);
        for (Channel channel : Channel.values()) {
          Bulk sessions = new Bulk();
          for (int u = 0; u < users.size(); u++) {
            for (Session s : users.get(u).sessions()) {
              if (s.channel() != channel) {
                continue;
              }
              if (s.interval().isUnboundedEnd()) {
                b.session(u, channel, s.interval());
              } else {
                sessions.add(u, s.interval());
              }
            }
          }
          b.sessions(
              channel, sessions.users(), sessions.from(), sessions.to(), TimeUnit.NANOSECONDS);
        }
        Bulk queue = new Bulk();
        for (int u = 0; u < users.size(); u++) {
          UserTimeline user = users.get(u);
          for (UsageInterval q : user.onQueue()) {
            if (q.isUnboundedEnd()) {
              b.onQueue(u, q);
            } else {
              queue.add(u, q);
            }
          }
          for (LicenseAssignment a : user.licenses()) {
            b.license(u, a.tier(), a.interval());
          }
          for (AddOnAssignment a : user.addOns()) {
            b.addOn(u, a.addOn(), a.interval());
          }
          int index = u;
          user.deletedAt().ifPresent(d -> b.deletedAt(index, d));
        }
        b.onQueue(queue.users(), queue.from(), queue.to(), TimeUnit.NANOSECONDS);
        long[] at = new long[samples.size()];
        long[] calls = new long[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
          at[i] = epochNanos(samples.get(i).at());
          calls[i] = samples.get(i).concurrentCalls();
        }
        b.callPorts(at, calls, TimeUnit.NANOSECONDS);
        return columns(b);
      }
    };

    abstract RatingInput input(List<UserTimeline> users, List<PortSample> samples);

    RatingInput input(UserTimeline... users) {
      return input(List.of(users), List.of());
    }
  }

  /** Bounded intervals collected for a bulk call. */
  private static final class Bulk {
    private final List<Integer> users = new ArrayList<>();
    private final List<Long> from = new ArrayList<>();
    private final List<Long> to = new ArrayList<>();

    void add(int user, UsageInterval interval) {
      users.add(user);
      from.add(epochNanos(interval.start()));
      to.add(epochNanos(interval.endOrThrow()));
    }

    int[] users() {
      return users.stream().mapToInt(Integer::intValue).toArray();
    }

    long[] from() {
      return from.stream().mapToLong(Long::longValue).toArray();
    }

    long[] to() {
      return to.stream().mapToLong(Long::longValue).toArray();
    }
  }

  private static RatingInput columns(ColumnarTimeline.Builder b) {
    return RatingInput.builder(organization(), prices()).columns(b.build()).build();
  }

  /** A builder with the users' ids registered in order, so that user {@code i} has index i. */
  private static ColumnarTimeline.Builder register(List<UserTimeline> users) {
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    for (int u = 0; u < users.size(); u++) {
      assertThat(b.user(users.get(u).id())).isEqualTo(u);
    }
    return b;
  }

  /**
   * Every element of the users and samples as one per-row call of the builder, user by user (user
   * {@code i} has index i once the ids are registered).
   */
  static List<Consumer<ColumnarTimeline.Builder>> rows(
      List<UserTimeline> users, List<PortSample> samples) {
    List<Consumer<ColumnarTimeline.Builder>> rows = new ArrayList<>();
    for (int i = 0; i < users.size(); i++) {
      int u = i;
      UserTimeline user = users.get(i);
      user.licenses().forEach(a -> rows.add(b -> b.license(u, a.tier(), a.interval())));
      user.addOns().forEach(a -> rows.add(b -> b.addOn(u, a.addOn(), a.interval())));
      user.sessions().forEach(s -> rows.add(b -> b.session(u, s.channel(), s.interval())));
      user.onQueue().forEach(q -> rows.add(b -> b.onQueue(u, q)));
      user.deletedAt().ifPresent(d -> rows.add(b -> b.deletedAt(u, d)));
    }
    samples.forEach(s -> rows.add(b -> b.callPort(s.at(), s.concurrentCalls())));
    return rows;
  }

  /** The input of {@code rows} run in their order on a builder with the users registered. */
  static RatingInput perRow(
      List<UserTimeline> users, List<Consumer<ColumnarTimeline.Builder>> rows) {
    ColumnarTimeline.Builder b = register(users);
    rows.forEach(row -> row.accept(b));
    return columns(b);
  }

  /** The rows in a random order. */
  static List<Consumer<ColumnarTimeline.Builder>> shuffled(
      List<Consumer<ColumnarTimeline.Builder>> rows, SplittableRandom r) {
    List<Consumer<ColumnarTimeline.Builder>> out = new ArrayList<>(rows);
    for (int i = out.size() - 1; i > 0; i--) {
      Collections.swap(out, i, r.nextInt(i + 1));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // What a user reads, and its brute force.

  /**
   * Everything a {@link UserUsage} reads of a window, sets as their interval lists.
   *
   * @param held the time held of every tier of the catalogue, zero included
   */
  record Read(
      String id,
      SortedMap<LicenseTier, Duration> held,
      SortedMap<LicenseTier, Duration> tiersHeld,
      SortedMap<String, Duration> addOnsHeld,
      List<UsageInterval> userInterfaceSessions,
      List<UsageInterval> onQueue,
      Optional<Login> firstLogin,
      boolean hasSessions,
      boolean hasUserInterfaceSessions,
      boolean hasApiSessions,
      Optional<Instant> deletedAt,
      Optional<Instant> deletedInWindow) {

    /** What {@code user} reads, for the tiers of {@code catalogue}. */
    static Read of(UserUsage user, TierCatalog catalogue) {
      SortedMap<LicenseTier, Duration> held = new TreeMap<>();
      catalogue.tiers().forEach(tier -> held.put(tier, user.held(tier)));
      return new Read(
          user.id(),
          held,
          user.tiersHeld(),
          user.addOnsHeld(),
          user.userInterfaceSessions().intervals(),
          user.onQueue().intervals(),
          user.firstLogin(),
          user.hasSessions(),
          user.hasUserInterfaceSessions(),
          user.hasApiSessions(),
          user.deletedAt(),
          user.deletedInWindow());
    }

    /**
     * The brute force of {@link #of}: from the user's value objects, by elementary segments between
     * every clipped end point, each tested against every interval.
     */
    static Read bruteForce(UserTimeline user, TierCatalog catalogue, Instant from, Instant to) {
      Instant until = user.deletedAt().filter(d -> d.isBefore(to)).orElse(to);
      SortedMap<LicenseTier, Duration> held = new TreeMap<>();
      SortedMap<LicenseTier, Duration> tiersHeld = new TreeMap<>();
      for (LicenseTier tier : catalogue.tiers()) {
        Duration d = length(covered(user.assignmentsOf(tier), from, until));
        held.put(tier, d);
        if (!d.isZero()) {
          tiersHeld.put(tier, d);
        }
      }
      SortedMap<String, Duration> addOnsHeld = new TreeMap<>();
      for (AddOnAssignment a : user.addOns()) {
        Duration d = length(covered(user.assignmentsOfAddOn(a.addOn()), from, until));
        if (!d.isZero()) {
          addOnsHeld.put(a.addOn(), d);
        }
      }
      List<UsageInterval> sessions = new ArrayList<>();
      Optional<Login> first = Optional.empty();
      for (Session s : user.sessions()) {
        if (!s.channel().isUserInterface()) {
          continue;
        }
        sessions.add(s.interval());
        Instant a = latest(s.interval().start(), from);
        Instant b = s.interval().end().filter(e -> e.isBefore(until)).orElse(until);
        if (a.isBefore(b)) {
          boolean better =
              first.isEmpty()
                  || a.isBefore(first.get().at())
                  || (a.equals(first.get().at())
                      && s.channel().compareTo(first.get().channel()) < 0);
          if (better) {
            first = Optional.of(new Login(s.channel(), a, a.equals(from)));
          }
        }
      }
      return new Read(
          user.id(),
          held,
          tiersHeld,
          addOnsHeld,
          covered(sessions, from, until),
          covered(user.onQueue(), from, until),
          first,
          !user.sessions().isEmpty(),
          user.sessions().stream().anyMatch(s -> s.channel().isUserInterface()),
          user.sessions().stream().anyMatch(s -> !s.channel().isUserInterface()),
          user.deletedAt(),
          user.deletedAt().filter(d -> d.isBefore(to)));
    }
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * The instants of {@code [from, until)} covered by some interval, as maximal runs: the elementary
   * segments between consecutive end points, each covered when an interval contains its start.
   */
  static List<UsageInterval> covered(List<UsageInterval> intervals, Instant from, Instant until) {
    TreeSet<Instant> points = new TreeSet<>();
    if (from.isBefore(until)) {
      points.add(from);
      points.add(until);
    }
    for (UsageInterval i : intervals) {
      if (i.start().isAfter(from) && i.start().isBefore(until)) {
        points.add(i.start());
      }
      i.end().filter(e -> e.isAfter(from) && e.isBefore(until)).ifPresent(points::add);
    }
    List<UsageInterval> runs = new ArrayList<>();
    Instant runStart = null;
    Instant previous = null;
    for (Instant p : points) {
      if (previous != null) {
        Instant segment = previous;
        boolean in = intervals.stream().anyMatch(i -> i.contains(segment));
        if (in && runStart == null) {
          runStart = previous;
        } else if (!in && runStart != null) {
          runs.add(UsageInterval.of(runStart, previous));
          runStart = null;
        }
      }
      previous = p;
    }
    if (runStart != null && previous != null) {
      runs.add(UsageInterval.of(runStart, previous));
    }
    return runs;
  }

  static Duration length(List<UsageInterval> disjoint) {
    Duration d = Duration.ZERO;
    for (UsageInterval i : disjoint) {
      d = d.plus(i.duration());
    }
    return d;
  }
}
