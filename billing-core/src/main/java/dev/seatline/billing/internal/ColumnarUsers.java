package dev.seatline.billing.internal;

import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserTimeline;
import java.time.Instant;
import java.util.Arrays;

/**
 * One user of a columnar timeline at a time: as a value {@link UserTimeline} (what the named rules
 * read), and their on-queue intervals as primitive arrays (what the on-queue sweep reads, without
 * making an object per interval).
 */
public final class ColumnarUsers {
  private ColumnarUsers() {}

  /** The instant of {@code epochNanos}. */
  public static Instant instant(long epochNanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
  }

  /** The epoch nanoseconds of {@code t}. */
  public static long epochNanos(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
  }

  /**
   * User {@code u}'s timeline, each list in the order its rows were added; without its on-queue
   * intervals when {@code withOnQueue} is false.
   */
  public static UserTimeline user(TimelineColumns c, int u, boolean withOnQueue) {
    UserTimeline.Builder b = UserTimeline.builder(c.userIds.get(u));
    if (c.deletedAt[u] != TimelineColumns.UNBOUNDED) {
      b.deletedAt(instant(c.deletedAt[u]));
    }
    LicenseTier[] tiers = LicenseTier.values();
    Channel[] channels = Channel.values();
    for (int r = c.userOffsets[u]; r < c.userOffsets[u + 1]; r++) {
      int i = c.userRows[r];
      int kind = c.kindOf(i);
      if (kind == TimelineColumns.ON_QUEUE && !withOnQueue) {
        continue;
      }
      UsageInterval interval =
          c.end[i] == TimelineColumns.UNBOUNDED
              ? UsageInterval.ofUnboundedEnd(instant(c.start[i]))
              : UsageInterval.of(instant(c.start[i]), instant(c.end[i]));
      if (kind < TimelineColumns.SESSION) {
        b.license(tiers[kind], interval);
      } else if (kind < TimelineColumns.ON_QUEUE) {
        b.session(channels[kind - TimelineColumns.SESSION], interval);
      } else if (kind == TimelineColumns.ON_QUEUE) {
        b.onQueue(interval);
      } else {
        b.addOn(c.addOnNames.get(kind - TimelineColumns.ADD_ON), interval);
      }
    }
    return b.build();
  }

  /**
   * User {@code u}'s on-queue intervals clipped to {@code [from, to)} (epoch nanos), in nanoseconds
   * after {@code from}, in the order added: {@code {starts, ends}}, each exactly sized.
   */
  public static long[][] onQueue(TimelineColumns c, int u, long from, long to) {
    int rows = c.userOffsets[u + 1] - c.userOffsets[u];
    long[] starts = new long[rows];
    long[] ends = new long[rows];
    int n = 0;
    for (int r = c.userOffsets[u]; r < c.userOffsets[u + 1]; r++) {
      int i = c.userRows[r];
      if (c.kindOf(i) == TimelineColumns.ON_QUEUE) {
        long s = Math.max(c.start[i], from);
        long e = Math.min(c.end[i], to);
        if (s < e) {
          starts[n] = s - from;
          ends[n] = e - from;
          n++;
        }
      }
    }
    return new long[][] {Arrays.copyOf(starts, n), Arrays.copyOf(ends, n)};
  }
}
