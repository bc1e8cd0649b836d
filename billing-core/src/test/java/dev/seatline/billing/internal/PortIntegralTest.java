package dev.seatline.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.model.ColumnarTimeline;
import dev.seatline.billing.model.PortSample;
import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortIntegralTest {
  /** The step function of value samples, through the array factory. */
  private static PortIntegral of(Instant start, Instant end, List<PortSample> samples) {
    long[] at = new long[samples.size()];
    long[] calls = new long[samples.size()];
    for (int i = 0; i < at.length; i++) {
      Instant t = samples.get(i).at();
      at[i] = t.getEpochSecond() * 1_000_000_000L + t.getNano();
      calls[i] = samples.get(i).concurrentCalls();
    }
    return PortIntegral.of(start, end, at, calls);
  }

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Instant T0 = Instant.parse("2026-01-15T05:00:00Z");

  private static PortSample sample(Instant at, long calls) {
    return new PortSample(at, calls);
  }

  private static Instant t(long seconds) {
    return T0.plusSeconds(seconds);
  }

  // ---- examples -------------------------------------------------------------------------------

  @Test
  void noSamplesMeansNoCalls() {
    PortIntegral p = of(T0, t(3600), List.of());
    assertThat(p.initialCalls()).isZero();
    assertThat(p.excessPortSeconds(0)).isEqualByComparingTo("0");
    assertThat(p.hourlyPeakExcessSeconds(0, NEW_YORK)).isZero();
  }

  @Test
  void lastSampleBeforeTheStartGivesTheValueAtTheStart() {
    PortIntegral p =
        of(T0, t(100), List.of(sample(t(-50), 7), sample(t(-10), 5), sample(t(-90), 9)));
    assertThat(p.initialCalls()).isEqualTo(5);
    assertThat(p.samplesInside()).isZero();
    assertThat(p.excessPortSeconds(2)).isEqualByComparingTo("300");
  }

  @Test
  void aSampleAtTheStartWinsOverEarlierOnes() {
    PortIntegral p = of(T0, t(100), List.of(sample(t(-10), 5), sample(T0, 1)));
    assertThat(p.initialCalls()).isEqualTo(1);
    assertThat(p.excessPortSeconds(0)).isEqualByComparingTo("100");
  }

  @Test
  void samplesAtOrAfterTheEndAreIgnoredAndTheLastSampleHoldsToTheEnd() {
    PortIntegral p =
        of(T0, t(100), List.of(sample(t(40), 3), sample(t(100), 1000), sample(t(500), 1000)));
    assertThat(p.samplesInside()).isEqualTo(1);
    assertThat(p.excessPortSeconds(1)).isEqualByComparingTo("120");
  }

  @Test
  void integralIsExactToTheNanosecond() {
    Instant a = T0.plusNanos(1);
    Instant b = T0.plusSeconds(1).plusNanos(2);
    PortIntegral p = of(T0, t(10), List.of(sample(a, 3), sample(b, 0)));
    assertThat(p.excessPortSeconds(0)).isEqualTo(new BigDecimal("3.000000003"));
  }

  @Test
  void billionCallsForAMonthDoNotOverflow() {
    Instant end = Instant.parse("2026-02-15T05:00:00Z");
    PortIntegral p =
        of(T0, end, List.of(sample(T0, 1_000_000_000L), sample(end.minusNanos(1), 1_000_000_000L)));
    // 31 days = 2,678,400 s; 10^9 ports throughout.
    assertThat(p.excessPortSeconds(0)).isEqualTo(new BigDecimal("2678400000000000"));
  }

  @Test
  void billionCallsWithNanosecondStepsStayExact() {
    List<PortSample> samples = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      samples.add(sample(T0.plusNanos(999_999_999L * i), i % 2 == 0 ? 1_000_000_000L : 0));
    }
    BigDecimal oracle = breakpointOracle(T0, t(3600), samples, 0);
    assertThat(of(T0, t(3600), samples).excessPortSeconds(0))
        .isEqualByComparingTo(oracle)
        .isEqualByComparingTo("499999999500");
  }

  @Test
  void emptyWindowHasNoExcess() {
    PortIntegral p = of(T0, T0, List.of(sample(t(-5), 10)));
    assertThat(p.excessPortSeconds(0)).isEqualByComparingTo("0");
    assertThat(p.hourlyPeakExcessSeconds(0, NEW_YORK)).isZero();
  }

  @Test
  void reversedWindowIsRejected() {
    assertThatThrownBy(() -> of(t(1), T0, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reversed");
  }

  @Test
  void hourlyPeakTakesTheHighestExcessOfEachClockHour() {
    // 10 calls for one minute at 00:30 local, 4 calls from 01:00 local on, 2 included.
    Instant start = Instant.parse("2026-01-20T05:00:00Z");
    List<PortSample> samples =
        List.of(
            sample(start.plusSeconds(1800), 10),
            sample(start.plusSeconds(1860), 0),
            sample(start.plusSeconds(3600), 4));
    PortIntegral p = of(start, start.plusSeconds(3 * 3600), samples);
    assertThat(p.hourlyPeakExcessSeconds(2, NEW_YORK)).isEqualTo((8 + 2 + 2) * 3600L);
    assertThat(p.excessPortSeconds(2)).isEqualByComparingTo(String.valueOf(8 * 60 + 2 * 7200));
  }

  @Test
  void hourlyPeakOfAnHourCutByTheWindowCountsAFullHour() {
    Instant start = Instant.parse("2026-01-20T05:00:00Z");
    // window ends 10 minutes into the second hour
    PortIntegral p = of(start, start.plusSeconds(4200), List.of(sample(start.minusSeconds(1), 3)));
    assertThat(p.hourlyPeakExcessSeconds(0, NEW_YORK)).isEqualTo(2 * 3 * 3600L);
  }

  @Test
  void fallBackDayHasTwentyFiveClockHoursAndTheRepeatedHourCountsTwice() {
    Instant dayStart = Instant.parse("2026-11-01T04:00:00Z"); // 00:00 EDT
    Instant dayEnd = Instant.parse("2026-11-02T05:00:00Z"); // 00:00 EST next day
    PortIntegral constant = of(dayStart, dayEnd, List.of(sample(dayStart, 1)));
    assertThat(constant.clockHourCuts(NEW_YORK)).hasSize(24);
    assertThat(constant.hourlyPeakExcessSeconds(0, NEW_YORK)).isEqualTo(25 * 3600L);

    // one-minute spikes at 01:30 EDT and at 01:30 EST: two distinct clock hours
    List<PortSample> spikes =
        List.of(
            sample(Instant.parse("2026-11-01T05:30:00Z"), 5),
            sample(Instant.parse("2026-11-01T05:31:00Z"), 0),
            sample(Instant.parse("2026-11-01T06:30:00Z"), 5),
            sample(Instant.parse("2026-11-01T06:31:00Z"), 0));
    PortIntegral p = of(dayStart, dayEnd, spikes);
    assertThat(p.hourlyPeakExcessSeconds(0, NEW_YORK)).isEqualTo(2 * 5 * 3600L);
  }

  @Test
  void springForwardDayHasTwentyThreeClockHours() {
    Instant dayStart = Instant.parse("2026-03-08T05:00:00Z"); // 00:00 EST
    Instant dayEnd = Instant.parse("2026-03-09T04:00:00Z"); // 00:00 EDT next day
    PortIntegral p = of(dayStart, dayEnd, List.of(sample(dayStart, 2)));
    assertThat(p.clockHourCuts(NEW_YORK)).hasSize(22);
    assertThat(p.hourlyPeakExcessSeconds(1, NEW_YORK)).isEqualTo(23 * 3600L);
  }

  @Test
  void clockHoursFollowLocalTimeInHalfHourZones() {
    ZoneId kolkata = ZoneId.of("Asia/Kolkata"); // UTC+05:30: local hours start at :30 UTC
    Instant start = Instant.parse("2026-01-20T00:00:00Z");
    PortIntegral p = of(start, start.plusSeconds(7200), List.of());
    assertThat(p.clockHourCuts(kolkata))
        .containsExactly(1800L * 1_000_000_000L, 5400L * 1_000_000_000L);
  }

  @Test
  void sortByOffsetSortsBothArraysTogether() {
    long[] offsets = {5, 1, 4, 1, 3};
    long[] counts = {50, 10, 40, 10, 30};
    PortIntegral.sortByOffset(offsets, counts);
    assertThat(offsets).containsExactly(1, 1, 3, 4, 5);
    assertThat(counts).containsExactly(10, 10, 30, 40, 50);
  }

  // ---- properties ------------------------------------------------------------------------------

  /** A small scenario: samples on whole seconds around a window of up to 10 minutes. */
  private record Case(long windowSeconds, long included, List<PortSample> samples) {}

  private static Gen<Case> cases(boolean nanos) {
    return r -> {
      long window = 1 + r.nextLong(600);
      long included = r.nextLong(4);
      int n = r.nextInt(12);
      Map<Instant, Long> byInstant = new HashMap<>();
      List<PortSample> samples = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Instant at = t(-60 + r.nextLong(window + 120));
        if (nanos && r.nextBoolean()) {
          at = at.plusNanos(r.nextLong(1_000_000_000L));
        }
        long calls = byInstant.computeIfAbsent(at, k -> r.nextLong(8));
        samples.add(sample(at, calls));
      }
      return new Case(window, included, samples);
    };
  }

  private static List<Case> shrink(Case c) {
    List<Case> out = new ArrayList<>();
    for (List<PortSample> half : PropertyCheck.halves(c.samples())) {
      out.add(new Case(c.windowSeconds(), c.included(), half));
    }
    return out;
  }

  /** The calls at {@code t}: the latest sample at or before it, by a full scan. */
  private static long callsAt(List<PortSample> samples, Instant t) {
    Instant best = null;
    long value = 0;
    for (PortSample s : samples) {
      if (!s.at().isAfter(t) && (best == null || s.at().isAfter(best))) {
        best = s.at();
        value = s.concurrentCalls();
      }
    }
    return value;
  }

  /** Exact integral by the breakpoints: between two consecutive breakpoints the value is flat. */
  private static BigDecimal breakpointOracle(
      Instant start, Instant end, List<PortSample> samples, long included) {
    List<Instant> points = new ArrayList<>();
    points.add(start);
    for (PortSample s : samples) {
      if (s.at().isAfter(start) && s.at().isBefore(end)) {
        points.add(s.at());
      }
    }
    points.add(end);
    Collections.sort(points);
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i + 1 < points.size(); i++) {
      long excess = Math.max(0, callsAt(samples, points.get(i)) - included);
      BigDecimal seconds =
          new BigDecimal(java.time.Duration.between(points.get(i), points.get(i + 1)).toNanos())
              .movePointLeft(9);
      total = total.add(seconds.multiply(BigDecimal.valueOf(excess)));
    }
    return total;
  }

  @Test
  void integralEqualsASecondBySecondSum() {
    PropertyCheck.forAll(
        "port integral equals the second-by-second sum",
        3000,
        cases(false),
        c -> {
          long sum = 0;
          for (long s = 0; s < c.windowSeconds(); s++) {
            sum += Math.max(0, callsAt(c.samples(), t(s)) - c.included());
          }
          assertThat(of(T0, t(c.windowSeconds()), c.samples()).excessPortSeconds(c.included()))
              .isEqualByComparingTo(BigDecimal.valueOf(sum));
        },
        PortIntegralTest::shrink);
  }

  @Test
  void integralEqualsTheBreakpointSumWithNanoseconds() {
    PropertyCheck.forAll(
        "port integral equals the breakpoint sum (nanosecond instants)",
        3000,
        cases(true),
        c -> {
          Instant end = t(c.windowSeconds()).plusNanos(123);
          assertThat(of(T0, end, c.samples()).excessPortSeconds(c.included()))
              .isEqualByComparingTo(breakpointOracle(T0, end, c.samples(), c.included()));
        },
        PortIntegralTest::shrink);
  }

  @Test
  void theColumnarStepFunctionEqualsTheValueOne() {
    PropertyCheck.forAll(
        "port integral and hourly peaks on columns equal those on value samples",
        3000,
        cases(true),
        c -> {
          ColumnarTimeline.Builder b = ColumnarTimeline.builder();
          c.samples().forEach(s -> b.callPort(s.at(), s.concurrentCalls()));
          List<PortSample> sorted = b.build().portSamples();
          long[] sampleAt = new long[sorted.size()];
          int[] sampleCalls = new int[sorted.size()];
          for (int i = 0; i < sampleAt.length; i++) {
            Instant at = sorted.get(i).at();
            sampleAt[i] = at.getEpochSecond() * 1_000_000_000L + at.getNano();
            sampleCalls[i] = (int) sorted.get(i).concurrentCalls();
          }
          Instant end = t(c.windowSeconds()).plusNanos(123);
          PortIntegral values = of(T0, end, c.samples());
          PortIntegral cols = PortIntegral.ofColumns(T0, end, sampleAt, sampleCalls);
          assertThat(cols.initialCalls()).isEqualTo(values.initialCalls());
          assertThat(cols.samplesInside()).isEqualTo(values.samplesInside());
          assertThat(cols.excessPortSeconds(c.included()))
              .isEqualTo(values.excessPortSeconds(c.included()));
          assertThat(cols.hourlyPeakExcessSeconds(c.included(), NEW_YORK))
              .isEqualTo(values.hourlyPeakExcessSeconds(c.included(), NEW_YORK));
          assertThat(PortIntegral.ofColumns(T0, T0, sampleAt, sampleCalls).excessPortSeconds(0))
              .isEqualByComparingTo("0");
        },
        PortIntegralTest::shrink);
  }

  /** A case and a second random number (the split point, or a shuffle seed). */
  private record Split(Case c, long seed) {}

  @Test
  void splittingTheSamplesAtAnyInstantKeepsTheTotal() {
    Gen<Case> gen = cases(true);
    PropertyCheck.forAll(
        "integral over [s, m) plus [m, e) equals [s, e)",
        3000,
        r -> new Split(gen.next(r), r.nextLong(Long.MAX_VALUE)),
        v -> {
          Case c = v.c();
          long included = c.included();
          Instant end = t(c.windowSeconds());
          Instant mid =
              T0.plusNanos(v.seed() % (c.windowSeconds() * 1_000_000_000L + 1)); // in [start, end]
          List<PortSample> before = new ArrayList<>();
          List<PortSample> after = new ArrayList<>();
          for (PortSample s : c.samples()) {
            (s.at().isBefore(mid) ? before : after).add(s);
          }
          // the second half starts with the value in force at the split
          after.add(sample(mid, callsAt(c.samples(), mid)));
          BigDecimal whole = of(T0, end, c.samples()).excessPortSeconds(included);
          BigDecimal first = of(T0, mid, before).excessPortSeconds(included);
          BigDecimal second = of(mid, end, after).excessPortSeconds(included);
          assertThat(first.add(second)).isEqualByComparingTo(whole);
        });
  }

  @Test
  void resultsDoNotDependOnTheOrderOfTheSamples() {
    Gen<Case> gen = cases(true);
    PropertyCheck.forAll(
        "integral and hourly peak are independent of sample order",
        2000,
        r -> new Split(gen.next(r), r.nextLong()),
        v -> {
          Case c = v.c();
          List<PortSample> shuffled = new ArrayList<>(c.samples());
          Collections.shuffle(shuffled, new java.util.Random(v.seed()));
          List<PortSample> sorted = new ArrayList<>(c.samples());
          sorted.sort(Comparator.comparing(PortSample::at));
          Instant end = t(c.windowSeconds());
          PortIntegral a = of(T0, end, shuffled);
          PortIntegral b = of(T0, end, sorted);
          assertThat(a.excessPortSeconds(c.included()))
              .isEqualTo(b.excessPortSeconds(c.included()));
          assertThat(a.hourlyPeakExcessSeconds(c.included(), NEW_YORK))
              .isEqualTo(b.hourlyPeakExcessSeconds(c.included(), NEW_YORK));
        });
  }

  /** Samples on whole minutes over a window of up to 8 hours around a daylight-saving change. */
  private record HourCase(Instant start, long windowMinutes, long included, List<PortSample> s) {}

  private static final List<Instant> AROUND =
      List.of(
          Instant.parse("2026-11-01T02:00:00Z"), // before the fall-back
          Instant.parse("2026-03-08T03:00:00Z"), // before the spring-forward
          Instant.parse("2026-06-10T11:17:00Z")); // an ordinary day, not on an hour

  @Test
  void hourlyPeakEqualsAMinuteByMinuteMaximumPerLocalClockHour() {
    PropertyCheck.forAll(
        "hourly peak equals the per-clock-hour maximum of a minute-by-minute scan",
        1500,
        r -> {
          Instant start = AROUND.get(r.nextInt(AROUND.size())).plusSeconds(60L * r.nextInt(120));
          long minutes = 1 + r.nextLong(480);
          long included = r.nextLong(3);
          Map<Instant, Long> byInstant = new HashMap<>();
          List<PortSample> samples = new ArrayList<>();
          int n = r.nextInt(25);
          for (int i = 0; i < n; i++) {
            Instant at = start.plusSeconds(60 * (r.nextLong(minutes + 60) - 30));
            samples.add(sample(at, byInstant.computeIfAbsent(at, k -> r.nextLong(6))));
          }
          return new HourCase(start, minutes, included, samples);
        },
        c -> {
          Map<ZonedDateTime, Long> peaks = new HashMap<>();
          for (long m = 0; m < c.windowMinutes(); m++) {
            Instant at = c.start().plusSeconds(60 * m);
            ZonedDateTime hour = at.atZone(NEW_YORK).truncatedTo(ChronoUnit.HOURS);
            long excess = Math.max(0, callsAt(c.s(), at) - c.included());
            peaks.merge(hour, excess, Math::max);
          }
          long oracle = peaks.values().stream().mapToLong(x -> x * 3600).sum();
          Instant end = c.start().plusSeconds(60 * c.windowMinutes());
          assertThat(of(c.start(), end, c.s()).hourlyPeakExcessSeconds(c.included(), NEW_YORK))
              .isEqualTo(oracle);
        });
  }

  @Test
  void sortByOffsetAgreesWithAComparatorSort() {
    PropertyCheck.forAll(
        "merge sort of parallel arrays equals a comparator sort of pairs",
        3000,
        Gen.longs(0, 50).listOf(0, 70),
        keys -> {
          long[] offsets = new long[keys.size()];
          long[] counts = new long[keys.size()];
          List<long[]> pairs = new ArrayList<>();
          for (int i = 0; i < keys.size(); i++) {
            offsets[i] = keys.get(i);
            counts[i] = keys.get(i) * 7 + 1; // one count per instant, as the input guarantees
            pairs.add(new long[] {offsets[i], counts[i]});
          }
          pairs.sort(Comparator.comparingLong(p -> p[0]));
          PortIntegral.sortByOffset(offsets, counts);
          for (int i = 0; i < pairs.size(); i++) {
            assertThat(offsets[i]).isEqualTo(pairs.get(i)[0]);
            assertThat(counts[i]).isEqualTo(pairs.get(i)[1]);
          }
        },
        PropertyCheck::halves);
  }
}
