package dev.seatline.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.ColumnarTimeline;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnarSweepsTest {
  /** One grid unit (a minute) in nanoseconds; every endpoint lies on the grid. */
  private static final long UNIT = 60_000_000_000L;

  private static final Instant BASE = Instant.parse("2026-01-10T00:00:00Z");
  private static final long BASE_NANOS = BASE.getEpochSecond() * 1_000_000_000L;

  /** An on-queue interval of a user in grid units; {@code to} is -1 when unbounded. */
  record Row(int user, int from, int to) {}

  /** Users, rows, which users are included, the rated window in grid units. */
  record Case(int users, List<Row> rows, List<Boolean> included, int from, int to) {}

  /** Random rows, or time-ordered rows of users who never overlap themselves. */
  private static final Gen<Case> CASES =
      r -> {
        int users = 1 + r.nextInt(5);
        List<Row> rows = new ArrayList<>();
        if (r.nextBoolean()) {
          for (int i = r.nextInt(25); i > 0; i--) {
            int from = r.nextInt(60);
            rows.add(
                new Row(r.nextInt(users), from, r.nextInt(8) == 0 ? -1 : from + 1 + r.nextInt(20)));
          }
        } else {
          for (int u = 0; u < users; u++) {
            int t = r.nextInt(5);
            for (int k = r.nextInt(6); k > 0; k--) {
              int to = t + 1 + r.nextInt(10);
              rows.add(new Row(u, t, to));
              t = to + r.nextInt(3);
            }
          }
          rows.sort(Comparator.comparingInt(Row::from));
        }
        List<Boolean> included = new ArrayList<>();
        for (int u = 0; u < users; u++) {
          included.add(r.nextInt(5) != 0);
        }
        int from = r.nextInt(30);
        return new Case(users, rows, included, from, from + 1 + r.nextInt(50));
      };

  private static Instant at(int units) {
    return BASE.plusSeconds(units * 60L);
  }

  @Test
  void runsCoverEachInstantOncePerIncludedUserOnQueue() {
    PropertyCheck.forAll(
        "columnar on-queue runs count each user on queue once, in either path",
        3000,
        CASES,
        c -> {
          ColumnarTimeline.Builder b = ColumnarTimeline.builder();
          boolean[] included = new boolean[c.users()];
          for (int u = 0; u < c.users(); u++) {
            b.user("u" + u);
            included[u] = c.included().get(u);
            // sessions are other rows: they must not count
            b.session(u, Channel.WEB, UsageInterval.of(at(0), at(100)));
          }
          for (Row row : c.rows()) {
            b.onQueue(
                row.user(),
                row.to() < 0
                    ? UsageInterval.ofUnboundedEnd(at(row.from()))
                    : UsageInterval.of(at(row.from()), at(row.to())));
          }
          ColumnarSweeps.Runs runs =
              ColumnarSweeps.onQueue(
                  TimelineColumns.of(b.build()),
                  included,
                  BASE_NANOS + c.from() * UNIT,
                  BASE_NANOS + c.to() * UNIT);
          for (int t = c.from(); t < c.to(); t++) {
            int expected = 0;
            for (int u = 0; u < c.users(); u++) {
              boolean on = false;
              for (Row row : c.rows()) {
                on |= row.user() == u && row.from() <= t && (row.to() < 0 || t < row.to());
              }
              expected += on && included[u] ? 1 : 0;
            }
            long at = (t - c.from()) * UNIT;
            int covering = 0;
            for (int i = 0; i < runs.size; i++) {
              assertThat(runs.starts[i]).isLessThan(runs.ends[i]);
              covering += runs.starts[i] <= at && at < runs.ends[i] ? 1 : 0;
            }
            assertThat(covering).as("users on queue at unit %d", t).isEqualTo(expected);
          }
        });
  }

  @Test
  void aTimeOrderedFeedKeepsItsOrder() {
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    int u = b.user("a");
    int v = b.user("b");
    b.onQueue(u, UsageInterval.of(at(0), at(10)));
    b.onQueue(v, UsageInterval.of(at(5), at(8)));
    b.onQueue(u, UsageInterval.of(at(10), at(12)));
    ColumnarSweeps.Runs runs =
        ColumnarSweeps.onQueue(
            TimelineColumns.of(b.build()),
            new boolean[] {true, true},
            BASE_NANOS,
            BASE_NANOS + 20 * UNIT);
    assertThat(runs.size).isEqualTo(3);
    assertThat(runs.starts).startsWith(0, 5 * UNIT, 10 * UNIT);
  }

  @Test
  void aUserOverlappingThemselvesIsUnioned() {
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    int u = b.user("a");
    b.onQueue(u, UsageInterval.of(at(0), at(10)));
    b.onQueue(u, UsageInterval.of(at(5), at(15)));
    ColumnarSweeps.Runs runs =
        ColumnarSweeps.onQueue(
            TimelineColumns.of(b.build()),
            new boolean[] {true},
            BASE_NANOS,
            BASE_NANOS + 20 * UNIT);
    assertThat(runs.size).isEqualTo(1);
    assertThat(runs.starts[0]).isZero();
    assertThat(runs.ends[0]).isEqualTo(15 * UNIT);
  }
}
