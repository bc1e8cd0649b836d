package dev.seatline.billing.model;

import static dev.seatline.billing.InvalidInputs.assertInvalidAt;
import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UsageIntervalTest {
  /** The length of the union, as the rules measure it: through {@link IntervalSet}. */
  private static Duration unionLength(
      java.util.Collection<UsageInterval> intervals, Instant from, Instant to) {
    return IntervalSet.union(intervals, from, to).length();
  }

  private static final Instant T0 = Instant.parse("2026-01-16T00:00:00Z");

  /** The instant {@code h} hours after T0. */
  private static Instant t(long h) {
    return T0.plus(Duration.ofHours(h));
  }

  private static UsageInterval iv(long fromHour, long toHour) {
    return UsageInterval.of(t(fromHour), t(toHour));
  }

  private static UsageInterval open(long fromHour) {
    return UsageInterval.ofUnboundedEnd(t(fromHour));
  }

  /**
   * Pairs (a, b): whether they overlap, whether a encloses b, whether b encloses a, and their
   * intersection (null when none). Each row is also checked with a and b swapped.
   */
  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of("adjacent", iv(0, 2), iv(2, 4), false, false, false, null),
        Arguments.of("disjoint", iv(0, 1), iv(3, 4), false, false, false, null),
        Arguments.of("overlapping", iv(0, 3), iv(2, 5), true, false, false, iv(2, 3)),
        Arguments.of("enclosed", iv(0, 10), iv(2, 4), true, true, false, iv(2, 4)),
        Arguments.of("equal", iv(0, 2), iv(0, 2), true, true, true, iv(0, 2)),
        Arguments.of("same start", iv(0, 2), iv(0, 5), true, false, true, iv(0, 2)),
        Arguments.of("same end", iv(0, 5), iv(3, 5), true, true, false, iv(3, 5)),
        Arguments.of("unbounded encloses bounded", open(0), iv(2, 4), true, true, false, iv(2, 4)),
        Arguments.of("unbounded after bounded", open(5), iv(0, 5), false, false, false, null),
        Arguments.of("unbounded crossing", open(2), iv(0, 4), true, false, false, iv(2, 4)),
        Arguments.of("both unbounded", open(0), open(3), true, true, false, open(3)),
        Arguments.of("both unbounded, equal", open(3), open(3), true, true, true, open(3)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void edgeTable(
      String name,
      UsageInterval a,
      UsageInterval b,
      boolean overlaps,
      boolean aEnclosesB,
      boolean bEnclosesA,
      @Nullable UsageInterval intersection) {
    assertThat(a.overlaps(b)).isEqualTo(overlaps);
    assertThat(a.encloses(b)).isEqualTo(aEnclosesB);
    assertThat(b.encloses(a)).isEqualTo(bEnclosesA);
    assertThat(a.intersection(b)).isEqualTo(Optional.ofNullable(intersection));
  }

  @ParameterizedTest(name = "{0}, swapped")
  @MethodSource("pairs")
  void edgeTableSwapped(
      String name,
      UsageInterval a,
      UsageInterval b,
      boolean overlaps,
      boolean aEnclosesB,
      boolean bEnclosesA,
      @Nullable UsageInterval intersection) {
    assertThat(b.overlaps(a)).isEqualTo(overlaps);
    assertThat(b.encloses(a)).isEqualTo(bEnclosesA);
    assertThat(a.encloses(b)).isEqualTo(aEnclosesB);
    assertThat(b.intersection(a)).isEqualTo(Optional.ofNullable(intersection));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void unionLengthOfAPairIsTheSumMinusTheIntersection(
      String name,
      UsageInterval a,
      UsageInterval b,
      boolean overlaps,
      boolean aEnclosesB,
      boolean bEnclosesA,
      @Nullable UsageInterval intersection) {
    Instant from = t(-1);
    Instant to = t(20);
    Duration expected =
        clippedLength(a, from, to)
            .plus(clippedLength(b, from, to))
            .minus(intersection == null ? Duration.ZERO : clippedLength(intersection, from, to));

    assertThat(unionLength(List.of(a, b), from, to)).isEqualTo(expected);
    assertThat(unionLength(List.of(b, a), from, to)).isEqualTo(expected);
  }

  private static Duration clippedLength(UsageInterval i, Instant from, Instant to) {
    Instant end = i.end().filter(e -> e.isBefore(to)).orElse(to);
    Instant start = i.start().isAfter(from) ? i.start() : from;
    return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
  }

  @Test
  void theStartIsIncludedAndTheEndExcluded() {
    UsageInterval i = iv(1, 3);

    assertThat(i.contains(t(1))).isTrue();
    assertThat(i.contains(t(3).minusNanos(1))).isTrue();
    assertThat(i.contains(t(3))).isFalse();
    assertThat(i.contains(t(1).minusNanos(1))).isFalse();
    assertThat(i.start()).isEqualTo(t(1));
    assertThat(i.end()).contains(t(3));
    assertThat(i.endOrThrow()).isEqualTo(t(3));
    assertThat(i.isUnboundedEnd()).isFalse();
    assertThat(i.duration()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void anUnboundedIntervalContainsEverythingFromItsStart() {
    UsageInterval i = open(1);

    assertThat(i.contains(t(1))).isTrue();
    assertThat(i.contains(Instant.MAX)).isTrue();
    assertThat(i.contains(t(1).minusNanos(1))).isFalse();
    assertThat(i.isUnboundedEnd()).isTrue();
    assertThat(i.end()).isEmpty();
    assertThat(i.endsAfter(Instant.MAX)).isTrue();
    assertThatThrownBy(i::endOrThrow)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unbounded")
        .hasMessageContaining("[2026-01-16T01:00:00Z, open)");
    assertThatThrownBy(i::duration).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aOneNanosecondIntervalIsValid() {
    UsageInterval i = UsageInterval.of(T0, T0.plusNanos(1));

    assertThat(i.duration()).isEqualTo(Duration.ofNanos(1));
    assertThat(i.contains(T0)).isTrue();
    assertThat(i.contains(T0.plusNanos(1))).isFalse();
  }

  @Test
  void emptyAndReversedIntervalsAreRejected() {
    assertInvalidAt("", () -> UsageInterval.of(t(2), t(2)))
        .hasMessage(
            "'to' 2026-01-16T02:00:00Z must be after 'from' 2026-01-16T02:00:00Z"
                + " (intervals are half-open and never empty)");
    assertInvalidAt("", () -> UsageInterval.of(t(3), t(2)))
        .hasMessageStartingWith("'to' 2026-01-16T02:00:00Z must be after 'from' 2026-01-16T03");
    assertInvalidAt("", () -> UsageInterval.of(t(3), Optional.of(t(1))));
  }

  @Test
  void theScenarioShapeMakesBoundedOrUnboundedIntervals() {
    assertThat(UsageInterval.of(t(1), Optional.of(t(2)))).isEqualTo(iv(1, 2));
    assertThat(UsageInterval.of(t(1), Optional.empty())).isEqualTo(open(1));
  }

  @Test
  void endsAfter() {
    assertThat(iv(0, 2).endsAfter(t(1))).isTrue();
    assertThat(iv(0, 2).endsAfter(t(2))).isFalse();
    assertThat(iv(0, 2).endsAfter(t(3))).isFalse();
  }

  @Test
  void clipKeepsThePartInsideTheWindow() {
    assertThat(iv(0, 10).clip(t(2), t(4))).contains(iv(2, 4));
    assertThat(iv(3, 10).clip(t(2), t(4))).contains(iv(3, 4));
    assertThat(iv(0, 3).clip(t(2), t(4))).contains(iv(2, 3));
    assertThat(iv(2, 3).clip(t(2), t(4))).contains(iv(2, 3));
    assertThat(open(3).clip(t(2), t(4))).contains(iv(3, 4));
    assertThat(open(0).clip(t(2), t(4))).contains(iv(2, 4));
    assertThat(iv(0, 2).clip(t(2), t(4))).as("adjacent before").isEmpty();
    assertThat(iv(4, 6).clip(t(2), t(4))).as("adjacent after").isEmpty();
    assertThat(open(4).clip(t(2), t(4))).isEmpty();
  }

  @Test
  void clipToAnEmptyWindowIsRejected() {
    assertInvalidAt("", () -> iv(0, 10).clip(t(4), t(4)));
  }

  @Test
  void endingNoLaterThanCutsAtTheInstant() {
    assertThat(iv(0, 10).endingNoLaterThan(t(4))).contains(iv(0, 4));
    assertThat(open(0).endingNoLaterThan(t(4))).contains(iv(0, 4));
    assertThat(iv(0, 4).endingNoLaterThan(t(4))).contains(iv(0, 4));
    assertThat(iv(0, 3).endingNoLaterThan(t(4))).contains(iv(0, 3));
    assertThat(iv(4, 6).endingNoLaterThan(t(4))).isEmpty();
    assertThat(iv(5, 6).endingNoLaterThan(t(4))).isEmpty();
    assertThat(open(4).endingNoLaterThan(t(4))).isEmpty();
  }

  @Test
  void unionLengthCountsOverlapsOnceAndClips() {
    List<UsageInterval> intervals = List.of(iv(0, 2), iv(1, 3), iv(5, 6), iv(6, 7), iv(9, 12));

    assertThat(unionLength(intervals, t(0), t(24))).isEqualTo(Duration.ofHours(8));
    assertThat(unionLength(intervals, t(1), t(10))).isEqualTo(Duration.ofHours(5));
    assertThat(unionLength(List.of(open(2), iv(0, 5)), t(1), t(8))).isEqualTo(Duration.ofHours(7));
    assertThat(unionLength(List.of(iv(0, 10), iv(2, 3)), t(0), t(24)))
        .as("an enclosed interval does not extend the run")
        .isEqualTo(Duration.ofHours(10));
  }

  @Test
  void unionLengthOfNothingOrOfAnEmptyWindowIsZero() {
    assertThat(unionLength(List.of(), t(0), t(5))).isZero();
    assertThat(unionLength(List.of(iv(0, 5)), t(3), t(3))).isZero();
    assertThat(unionLength(List.of(iv(0, 5)), t(4), t(3))).isZero();
    assertThat(unionLength(List.of(iv(0, 5)), t(6), t(9))).isZero();
  }

  @Test
  void byStartOrdersByStartThenEndWithUnboundedLast() {
    List<UsageInterval> sorted = new ArrayList<>(List.of(open(1), iv(1, 3), iv(0, 9), iv(1, 2)));
    sorted.sort(UsageInterval.BY_START);

    assertThat(sorted).containsExactly(iv(0, 9), iv(1, 2), iv(1, 3), open(1));
  }

  @Test
  void equalityIsByStartAndEnd() {
    assertThat(iv(0, 2)).isEqualTo(iv(0, 2)).hasSameHashCodeAs(iv(0, 2));
    assertThat(iv(0, 2)).isNotEqualTo(iv(0, 3)).isNotEqualTo(iv(1, 2)).isNotEqualTo(open(0));
    assertThat(open(0)).isEqualTo(open(0)).hasSameHashCodeAs(open(0)).isNotEqualTo(open(1));
    assertThat(iv(0, 2)).isNotEqualTo("[2026-01-16T00:00:00Z, 2026-01-16T02:00:00Z)");
  }

  @Test
  void toStringShowsTheHalfOpenInterval() {
    assertThat(iv(14, 22)).hasToString("[2026-01-16T14:00:00Z, 2026-01-16T22:00:00Z)");
    assertThat(open(14)).hasToString("[2026-01-16T14:00:00Z, open)");
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentsAreRejected() {
    assertNullRejected("startInclusive", () -> UsageInterval.of(null, T0));
    assertNullRejected("endExclusive", () -> UsageInterval.of(T0, (Instant) null));
    assertNullRejected("startInclusive", () -> UsageInterval.ofUnboundedEnd(null));
    UsageInterval i = iv(0, 1);
    assertThatThrownBy(() -> UsageInterval.of(T0, (Optional<Instant>) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> i.contains(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> i.overlaps(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> i.encloses(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> i.intersection(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> i.endsAfter(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> i.clip(null, T0)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> i.clip(T0, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> i.endingNoLaterThan(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> unionLength(null, T0, t(1))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> unionLength(List.of(i), null, t(1)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> unionLength(List.of(i), T0, null))
        .isInstanceOf(NullPointerException.class);
  }

  // ---- laws, as properties ----

  /** A small timeline: intervals on whole seconds 0..40, some unbounded, and a window. */
  private record Timeline(List<UsageInterval> intervals, int from, int to) {}

  private static final Gen<UsageInterval> SMALL_INTERVAL =
      r -> {
        int start = r.nextInt(40);
        if (r.nextInt(6) == 0) {
          return UsageInterval.ofUnboundedEnd(T0.plusSeconds(start));
        }
        return UsageInterval.of(T0.plusSeconds(start), T0.plusSeconds(start + 1 + r.nextInt(12)));
      };

  private static final Gen<Timeline> TIMELINES =
      r -> {
        List<UsageInterval> intervals = SMALL_INTERVAL.listOf(0, 8).next(r);
        int from = r.nextInt(45);
        int to = from + r.nextInt(45) - 3;
        return new Timeline(intervals, from, to);
      };

  /** The oracle: count the whole seconds of [from, to) covered by some interval. */
  private static Duration bruteForceUnion(List<UsageInterval> intervals, int from, int to) {
    long covered = 0;
    for (int s = from; s < to; s++) {
      Instant second = T0.plusSeconds(s);
      if (intervals.stream().anyMatch(i -> i.contains(second))) {
        covered++;
      }
    }
    return Duration.ofSeconds(covered);
  }

  @Test
  void unionLengthEqualsABruteForceCountOnSmallTimelines() {
    PropertyCheck.forAll(
        "unionLength equals brute force",
        5000,
        TIMELINES,
        tl ->
            assertThat(
                    unionLength(tl.intervals(), T0.plusSeconds(tl.from()), T0.plusSeconds(tl.to())))
                .isEqualTo(bruteForceUnion(tl.intervals(), tl.from(), tl.to())),
        tl ->
            PropertyCheck.halves(tl.intervals()).stream()
                .map(h -> new Timeline(h, tl.from(), tl.to()))
                .toList());
  }

  /** An interval and a cut instant anywhere around it, to the nanosecond. */
  private record Cut(UsageInterval interval, Instant at) {}

  private static final Gen<Cut> CUTS =
      r -> {
        Instant start = T0.plusNanos(r.nextLong(1_000_000_000_000L));
        UsageInterval i =
            r.nextInt(5) == 0
                ? UsageInterval.ofUnboundedEnd(start)
                : UsageInterval.of(start, start.plusNanos(1 + r.nextLong(1_000_000_000_000L)));
        Instant at = start.plusNanos(r.nextLong(2_000_000_000_000L) - 500_000_000_000L);
        return new Cut(i, at);
      };

  @Test
  void splittingAtAnyInstantLeavesTheUnionUnchanged() {
    Instant from = T0.minusSeconds(1);
    Instant to = T0.plusSeconds(4000);
    PropertyCheck.forAll(
        "splitting leaves the union unchanged",
        5000,
        CUTS,
        c -> {
          List<UsageInterval> parts = new ArrayList<>();
          c.interval().endingNoLaterThan(c.at()).ifPresent(parts::add);
          if (c.interval().contains(c.at())) {
            parts.add(UsageInterval.of(c.at(), c.interval().end()));
          } else if (!c.interval().start().isBefore(c.at())) {
            parts.add(c.interval());
          }
          assertThat(parts).allSatisfy(p -> assertThat(c.interval().encloses(p)).isTrue());
          assertThat(unionLength(parts, from, to))
              .isEqualTo(unionLength(List.of(c.interval()), from, to));
          for (int k = 0; k + 1 < parts.size(); k++) {
            assertThat(parts.get(k).overlaps(parts.get(k + 1))).isFalse();
            assertThat(parts.get(k).end()).contains(parts.get(k + 1).start());
          }
        });
  }
}
