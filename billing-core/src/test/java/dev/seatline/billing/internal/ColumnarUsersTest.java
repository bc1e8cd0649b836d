package dev.seatline.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.ColumnarTimeline;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserTimeline;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ColumnarUsersTest {
  private static final Instant T0 = Instant.parse("2026-01-15T05:00:00Z");

  private static Instant t(long minutes) {
    return T0.plusSeconds(60 * minutes);
  }

  private static TimelineColumns columns() {
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    int u = b.user("u");
    b.license(u, LicenseTier.PURECLOUD_2, UsageInterval.ofUnboundedEnd(t(-100)));
    b.session(u, Channel.WEB, UsageInterval.of(t(0), t(60)));
    b.onQueue(u, UsageInterval.of(t(-10), t(10)));
    b.onQueue(u, UsageInterval.of(t(20), t(30)));
    b.onQueue(u, UsageInterval.ofUnboundedEnd(t(50)));
    b.deletedAt(u, t(90));
    return TimelineColumns.of(b.build());
  }

  @Test
  void onQueueIsClippedAndRelativeToTheStart() {
    long from = ColumnarUsers.epochNanos(t(0));
    long[][] q = ColumnarUsers.onQueue(columns(), 0, from, ColumnarUsers.epochNanos(t(55)));
    long minute = 60_000_000_000L;
    assertThat(q[0]).containsExactly(0, 20 * minute, 50 * minute);
    assertThat(q[1]).containsExactly(10 * minute, 30 * minute, 55 * minute);
  }

  @Test
  void aUserCanBeReadWithOrWithoutOnQueueTime() {
    UserTimeline full = ColumnarUsers.user(columns(), 0, true);
    UserTimeline light = ColumnarUsers.user(columns(), 0, false);
    assertThat(full.onQueue()).hasSize(3);
    assertThat(light.onQueue()).isEmpty();
    assertThat(light.licenses()).isEqualTo(full.licenses());
    assertThat(light.sessions()).isEqualTo(full.sessions());
    assertThat(light.deletedAt()).contains(t(90));
  }

  @Test
  void epochNanosRoundTrip() {
    Instant before = Instant.parse("1969-12-31T23:59:59.999999999Z");
    assertThat(ColumnarUsers.epochNanos(before)).isEqualTo(-1);
    assertThat(ColumnarUsers.instant(-1)).isEqualTo(before);
    assertThat(ColumnarUsers.instant(ColumnarUsers.epochNanos(T0))).isEqualTo(T0);
  }
}
