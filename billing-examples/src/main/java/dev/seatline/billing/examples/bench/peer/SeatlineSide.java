package dev.seatline.billing.examples.bench.peer;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.examples.bench.SyntheticTenants;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.ColumnarTimeline;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.TierCatalog;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.rating.RatingPolicy;
import dev.seatline.billing.rating.RatingPolicy.PeakMeasure;
import dev.seatline.billing.rating.SustainedPeak;
import dev.seatline.billing.rating.UserOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The engine's side: the parsed CSV columns into the public columnar builder, a rating input, and
 * {@link BillingEngine#rate}, through the public API only.
 *
 * <p>The on-queue month becomes a CONCURRENT organization whose users all hold PURECLOUD_3 for the
 * whole period and have one user-interface session covering it, so that their on-queue time inside
 * sessions is exactly their on-queue time and the sustained peak of PURECLOUD_3 is the peak of c(t)
 * as the SQL computes it. The named tenant becomes a NAMED organization.
 */
public final class SeatlineSide {
  private SeatlineSide() {}

  /** The organization of the on-queue month. */
  static final Organization MONTH_ORGANIZATION =
      SyntheticTenants.concurrentOrganization("side-by-side-month", 1);

  /** The organization of the named tenant. */
  static final Organization NAMED_ORGANIZATION =
      SyntheticTenants.namedOrganization("side-by-side-named");

  /** An engine with the default policy, except the peak measure. */
  public static BillingEngine engine(PeakMeasure measure) {
    return BillingEngine.of(RatingPolicy.defaults().withPeakMeasure(measure));
  }

  /** A timeline, and the CSV user id of each user index. */
  public static final class Built {
    private final ColumnarTimeline timeline;
    private final int[] userIds;

    Built(ColumnarTimeline timeline, int[] userIds) {
      this.timeline = timeline;
      this.userIds = userIds;
    }

    /** The timeline. */
    public ColumnarTimeline timeline() {
      return timeline;
    }

    /** The CSV user id of user index {@code u}. */
    public int userId(int u) {
      return userIds[u];
    }
  }

  /** The sustained peak of PURECLOUD_3 as the engine reports it. */
  public record MonthPeak(long seats, long windowStart, long secondsAtLevel) {}

  /** The billed users of a named tenant: the count per tier and each user's tier. */
  public record NamedBill(Map<LicenseTier, Long> perTier, Map<Integer, LicenseTier> users) {}

  /**
   * The columnar timeline of the on-queue month: users in order of id, each holding PURECLOUD_3 and
   * in one DESKTOP session over {@code [s, e)}, and the rows in bulk.
   */
  public static Built month(OnQueueRows rows, long s, long e) {
    int[] ids = rows.userColumn();
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    int[] index = register(b, ids, null);
    int[] userIds = idsOf(index);
    int users = userIds.length;
    int[] owner = new int[rows.size()];
    for (int i = 0; i < owner.length; i++) {
      owner[i] = index[ids[i]];
    }
    UsageInterval whole = UsageInterval.of(Instant.ofEpochSecond(s), Instant.ofEpochSecond(e));
    int[] everyone = new int[users];
    long[] from = new long[users];
    long[] to = new long[users];
    for (int u = 0; u < users; u++) {
      b.license(u, LicenseTier.PURECLOUD_3, whole);
      everyone[u] = u;
      from[u] = s;
      to[u] = e;
    }
    b.sessions(Channel.DESKTOP, everyone, from, to, TimeUnit.SECONDS);
    b.onQueue(owner, rows.startColumn(), rows.endColumn(), TimeUnit.SECONDS);
    return new Built(b.build(), userIds);
  }

  /**
   * The columnar timeline of the named tenant: users in order of id, the licences one by one, the
   * closed sessions in bulk per channel and the open ones one by one.
   */
  public static Built named(CodedRows licenses, CodedRows sessions) {
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    int[] index = register(b, licenses.user, sessions.user);
    int[] userIds = idsOf(index);
    LicenseTier[] tiers = TierCatalog.faq().tiers().toArray(new LicenseTier[0]);
    for (int i = 0; i < licenses.size; i++) {
      b.license(
          index[licenses.user[i]],
          tiers[licenses.code[i]],
          interval(licenses.from[i], licenses.to[i]));
    }
    Channel[] channels = Channel.values();
    int[] closed = new int[channels.length];
    for (int i = 0; i < sessions.size; i++) {
      if (sessions.to[i] != CodedRows.OPEN) {
        closed[sessions.code[i]]++;
      }
    }
    for (int c = 0; c < channels.length; c++) {
      int n = closed[c];
      int[] u = new int[n];
      long[] from = new long[n];
      long[] to = new long[n];
      int k = 0;
      for (int i = 0; i < sessions.size; i++) {
        if (sessions.code[i] == c && sessions.to[i] != CodedRows.OPEN) {
          u[k] = index[sessions.user[i]];
          from[k] = sessions.from[i];
          to[k] = sessions.to[i];
          k++;
        }
      }
      b.sessions(channels[c], u, from, to, TimeUnit.SECONDS);
    }
    for (int i = 0; i < sessions.size; i++) {
      if (sessions.to[i] == CodedRows.OPEN) {
        b.session(
            index[sessions.user[i]],
            channels[sessions.code[i]],
            UsageInterval.ofUnboundedEnd(Instant.ofEpochSecond(sessions.from[i])));
      }
    }
    return new Built(b.build(), userIds);
  }

  /** The rating input of {@code organization} over {@code timeline}. */
  public static RatingInput input(Organization organization, ColumnarTimeline timeline) {
    return RatingInput.builder(organization, SyntheticTenants.prices()).columns(timeline).build();
  }

  /** Rates period 0 (the month of the comparison). */
  public static RatedPeriod rate(BillingEngine engine, RatingInput input) {
    return engine.rate(input, 0);
  }

  /** The PURECLOUD_3 peak of a rated month; zero seats when no tier has a peak. */
  public static MonthPeak peak(RatedPeriod rated) {
    for (SustainedPeak p : rated.seats().peaks()) {
      if (p.tier().equals(LicenseTier.PURECLOUD_3)) {
        long start = p.window().map(w -> w.start().getEpochSecond()).orElse(-1L);
        return new MonthPeak(p.seats(), start, p.timeAtLevel().toSeconds());
      }
    }
    return new MonthPeak(0, -1, 0);
  }

  /** The billed users of a rated named tenant, by CSV user id. */
  public static NamedBill bill(RatedPeriod rated, Built built) {
    Map<LicenseTier, Long> perTier = new TreeMap<>();
    perTier.putAll(rated.seats().seatsByTier());
    Map<Integer, LicenseTier> users = new TreeMap<>();
    List<UserOutcome> outcomes = rated.users();
    for (int i = 0; i < outcomes.size(); i++) {
      UserOutcome o = outcomes.get(i);
      if (o.tier().isPresent()) {
        users.put(built.userId(i), o.tier().get());
      }
    }
    return new NamedBill(perTier, users);
  }

  /**
   * Registers every id of {@code a} and {@code b} in ascending order (ids are small non-negative
   * integers); returns the user index of each id, -1 for ids not present.
   */
  private static int[] register(ColumnarTimeline.Builder b, int[] a, int @Nullable [] c) {
    int max = maxId(a);
    if (c != null) {
      max = Math.max(max, maxId(c));
    }
    boolean[] seen = new boolean[max + 1];
    for (int id : a) {
      seen[id] = true;
    }
    if (c != null) {
      for (int id : c) {
        seen[id] = true;
      }
    }
    int[] index = new int[max + 1];
    for (int id = 0; id <= max; id++) {
      index[id] = seen[id] ? b.user(Integer.toString(id)) : -1;
    }
    return index;
  }

  private static int maxId(int[] ids) {
    int max = -1;
    for (int id : ids) {
      if (id < 0) {
        throw new IllegalArgumentException("negative user id " + id);
      }
      max = Math.max(max, id);
    }
    return max;
  }

  private static int[] idsOf(int[] index) {
    int users = 0;
    for (int i : index) {
      users += i >= 0 ? 1 : 0;
    }
    int[] ids = new int[users];
    for (int id = 0; id < index.length; id++) {
      if (index[id] >= 0) {
        ids[index[id]] = id;
      }
    }
    return ids;
  }

  private static UsageInterval interval(long from, long to) {
    Instant start = Instant.ofEpochSecond(from);
    return to == CodedRows.OPEN
        ? UsageInterval.ofUnboundedEnd(start)
        : UsageInterval.of(start, Instant.ofEpochSecond(to));
  }
}
