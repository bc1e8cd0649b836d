package dev.seatline.billing.model;

import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IntervalSetTest {
  private static final Instant T0 = Instant.parse("2026-01-20T00:00:00Z");

  /** The instant {@code m} minutes after T0. */
  private static Instant t(long m) {
    return T0.plus(Duration.ofMinutes(m));
  }

  private static UsageInterval iv(long fromMinute, long toMinute) {
    return UsageInterval.of(t(fromMinute), t(toMinute));
  }

  private static UsageInterval open(long fromMinute) {
    return UsageInterval.ofUnboundedEnd(t(fromMinute));
  }

  private static long epochNanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  // ---- union ----

  /** Pairs (a, b) and their union; each row is also checked with a and b swapped. */
  static Stream<Arguments> unions() {
    return Stream.of(
        Arguments.of("overlapping", iv(0, 30), iv(20, 50), List.of(iv(0, 50))),
        Arguments.of("touching", iv(0, 30), iv(30, 50), List.of(iv(0, 50))),
        Arguments.of("enclosed", iv(0, 60), iv(10, 20), List.of(iv(0, 60))),
        Arguments.of("disjoint", iv(0, 10), iv(20, 30), List.of(iv(0, 10), iv(20, 30))),
        Arguments.of("equal", iv(0, 10), iv(0, 10), List.of(iv(0, 10))),
        Arguments.of("same start", iv(0, 10), iv(0, 40), List.of(iv(0, 40))),
        Arguments.of("same end", iv(0, 40), iv(30, 40), List.of(iv(0, 40))),
        Arguments.of(
            "a nanosecond apart",
            iv(0, 10),
            UsageInterval.of(t(10).plusNanos(1), t(20)),
            List.of(iv(0, 10), UsageInterval.of(t(10).plusNanos(1), t(20)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unions")
  void unionOfAPair(String name, UsageInterval a, UsageInterval b, List<UsageInterval> union) {
    IntervalSet set = IntervalSet.union(List.of(a, b));
    assertThat(set.intervals()).containsExactlyElementsOf(union);
    assertThat(set.size()).isEqualTo(union.size());
    assertThat(set.isEmpty()).isFalse();
  }

  @ParameterizedTest(name = "{0}, swapped")
  @MethodSource("unions")
  void unionOfAPairSwapped(
      String name, UsageInterval a, UsageInterval b, List<UsageInterval> union) {
    assertThat(IntervalSet.union(List.of(b, a)).intervals()).containsExactlyElementsOf(union);
    assertThat(IntervalSet.union(List.of(b, a))).isEqualTo(IntervalSet.union(List.of(a, b)));
  }

  @Test
  void aSetLongerThanALongOfNanosecondsHasItsExactLength() {
    IntervalSet centuries =
        IntervalSet.union(
            List.of(
                UsageInterval.of(
                    Instant.parse("1700-01-01T00:00:00Z"), Instant.parse("2250-01-01T00:00:00Z"))));
    // 550 years, 133 of them leap years: (550 x 365 + 133) days x 24 h.
    assertThat(centuries.length()).isEqualTo(Duration.ofHours((550L * 365 + 133) * 24));
    org.assertj.core.api.Assertions.assertThatThrownBy(centuries::lengthNanos)
        .isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("the set lasts longer than a long holds in nanoseconds");
  }

  @Test
  void unionOfOverlappingTouchingAndDisjointIntervalsInAnyOrder() {
    IntervalSet set =
        IntervalSet.union(List.of(iv(90, 100), iv(0, 20), iv(40, 50), iv(10, 30), iv(30, 35)));
    assertThat(set.intervals()).containsExactly(iv(0, 35), iv(40, 50), iv(90, 100));
    assertThat(set.length()).isEqualTo(Duration.ofMinutes(35 + 10 + 10));
  }

  @Test
  void unionOfNothingIsTheEmptySet() {
    IntervalSet set = IntervalSet.union(List.of());
    assertThat(set).isEqualTo(IntervalSet.empty());
    assertThat(set.isEmpty()).isTrue();
    assertThat(set.size()).isZero();
    assertThat(set.length()).isEqualTo(Duration.ZERO);
    assertThat(set.lengthNanos()).isZero();
    assertThat(set.first()).isEmpty();
    assertThat(set.intervals()).isEmpty();
    assertThat(set).hasToString("[]");
  }

  /** Intervals clipped to the window [10, 50): the part that remains, or none. */
  static Stream<Arguments> clips() {
    return Stream.of(
        Arguments.of("crossing the start", iv(0, 20), Optional.of(iv(10, 20))),
        Arguments.of("crossing the end", iv(40, 70), Optional.of(iv(40, 50))),
        Arguments.of("enclosing the window", iv(0, 70), Optional.of(iv(10, 50))),
        Arguments.of("inside", iv(20, 30), Optional.of(iv(20, 30))),
        Arguments.of("the window itself", iv(10, 50), Optional.of(iv(10, 50))),
        Arguments.of("unbounded inside", open(30), Optional.of(iv(30, 50))),
        Arguments.of("unbounded before", open(0), Optional.of(iv(10, 50))),
        Arguments.of("ending at the start", iv(0, 10), Optional.empty()),
        Arguments.of("starting at the end", iv(50, 60), Optional.empty()),
        Arguments.of("unbounded from the end", open(50), Optional.empty()),
        Arguments.of("after", iv(60, 70), Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clips")
  void unionClipsToTheWindow(String name, UsageInterval interval, Optional<UsageInterval> part) {
    IntervalSet set = IntervalSet.union(List.of(interval), t(10), t(50));
    assertThat(set.intervals()).containsExactlyElementsOf(part.stream().toList());
  }

  @Test
  void unionOfAnEmptyOrReversedWindowIsEmpty() {
    List<UsageInterval> all = List.of(iv(0, 70), open(0), iv(20, 30));
    assertThat(IntervalSet.union(all, t(20), t(20))).isEqualTo(IntervalSet.empty());
    assertThat(IntervalSet.union(all, t(30), t(20))).isEqualTo(IntervalSet.empty());
    assertThat(IntervalSet.union(all, t(20), t(20).plusNanos(1)).intervals())
        .containsExactly(UsageInterval.of(t(20), t(20).plusNanos(1)));
  }

  @Test
  void unionWithinAWindowMergesWhatTheClippingLeaves() {
    IntervalSet set = IntervalSet.union(List.of(iv(0, 15), open(45), iv(12, 20)), t(10), t(50));
    assertThat(set.intervals()).containsExactly(iv(10, 20), iv(45, 50));
    assertThat(set.length()).isEqualTo(Duration.ofMinutes(15));
  }

  // ---- intersection ----

  private static IntervalSet set(UsageInterval... intervals) {
    return IntervalSet.union(List.of(intervals));
  }

  /** Sets (a, b) and their intersection; commutative, so each row is checked both ways. */
  static Stream<Arguments> intersections() {
    return Stream.of(
        Arguments.of("overlapping", set(iv(0, 10)), set(iv(5, 20)), set(iv(5, 10))),
        Arguments.of("touching", set(iv(0, 10)), set(iv(10, 20)), IntervalSet.empty()),
        Arguments.of("disjoint", set(iv(0, 10)), set(iv(30, 40)), IntervalSet.empty()),
        Arguments.of("equal", set(iv(0, 10)), set(iv(0, 10)), set(iv(0, 10))),
        Arguments.of(
            "enclosing two",
            set(iv(0, 60)),
            set(iv(10, 20), iv(30, 40)),
            set(iv(10, 20), iv(30, 40))),
        Arguments.of(
            "bridging a gap",
            set(iv(0, 10), iv(20, 30)),
            set(iv(5, 25)),
            set(iv(5, 10), iv(20, 25))),
        Arguments.of(
            "interleaved",
            set(iv(0, 10), iv(20, 30), iv(40, 50)),
            set(iv(5, 22), iv(28, 45)),
            set(iv(5, 10), iv(20, 22), iv(28, 30), iv(40, 45))),
        Arguments.of(
            "with the empty set", set(iv(0, 10)), IntervalSet.empty(), IntervalSet.empty()),
        Arguments.of("both empty", IntervalSet.empty(), IntervalSet.empty(), IntervalSet.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("intersections")
  void intersection(String name, IntervalSet a, IntervalSet b, IntervalSet both) {
    assertThat(a.intersection(b)).isEqualTo(both);
    assertThat(a.intersection(b).intervals()).containsExactlyElementsOf(both.intervals());
  }

  @ParameterizedTest(name = "{0}, swapped")
  @MethodSource("intersections")
  void intersectionSwapped(String name, IntervalSet a, IntervalSet b, IntervalSet both) {
    assertThat(b.intersection(a)).isEqualTo(both);
  }

  // ---- reading ----

  @Test
  void lengthFirstAndIntervals() {
    IntervalSet set = set(iv(30, 40), iv(0, 10), UsageInterval.of(t(50), t(50).plusNanos(7)));
    assertThat(set.length()).isEqualTo(Duration.ofMinutes(20).plusNanos(7));
    assertThat(set.lengthNanos()).isEqualTo(Duration.ofMinutes(20).toNanos() + 7);
    assertThat(set.first()).contains(t(0));
    assertThat(set.size()).isEqualTo(3);
    assertThat(set.intervals())
        .containsExactly(iv(0, 10), iv(30, 40), UsageInterval.of(t(50), t(50).plusNanos(7)));
    assertThat(set)
        .hasToString(
            "[[2026-01-20T00:00:00Z, 2026-01-20T00:10:00Z),"
                + " [2026-01-20T00:30:00Z, 2026-01-20T00:40:00Z),"
                + " [2026-01-20T00:50:00Z, 2026-01-20T00:50:00.000000007Z)]");
  }

  @Test
  void firstIsTheEarliestInstantWhateverTheOrderGiven() {
    assertThat(set(iv(30, 40), iv(5, 10), iv(20, 25)).first()).contains(t(5));
    assertThat(IntervalSet.union(List.of(iv(0, 40)), t(12), t(20)).first()).contains(t(12));
  }

  @Test
  void intervalsIsACopy() {
    IntervalSet set = set(iv(0, 10));
    List<UsageInterval> read = set.intervals();
    read.clear();
    assertThat(set.intervals()).containsExactly(iv(0, 10));
  }

  @Test
  void copyToWritesEpochNanosFromTheOffset() {
    IntervalSet set = set(iv(30, 40), iv(0, 10));
    long[] starts = new long[5];
    long[] ends = new long[5];
    Arrays.fill(starts, -1);
    Arrays.fill(ends, -1);

    assertThat(set.copyTo(starts, ends, 2)).isEqualTo(2);
    assertThat(starts).containsExactly(-1, -1, epochNanos(t(0)), epochNanos(t(30)), -1);
    assertThat(ends).containsExactly(-1, -1, epochNanos(t(10)), epochNanos(t(40)), -1);
    assertThat(IntervalSet.empty().copyTo(starts, ends, 5)).isZero();
  }

  @Test
  void equalWhenTheSameInstantsAreInTheSet() {
    IntervalSet whole = set(iv(0, 20), iv(30, 40));
    IntervalSet pieces = set(iv(30, 35), iv(0, 10), iv(35, 40), iv(5, 20));
    assertThat(pieces).isEqualTo(whole).hasSameHashCodeAs(whole);
    assertThat(set(iv(0, 20), iv(31, 40))).isNotEqualTo(whole);
    assertThat(set(iv(0, 20))).isNotEqualTo(whole);
    assertThat(set(iv(0, 40))).isNotEqualTo(whole);
    assertThat(IntervalSet.empty()).isNotEqualTo(whole);
    assertThat(whole).isNotEqualTo(whole.intervals());
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullsAreRejected() {
    assertNullRejected("intervals", () -> IntervalSet.union(null, t(0), t(1)));
    assertNullRejected("from", () -> IntervalSet.union(List.of(), null, t(1)));
    assertNullRejected("to", () -> IntervalSet.union(List.of(), t(0), null));
    assertNullRejected("other", () -> set(iv(0, 1)).intersection(null));
  }

  // ---- laws against a minute-grid oracle ----

  /**
   * Intervals on a minute grid (some unbounded) and a window {@code [from, to)} in minutes, {@code
   * from >= to} one time in about eight.
   */
  private record Case(List<UsageInterval> intervals, int from, int to) {
    Case withIntervals(List<UsageInterval> other) {
      return new Case(other, from, to);
    }
  }

  private static UsageInterval gridInterval(SplittableRandom r) {
    int start = -20 + r.nextInt(100);
    return r.nextInt(6) == 0 ? open(start) : iv(start, start + 1 + r.nextInt(30));
  }

  private static final Gen<Case> CASES =
      r -> {
        int n = r.nextInt(9);
        List<UsageInterval> intervals = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          intervals.add(gridInterval(r));
        }
        int from = -10 + r.nextInt(70);
        return new Case(intervals, from, from - 5 + r.nextInt(75));
      };

  private static List<Case> shrink(Case c) {
    return PropertyCheck.halves(c.intervals()).stream().map(c::withIntervals).toList();
  }

  /** Whether some interval covers minute {@code m} (all breakpoints lie on the grid). */
  private static boolean covered(List<UsageInterval> intervals, int m) {
    Instant at = t(m);
    return intervals.stream().anyMatch(i -> i.contains(at));
  }

  /** The maximal runs of consecutive minutes of {@code [from, to)} where {@code in} holds. */
  private static List<UsageInterval> runs(int from, int to, IntPredicate in) {
    List<UsageInterval> out = new ArrayList<>();
    int m = from;
    while (m < to) {
      if (!in.test(m)) {
        m++;
        continue;
      }
      int start = m;
      while (m < to && in.test(m)) {
        m++;
      }
      out.add(iv(start, m));
    }
    return out;
  }

  private static long countMinutes(int from, int to, IntPredicate in) {
    long n = 0;
    for (int m = from; m < to; m++) {
      n += in.test(m) ? 1 : 0;
    }
    return n;
  }

  @Test
  void unionIsTheCoveredMinutes() {
    PropertyCheck.forAll(
        "the union in a window holds exactly the covered minutes of the window",
        3000,
        CASES,
        c -> {
          IntervalSet set = IntervalSet.union(c.intervals(), t(c.from()), t(c.to()));
          List<UsageInterval> expected = runs(c.from(), c.to(), m -> covered(c.intervals(), m));
          assertThat(set.intervals()).isEqualTo(expected);
          assertThat(set.length())
              .isEqualTo(
                  Duration.ofMinutes(
                      countMinutes(c.from(), c.to(), m -> covered(c.intervals(), m))));
          assertThat(set.size()).isEqualTo(expected.size());
          assertThat(set.first())
              .isEqualTo(expected.stream().findFirst().map(UsageInterval::start));
        },
        IntervalSetTest::shrink);
  }

  @Test
  void intersectionIsTheMinutesInBoth() {
    Gen<List<Case>> pairs = r -> List.of(CASES.next(r), CASES.next(r));
    PropertyCheck.forAll(
        "the intersection holds exactly the minutes in both sets, whichever comes first",
        3000,
        pairs,
        p -> {
          Case a = p.get(0);
          List<UsageInterval> b = p.get(1).intervals();
          IntervalSet sa = IntervalSet.union(a.intervals(), t(a.from()), t(a.to()));
          IntervalSet sb = IntervalSet.union(b, t(a.from()), t(a.to()));
          List<UsageInterval> expected =
              runs(a.from(), a.to(), m -> covered(a.intervals(), m) && covered(b, m));
          assertThat(sa.intersection(sb).intervals()).isEqualTo(expected);
          assertThat(sb.intersection(sa)).isEqualTo(sa.intersection(sb));
          assertThat(sa.intersection(sa)).isEqualTo(sa);
        });
  }

  /** A case and a seed for the random choices a law makes on it. */
  private record Seeded(Case c, long seed) {}

  private static final Gen<Seeded> SEEDED = r -> new Seeded(CASES.next(r), r.nextLong());

  @Test
  void unionIsIndependentOfOrder() {
    PropertyCheck.forAll(
        "the union does not depend on the order of its parts",
        2000,
        SEEDED,
        p -> {
          Case c = p.c();
          List<UsageInterval> shuffled = new ArrayList<>(c.intervals());
          Collections.shuffle(shuffled, new Random(p.seed()));
          assertThat(IntervalSet.union(shuffled, t(c.from()), t(c.to())))
              .isEqualTo(IntervalSet.union(c.intervals(), t(c.from()), t(c.to())));
        });
  }

  @Test
  void unionIsIndependentOfSplittingAnIntervalAtAnyInstant() {
    PropertyCheck.forAll(
        "splitting an interval at any instant (to the nanosecond) leaves the union unchanged",
        2000,
        SEEDED,
        p -> {
          Case c = p.c();
          if (c.intervals().isEmpty()) {
            return;
          }
          SplittableRandom r = new SplittableRandom(p.seed());
          List<UsageInterval> split = new ArrayList<>(c.intervals());
          UsageInterval cut = split.remove(r.nextInt(split.size()));
          long length =
              cut.isUnboundedEnd() ? Duration.ofHours(3).toNanos() : cut.duration().toNanos();
          Instant at = cut.start().plusNanos(1 + r.nextLong(length - 1));
          split.add(UsageInterval.of(cut.start(), at));
          split.add(
              cut.isUnboundedEnd()
                  ? UsageInterval.ofUnboundedEnd(at)
                  : UsageInterval.of(at, cut.endOrThrow()));
          assertThat(IntervalSet.union(split, t(c.from()), t(c.to())))
              .isEqualTo(IntervalSet.union(c.intervals(), t(c.from()), t(c.to())));
          assertThat(IntervalSet.union(split, t(-30), t(130)))
              .isEqualTo(IntervalSet.union(c.intervals(), t(-30), t(130)));
        });
  }
}
