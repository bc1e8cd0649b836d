package dev.seatline.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.ColumnarTimeline;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

@SuppressWarnings("EnumOrdinal") // session kinds are channel ordinals
class OnQueueSweepTest {
  /** One grid unit: a minute, so every endpoint lies on the grid. */
  static final long UNIT = 60_000_000_000L;

  /** The grid's origin, 2026-01-10T00:00:00Z in epoch nanos. */
  static final long BASE = 1_768_003_200L * 1_000_000_000L;

  /** A small random tenant on a grid of {@code SPAN} minutes; times are grid units. */
  record Row(int user, int kind, int from, int to) {}

  /** A generated case: rows, deletions (-1 for none), and the rated window in grid units. */
  @SuppressWarnings("ArrayRecordComponent") // test data, never compared
  record Case(int users, List<Row> rows, int[] deletedAt, int from, int to, boolean sessions) {}

  static final int SPAN = 60;

  static final Gen<Case> CASES =
      r -> {
        int users = 1 + r.nextInt(6);
        List<Row> rows = new ArrayList<>();
        int n = r.nextInt(30);
        int[] deleted = new int[users];
        Arrays.fill(deleted, -1);
        for (int u = 0; u < users; u++) {
          if (r.nextInt(4) == 0) {
            deleted[u] = 1 + r.nextInt(SPAN);
          }
        }
        for (int i = 0; i < n; i++) {
          int u = r.nextInt(users);
          int kind =
              r.nextBoolean()
                  ? TimelineColumns.ON_QUEUE
                  : TimelineColumns.SESSION + r.nextInt(Channel.values().length);
          int from = r.nextInt(SPAN);
          int to = r.nextInt(8) == 0 ? Integer.MAX_VALUE : from + 1 + r.nextInt(SPAN - from);
          boolean session = kind != TimelineColumns.ON_QUEUE;
          if (session && deleted[u] >= 0 && from >= deleted[u]) {
            continue;
          }
          rows.add(new Row(u, kind, from, to));
        }
        int from = r.nextInt(SPAN / 2);
        int to = from + 1 + r.nextInt(SPAN - from);
        return new Case(users, rows, deleted, from, to, r.nextInt(4) != 0);
      };

  static Instant at(long units) {
    long nanos = BASE + units * UNIT;
    return Instant.ofEpochSecond(nanos / 1_000_000_000L, nanos % 1_000_000_000L);
  }

  static ColumnarTimeline timeline(Case c) {
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    for (int u = 0; u < c.users(); u++) {
      b.user("u" + u);
      if (c.deletedAt()[u] >= 0) {
        b.deletedAt(u, at(c.deletedAt()[u]));
      }
    }
    for (Row row : c.rows()) {
      UsageInterval interval =
          row.to() == Integer.MAX_VALUE
              ? UsageInterval.ofUnboundedEnd(at(row.from()))
              : UsageInterval.of(at(row.from()), at(row.to()));
      if (row.kind() == TimelineColumns.ON_QUEUE) {
        b.onQueue(row.user(), interval);
      } else {
        b.session(row.user(), Channel.values()[row.kind() - TimelineColumns.SESSION], interval);
      }
    }
    return b.build();
  }

  /** The brute-force oracle: users on queue in each grid unit of the rated window. */
  static int[] levels(Case c) {
    int[] out = new int[c.to() - c.from()];
    for (int t = c.from(); t < c.to(); t++) {
      for (int u = 0; u < c.users(); u++) {
        boolean queue = false;
        boolean session = !c.sessions();
        for (Row row : c.rows()) {
          if (row.user() != u || t < row.from() || t >= row.to()) {
            continue;
          }
          if (row.kind() == TimelineColumns.ON_QUEUE) {
            queue = true;
          } else if (row.kind() != TimelineColumns.SESSION + Channel.API.ordinal()
              && (c.deletedAt()[u] < 0 || t < c.deletedAt()[u])) {
            session = true;
          }
        }
        if (queue && session) {
          out[t - c.from()]++;
        }
      }
    }
    return out;
  }

  static StepFunction sweep(Case c) {
    boolean[] all = new boolean[c.users()];
    Arrays.fill(all, true);
    return OnQueueSweep.sweep(
        TimelineColumns.of(timeline(c)),
        all,
        BASE + c.from() * UNIT,
        BASE + c.to() * UNIT,
        c.sessions());
  }

  /** The step function expanded to one level per grid unit. */
  static int[] expand(StepFunction f) {
    int[] out = new int[(int) (f.length / UNIT)];
    for (int i = 0; i < f.size(); i++) {
      assertThat(f.time(i) % UNIT).isZero();
      for (long t = f.time(i) / UNIT; t < f.endOf(i) / UNIT; t++) {
        out[(int) t] = f.level(i);
      }
    }
    return out;
  }

  @Test
  void levelsEqualTheBruteForceCount() {
    PropertyCheck.forAll(
        "the sweep counts the distinct users on queue inside a session",
        3000,
        CASES,
        c -> {
          StepFunction f = sweep(c);
          assertThat(f.time(0)).isZero();
          for (int i = 1; i < f.size(); i++) {
            assertThat(f.time(i)).isGreaterThan(f.time(i - 1));
            assertThat(f.level(i)).isNotEqualTo(f.level(i - 1));
          }
          assertThat(expand(f)).containsExactly(levels(c));
        });
  }

  @Test
  void onQueueTimePerUserIsTheTimeCounted() {
    PropertyCheck.forAll(
        "the time per user adds up to the area under the step function",
        2000,
        CASES,
        c -> {
          StepFunction f = sweep(c);
          long area = 0;
          for (int i = 0; i < f.size(); i++) {
            area += (f.endOf(i) - f.time(i)) * f.level(i);
          }
          long perUser = 0;
          for (int u = 0; u < c.users(); u++) {
            perUser += f.onQueueNanos(u);
          }
          assertThat(perUser).isEqualTo(area);
        });
  }

  @Test
  void overlappingIntervalsOfOneUserCountOnce() {
    int[] users = {0, 0, 1};
    long[] starts = {0, 10, 5};
    long[] ends = {20, 30, 15};
    StepFunction f = OnQueueSweep.sweep(2, users, starts, ends, 0, 40);
    assertThat(f.size()).isEqualTo(4);
    assertThat(new long[] {f.time(1), f.time(2), f.time(3)}).containsExactly(5, 15, 30);
    assertThat(new int[] {f.level(0), f.level(1), f.level(2), f.level(3)})
        .containsExactly(1, 2, 1, 0);
    assertThat(f.onQueueNanos(0)).isEqualTo(30);
    assertThat(f.onQueueNanos(1)).isEqualTo(10);
  }

  @Test
  void adjacentIntervalsLeaveNoDip() {
    StepFunction f =
        OnQueueSweep.sweep(1, new int[] {0, 0}, new long[] {10, 0}, new long[] {20, 10}, 0, 20);
    assertThat(f.size()).isEqualTo(1);
    assertThat(f.level(0)).isEqualTo(1);
    assertThat(f.onQueueNanos(0)).isEqualTo(20);
  }

  @Test
  void onlyIncludedUsersCount() {
    Case c =
        new Case(
            2,
            List.of(
                new Row(0, TimelineColumns.ON_QUEUE, 0, 10),
                new Row(1, TimelineColumns.ON_QUEUE, 0, 10)),
            new int[] {-1, -1},
            0,
            10,
            false);
    StepFunction f =
        OnQueueSweep.sweep(
            TimelineColumns.of(timeline(c)),
            new boolean[] {false, true},
            BASE,
            BASE + 10 * UNIT,
            false);
    assertThat(f.size()).isEqualTo(1);
    assertThat(f.level(0)).isEqualTo(1);
    assertThat(f.onQueueNanos(0)).isZero();
  }
}
