package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.internal.LongSort;
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
 * The users and call-port samples of an organization, held columnar (<a
 * href="{@docRoot}/index.html#R2">R2</a>-<a href="{@docRoot}/index.html#R7">R7</a>, <a
 * href="{@docRoot}/index.html#R12">R12</a>): the same data as a list of {@link UserTimeline}s and
 * {@link PortSample}s, in parallel primitive arrays instead of objects, so that ten million
 * intervals take about 25 bytes each (a user index, a kind, a start, an end and a per-user row
 * index) instead of about 80. It is the one storage of every {@link RatingInput}: users given as
 * value objects are converted into it when the input is built, and every rule reads it through a
 * {@link RatedWindow}.
 *
 * <p>Intervals and samples may be added in any order, one at a time or in bulk from arrays of epoch
 * values. Intervals are half-open {@code [from, to)} and never empty. The build stores them grouped
 * by user, each user's intervals in order of start (a feed already in that order is detected in one
 * pass per user and not sorted); rating never depends on the order of the input (R12). Port samples
 * are put in time order when the timeline is built (a time-ordered feed is detected and not
 * sorted). Instants are held as epoch nanoseconds, so they must lie between 1677-09-21 and
 * 2262-04-11 (R12: nanosecond precision, no rounding).
 *
 * <p>Validation, each error naming the element by its kind and its index among the elements of that
 * kind in the order added ({@code onQueue[12]}, {@code sessions[3]}, {@code callPorts[7]}): the end
 * of an interval after its start; counts from 0 to 1,000,000,000; user ids non-blank; no session
 * starting at or after its user's deletion (R2; licences, add-ons and on-queue intervals there are
 * valid and clipped at the deletion when rated); no two port samples at one instant with different
 * counts (R12). Licence tiers and add-ons are numbered in the order they are first used, up to 250
 * distinct ones in one timeline.
 *
 * <p>Immutable and thread-safe once built; the builder is not thread-safe. Two timelines are equal
 * when they hold the same rows in the same stored order. Example: {@code b =
 * ColumnarTimeline.builder(); int u = b.user("agent-1"); b.onQueue(new int[] {u}, new long[]
 * {1768600000L}, new long[] {1768603600L}, TimeUnit.SECONDS); b.build()} holds one hour on queue.
 */
@SuppressWarnings("EnumOrdinal") // a session's kind is its channel's ordinal (see Columns)
public final class ColumnarTimeline {
  /**
   * The value of a bulk {@code to} that stands for an end still open ({@link
   * UsageInterval#ofUnboundedEnd}), in any unit: {@link Long#MIN_VALUE}, which is never a valid end
   * (no interval starts before it).
   */
  public static final long OPEN_END = Long.MIN_VALUE;

  private static final ColumnarTimeline EMPTY = new Builder().build();

  private final Columns columns;

  private ColumnarTimeline(Columns columns) {
    this.columns = columns;
  }

  /** {@return an empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the timeline without users or samples} */
  public static ColumnarTimeline empty() {
    return EMPTY;
  }

  Columns columns() {
    return columns;
  }

  /** {@return the number of users} */
  public int userCount() {
    return columns.userIds.size();
  }

  /** {@return the identifiers of the users, by user index} */
  public List<String> userIds() {
    return columns.userIds;
  }

  /**
   * {@return the number of intervals of every kind (licences, add-ons, sessions, on-queue time)}
   */
  public int intervalCount() {
    return columns.size();
  }

  /** {@return the number of port samples} */
  public int portSampleCount() {
    return columns.sampleAt.length;
  }

  /**
   * {@return the users as value objects, by user index: a read-only view that builds user {@code
   * i}'s {@link UserTimeline} each time it is asked for it, so that a big tenant can be walked one
   * user at a time without holding every user's objects} Each list of a user is in stored order
   * (see the class comment).
   */
  public List<UserTimeline> users() {
    return new ColumnarUsers(columns);
  }

  /** {@return the port samples as value objects, in time order: a read-only view} */
  public List<PortSample> portSamples() {
    return new SampleView();
  }

  private final class SampleView extends AbstractList<PortSample> implements RandomAccess {
    @Override
    public PortSample get(int index) {
      Objects.checkIndex(index, size());
      return new PortSample(Columns.instant(columns.sampleAt[index]), columns.sampleCalls[index]);
    }

    @Override
    public int size() {
      return columns.sampleAt.length;
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ColumnarTimeline t && columns.equals(t.columns);
  }

  @Override
  public int hashCode() {
    return columns.hashCode();
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
    return Columns.instant(epochNanos);
  }

  /**
   * Collects a columnar timeline. Users are registered by {@link #user(String)}, which gives the
   * index the other methods take. Not thread-safe.
   */
  public static final class Builder {
    private final List<String> userIds = new ArrayList<>();
    private final Map<String, Integer> userIndex = new HashMap<>();
    private long[] deletedAt = new long[16];
    private final List<@Nullable LicenseTier> labelTier = new ArrayList<>();
    private final List<@Nullable String> labelAddOn = new ArrayList<>();
    private final Map<Object, Integer> labelKind = new HashMap<>();
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
     * {@return the index of the user {@code id}, registering the user when the id is new}
     *
     * @param id the user id
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
      deletedAt[u] = Columns.UNBOUNDED;
      return u;
    }

    /**
     * Adds every part of a value timeline under its user id: its licences, add-ons, sessions,
     * on-queue intervals and deletion. Errors name the element within the user ({@code
     * users[3].licenses[0].from}).
     *
     * @param timeline the user as a value
     * @return this builder
     * @throws InvalidInputException if the user id is already registered
     */
    public Builder user(UserTimeline timeline) {
      Integer known = userIndex.get(timeline.id());
      if (known != null) {
        throw InvalidInputException.at(
            Require.index("users", userIds.size()) + ".id",
            "duplicate id '"
                + timeline.id()
                + "', already used by "
                + Require.index("users", known));
      }
      int u = user(timeline.id());
      String at = Require.index("users", u);
      for (int j = 0; j < timeline.licenses().size(); j++) {
        LicenseAssignment a = timeline.licenses().get(j);
        add(
            Category.LICENSES,
            u,
            label(at, a.tier(), a.tier()),
            a.interval(),
            at + "." + Require.index("licenses", j));
      }
      for (int j = 0; j < timeline.addOns().size(); j++) {
        AddOnAssignment a = timeline.addOns().get(j);
        String path = at + "." + Require.index("addOns", j);
        add(Category.ADD_ONS, u, label(path + ".addOn", a.addOn(), null), a.interval(), path);
      }
      for (int j = 0; j < timeline.sessions().size(); j++) {
        Session x = timeline.sessions().get(j);
        add(
            Category.SESSIONS,
            u,
            x.channel().ordinal(),
            x.interval(),
            at + "." + Require.index("sessions", j));
      }
      for (int j = 0; j < timeline.onQueue().size(); j++) {
        add(
            Category.ON_QUEUE,
            u,
            Columns.ON_QUEUE,
            timeline.onQueue().get(j),
            at + "." + Require.index("onQueue", j));
      }
      timeline.deletedAt().ifPresent(d -> deletedAt(u, d));
      return this;
    }

    /**
     * The kind of the tier or add-on {@code key}, registering it when it is new ({@code tier} is
     * the tier, or null for an add-on name).
     */
    private int label(String path, Object key, @Nullable LicenseTier tier) {
      Integer k = labelKind.get(key);
      if (k != null) {
        return k;
      }
      if (tier == null) {
        Require.id(path, (String) key);
      }
      if (labelTier.size() == Columns.MAX_LABELS) {
        throw InvalidInputException.at(
            path,
            "more than " + Columns.MAX_LABELS + " distinct tiers and add-ons in one timeline");
      }
      int kind = Columns.FIRST_LABEL + labelTier.size();
      labelTier.add(tier);
      labelAddOn.add(tier == null ? (String) key : null);
      labelKind.put(key, kind);
      return kind;
    }

    /**
     * Marks user {@code user} deleted at {@code instant} (R2).
     *
     * @param user the user index
     * @param instant when the user was deleted
     * @return this builder
     */
    public Builder deletedAt(int user, Instant instant) {
      checkUser(user);
      deletedAt[user] = nanos(Require.index("users", user) + ".deletedAt", instant);
      return this;
    }

    /**
     * Adds an assignment of {@code tier} to user {@code user} (R3).
     *
     * @param user the user index
     * @param tier the tier assigned
     * @param interval when it was assigned
     * @return this builder
     */
    public Builder license(int user, LicenseTier tier, UsageInterval interval) {
      requireNonNull(tier, "tier");
      String path =
          Require.index(Category.LICENSES.path, countByCategory[Category.LICENSES.ordinal()]);
      add(Category.LICENSES, user, label(path + ".tier", tier, tier), interval, path);
      return this;
    }

    /**
     * Adds an assignment of the add-on {@code addOn} to user {@code user} (R6).
     *
     * @param user the user index
     * @param addOn the add-on's name
     * @param interval when it was assigned
     * @return this builder
     * @throws InvalidInputException when the name is blank or more than 250 distinct tiers and
     *     add-ons are used
     */
    public Builder addOn(int user, String addOn, UsageInterval interval) {
      requireNonNull(addOn, "addOn");
      String path =
          Require.index(Category.ADD_ONS.path, countByCategory[Category.ADD_ONS.ordinal()]);
      add(Category.ADD_ONS, user, label(path + ".addOn", addOn, null), interval, path);
      return this;
    }

    /**
     * Adds a session of user {@code user} through {@code channel} (R2, R5).
     *
     * @param user the user index
     * @param channel the channel of the session
     * @param interval the time the session covers
     * @return this builder
     */
    public Builder session(int user, Channel channel, UsageInterval interval) {
      add(Category.SESSIONS, user, channel.ordinal(), interval, null);
      return this;
    }

    /**
     * Adds an on-queue interval of user {@code user} (R5).
     *
     * @param user the user index
     * @param interval when the user was on queue
     * @return this builder
     */
    public Builder onQueue(int user, UsageInterval interval) {
      add(Category.ON_QUEUE, user, Columns.ON_QUEUE, interval, null);
      return this;
    }

    /**
     * Adds sessions through {@code channel} in bulk: session {@code i} belongs to user {@code
     * users[i]} and lasts {@code [from[i], to[i])}, in {@code unit}s since the epoch.
     *
     * @param channel the channel of every session
     * @param users the user index of each session
     * @param from the start of each session
     * @param to the end of each session, excluded
     * @param unit the unit of {@code from} and {@code to}
     * @return this builder
     * @throws InvalidInputException at {@code sessions[k]} for a bad element
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public Builder sessions(Channel channel, int[] users, long[] from, long[] to, TimeUnit unit) {
      sameLengths(users, from, to);
      return sessions(channel, users, from, to, users.length, unit);
    }

    /**
     * Adds the first {@code length} elements of the arrays as sessions through {@code channel}, as
     * {@link #sessions(Channel, int[], long[], long[], TimeUnit)} does; a {@code to} of {@link
     * #OPEN_END} is a session still open.
     *
     * @param channel the channel of every session
     * @param users the user index of each session
     * @param from the start of each session
     * @param to the end of each session, excluded, or {@link #OPEN_END}
     * @param length how many elements of the arrays to add
     * @param unit the unit of {@code from} and {@code to}
     * @return this builder
     * @throws InvalidInputException at {@code sessions[k]} for a bad element
     * @throws IllegalArgumentException when an array is shorter than {@code length}
     */
    public Builder sessions(
        Channel channel, int[] users, long[] from, long[] to, int length, TimeUnit unit) {
      bulk(Category.SESSIONS, channel.ordinal(), users, from, to, length, unit);
      return this;
    }

    /**
     * Adds assignments of {@code tier} in bulk (R3): assignment {@code i} belongs to user {@code
     * users[i]} and lasts {@code [from[i], to[i])}, in {@code unit}s since the epoch, {@code to[i]}
     * being {@link #OPEN_END} for one still open.
     *
     * @param tier the tier of every assignment
     * @param users the user index of each assignment
     * @param from the start of each assignment
     * @param to the end of each assignment, excluded, or {@link #OPEN_END}
     * @param length how many elements of the arrays to add
     * @param unit the unit of {@code from} and {@code to}
     * @return this builder
     * @throws InvalidInputException at {@code licenses[k]} for a bad element
     * @throws IllegalArgumentException when an array is shorter than {@code length}
     */
    public Builder licenses(
        LicenseTier tier, int[] users, long[] from, long[] to, int length, TimeUnit unit) {
      requireNonNull(tier, "tier");
      int k =
          label(
              Category.LICENSES.path
                  + "["
                  + countByCategory[Category.LICENSES.ordinal()]
                  + "].tier",
              tier,
              tier);
      bulk(Category.LICENSES, k, users, from, to, length, unit);
      return this;
    }

    /**
     * Adds assignments of the add-on {@code addOn} in bulk (R6), as {@link #licenses(LicenseTier,
     * int[], long[], long[], int, TimeUnit)} adds tiers.
     *
     * @param addOn the add-on of every assignment
     * @param users the user index of each assignment
     * @param from the start of each assignment
     * @param to the end of each assignment, excluded, or {@link #OPEN_END}
     * @param length how many elements of the arrays to add
     * @param unit the unit of {@code from} and {@code to}
     * @return this builder
     * @throws InvalidInputException at {@code addOns[k]} for a bad element, a blank name or more
     *     than 250 distinct tiers and add-ons
     * @throws IllegalArgumentException when an array is shorter than {@code length}
     */
    public Builder addOns(
        String addOn, int[] users, long[] from, long[] to, int length, TimeUnit unit) {
      requireNonNull(addOn, "addOn");
      int k =
          label(
              Category.ADD_ONS.path + "[" + countByCategory[Category.ADD_ONS.ordinal()] + "].addOn",
              addOn,
              null);
      bulk(Category.ADD_ONS, k, users, from, to, length, unit);
      return this;
    }

    /**
     * Adds the first {@code length} elements of the arrays as on-queue intervals, as {@link
     * #onQueue(int[], long[], long[], TimeUnit)} does; a {@code to} of {@link #OPEN_END} is an
     * interval still open.
     *
     * @param users the user index of each interval
     * @param from the start of each interval
     * @param to the end of each interval, excluded, or {@link #OPEN_END}
     * @param length how many elements of the arrays to add
     * @param unit the unit of {@code from} and {@code to}
     * @return this builder
     * @throws InvalidInputException at {@code onQueue[k]} for a bad element
     * @throws IllegalArgumentException when an array is shorter than {@code length}
     */
    public Builder onQueue(int[] users, long[] from, long[] to, int length, TimeUnit unit) {
      bulk(Category.ON_QUEUE, Columns.ON_QUEUE, users, from, to, length, unit);
      return this;
    }

    /**
     * Adds on-queue intervals in bulk: interval {@code i} belongs to user {@code users[i]} and
     * lasts {@code [from[i], to[i])}, in {@code unit}s since the epoch.
     *
     * @param users the user index of each interval
     * @param from the start of each interval
     * @param to the end of each interval, excluded
     * @param unit the unit of {@code from} and {@code to}
     * @return this builder
     * @throws InvalidInputException at {@code onQueue[k]} for a bad element
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public Builder onQueue(int[] users, long[] from, long[] to, TimeUnit unit) {
      sameLengths(users, from, to);
      return onQueue(users, from, to, users.length, unit);
    }

    /**
     * Adds a port sample (R7).
     *
     * @param at when the count starts to hold
     * @param concurrentCalls the number of concurrent calls from then on
     * @return this builder
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
     * @param at when each count starts to hold
     * @param concurrentCalls the number of concurrent calls of each sample
     * @param unit the unit of {@code at}
     * @return this builder
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
        long nanos = scaledOrMinus(at[i], scale);
        long calls = concurrentCalls[i];
        if (nanos == Columns.UNBOUNDED || calls < 0 || calls > Require.MAX_COUNT) {
          // Only a bad sample builds its path.
          String path = Require.index("callPorts", samples);
          nanos = scaled(path + ".at", at[i], scale);
          Require.count(path + ".concurrentCalls", calls);
        }
        addSample(nanos, (int) calls);
      }
      return this;
    }

    /**
     * {@return the timeline: port samples put in time order, every cross-element rule checked}
     *
     * @throws InvalidInputException naming the first element that breaks a rule
     */
    public ColumnarTimeline build() {
      int users = userIds.size();
      long[] deleted = Arrays.copyOf(deletedAt, users);
      int sessionIndex = 0;
      for (int i = 0; i < size; i++) {
        int k = kind[i] & 0xFF;
        if (k < Columns.ON_QUEUE) {
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
      // Store the rows grouped by user (stable), so that the read model, which walks one user
      // at a time, reads memory in order, and each user's rows in order of start, so that their
      // unions need no sort. The builder's arrays are read in place: only the stored columns and
      // one index column are allocated.
      int[] offsets = new int[users + 1];
      for (int i = 0; i < size; i++) {
        offsets[owner[i] + 1]++;
      }
      for (int u = 0; u < users; u++) {
        offsets[u + 1] += offsets[u];
      }
      int[] from = new int[size];
      long[] s = new long[size];
      int[] o = new int[size];
      for (int u = 0; u < users; u++) {
        Arrays.fill(o, offsets[u], offsets[u + 1], u);
      }
      int[] next = Arrays.copyOf(offsets, users);
      for (int i = 0; i < size; i++) {
        int at2 = next[owner[i]]++;
        from[at2] = i;
        s[at2] = start[i];
      }
      for (int u = 0; u < users; u++) {
        LongSort.sort(s, from, offsets[u], offsets[u + 1]);
      }
      byte[] k = new byte[size];
      long[] e = new long[size];
      for (int i = 0; i < size; i++) {
        k[i] = kind[from[i]];
        e[i] = end[from[i]];
      }
      return new ColumnarTimeline(
          new Columns(
              userIds,
              deleted,
              labelTier.toArray(new LicenseTier[0]),
              labelAddOn.toArray(new String[0]),
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

    private static void sameLengths(int[] users, long[] from, long[] to) {
      if (users.length != from.length || from.length != to.length) {
        throw new IllegalArgumentException(
            "arrays differ in length: " + users.length + ", " + from.length + " and " + to.length);
      }
    }

    /**
     * Adds {@code length} rows of one kind. A valid row builds no text: the path of an element
     * ({@code onQueue[12].from}) is written only when it is wrong.
     */
    private void bulk(
        Category category, int k, int[] users, long[] from, long[] to, int length, TimeUnit unit) {
      if (length < 0 || users.length < length || from.length < length || to.length < length) {
        throw new IllegalArgumentException(
            "arrays shorter than "
                + length
                + ": "
                + users.length
                + ", "
                + from.length
                + " and "
                + to.length);
      }
      long scale = unit.toNanos(1);
      ensure(size + length);
      int first = countByCategory[category.ordinal()];
      int registered = userIds.size();
      for (int i = 0; i < length; i++) {
        long s = scaledOrMinus(from[i], scale);
        long e = to[i] == OPEN_END ? Columns.UNBOUNDED : scaledOrMinus(to[i], scale);
        int u = users[i];
        if (s == Columns.UNBOUNDED
            || (e == Columns.UNBOUNDED && to[i] != OPEN_END)
            || e <= s
            || u < 0
            || u >= registered) {
          badRow(category, first + i, u, from[i], to[i], scale);
        }
        owner[size] = u;
        kind[size] = (byte) k;
        start[size] = s;
        end[size] = e;
        size++;
      }
      countByCategory[category.ordinal()] += length;
    }

    /** {@code value x scale} in nanoseconds, {@link Columns#UNBOUNDED} when out of range. */
    private static long scaledOrMinus(long value, long scale) {
      long hi = Math.multiplyHigh(value, scale);
      long lo = value * scale;
      if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
        return lo;
      }
      return Columns.UNBOUNDED;
    }

    /** Throws the error of the bad bulk row {@code index} of {@code category}. */
    private void badRow(Category category, int index, int user, long from, long to, long scale) {
      String path = Require.index(category.path, index);
      long s = scaled(path + ".from", from, scale);
      long e = to == OPEN_END ? Columns.UNBOUNDED : scaled(path + ".to", to, scale);
      if (e <= s) {
        throw InvalidInputException.at(
            path,
            "'to' "
                + instant(e)
                + " must be after 'from' "
                + instant(s)
                + " (intervals are half-open and never empty)");
      }
      checkUser(user);
      throw new IllegalStateException("row " + path + " is valid");
    }

    private void add(
        Category category, int user, int k, UsageInterval interval, @Nullable String elementPath) {
      requireNonNull(interval, "interval");
      checkUser(user);
      String path =
          elementPath != null
              ? elementPath
              : Require.index(category.path, countByCategory[category.ordinal()]);
      long s = nanos(path + ".from", interval.start());
      long e =
          interval.isUnboundedEnd()
              ? Columns.UNBOUNDED
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
        if (nanos == Columns.UNBOUNDED) {
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
        if (nanos == Columns.UNBOUNDED) {
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
