package dev.seatline.billing.model;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/** The users of a {@link Columns} as value objects, built one at a time on demand. */
final class ColumnarUsers extends AbstractList<UserTimeline> implements RandomAccess {
  private final Columns c;

  ColumnarUsers(Columns c) {
    this.c = c;
  }

  /** User {@code u}'s timeline, each list in the order its rows are stored. */
  static UserTimeline user(Columns c, int u) {
    UserTimeline.Builder b = UserTimeline.builder(c.userIds.get(u));
    if (c.deletedAt[u] != Columns.UNBOUNDED) {
      b.deletedAt(Columns.instant(c.deletedAt[u]));
    }
    for (int r = c.userOffsets[u]; r < c.userOffsets[u + 1]; r++) {
      int i = c.userRows[r];
      int kind = c.kindOf(i);
      UsageInterval interval = c.interval(i);
      if (kind < Columns.ON_QUEUE) {
        b.session(Columns.CHANNELS[kind], interval);
      } else if (kind == Columns.ON_QUEUE) {
        b.onQueue(interval);
      } else {
        LicenseTier tier = c.tierOf(kind);
        if (tier != null) {
          b.license(tier, interval);
        } else {
          b.addOn(Objects.requireNonNull(c.addOnOf(kind)), interval);
        }
      }
    }
    return b.build();
  }

  @Override
  public UserTimeline get(int index) {
    Objects.checkIndex(index, size());
    return user(c, index);
  }

  @Override
  public int size() {
    return c.userIds.size();
  }
}
