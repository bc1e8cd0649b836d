package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.seatline.billing.InvalidInputException;
import dev.seatline.billing.internal.ColumnarSweeps;
import dev.seatline.billing.internal.ColumnarUsers;
import dev.seatline.billing.internal.LongSort;
import dev.seatline.billing.internal.Require;
import dev.seatline.billing.internal.TimelineColumns;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The users and call-port samples of a big tenant, held columnar (R2-R7, R12): the same data as a
 * list of {@link UserTimeline}s and {@link PortSample}s, in parallel primitive arrays instead of
 * objects, so that ten million intervals take about 25 bytes each (a user index, a kind, a start,
 * an end and a per-user row index) instead of about 80.
 *
 * <p>Intervals and samples may be added in any order, one at a time or in bulk from arrays of epoch
 * values. Intervals are half-open {@code [from, to)} and never empty. The build detects a
 * time-ordered feed (on-queue intervals in order of start, no user overlapping themselves): it is
 * stored as it came, each user's intervals in the order added, and the sweeps read it without
 * sorting its starts. Other input is stored grouped by user, each user's intervals in order of
 * start (rating never depends on the order of the input, R12). Port samples are put in time order
 * when the timeline is built (a time-ordered feed is detected and not sorted). Instants are held as
 * epoch nanoseconds, so they must lie between 1677-09-21 and 2262-04-11 (R12: nanosecond precision,
 * no rounding).
 *
 * <p>Validation, each error naming the element by its kind and its index among the elements of that
 * kind in the order added ({@code onQueue[12]}, {@code sessions[3]}, {@code callPorts[7]}): the end
 * of an interval after its start; counts from 0 to 1,000,000,000; user ids non-blank; no session
 * starting at or after its user's deletion (R2; licences, add-ons and on-queue intervals there are
 * valid and clipped at the deletion when rated); no two port samples at one instant with different
 * counts (R12).
 *
 * <p>Immutable and thread-safe once built; the builder is not thread-safe. Example: {@code b =
 * ColumnarTimeline.builder(); int u = b.user("agent-1"); b.onQueue(new int[] {u}, new long[]
 * {1768600000L}, new long[] {1768603600L}, TimeUnit.SECONDS); b.build()} holds one hour on queue.
 */
@SuppressWarnings("EnumOrdinal") // kinds are compact codes made of tier and channel ordinals
public final class ColumnarTimeline {
  static {
    TimelineColumns.installAccessor(t -> t.columns);
  }

  private final TimelineColumns columns;

  private ColumnarTimeline(TimelineColumns columns) {
    this.columns = columns;
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The number of users. */
  public int userCount() {
    return columns.userIds.size();
  }

  /** The identifiers of the users, by user index. */
  public ImmutableList<String> userIds() {
    return columns.userIds;
  }

  /** The number of intervals of every kind (licences, add-ons, sessions, on-queue time). */
  public int intervalCount() {
    return columns.size();
  }

  /** The number of port samples. */
  public int portSampleCount() {
    return columns.sampleAt.length;
  }

  /**
   * The users as value objects, by user index: a read-only view that builds user {@code i}'s {@link
   * UserTimeline} each time it is asked for it, so that a big tenant can be walked one user at a
   * time without holding every user's objects. Each list of a user keeps the order its elements
   * were added in.
   */
  public List<UserTimeline> users() {
    return new UserView();
  }

  /** The users as value objects, all built at once (see {@link #users()}). */
  public ImmutableList<UserTimeline> toUserTimelines() {
    return ImmutableList.copyOf(users());
  }

  /** User {@code u}'s timeline, built from its rows. */
  private UserTimeline user(int u) {
    return ColumnarUsers.user(columns, u, true);
  }

  /** The lazy view of {@link #users()}. */
  private final class UserView extends AbstractList<UserTimeline> implements RandomAccess {
    @Override
    public UserTimeline get(int index) {
      Objects.checkIndex(index, size());
      return user(index);
    }

    @Override
    public int size() {
      return userCount();
    }
  }

  /** The port samples as value objects, in time order. */
  public ImmutableList<PortSample> toPortSamples() {
    ImmutableList.Builder<PortSample> out = ImmutableList.builder();
    for (int i = 0; i < columns.sampleAt.length; i++) {
      out.add(new PortSample(instant(columns.sampleAt[i]), columns.sampleCalls[i]));
    }
    return out.build();
  }

  @Override
  public String toString() {
    return "ColumnarTimeline{"
        + userCount()
        + " users, "
        + intervalCount()
        + " intervals, "
        + portSampleCount()
        + " port samples}";
  }

  private static Instant instant(long epochNanos) {
    return ColumnarUsers.instant(epochNanos);
  }

  /**
   * Collects a columnar timeline. Users are registered by {@link #user(String)}, which gives the
   * index the other methods take. Not thread-safe.
   */
  public static final class Builder {
    private final List<String> userIds = new ArrayList<>();
    private final Map<String, Integer> userIndex = new HashMap<>();
    private long[] deletedAt = new long[16];
    private final List<String> addOnNames = new ArrayList<>();
    private final Map<String, Integer> addOnIndex = new HashMap<>();
    private int[] owner = new int[16];
    private byte[] kind = new byte[16];
    private long[] start = new long[16];
    private long[] end = new long[16];
    private int size;
    private final int[] countByCategory = new int[Category.values().length];
    private long[] sampleAt = new long[16];
    private int[] sampleCalls = new int[16];
    private int samples;

    private Builder() {}

    /**
     * The index of the user {@code id}, registering the user when the id is new.
     *
     * @throws InvalidInputException at {@code users[i].id} when the id is blank
     */
    public int user(String id) {
      requireNonNull(id, "id");
      Integer known = userIndex.get(id);
      if (known != null) {
        return known;
      }
      int u = userIds.size();
      Require.id(Require.index("users", u) + ".id", id);
      userIds.add(id);
      userIndex.put(id, u);
      if (u == deletedAt.length) {
        deletedAt = Arrays.copyOf(deletedAt, u * 2);
      }
      deletedAt[u] = TimelineColumns.UNBOUNDED;
      return u;
    }

    /**
     * Adds every part of a value timeline under its user id: its licences, add-ons, sessions,
     * on-queue intervals and deletion.
     *
     * @throws InvalidInputException if the user id is already registered
     */
    public Builder user(UserTimeline timeline) {
      if (userIndex.containsKey(timeline.id())) {
        throw InvalidInputException.at(
            Require.index("users", userIndex.get(timeline.id())) + ".id",
            "duplicate id '" + timeline.id() + "'");
      }
      int u = user(timeline.id());
      timeline.licenses().forEach(a -> license(u, a.tier(), a.interval()));
      timeline.addOns().forEach(a -> addOn(u, a.addOn(), a.interval()));
      timeline.sessions().forEach(s -> session(u, s.channel(), s.interval()));
      timeline.onQueue().forEach(i -> onQueue(u, i));
      timeline.deletedAt().ifPresent(at -> deletedAt(u, at));
      return this;
    }

    /** Marks user {@code user} deleted at {@code instant} (R2). */
    public Builder deletedAt(int user, Instant instant) {
      checkUser(user);
      deletedAt[user] = nanos(Require.index("users", user) + ".deletedAt", instant);
      return this;
    }

    /** Adds an assignment of {@code tier} to user {@code user} (R3). */
    public Builder license(int user, LicenseTier tier, UsageInterval interval) {
      add(Category.LICENSES, user, tier.ordinal(), interval);
      return this;
    }

    /**
     * Adds an assignment of the add-on {@code addOn} to user {@code user} (R6).
     *
     * @throws InvalidInputException when the name is blank or more than 247 distinct add-on names
     *     are used
     */
    public Builder addOn(int user, String addOn, UsageInterval interval) {
      String path =
          Require.index(Category.ADD_ONS.path, countByCategory[Category.ADD_ONS.ordinal()]);
      Integer index = addOnIndex.get(addOn);
      if (index == null) {
        Require.id(path + ".addOn", addOn);
        if (addOnNames.size() == TimelineColumns.MAX_ADD_ONS) {
          throw InvalidInputException.at(
              path + ".addOn",
              "more than " + TimelineColumns.MAX_ADD_ONS + " distinct add-ons in one timeline");
        }
        index = addOnNames.size();
        addOnNames.add(addOn);
        addOnIndex.put(addOn, index);
      }
      add(Category.ADD_ONS, user, TimelineColumns.ADD_ON + index, interval);
      return this;
    }

    /** Adds a session of user {@code user} through {@code channel} (R2, R5). */
    public Builder session(int user, Channel channel, UsageInterval interval) {
      add(Category.SESSIONS, user, TimelineColumns.SESSION + channel.ordinal(), interval);
      return this;
    }

    /** Adds an on-queue interval of user {@code user} (R5). */
    public Builder onQueue(int user, UsageInterval interval) {
      add(Category.ON_QUEUE, user, TimelineColumns.ON_QUEUE, interval);
      return this;
    }

    /**
     * Adds sessions through {@code channel} in bulk: session {@code i} belongs to user {@code
     * users[i]} and lasts {@code [from[i], to[i])}, in {@code unit}s since the epoch.
     *
     * @throws InvalidInputException at {@code sessions[k]} for a bad element
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public Builder sessions(Channel channel, int[] users, long[] from, long[] to, TimeUnit unit) {
      bulk(Category.SESSIONS, TimelineColumns.SESSION + channel.ordinal(), users, from, to, unit);
      return this;
    }

    /**
     * Adds on-queue intervals in bulk: interval {@code i} belongs to user {@code users[i]} and
     * lasts {@code [from[i], to[i])}, in {@code unit}s since the epoch.
     *
     * @throws InvalidInputException at {@code onQueue[k]} for a bad element
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public Builder onQueue(int[] users, long[] from, long[] to, TimeUnit unit) {
      bulk(Category.ON_QUEUE, TimelineColumns.ON_QUEUE, users, from, to, unit);
      return this;
    }

    /**
     * Adds a port sample (R7).
     *
     * @throws InvalidInputException at {@code callPorts[k].concurrentCalls} for a bad count
     */
    public Builder callPort(Instant at, long concurrentCalls) {
      String path = Require.index("callPorts", samples);
      long nanos = nanos(path + ".at", at);
      Require.count(path + ".concurrentCalls", concurrentCalls);
      addSample(nanos, (int) concurrentCalls);
      return this;
    }

    /**
     * Adds port samples in bulk: {@code concurrentCalls[i]} calls from {@code at[i]} on, in {@code
     * unit}s since the epoch (R7).
     *
     * @throws InvalidInputException at {@code callPorts[k]} for a bad element
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public Builder callPorts(long[] at, long[] concurrentCalls, TimeUnit unit) {
      if (at.length != concurrentCalls.length) {
        throw new IllegalArgumentException(
            "arrays differ in length: " + at.length + " and " + concurrentCalls.length);
      }
      long scale = unit.toNanos(1);
      for (int i = 0; i < at.length; i++) {
        String path = Require.index("callPorts", samples);
        long nanos = scaled(path + ".at", at[i], scale);
        long calls = Require.count(path + ".concurrentCalls", concurrentCalls[i]);
        addSample(nanos, (int) calls);
      }
      return this;
    }

    /**
     * The timeline: port samples put in time order, every cross-element rule checked.
     *
     * @throws InvalidInputException naming the first element that breaks a rule
     */
    public ColumnarTimeline build() {
      int users = userIds.size();
      long[] deleted = Arrays.copyOf(deletedAt, users);
      int sessionIndex = 0;
      for (int i = 0; i < size; i++) {
        int k = kind[i] & 0xFF;
        if (k >= TimelineColumns.SESSION && k < TimelineColumns.ON_QUEUE) {
          long d = deleted[owner[i]];
          if (start[i] >= d) {
            throw InvalidInputException.at(
                Require.index("sessions", sessionIndex),
                "starts at "
                    + instant(start[i])
                    + ", at or after the user's deletion (deletedAt "
                    + instant(d)
                    + ")");
          }
          sessionIndex++;
        }
      }
      long[] at = Arrays.copyOf(sampleAt, samples);
      int[] calls = Arrays.copyOf(sampleCalls, samples);
      if (!LongSort.isSorted(at, 0, samples)) {
        int[] order = new int[samples];
        for (int i = 0; i < samples; i++) {
          order[i] = i;
        }
        LongSort.sort(at, order, 0, samples);
        stableTies(at, order);
        for (int i = 0; i < samples; i++) {
          calls[i] = sampleCalls[order[i]];
        }
        checkSampleTies(at, calls, order);
      } else {
        checkSampleTies(at, calls, null);
      }
      int[] o = Arrays.copyOf(owner, size);
      byte[] k = Arrays.copyOf(kind, size);
      long[] s = Arrays.copyOf(start, size);
      long[] e = Arrays.copyOf(end, size);
      if (!ColumnarSweeps.isTimeOrdered(o, k, s, e, size, null)) {
        // Not a time-ordered feed: store the rows grouped by user (stable), so that the sweeps
        // that walk one user at a time read memory in order.
        int[] offsets = new int[users + 1];
        for (int u : o) {
          offsets[u + 1]++;
        }
        for (int u = 0; u < users; u++) {
          offsets[u + 1] += offsets[u];
        }
        int[] o2 = new int[size];
        byte[] k2 = new byte[size];
        long[] s2 = new long[size];
        long[] e2 = new long[size];
        for (int i = 0; i < size; i++) {
          int at2 = offsets[o[i]]++;
          o2[at2] = o[i];
          k2[at2] = k[i];
          s2[at2] = s[i];
          e2[at2] = e[i];
        }
        // ... and each user's rows in order of start, so that their unions need no sort.
        int[] perm = new int[size];
        for (int i = 0; i < size; i++) {
          perm[i] = i;
        }
        for (int u = 0, lo = 0; u < users; u++) {
          int hi = offsets[u];
          LongSort.sort(s2, perm, lo, hi);
          lo = hi;
        }
        for (int i = 0; i < size; i++) {
          k[i] = k2[perm[i]];
          e[i] = e2[perm[i]];
        }
        o = o2;
        s = s2;
      }
      return new ColumnarTimeline(
          new TimelineColumns(
              ImmutableList.copyOf(userIds),
              deleted,
              ImmutableList.copyOf(addOnNames),
              o,
              k,
              s,
              e,
              at,
              calls));
    }

    /** Within runs of equal instants, puts the original indices back in input order. */
    private static void stableTies(long[] at, int[] order) {
      int i = 0;
      while (i < at.length) {
        int j = i + 1;
        while (j < at.length && at[j] == at[i]) {
          j++;
        }
        if (j - i > 1) {
          Arrays.sort(order, i, j);
        }
        i = j;
      }
    }

    private static void checkSampleTies(long[] at, int[] calls, int @Nullable [] order) {
      for (int i = 1; i < at.length; i++) {
        if (at[i] == at[i - 1] && calls[i] != calls[i - 1]) {
          int here = order == null ? i : order[i];
          int there = order == null ? i - 1 : order[i - 1];
          throw InvalidInputException.at(
              Require.index("callPorts", here) + ".at",
              "two samples at "
                  + instant(at[i])
                  + " with different counts: "
                  + calls[i]
                  + " here and "
                  + calls[i - 1]
                  + " at "
                  + Require.index("callPorts", there));
        }
      }
    }

    private void bulk(
        Category category, int k, int[] users, long[] from, long[] to, TimeUnit unit) {
      if (users.length != from.length || from.length != to.length) {
        throw new IllegalArgumentException(
            "arrays differ in length: " + users.length + ", " + from.length + " and " + to.length);
      }
      long scale = unit.toNanos(1);
      ensure(size + users.length);
      for (int i = 0; i < users.length; i++) {
        String path = Require.index(category.path, countByCategory[category.ordinal()]);
        long s = scaled(path + ".from", from[i], scale);
        long e = scaled(path + ".to", to[i], scale);
        if (e <= s) {
          throw InvalidInputException.at(
              path,
              "'to' "
                  + instant(e)
                  + " must be after 'from' "
                  + instant(s)
                  + " (intervals are half-open and never empty)");
        }
        checkUser(users[i]);
        row(category, users[i], k, s, e);
      }
    }

    private void add(Category category, int user, int k, UsageInterval interval) {
      requireNonNull(interval, "interval");
      checkUser(user);
      String path = Require.index(category.path, countByCategory[category.ordinal()]);
      long s = nanos(path + ".from", interval.start());
      long e =
          interval.isUnboundedEnd()
              ? TimelineColumns.UNBOUNDED
              : nanos(path + ".to", interval.endOrThrow());
      ensure(size + 1);
      row(category, user, k, s, e);
    }

    private void row(Category category, int user, int k, long s, long e) {
      owner[size] = user;
      kind[size] = (byte) k;
      start[size] = s;
      end[size] = e;
      size++;
      countByCategory[category.ordinal()]++;
    }

    private void ensure(int capacity) {
      if (capacity > start.length) {
        int n = Math.max(capacity, (int) Math.min(Integer.MAX_VALUE - 8, start.length * 2L));
        owner = Arrays.copyOf(owner, n);
        kind = Arrays.copyOf(kind, n);
        start = Arrays.copyOf(start, n);
        end = Arrays.copyOf(end, n);
      }
    }

    private void addSample(long at, int calls) {
      if (samples == sampleAt.length) {
        sampleAt = Arrays.copyOf(sampleAt, samples * 2);
        sampleCalls = Arrays.copyOf(sampleCalls, samples * 2);
      }
      sampleAt[samples] = at;
      sampleCalls[samples] = calls;
      samples++;
    }

    private void checkUser(int user) {
      if (user < 0 || user >= userIds.size()) {
        throw new IllegalArgumentException(
            "no user with index " + user + " (" + userIds.size() + " registered)");
      }
    }

    private static long scaled(String path, long value, long scale) {
      try {
        long nanos = Math.multiplyExact(value, scale);
        if (nanos == TimelineColumns.UNBOUNDED) {
          throw new ArithmeticException("reserved");
        }
        return nanos;
      } catch (ArithmeticException e) {
        throw outOfRange(path, value + " x " + scale + " ns");
      }
    }

    private static long nanos(String path, Instant instant) {
      try {
        long nanos =
            Math.addExact(
                Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        if (nanos == TimelineColumns.UNBOUNDED) {
          throw new ArithmeticException("reserved");
        }
        return nanos;
      } catch (ArithmeticException e) {
        throw outOfRange(path, instant.toString());
      }
    }

    private static InvalidInputException outOfRange(String path, String value) {
      return InvalidInputException.at(
          path, value + " is outside the columnar time range (1677-09-21 to 2262-04-11)");
    }
  }

  /** The kinds of element, by the name an error uses for them. */
  private enum Category {
    LICENSES("licenses"),
    ADD_ONS("addOns"),
    SESSIONS("sessions"),
    ON_QUEUE("onQueue");

    private final String path;

    Category(String path) {
      this.path = path;
    }
  }
}
