package dev.seatline.billing.internal;

import dev.seatline.billing.model.Channel;
import java.util.Arrays;

/**
 * The number of distinct users on queue over the rated time, as a step function (R5), computed by
 * one sweep over the columnar timeline.
 *
 * <p>A user is on queue at {@code t} when one of their on-queue intervals covers {@code t} and,
 * when sessions are required, one of their user-interface sessions (cut at the user's deletion, R2)
 * covers {@code t}. Every interval is clipped to the rated time first. Overlapping intervals of one
 * user count once: the sweep keeps, per user, how many on-queue intervals and how many sessions are
 * open, and the level changes only when a user's state flips. So no per-user union or intersection
 * is materialised, and the only sort is that of the four endpoint streams (on-queue starts and
 * ends, session starts and ends), each skipped when already in order (time-ordered input) and
 * otherwise done by {@link LongSort} in expected linear time.
 *
 * <p>All events at one instant are applied together before the level is read, so a user who ends
 * one interval where the next begins stays on queue, and zero-length blips never show.
 */
public final class OnQueueSweep {
  private OnQueueSweep() {}

  /**
   * Sweeps the users {@code u} with {@code included[u]} over {@code [from, to)} (epoch nanos,
   * {@code from < to}).
   *
   * @param columns the timeline
   * @param included which users to count, by user index
   * @param from the rated start, epoch nanos
   * @param to the rated end, epoch nanos
   * @param withinSessions whether on-queue time counts only inside user-interface sessions
   */
  public static StepFunction sweep(
      TimelineColumns columns, boolean[] included, long from, long to, boolean withinSessions) {
    int rows = columns.size();
    int queue = 0;
    int sessions = 0;
    for (int i = 0; i < rows; i++) {
      int k = columns.kindOf(i);
      if (included[columns.owner[i]]) {
        if (k == TimelineColumns.ON_QUEUE) {
          queue++;
        } else if (withinSessions && isUserInterfaceSession(k)) {
          sessions++;
        }
      }
    }
    Stream qs = new Stream(queue);
    Stream qe = new Stream(queue);
    Stream ss = new Stream(withinSessions ? sessions : 0);
    Stream se = new Stream(withinSessions ? sessions : 0);
    for (int i = 0; i < rows; i++) {
      int u = columns.owner[i];
      if (!included[u]) {
        continue;
      }
      int k = columns.kindOf(i);
      if (k == TimelineColumns.ON_QUEUE) {
        long s = Math.max(columns.start[i], from);
        long e = Math.min(columns.end[i], to);
        if (s < e) {
          qs.add(s - from, u);
          qe.add(e - from, u);
        }
      } else if (withinSessions && isUserInterfaceSession(k)) {
        long s = Math.max(columns.start[i], from);
        long e = Math.min(Math.min(columns.end[i], columns.deletedAt[u]), to);
        if (s < e) {
          ss.add(s - from, u);
          se.add(e - from, u);
        }
      }
    }
    return sweep(qs, qe, ss, se, columns.userIds.size(), from, to - from, withinSessions);
  }

  /**
   * Sweeps on-queue intervals given directly as arrays of epoch nanos (no sessions): interval
   * {@code i} of user {@code users[i]} is {@code [starts[i], ends[i])}. The arrays are not
   * modified.
   */
  public static StepFunction sweep(
      int userCount, int[] users, long[] starts, long[] ends, long from, long to) {
    Stream qs = new Stream(users.length);
    Stream qe = new Stream(users.length);
    for (int i = 0; i < users.length; i++) {
      long s = Math.max(starts[i], from);
      long e = Math.min(ends[i], to);
      if (s < e) {
        qs.add(s - from, users[i]);
        qe.add(e - from, users[i]);
      }
    }
    return sweep(qs, qe, new Stream(0), new Stream(0), userCount, from, to - from, false);
  }

  @SuppressWarnings("EnumOrdinal") // session kinds are channel ordinals
  private static boolean isUserInterfaceSession(int kind) {
    return kind >= TimelineColumns.SESSION
        && kind < TimelineColumns.ON_QUEUE
        && kind != TimelineColumns.SESSION + Channel.API.ordinal();
  }

  private static StepFunction sweep(
      Stream qs,
      Stream qe,
      Stream ss,
      Stream se,
      int userCount,
      long origin,
      long length,
      boolean withinSessions) {
    qs.sort();
    qe.sort();
    ss.sort();
    se.sort();
    int[] queueDepth = new int[userCount];
    int[] sessionDepth = new int[userCount];
    if (!withinSessions) {
      Arrays.fill(sessionDepth, 1);
    }
    long[] since = new long[userCount];
    long[] onNanos = new long[userCount];
    long[] times = new long[Math.min(1 << 16, qs.size + ss.size) * 2 + 2];
    int[] levels = new int[times.length];
    times[0] = 0;
    levels[0] = 0;
    int m = 1;
    int level = 0;
    int a = 0;
    int b = 0;
    int c = 0;
    int d = 0;
    while (true) {
      long t = Math.min(Math.min(qs.head(a), qe.head(b)), Math.min(ss.head(c), se.head(d)));
      if (t == Long.MAX_VALUE) {
        break;
      }
      while (b < qe.size && qe.keys[b] == t) {
        int u = qe.users[b++];
        if (--queueDepth[u] == 0 && sessionDepth[u] > 0) {
          level--;
          onNanos[u] += t - since[u];
        }
      }
      while (d < se.size && se.keys[d] == t) {
        int u = se.users[d++];
        if (--sessionDepth[u] == 0 && queueDepth[u] > 0) {
          level--;
          onNanos[u] += t - since[u];
        }
      }
      while (a < qs.size && qs.keys[a] == t) {
        int u = qs.users[a++];
        if (queueDepth[u]++ == 0 && sessionDepth[u] > 0) {
          level++;
          since[u] = t;
        }
      }
      while (c < ss.size && ss.keys[c] == t) {
        int u = ss.users[c++];
        if (sessionDepth[u]++ == 0 && queueDepth[u] > 0) {
          level++;
          since[u] = t;
        }
      }
      if (level != levels[m - 1]) {
        if (times[m - 1] == t) {
          levels[m - 1] = level;
          if (m > 1 && levels[m - 2] == level) {
            m--;
          }
        } else {
          if (m == times.length) {
            times = Arrays.copyOf(times, m * 2);
            levels = Arrays.copyOf(levels, m * 2);
          }
          times[m] = t;
          levels[m] = level;
          m++;
        }
      }
    }
    if (m > 1 && times[m - 1] == length) {
      m--; // the users going off queue at the end of the rated time
    }
    return new StepFunction(origin, length, times, levels, m, onNanos);
  }

  /** One endpoint stream: relative times with the user each belongs to. */
  private static final class Stream {
    final long[] keys;
    final int[] users;
    int size;

    Stream(int capacity) {
      keys = new long[capacity];
      users = new int[capacity];
    }

    void add(long key, int user) {
      keys[size] = key;
      users[size] = user;
      size++;
    }

    void sort() {
      LongSort.sort(keys, users, 0, size);
    }

    long head(int i) {
      return i < size ? keys[i] : Long.MAX_VALUE;
    }
  }
}
