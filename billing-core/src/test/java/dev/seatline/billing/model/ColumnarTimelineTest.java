package dev.seatline.billing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ColumnarTimelineTest {
  private static final Instant T0 = Instant.parse("2026-01-15T05:00:00Z");

  private static Instant t(long minutes) {
    return T0.plusSeconds(minutes * 60);
  }

  /** Random value timelines (all kinds of element, any order, some unbounded, nanos). */
  private static final Gen<List<UserTimeline>> USERS =
      r -> {
        int users = r.nextInt(5);
        List<UserTimeline> out = new ArrayList<>();
        for (int u = 0; u < users; u++) {
          UserTimeline.Builder b = UserTimeline.builder("user-" + u);
          Instant deleted = r.nextInt(4) == 0 ? t(500 + r.nextInt(500)).plusNanos(7) : null;
          int n = r.nextInt(8);
          for (int i = 0; i < n; i++) {
            Instant from = t(r.nextInt(400)).plusNanos(r.nextInt(1000));
            UsageInterval interval =
                r.nextInt(5) == 0
                    ? UsageInterval.ofUnboundedEnd(from)
                    : UsageInterval.of(from, from.plusSeconds(1 + r.nextInt(100_000)));
            switch (r.nextInt(4)) {
              case 0 -> b.license(Gen.oneOf(TierCatalog.faq().tiers()).next(r), interval);
              case 1 -> b.addOn(r.nextBoolean() ? "WEM" : "SPEECH", interval);
              case 2 -> b.session(Gen.oneOf(List.of(Channel.values())).next(r), interval);
              default -> b.onQueue(interval);
            }
          }
          if (deleted != null) {
            b.deletedAt(deleted);
          }
          out.add(b.build());
        }
        return out;
      };

  @Test
  void valueTimelinesRoundTrip() {
    PropertyCheck.forAll(
        "value timelines survive the columnar form unchanged",
        2000,
        USERS,
        users -> {
          ColumnarTimeline.Builder b = ColumnarTimeline.builder();
          users.forEach(b::user);
          ColumnarTimeline timeline = b.build();
          assertThat(normalized(timeline.users())).isEqualTo(normalized(users));
          assertThat(timeline.userIds())
              .containsExactlyElementsOf(users.stream().map(UserTimeline::id).toList());
          assertThat(timeline.userCount()).isEqualTo(users.size());
          assertThat(timeline.intervalCount())
              .isEqualTo(
                  users.stream()
                      .mapToInt(
                          u ->
                              u.licenses().size()
                                  + u.addOns().size()
                                  + u.sessions().size()
                                  + u.onQueue().size())
                      .sum());
        },
        PropertyCheck::halves);
  }

  @Test
  void bulkIntervalsEqualOneAtATime() {
    ColumnarTimeline.Builder bulk = ColumnarTimeline.builder();
    int a = bulk.user("a");
    int b = bulk.user("b");
    long base = T0.getEpochSecond();
    bulk.onQueue(
        new int[] {b, a},
        new long[] {base + 60, base},
        new long[] {base + 120, base + 30},
        TimeUnit.SECONDS);
    bulk.sessions(
        Channel.WEB,
        new int[] {a},
        new long[] {base * 1000},
        new long[] {base * 1000 + 1},
        TimeUnit.MILLISECONDS);
    List<UserTimeline> expected =
        List.of(
            UserTimeline.builder("a")
                .session(Channel.WEB, UsageInterval.of(T0, T0.plusMillis(1)))
                .onQueue(UsageInterval.of(T0, T0.plusSeconds(30)))
                .build(),
            UserTimeline.builder("b").onQueue(UsageInterval.of(t(1), t(2))).build());
    assertThat(normalized(bulk.build().users())).isEqualTo(normalized(expected));
  }

  @Test
  void bulkLicencesAddOnsAndOpenEndsEqualOneAtATime() {
    ColumnarTimeline.Builder bulk = ColumnarTimeline.builder();
    int a = bulk.user("a");
    int b = bulk.user("b");
    long base = T0.getEpochSecond();
    long open = ColumnarTimeline.OPEN_END;
    // Only the first two elements of each array are added (length 2).
    bulk.licenses(
        LicenseTier.PURECLOUD_3,
        new int[] {a, b, 99},
        new long[] {base, base + 60, 0},
        new long[] {open, base + 120, 0},
        2,
        TimeUnit.SECONDS);
    bulk.addOns(
        "SALESFORCE", new int[] {b}, new long[] {base}, new long[] {open}, 1, TimeUnit.SECONDS);
    bulk.onQueue(new int[] {a}, new long[] {base}, new long[] {open}, 1, TimeUnit.SECONDS);
    bulk.sessions(
        Channel.DESKTOP, new int[] {a}, new long[] {base}, new long[] {open}, 1, TimeUnit.SECONDS);
    List<UserTimeline> expected =
        List.of(
            UserTimeline.builder("a")
                .license(LicenseTier.PURECLOUD_3, UsageInterval.ofUnboundedEnd(T0))
                .session(Channel.DESKTOP, UsageInterval.ofUnboundedEnd(T0))
                .onQueue(UsageInterval.ofUnboundedEnd(T0))
                .build(),
            UserTimeline.builder("b")
                .license(LicenseTier.PURECLOUD_3, UsageInterval.of(t(1), t(2)))
                .addOn("SALESFORCE", UsageInterval.ofUnboundedEnd(T0))
                .build());
    assertThat(normalized(bulk.build().users())).isEqualTo(normalized(expected));
  }

  @Test
  void aBadBulkElementIsNamedByItsIndexAmongItsKind() {
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    int u = b.user("u");
    long base = T0.getEpochSecond();
    b.onQueue(new int[] {u}, new long[] {base}, new long[] {base + 1}, TimeUnit.SECONDS);
    // the second on-queue interval overall, element 1 of the second call, ends before it starts
    assertThatThrownBy(
            () ->
                b.onQueue(
                    new int[] {u, u},
                    new long[] {base, base + 10},
                    new long[] {base + 1, base + 5},
                    2,
                    TimeUnit.SECONDS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("onQueue[2]: 'to' ")
        .hasMessageContaining("must be after 'from'");
    assertThatThrownBy(
            () ->
                b.licenses(
                    LicenseTier.COMMUNICATE,
                    new int[] {u},
                    new long[] {Long.MAX_VALUE},
                    new long[] {ColumnarTimeline.OPEN_END},
                    1,
                    TimeUnit.DAYS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("licenses[0].from: ");
    assertThatThrownBy(
            () ->
                b.sessions(
                    Channel.WEB,
                    new int[] {7},
                    new long[] {base},
                    new long[] {base + 1},
                    1,
                    TimeUnit.SECONDS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no user with index 7");
    assertThatThrownBy(
            () ->
                b.onQueue(
                    new int[] {u}, new long[] {base}, new long[] {base + 1}, 2, TimeUnit.SECONDS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("arrays shorter than 2");
  }

  /** The users with every list sorted: the columnar form keeps the data, not the list order. */
  static List<UserTimeline> normalized(List<UserTimeline> users) {
    Comparator<UsageInterval> byInterval = UsageInterval.BY_START;
    List<UserTimeline> out = new ArrayList<>();
    for (UserTimeline u : users) {
      UserTimeline.Builder b = UserTimeline.builder(u.id());
      u.licenses().stream()
          .sorted(
              Comparator.comparing(LicenseAssignment::tier)
                  .thenComparing(LicenseAssignment::interval, byInterval))
          .forEach(a -> b.license(a.tier(), a.interval()));
      u.addOns().stream()
          .sorted(
              Comparator.comparing(AddOnAssignment::addOn)
                  .thenComparing(AddOnAssignment::interval, byInterval))
          .forEach(a -> b.addOn(a.addOn(), a.interval()));
      u.sessions().stream()
          .sorted(
              Comparator.comparing(Session::channel).thenComparing(Session::interval, byInterval))
          .forEach(x -> b.session(x.channel(), x.interval()));
      u.onQueue().stream().sorted(byInterval).forEach(b::onQueue);
      u.deletedAt().ifPresent(b::deletedAt);
      out.add(b.build());
    }
    return out;
  }

  @Test
  void aTimeOrderedFeedKeepsItsOrderAndOtherInputIsGroupedByUser() {
    ColumnarTimeline.Builder ordered = ColumnarTimeline.builder();
    int a = ordered.user("a");
    int b = ordered.user("b");
    ordered.onQueue(a, UsageInterval.of(t(0), t(5)));
    ordered.onQueue(b, UsageInterval.of(t(1), t(2)));
    ordered.onQueue(a, UsageInterval.of(t(5), t(9)));
    ColumnarTimeline kept = ordered.build();
    assertThat(kept.users().get(0).onQueue())
        .containsExactly(UsageInterval.of(t(0), t(5)), UsageInterval.of(t(5), t(9)));
    ColumnarTimeline.Builder random = ColumnarTimeline.builder();
    int c = random.user("c");
    random.onQueue(c, UsageInterval.of(t(5), t(9)));
    random.onQueue(c, UsageInterval.of(t(0), t(5)));
    assertThat(random.build().users().get(0).onQueue())
        .containsExactly(UsageInterval.of(t(0), t(5)), UsageInterval.of(t(5), t(9)));
  }

  @Test
  void userIndicesAreStable() {
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    assertThat(b.user("x")).isZero();
    assertThat(b.user("y")).isEqualTo(1);
    assertThat(b.user("x")).isZero();
    assertThat(b.build().userIds()).containsExactly("x", "y");
  }

  @Test
  void portSamplesArePutInTimeOrder() {
    ColumnarTimeline timeline =
        ColumnarTimeline.builder()
            .callPort(t(2), 5)
            .callPort(t(0), 1)
            .callPorts(
                new long[] {t(1).getEpochSecond(), t(2).getEpochSecond()},
                new long[] {3, 5},
                TimeUnit.SECONDS)
            .build();
    assertThat(timeline.portSamples())
        .containsExactly(
            new PortSample(t(0), 1),
            new PortSample(t(1), 3),
            new PortSample(t(2), 5),
            new PortSample(t(2), 5));
    assertThat(timeline.portSampleCount()).isEqualTo(4);
  }

  @Test
  void portSamplesInAnyOrderGiveTheSortedSamples() {
    PropertyCheck.forAll(
        "port samples come out sorted whatever the input order",
        500,
        r -> {
          int n = r.nextInt(200);
          long[] at = new long[n];
          long[] calls = new long[n];
          for (int i = 0; i < n; i++) {
            at[i] = r.nextInt(50);
            calls[i] = at[i] * 3;
          }
          return new long[][] {at, calls};
        },
        x -> {
          ColumnarTimeline timeline =
              ColumnarTimeline.builder().callPorts(x[0], x[1], TimeUnit.HOURS).build();
          List<PortSample> samples = timeline.portSamples();
          for (int i = 1; i < samples.size(); i++) {
            assertThat(samples.get(i).at()).isAfterOrEqualTo(samples.get(i - 1).at());
          }
          for (PortSample s : samples) {
            assertThat(s.concurrentCalls()).isEqualTo(s.at().getEpochSecond() / 3600 * 3);
          }
          assertThat(samples).hasSize(x[0].length);
        });
  }

  @Test
  void twoSamplesAtOneInstantWithDifferentCountsAreInvalid() {
    ColumnarTimeline.Builder b =
        ColumnarTimeline.builder().callPort(t(5), 1).callPort(t(0), 1).callPort(t(5), 2);
    assertThatThrownBy(b::build)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("callPorts[2].at")
        .hasMessageContaining("callPorts[0]");
  }

  @Test
  void twoSamplesAtOneInstantAreCheckedInATimeOrderedFeedToo() {
    ColumnarTimeline.Builder b =
        ColumnarTimeline.builder().callPort(t(0), 1).callPort(t(5), 2).callPort(t(5), 3);
    assertThatThrownBy(b::build)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("callPorts[2].at: two samples at " + t(5))
        .hasMessageContaining("callPorts[1]");
    ColumnarTimeline equalCounts =
        ColumnarTimeline.builder().callPort(t(0), 1).callPort(t(5), 2).callPort(t(5), 2).build();
    assertThat(equalCounts.portSampleCount()).isEqualTo(3);
  }

  @Test
  void aSessionEndingBeforeTheDeletionOrStartingJustBeforeItIsValid() {
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    int u = b.user("u");
    b.session(u, Channel.WEB, UsageInterval.of(t(20).minusNanos(1), t(30)));
    b.deletedAt(u, t(20));
    assertThat(b.build().users().get(0).userInterfaceSessions())
        .containsExactly(UsageInterval.of(t(20).minusNanos(1), t(20)));
  }

  @Test
  void userIndicesOutsideTheRegisteredUsersAreRejected() {
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    int u = b.user("u");
    assertThatThrownBy(() -> b.deletedAt(u + 1, t(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no user with index 1 (1 registered)");
    assertThatThrownBy(() -> b.session(-1, Channel.WEB, UsageInterval.of(t(0), t(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no user with index -1");
    assertThat(b.user("u")).isEqualTo(u);
  }

  @Test
  void anEmptyIntervalIsInvalidAndNamed() {
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    int u = b.user("u");
    b.onQueue(u, UsageInterval.of(t(0), t(1)));
    assertThatThrownBy(
            () -> b.onQueue(new int[] {u}, new long[] {10}, new long[] {10}, TimeUnit.SECONDS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("onQueue[1]: 'to'");
  }

  @Test
  void aSessionAtOrAfterTheDeletionIsInvalid() {
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    int u = b.user("u");
    b.session(u, Channel.WEB, UsageInterval.of(t(0), t(10)));
    b.session(u, Channel.WEB, UsageInterval.of(t(20), t(30)));
    b.deletedAt(u, t(20));
    assertThatThrownBy(b::build)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("sessions[1]: starts at");
  }

  @Test
  void instantsOutsideTheNanosecondRangeAreInvalid() {
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    int u = b.user("u");
    assertThatThrownBy(
            () -> b.onQueue(u, UsageInterval.ofUnboundedEnd(Instant.parse("2300-01-01T00:00:00Z"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("onQueue[0].from");
    assertThatThrownBy(
            () ->
                b.onQueue(
                    new int[] {u}, new long[] {0}, new long[] {Long.MAX_VALUE}, TimeUnit.DAYS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("onQueue[0].to");
  }

  @Test
  void badCountsAndIdsAreInvalid() {
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    assertThatThrownBy(() -> b.callPort(T0, -1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("callPorts[0].concurrentCalls");
    assertThatThrownBy(() -> b.user(" "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("users[0].id");
    assertThatThrownBy(() -> b.onQueue(3, UsageInterval.of(T0, t(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no user with index 3");
    assertThatThrownBy(() -> b.onQueue(new int[0], new long[1], new long[1], TimeUnit.SECONDS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("differ in length");
  }

  @Test
  void aUserIsAddedOnlyOnce() {
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    b.user(UserTimeline.builder("u").build());
    assertThatThrownBy(() -> b.user(UserTimeline.builder("u").build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("users[1].id: duplicate id 'u', already used by users[0]");
  }

  /**
   * Heap accounting: walks the built timeline's object graph and adds up shallow sizes (16-byte
   * array headers, 8-byte aligned; 12-byte object headers, 4-byte references), as a 64-bit JVM with
   * compressed references lays them out. A million on-queue intervals of 20,000 users must retain
   * at most 48 bytes per interval.
   */
  @Test
  void retainsAtMost48BytesPerInterval() throws IllegalAccessException {
    int n = 1_000_000;
    int users = 20_000;
    SplittableRandom r = new SplittableRandom(7);
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    int[] owner = new int[n];
    long[] from = new long[n];
    long[] to = new long[n];
    for (int u = 0; u < users; u++) {
      b.user("agent-" + u);
    }
    for (int i = 0; i < n; i++) {
      owner[i] = r.nextInt(users);
      from[i] = T0.getEpochSecond() + r.nextInt(2_600_000);
      to[i] = from[i] + 1 + r.nextInt(3600);
    }
    ColumnarTimeline timeline = b.onQueue(owner, from, to, TimeUnit.SECONDS).build();
    long bytes = retainedBytes(timeline, new IdentityHashMap<>());
    assertThat((double) bytes / n).isLessThanOrEqualTo(48.0);
    assertThat(bytes).isGreaterThanOrEqualTo(20L * n);
  }

  private static long retainedBytes(Object o, Map<Object, Boolean> seen)
      throws IllegalAccessException {
    if (seen.put(o, Boolean.TRUE) != null) {
      return 0;
    }
    Class<?> c = o.getClass();
    if (c.isArray()) {
      Class<?> e = c.getComponentType();
      int length = java.lang.reflect.Array.getLength(o);
      long element =
          e == long.class || e == double.class
              ? 8
              : e == int.class || e == float.class || !e.isPrimitive()
                  ? 4
                  : e == short.class || e == char.class ? 2 : 1;
      long total = align(16 + element * length);
      if (!e.isPrimitive()) {
        for (int i = 0; i < length; i++) {
          Object x = java.lang.reflect.Array.get(o, i);
          if (x != null) {
            total += retainedBytes(x, seen);
          }
        }
      }
      return total;
    }
    long shallow = 12;
    long nested = 0;
    for (Class<?> k = c; k != null; k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        Class<?> t = f.getType();
        shallow += t == long.class || t == double.class ? 8 : 4; // conservative for small types
        if (!t.isPrimitive()) {
          if (!f.trySetAccessible()) {
            continue;
          }
          Object x = f.get(o);
          if (x != null && !(x instanceof Class)) {
            nested += retainedBytes(x, seen);
          }
        }
      }
    }
    return align(shallow) + nested;
  }

  private static long align(long bytes) {
    return (bytes + 7) / 8 * 8;
  }
}
