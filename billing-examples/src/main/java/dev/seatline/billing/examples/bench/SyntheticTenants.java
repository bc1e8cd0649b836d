package dev.seatline.billing.examples.bench;

import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.ColumnarTimeline;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PortSample;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.money.BillingCurrency;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * A seeded generator of realistic synthetic tenants for the benchmarks: the same seed gives the
 * same tenant. Every tenant is rated over period 0 of a contract effective 2026-01-15 in
 * America/New_York, {@code [2026-01-15T05:00Z, 2026-02-15T05:00Z)} (31 days).
 *
 * <p>Shapes: agents work about five days a week, one user-interface session a working day of 8 to 9
 * hours starting between 07:00 and 15:00 local time; inside a session they alternate on-queue
 * stretches (5 to 60 minutes) with short breaks (1 to 15 minutes), and a few on-queue stretches
 * spill past the session. Times carry millisecond precision, as contact-center feeds do. Feeds come
 * either in random order or time-ordered (by start), the two cases the sweeps distinguish.
 */
public final class SyntheticTenants {
  /** The rated start. */
  public static final Instant PERIOD_START = Instant.parse("2026-01-15T05:00:00Z");

  /** The rated end. */
  public static final Instant PERIOD_END = Instant.parse("2026-02-15T05:00:00Z");

  /** The contract date whose period 0 is the rated period. */
  public static final LocalDate CONTRACT = LocalDate.of(2026, 1, 15);

  private static final long MS = 1_000_000L;
  private static final long MINUTE = 60_000 * MS;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;

  private SyntheticTenants() {}

  /** The rated start in epoch nanoseconds. */
  public static long startNanos() {
    return PERIOD_START.getEpochSecond() * 1_000_000_000L;
  }

  /** The rated end in epoch nanoseconds. */
  public static long endNanos() {
    return PERIOD_END.getEpochSecond() * 1_000_000_000L;
  }

  /**
   * On-queue intervals as columns: interval {@code i} of user {@code user[i]} is {@code [start[i],
   * end[i])}, epoch nanoseconds. The intervals of one user never overlap.
   */
  public static final class Intervals {
    /** How many users there are. */
    public final int users;

    /** Owner of each interval. */
    public final int[] user;

    /** Included start of each interval, epoch nanos. */
    public final long[] start;

    /** Excluded end of each interval, epoch nanos. */
    public final long[] end;

    Intervals(int users, int[] user, long[] start, long[] end) {
      this.users = users;
      this.user = user;
      this.start = start;
      this.end = end;
    }

    /** The number of intervals. */
    public int size() {
      return start.length;
    }
  }

  /**
   * {@code n} on-queue intervals of {@code max(100, n / 500)} agents over the rated month, in
   * random order or time-ordered (sorted by start).
   */
  public static Intervals onQueue(int n, long seed, boolean timeOrdered) {
    SplittableRandom r = new SplittableRandom(seed);
    int users = Math.max(100, n / 500);
    int[] user = new int[n];
    long[] start = new long[n];
    long[] end = new long[n];
    long span = endNanos() - startNanos();
    int i = 0;
    for (int u = 0; u < users; u++) {
      int count = n / users + (u < n % users ? 1 : 0);
      long cycle = span / Math.max(1, count);
      for (int k = 0; k < count; k++) {
        long s = startNanos() + k * cycle + r.nextLong(cycle / 2) / MS * MS;
        long length = cycle / 10 + r.nextLong(cycle * 4 / 10);
        user[i] = u;
        start[i] = s;
        end[i] = s + Math.max(MS, length / MS * MS);
        i++;
      }
    }
    if (timeOrdered) {
      sortByStart(user, start, end);
    } else {
      shuffle(r, user, start, end);
    }
    return new Intervals(users, user, start, end);
  }

  /** The intervals as a columnar timeline of on-queue time (users {@code agent-0...}). */
  public static ColumnarTimeline columnar(Intervals q) {
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    for (int u = 0; u < q.users; u++) {
      b.user("agent-" + u);
    }
    return b.onQueue(q.user, q.start, q.end, TimeUnit.NANOSECONDS).build();
  }

  /**
   * A CONCURRENT tenant's month: {@code agents} PURECLOUD_3 agents (a few percent hold it only for
   * part of the month or never log in), their sessions and on-queue time, and one port sample a
   * minute.
   */
  public static ColumnarTimeline concurrentTenant(int agents, long seed, boolean timeOrdered) {
    SplittableRandom r = new SplittableRandom(seed);
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    int days = 31;
    int capacity = agents * 24 * 12;
    int[] qUser = new int[capacity];
    long[] qStart = new long[capacity];
    long[] qEnd = new long[capacity];
    int[] sUser = new int[agents * days];
    long[] sStart = new long[agents * days];
    long[] sEnd = new long[agents * days];
    int nq = 0;
    int ns = 0;
    for (int a = 0; a < agents; a++) {
      int u = b.user("agent-" + a);
      Instant from = PERIOD_START.minusSeconds(86_400L * 30);
      if (r.nextInt(50) == 0) {
        from = PERIOD_START.plusSeconds(86_400L * (1 + r.nextInt(25)));
      }
      b.license(u, LicenseTier.PURECLOUD_3, UsageInterval.ofUnboundedEnd(from));
      if (r.nextInt(100) == 0) {
        continue; // never logs in
      }
      int dayOff = r.nextInt(7);
      for (int d = 0; d < days; d++) {
        if ((d + dayOff) % 7 >= 5 || ns == sUser.length) {
          continue;
        }
        long s = startNanos() + d * DAY + 2 * HOUR + r.nextLong(8 * HOUR) / MS * MS;
        long e = s + 8 * HOUR + r.nextLong(HOUR) / MS * MS;
        sUser[ns] = u;
        sStart[ns] = s;
        sEnd[ns] = e;
        ns++;
        long t = s + r.nextLong(10 * MINUTE) / MS * MS;
        while (t < e && nq < capacity) {
          long len = (5 * MINUTE + r.nextLong(55 * MINUTE)) / MS * MS;
          long qe = t + len;
          if (qe > e && r.nextInt(20) != 0) {
            qe = e;
          }
          if (qe > t) {
            qUser[nq] = u;
            qStart[nq] = t;
            qEnd[nq] = qe;
            nq++;
          }
          t = qe + (MINUTE + r.nextLong(14 * MINUTE)) / MS * MS;
        }
      }
    }
    Intervals q = trim(agents, qUser, qStart, qEnd, nq);
    Intervals s = trim(agents, sUser, sStart, sEnd, ns);
    order(r, q, timeOrdered);
    order(r, s, timeOrdered);
    b.sessions(Channel.DESKTOP, s.user, s.start, s.end, TimeUnit.NANOSECONDS);
    b.onQueue(q.user, q.start, q.end, TimeUnit.NANOSECONDS);
    int minutes = days * 24 * 60;
    long[] at = new long[minutes];
    long[] calls = new long[minutes];
    for (int m = 0; m < minutes; m++) {
      at[m] = startNanos() + m * MINUTE;
      calls[m] = (long) (agents * 0.6 * load(m * MINUTE)) + r.nextInt(1 + agents / 50);
    }
    return b.callPorts(at, calls, TimeUnit.NANOSECONDS).build();
  }

  /**
   * A NAMED tenant: {@code users} users (95 % COMMUNICATE, 5 % PURECLOUD_2; some upgraded, some
   * assigned only briefly, some deleted) with {@code sessions} sessions in all (a tenth of them
   * through the API), in random order or time-ordered.
   */
  public static ColumnarTimeline namedTenant(
      int users, int sessions, long seed, boolean timeOrdered) {
    SplittableRandom r = new SplittableRandom(seed);
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    long span = endNanos() - startNanos();
    long[] deleted = new long[users];
    for (int i = 0; i < users; i++) {
      int u = b.user("user-" + i);
      Instant before = PERIOD_START.minusSeconds(86_400L * 60);
      if (r.nextInt(20) == 0) {
        b.license(u, LicenseTier.PURECLOUD_2, UsageInterval.ofUnboundedEnd(before));
      } else {
        b.license(u, LicenseTier.COMMUNICATE, UsageInterval.ofUnboundedEnd(before));
        if (r.nextInt(50) == 0) {
          Instant up = PERIOD_START.plusSeconds(r.nextInt(2_600_000));
          b.license(
              u,
              LicenseTier.PURECLOUD_2,
              UsageInterval.of(up, up.plusSeconds(r.nextBoolean() ? 600 : 86_400)));
        }
      }
      deleted[i] = Long.MAX_VALUE;
      if (r.nextInt(100) == 0) {
        deleted[i] = startNanos() + span / 2 + r.nextLong(span / 2);
        b.deletedAt(u, Instant.ofEpochSecond(0, 0).plusNanos(deleted[i]));
      }
    }
    int[] sUser = new int[sessions];
    long[] sStart = new long[sessions];
    long[] sEnd = new long[sessions];
    boolean[] api = new boolean[sessions];
    for (int k = 0; k < sessions; k++) {
      int u = r.nextInt(users);
      long limit = Math.min(endNanos(), deleted[u]) - startNanos() - HOUR;
      long s = startNanos() + r.nextLong(Math.max(HOUR, limit)) / MS * MS;
      sUser[k] = u;
      sStart[k] = s;
      sEnd[k] = s + (10 * MINUTE + r.nextLong(9 * HOUR)) / MS * MS;
      api[k] = r.nextInt(10) == 0;
    }
    Intervals all = new Intervals(users, sUser, sStart, sEnd);
    order(r, all, timeOrdered);
    int[] ui = new int[sessions];
    for (int k = 0; k < sessions; k++) {
      ui[k] = api[k] ? 1 : 0;
    }
    Intervals web = select(all, ui, 0);
    Intervals viaApi = select(all, ui, 1);
    b.sessions(Channel.WEB, web.user, web.start, web.end, TimeUnit.NANOSECONDS);
    b.sessions(Channel.API, viaApi.user, viaApi.start, viaApi.end, TimeUnit.NANOSECONDS);
    return b.build();
  }

  /**
   * One port sample a second over the rated month (about 2.7 million), a daily load curve with
   * noise, in random order or time-ordered; returned as {@code {at (epoch seconds), calls}}.
   */
  public static long[][] portSamplesPerSecond(long seed, boolean timeOrdered, int peakCalls) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = (int) ((endNanos() - startNanos()) / 1_000_000_000L);
    long[] at = new long[n];
    long[] calls = new long[n];
    for (int i = 0; i < n; i++) {
      at[i] = PERIOD_START.getEpochSecond() + i;
      calls[i] = (long) (peakCalls * load(i * 1_000_000_000L)) + r.nextInt(1 + peakCalls / 20);
    }
    if (!timeOrdered) {
      for (int i = n - 1; i > 0; i--) {
        int j = r.nextInt(i + 1);
        long t = at[i];
        at[i] = at[j];
        at[j] = t;
        t = calls[i];
        calls[i] = calls[j];
        calls[j] = t;
      }
    }
    return new long[][] {at, calls};
  }

  /** A CONCURRENT organization priced in USD, with {@code seats} concurrent seats purchased. */
  public static Organization concurrentOrganization(String id, long seats) {
    return Organization.builder(id, BillingCurrency.USD, LicensingModel.CONCURRENT, CONTRACT)
        .concurrentSeatsPurchased(seats)
        .build();
  }

  /** A NAMED organization priced in USD. */
  public static Organization namedOrganization(String id) {
    return Organization.builder(id, BillingCurrency.USD, LicensingModel.NAMED, CONTRACT).build();
  }

  /** Prices for every tier, two add-ons and port-hours, in USD. */
  public static PriceBook prices() {
    return PriceBook.builder(BillingCurrency.USD)
        .seat(LicenseTier.COMMUNICATE, new BigDecimal("25.00"))
        .seat(LicenseTier.PURECLOUD_1, new BigDecimal("75.00"))
        .seat(LicenseTier.PURECLOUD_2, new BigDecimal("110.00"))
        .seat(LicenseTier.PURECLOUD_3, new BigDecimal("150.00"))
        .addOn("WEM", new BigDecimal("30.00"))
        .addOn("SPEECH", new BigDecimal("12.50"))
        .excessPortHour(new BigDecimal("0.0125"))
        .build();
  }

  /** A small tenant as a value-model rating input: {@code users} users, either licensing model. */
  public static RatingInput smallTenant(int index, int users, long seed) {
    boolean concurrent = index % 2 == 1;
    ColumnarTimeline t =
        concurrent
            ? concurrentTenant(users, seed + index, false)
            : namedTenant(users, users * 20, seed + index, false);
    Organization org =
        concurrent
            ? concurrentOrganization("tenant-" + index, users)
            : namedOrganization("tenant-" + index);
    List<PortSample> everyQuarterHour = new ArrayList<>();
    List<PortSample> samples = t.portSamples();
    for (int i = 0; i < samples.size(); i += 15) {
      everyQuarterHour.add(samples.get(i));
    }
    return RatingInput.builder(org, prices()).users(t.users()).callPorts(everyQuarterHour).build();
  }

  /** Relative call load over a day, 0.05 at night to 1.0 mid-afternoon (UTC-5 local time). */
  private static double load(long nanosSinceStart) {
    double hour = (nanosSinceStart % DAY) / (double) HOUR;
    double local = (hour + 24) % 24;
    return 0.05 + 0.95 * Math.max(0, Math.sin(Math.PI * (local - 3) / 12));
  }

  private static Intervals trim(int users, int[] user, long[] start, long[] end, int n) {
    return new Intervals(
        users,
        java.util.Arrays.copyOf(user, n),
        java.util.Arrays.copyOf(start, n),
        java.util.Arrays.copyOf(end, n));
  }

  private static Intervals select(Intervals all, int[] tag, int wanted) {
    int n = 0;
    for (int t : tag) {
      n += t == wanted ? 1 : 0;
    }
    int[] user = new int[n];
    long[] start = new long[n];
    long[] end = new long[n];
    int k = 0;
    for (int i = 0; i < tag.length; i++) {
      if (tag[i] == wanted) {
        user[k] = all.user[i];
        start[k] = all.start[i];
        end[k] = all.end[i];
        k++;
      }
    }
    return new Intervals(all.users, user, start, end);
  }

  private static void order(SplittableRandom r, Intervals q, boolean timeOrdered) {
    if (timeOrdered) {
      sortByStart(q.user, q.start, q.end);
    } else {
      shuffle(r, q.user, q.start, q.end);
    }
  }

  private static void sortByStart(int[] user, long[] start, long[] end) {
    int n = start.length;
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (a, b) -> Long.compare(start[a], start[b]));
    int[] index = new int[n];
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      index[i] = boxed[i];
      keys[i] = start[index[i]];
    }
    int[] u2 = new int[n];
    long[] e2 = new long[n];
    for (int i = 0; i < n; i++) {
      u2[i] = user[index[i]];
      e2[i] = end[index[i]];
    }
    System.arraycopy(keys, 0, start, 0, n);
    System.arraycopy(u2, 0, user, 0, n);
    System.arraycopy(e2, 0, end, 0, n);
  }

  private static void shuffle(SplittableRandom r, int[] user, long[] start, long[] end) {
    for (int i = start.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int u = user[i];
      user[i] = user[j];
      user[j] = u;
      long t = start[i];
      start[i] = start[j];
      start[j] = t;
      t = end[i];
      end[i] = end[j];
      end[j] = t;
    }
  }
}
