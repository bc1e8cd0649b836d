package dev.seatline.billing.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * What one user did and held in a {@link RatedWindow} (<a href="{@docRoot}/index.html#R2">R2</a>-<a
 * href="{@docRoot}/index.html#R6">R6</a>), as every rule reads it, whatever form the input came in:
 * the time held per licence tier and per add-on, the user-interface sessions and the on-queue time,
 * each clipped to the window and at the user's deletion (R2: a deleted user holds nothing after the
 * deletion), and the first login.
 *
 * <p>Computed from the input's columns when asked, without building the user's value objects; a
 * rule that needs everything the user was given can still ask for {@link #timeline()}.
 *
 * <p>Immutable and thread-safe. Example: {@code
 * window.users().get(0).held(LicenseTier.PURECLOUD_3)} is {@code PT744H} for a user licensed all
 * month.
 */
public final class UserUsage {
  private final Columns c;
  private final int u;
  private final long from;
  private final long to;
  private final long until;

  private static final int[] NO_KINDS = new int[0];

  UserUsage(Columns c, int u, long from, long to) {
    this.c = c;
    this.u = u;
    this.from = from;
    this.to = to;
    this.until = Math.min(to, c.deletedAt[u]);
  }

  /** {@return the user's identifier} */
  public String id() {
    return c.userIds.get(u);
  }

  /** {@return the user's index in the input} */
  public int index() {
    return u;
  }

  /** {@return when the user was deleted, if they were (anywhere in time)} */
  public Optional<Instant> deletedAt() {
    long d = c.deletedAt[u];
    return d == Columns.UNBOUNDED ? Optional.empty() : Optional.of(Columns.instant(d));
  }

  /**
   * {@return the deletion, if it falls before the window's end: the end of what the user holds
   * (R2)}
   */
  public Optional<Instant> deletedInWindow() {
    return c.deletedAt[u] < to ? deletedAt() : Optional.empty();
  }

  /**
   * {@return the time {@code tier} was held in the window before the deletion, overlaps counted
   * once (R3)}
   *
   * @param tier the tier
   */
  public Duration held(LicenseTier tier) {
    int kind = c.kindOfTier(tier);
    return kind < 0 ? Duration.ZERO : Duration.ofNanos(heldNanos(kind));
  }

  /**
   * {@return every tier held for some time in the window before the deletion, with that time (R3)}
   */
  public SortedMap<LicenseTier, Duration> tiersHeld() {
    return heldByLabel(labelKinds(), c::tierOf);
  }

  /**
   * {@return every add-on held for some time in the window before the deletion, with that time
   * (R6)}
   */
  public SortedMap<String, Duration> addOnsHeld() {
    return c.hasAddOns ? heldByLabel(labelKinds(), c::addOnOf) : Collections.emptySortedMap();
  }

  /** The held time of each label of {@code kinds} that {@code label} names, when positive. */
  private <K> SortedMap<K, Duration> heldByLabel(int[] kinds, IntFunction<@Nullable K> label) {
    SortedMap<K, Duration> out = new TreeMap<>();
    for (int k : kinds) {
      K key = label.apply(k);
      if (key != null) {
        long held = heldNanos(k);
        if (held > 0) {
          out.put(key, Duration.ofNanos(held));
        }
      }
    }
    return out;
  }

  /** {@return the DESKTOP, WEB and MOBILE sessions in the window, cut at the deletion (R2)} */
  public IntervalSet userInterfaceSessions() {
    return unionOf(-1);
  }

  /**
   * {@return the on-queue time in the window, cut at the deletion (R5); not yet bounded by
   * sessions}
   */
  public IntervalSet onQueue() {
    return unionOf(Columns.ON_QUEUE);
  }

  /**
   * {@return the first login through a user interface in the window (R2): the earliest start of a
   * session that overlaps it before the deletion, a session open at the window's start counting as
   * a login at its start; on a tie, the channel first in declaration order} Empty when the user is
   * not billable.
   */
  public Optional<Login> firstLogin() {
    long best = Long.MAX_VALUE;
    int channel = -1;
    for (int r = c.userOffsets[u]; r < c.userOffsets[u + 1]; r++) {
      int i = c.userRows[r];
      int k = c.kindOf(i);
      if (k < Columns.ON_QUEUE && Columns.CHANNELS[k].isUserInterface()) {
        long s = Math.max(c.start[i], from);
        long e = Math.min(c.end[i], until);
        if (s < e && (s < best || (s == best && k < channel))) {
          best = s;
          channel = k;
        }
      }
    }
    return channel < 0
        ? Optional.empty()
        : Optional.of(new Login(Columns.CHANNELS[channel], Columns.instant(best), best == from));
  }

  /** {@return whether the user has any session at all, in or out of the window} */
  public boolean hasSessions() {
    return count(false) + count(true) > 0;
  }

  /** {@return whether the user has a DESKTOP, WEB or MOBILE session anywhere in time} */
  public boolean hasUserInterfaceSessions() {
    return count(true) > 0;
  }

  /** {@return whether the user has an API session anywhere in time (never billed, R2)} */
  public boolean hasApiSessions() {
    return count(false) > 0;
  }

  /** {@return everything the user was given, as value objects} */
  public UserTimeline timeline() {
    return ColumnarUsers.user(c, u);
  }

  private int count(boolean userInterface) {
    int n = 0;
    for (int r = c.userOffsets[u]; r < c.userOffsets[u + 1]; r++) {
      int k = c.kindOf(c.userRows[r]);
      if (k < Columns.ON_QUEUE && Columns.CHANNELS[k].isUserInterface() == userInterface) {
        n++;
      }
    }
    return n;
  }

  /** The label kinds of this user's rows, each once. */
  private int[] labelKinds() {
    int[] kinds = NO_KINDS;
    int n = 0;
    for (int r = c.userOffsets[u]; r < c.userOffsets[u + 1]; r++) {
      int k = c.kindOf(c.userRows[r]);
      if (k >= Columns.FIRST_LABEL) {
        boolean seen = false;
        for (int j = 0; j < n && !seen; j++) {
          seen = kinds[j] == k;
        }
        if (!seen) {
          if (n == kinds.length) {
            kinds = Arrays.copyOf(kinds, Math.max(4, n * 2));
          }
          kinds[n++] = k;
        }
      }
    }
    return n == kinds.length ? kinds : Arrays.copyOf(kinds, n);
  }

  /**
   * The length of the union of this user's rows of {@code kind}, clipped to {@code [from, until)}:
   * one pass without allocation when the rows come in order of start (as the columns store them),
   * else through {@link IntervalSet}.
   */
  private long heldNanos(int kind) {
    if (until <= from) {
      return 0;
    }
    long total = 0;
    long runStart = 0;
    long runEnd = Long.MIN_VALUE;
    long previousStart = Long.MIN_VALUE;
    for (int r = c.userOffsets[u]; r < c.userOffsets[u + 1]; r++) {
      int i = c.userRows[r];
      if (c.kindOf(i) != kind) {
        continue;
      }
      if (c.start[i] < previousStart) {
        return unionOf(kind).lengthNanos();
      }
      previousStart = c.start[i];
      long a = Math.max(c.start[i], from);
      long b = Math.min(c.end[i], until);
      if (a >= b) {
        continue;
      }
      if (a > runEnd) {
        total += runEnd == Long.MIN_VALUE ? 0 : runEnd - runStart;
        runStart = a;
        runEnd = b;
      } else if (b > runEnd) {
        runEnd = b;
      }
    }
    return total + (runEnd == Long.MIN_VALUE ? 0 : runEnd - runStart);
  }

  /**
   * The union of this user's rows of {@code kind} (-1: every user-interface session), clipped to
   * {@code [from, until)}.
   */
  private IntervalSet unionOf(int kind) {
    if (until <= from) {
      return IntervalSet.empty();
    }
    int n = 0;
    for (int r = c.userOffsets[u]; r < c.userOffsets[u + 1]; r++) {
      int i = c.userRows[r];
      if (matches(c.kindOf(i), kind) && Math.max(c.start[i], from) < Math.min(c.end[i], until)) {
        n++;
      }
    }
    if (n == 0) {
      return IntervalSet.empty();
    }
    long[] s = new long[n];
    long[] e = new long[n];
    int k = 0;
    for (int r = c.userOffsets[u]; r < c.userOffsets[u + 1] && k < n; r++) {
      int i = c.userRows[r];
      if (matches(c.kindOf(i), kind)) {
        long a = Math.max(c.start[i], from);
        long b = Math.min(c.end[i], until);
        if (a < b) {
          s[k] = a;
          e[k] = b;
          k++;
        }
      }
    }
    return IntervalSet.ofUnion(s, e, n);
  }

  /** Whether a row of kind {@code k} is of {@code kind} (-1: any user-interface session). */
  private static boolean matches(int k, int kind) {
    return kind < 0 ? k < Columns.ON_QUEUE && Columns.CHANNELS[k].isUserInterface() : k == kind;
  }

  @Override
  public String toString() {
    return "UserUsage{" + id() + "}";
  }
}
