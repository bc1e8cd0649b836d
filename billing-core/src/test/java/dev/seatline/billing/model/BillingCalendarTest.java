package dev.seatline.billing.model;

import static dev.seatline.billing.InvalidInputs.assertInvalidAt;
import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BillingCalendarTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void theFaqExampleJan15ToFeb14InEasternTime() {
    BillingCalendar calendar = BillingCalendar.of(LocalDate.of(2026, 1, 15), NEW_YORK);

    BillingPeriod p = calendar.period(0);

    assertThat(p.start()).isEqualTo(Instant.parse("2026-01-15T05:00:00Z"));
    assertThat(p.end()).isEqualTo(Instant.parse("2026-02-15T05:00:00Z"));
    assertThat(p.display())
        .isEqualTo("2026-01-15 00:00:00 through 2026-02-14 23:59:59 America/New_York");
    assertThat(calendar.start(0)).isEqualTo(p.start());
    assertThat(calendar.start(1)).isEqualTo(p.end());
  }

  @Test
  void equalityIsByContractDateAndZone() {
    LocalDate jan15 = LocalDate.of(2026, 1, 15);
    BillingCalendar a = BillingCalendar.of(jan15, ZoneId.of("America/New_York"));
    assertThat(a)
        .isEqualTo(BillingCalendar.of(jan15, ZoneId.of("America/New_York")))
        .hasSameHashCodeAs(BillingCalendar.of(jan15, ZoneId.of("America/New_York")))
        .isNotEqualTo(BillingCalendar.of(jan15.plusDays(1), ZoneId.of("America/New_York")))
        .isNotEqualTo(BillingCalendar.of(jan15, ZoneId.of("UTC")))
        .isNotEqualTo("calendar");
  }

  @Test
  void theDefaultZoneIsNewYork() {
    assertThat(BillingCalendar.DEFAULT_ZONE).isEqualTo(NEW_YORK);
  }

  @Test
  void aContractOfThe31stGivesMonthEndsWithoutChaining() {
    BillingCalendar calendar = BillingCalendar.of(LocalDate.of(2026, 1, 31), ZoneOffset.UTC);

    assertThat(List.of(0, 1, 2, 3, 4).stream().map(calendar::start).toList())
        .containsExactly(
            Instant.parse("2026-01-31T00:00:00Z"),
            Instant.parse("2026-02-28T00:00:00Z"),
            Instant.parse("2026-03-31T00:00:00Z"),
            Instant.parse("2026-04-30T00:00:00Z"),
            Instant.parse("2026-05-31T00:00:00Z"));
  }

  @Test
  void aContractOfThe31stInALeapYearGivesFeb29() {
    BillingCalendar calendar = BillingCalendar.of(LocalDate.of(2028, 1, 31), NEW_YORK);

    assertThat(calendar.period(1).localStart()).isEqualTo(LocalDateTime.of(2028, 2, 29, 0, 0));
    assertThat(calendar.period(1).localLastSecond())
        .isEqualTo(LocalDateTime.of(2028, 3, 30, 23, 59, 59));
    assertThat(calendar.period(2).localStart()).isEqualTo(LocalDateTime.of(2028, 3, 31, 0, 0));
  }

  @Test
  void periodsAcrossDaylightSavingStayMidnightToMidnightLocal() {
    // US daylight saving starts 2026-03-08 and ends 2026-11-01.
    BillingCalendar calendar = BillingCalendar.of(LocalDate.of(2026, 2, 20), NEW_YORK);

    BillingPeriod spring = calendar.period(0);
    BillingPeriod autumn = calendar.period(8);

    assertThat(spring.start()).isEqualTo(Instant.parse("2026-02-20T05:00:00Z"));
    assertThat(spring.end()).isEqualTo(Instant.parse("2026-03-20T04:00:00Z"));
    assertThat(spring.length()).isEqualTo(Duration.ofDays(28).minusHours(1));
    assertThat(spring.localLastSecond()).isEqualTo(LocalDateTime.of(2026, 3, 19, 23, 59, 59));
    assertThat(autumn.localStart()).isEqualTo(LocalDateTime.of(2026, 10, 20, 0, 0));
    assertThat(autumn.length()).isEqualTo(Duration.ofDays(31).plusHours(1));
  }

  @Test
  void aMissingMidnightMeansTheFirstInstantOfTheDate() {
    // Santiago skips 2026-09-06 00:00-00:59; Havana 2026-03-08; Beirut 2026-03-29.
    BillingCalendar santiago =
        BillingCalendar.of(LocalDate.of(2026, 8, 6), ZoneId.of("America/Santiago"));
    BillingCalendar havana =
        BillingCalendar.of(LocalDate.of(2026, 3, 8), ZoneId.of("America/Havana"));
    BillingCalendar beirut =
        BillingCalendar.of(LocalDate.of(2026, 1, 29), ZoneId.of("Asia/Beirut"));

    assertThat(santiago.start(1)).isEqualTo(Instant.parse("2026-09-06T04:00:00Z"));
    assertThat(santiago.period(1).localStart()).isEqualTo(LocalDateTime.of(2026, 9, 6, 1, 0));
    assertThat(santiago.period(0).end()).isEqualTo(santiago.period(1).start());
    assertThat(havana.start(0)).isEqualTo(Instant.parse("2026-03-08T05:00:00Z"));
    assertThat(havana.period(0).localStart()).isEqualTo(LocalDateTime.of(2026, 3, 8, 1, 0));
    assertThat(beirut.start(2)).isEqualTo(Instant.parse("2026-03-28T22:00:00Z"));
    assertThat(beirut.period(2).localStart()).isEqualTo(LocalDateTime.of(2026, 3, 29, 1, 0));
  }

  @Test
  void periodContainingFindsTheUniquePeriodAtItsBoundaries() {
    BillingCalendar calendar = BillingCalendar.of(LocalDate.of(2026, 1, 15), NEW_YORK);
    Instant a0 = calendar.start(0);
    Instant a1 = calendar.start(1);

    assertThat(calendar.periodContaining(a0)).contains(calendar.period(0));
    assertThat(calendar.periodContaining(a1.minusNanos(1))).contains(calendar.period(0));
    assertThat(calendar.periodContaining(a1)).contains(calendar.period(1));
    assertThat(calendar.periodContaining(Instant.parse("2027-07-01T12:00:00Z")).map(p -> p.index()))
        .contains(17);
    assertThat(calendar.periodContaining(a0.minusNanos(1))).isEmpty();
  }

  @Test
  void periodContainingIsEmptyPastTheLastPeriod() {
    BillingCalendar calendar = BillingCalendar.of(LocalDate.of(2026, 1, 15), ZoneOffset.UTC);
    Instant last = calendar.start(BillingCalendar.MAX_INDEX);
    Instant beyond = calendar.start(BillingCalendar.MAX_INDEX + 1);

    assertThat(calendar.periodContaining(last).map(BillingPeriod::index))
        .contains(BillingCalendar.MAX_INDEX);
    assertThat(calendar.periodContaining(beyond.minusNanos(1)).map(BillingPeriod::index))
        .contains(BillingCalendar.MAX_INDEX);
    assertThat(calendar.periodContaining(beyond)).isEmpty();
    assertThat(calendar.periodContaining(Instant.MAX)).isEmpty();
    assertThat(
            BillingCalendar.of(LocalDate.of(9999, 12, 31), ZoneId.of("Pacific/Kiritimati"))
                .periodContaining(Instant.MAX))
        .isEmpty();
  }

  @Test
  void indicesOutsideTheRangeAreRejectedAtPeriodIndex() {
    BillingCalendar calendar = BillingCalendar.of(LocalDate.of(2026, 1, 15), NEW_YORK);

    assertInvalidAt("period.index", () -> calendar.period(-1))
        .hasMessage("period.index: must be from 0 to 1000000, was -1");
    assertInvalidAt("period.index", () -> calendar.start(-1));
    assertInvalidAt("period.index", () -> calendar.period(BillingCalendar.MAX_INDEX + 1))
        .hasMessage("period.index: must be from 0 to 1000000, was 1000001");
    assertInvalidAt("period.index", () -> calendar.start(BillingCalendar.MAX_INDEX + 2));
    assertThat(calendar.period(BillingCalendar.MAX_INDEX).index())
        .isEqualTo(BillingCalendar.MAX_INDEX);
  }

  @Test
  void accessorsAndToString() {
    BillingCalendar calendar = BillingCalendar.of(LocalDate.of(2026, 1, 15), NEW_YORK);

    assertThat(calendar.contractEffectiveDate()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(calendar.zone()).isEqualTo(NEW_YORK);
    assertThat(calendar).hasToString("BillingCalendar{2026-01-15 in America/New_York}");
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentsAreRejected() {
    assertNullRejected("contractEffectiveDate", () -> BillingCalendar.of(null, NEW_YORK));
    assertNullRejected("zone", () -> BillingCalendar.of(LocalDate.of(2026, 1, 1), null));
    BillingCalendar calendar = BillingCalendar.of(LocalDate.of(2026, 1, 15), NEW_YORK);
    assertThatThrownBy(() -> calendar.periodContaining(null))
        .isInstanceOf(NullPointerException.class);
  }

  // ---- R1 laws, as properties ----

  private static final List<ZoneId> ALL_ZONES =
      ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();

  /** A contract date from 1970 to 2200, any available zone, a period index from 0 to 600. */
  private record Case(LocalDate contract, ZoneId zone, int index) {
    BillingCalendar calendar() {
      return BillingCalendar.of(contract, zone);
    }
  }

  private static final long FIRST_DAY = LocalDate.of(1970, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(2200, 12, 31).toEpochDay();

  private static final Gen<Case> CASES =
      r ->
          new Case(
              LocalDate.ofEpochDay(Gen.longs(FIRST_DAY, LAST_DAY).next(r)),
              Gen.oneOf(ALL_ZONES).next(r),
              Gen.ints(0, 600).next(r));

  @Test
  void consecutivePeriodsTileTime() {
    PropertyCheck.forAll(
        "periods tile time",
        5000,
        CASES,
        c -> {
          BillingCalendar calendar = c.calendar();
          BillingPeriod p = calendar.period(c.index());
          BillingPeriod next = calendar.period(c.index() + 1);
          assertThat(p.index()).isEqualTo(c.index());
          assertThat(p.start()).isBefore(p.end());
          assertThat(p.end()).isEqualTo(next.start());
          assertThat(p.zone()).isEqualTo(c.zone());
          if (c.index() > 0) {
            assertThat(calendar.period(c.index() - 1).end()).isEqualTo(p.start());
          }
        });
  }

  /** The oracle of A(n): midnight, or the end of the gap when midnight is skipped. */
  private static Instant firstInstantOf(LocalDate date, ZoneId zone) {
    ZoneRules rules = zone.getRules();
    LocalDateTime midnight = date.atTime(LocalTime.MIDNIGHT);
    List<ZoneOffset> offsets = rules.getValidOffsets(midnight);
    if (offsets.isEmpty()) {
      ZoneOffsetTransition gap = rules.getTransition(midnight);
      return gap.getInstant();
    }
    return offsets.stream().map(midnight::toInstant).min(Instant::compareTo).orElseThrow();
  }

  @Test
  void thePeriodStartIsLocalMidnightOfThePlainMonthShiftOrTheFirstInstantAfterAGap() {
    PropertyCheck.forAll(
        "A(n) is the first instant of contract + n months",
        5000,
        CASES,
        c -> {
          LocalDate date = c.contract().plusMonths(c.index());
          BillingPeriod p = c.calendar().period(c.index());
          assertThat(p.start()).isEqualTo(firstInstantOf(date, c.zone()));
          LocalDateTime local = p.localStart();
          if (zoneHasMidnight(date, c.zone())) {
            assertThat(local).isEqualTo(date.atStartOfDay());
          } else {
            assertThat(local.toLocalTime()).isAfter(LocalTime.MIDNIGHT);
          }
        });
  }

  private static boolean zoneHasMidnight(LocalDate date, ZoneId zone) {
    return !zone.getRules().getValidOffsets(date.atStartOfDay()).isEmpty();
  }

  @Test
  void aContractOfThe31stYieldsTheLastDayOfShortMonths() {
    Gen<Case> thirtyFirsts =
        CASES.map(
            c -> {
              LocalDate d = c.contract().withMonth(Month.JANUARY.getValue()).withDayOfMonth(31);
              return new Case(d, c.zone(), 12 * (c.index() / 12));
            });
    PropertyCheck.forAll(
        "Jan 31 -> Feb 28/29 -> Mar 31",
        2000,
        thirtyFirsts,
        c -> {
          BillingCalendar calendar = c.calendar();
          int year = c.contract().plusMonths(c.index()).getYear();
          int february = java.time.Year.isLeap(year) ? 29 : 28;
          assertThat(LocalDate.ofInstant(calendar.start(c.index() + 1), c.zone()))
              .isEqualTo(LocalDate.of(year, 2, february));
          assertThat(LocalDate.ofInstant(calendar.start(c.index() + 2), c.zone()))
              .isEqualTo(LocalDate.of(year, 3, 31));
          assertThat(LocalDate.ofInstant(calendar.start(c.index() + 3), c.zone()))
              .isEqualTo(LocalDate.of(year, 4, 30));
        });
  }

  /** A case and an instant somewhere in its period or around it. */
  private record Probe(Case c, Instant instant) {}

  private static final Gen<Probe> PROBES =
      r -> {
        Case c = CASES.next(r);
        BillingPeriod p = c.calendar().period(c.index());
        long span = p.length().toNanos();
        Instant instant =
            switch (r.nextInt(4)) {
              case 0 -> p.start();
              case 1 -> p.end().minusNanos(1);
              default -> p.start().plusNanos(r.nextLong(-span, 2 * span));
            };
        return new Probe(c, instant);
      };

  @Test
  void periodContainingContainsTheInstantAndIsUnique() {
    PropertyCheck.forAll(
        "periodContaining(t) contains t and is unique",
        5000,
        PROBES,
        probe -> {
          BillingCalendar calendar = probe.c().calendar();
          Instant t = probe.instant();
          Optional<BillingPeriod> found = calendar.periodContaining(t);
          if (t.isBefore(calendar.start(0))) {
            assertThat(found).isEmpty();
            return;
          }
          assertThat(found).isPresent();
          BillingPeriod p = found.orElseThrow();
          assertThat(p.contains(t)).isTrue();
          assertThat(p).isEqualTo(calendar.period(p.index()));
          if (p.index() > 0) {
            assertThat(calendar.period(p.index() - 1).contains(t)).isFalse();
          }
          assertThat(calendar.period(p.index() + 1).contains(t)).isFalse();
        });
  }
}
