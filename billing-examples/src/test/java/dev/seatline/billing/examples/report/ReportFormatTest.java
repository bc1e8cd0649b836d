package dev.seatline.billing.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.model.BillingCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void anInstantIsTheLocalTimeWithTheOffsetInForce() {
    assertThat(ReportFormat.time(Instant.parse("2026-01-20T14:00:00Z"), NEW_YORK))
        .isEqualTo("2026-01-20 09:00 −05:00");
    assertThat(ReportFormat.time(Instant.parse("2026-07-20T14:00:00Z"), NEW_YORK))
        .isEqualTo("2026-07-20 10:00 −04:00");
    assertThat(ReportFormat.time(Instant.parse("2026-01-20T14:00:00Z"), ZoneId.of("Asia/Kolkata")))
        .isEqualTo("2026-01-20 19:30 +05:30");
    assertThat(ReportFormat.time(Instant.parse("2026-01-20T14:00:00Z"), ZoneOffset.UTC))
        .isEqualTo("2026-01-20 14:00 +00:00");
  }

  @Test
  void secondsAndFractionsAreShownOnlyWhenThere() {
    assertThat(ReportFormat.time(Instant.parse("2026-01-20T14:00:07Z"), NEW_YORK))
        .isEqualTo("2026-01-20 09:00:07 −05:00");
    assertThat(ReportFormat.time(Instant.parse("2026-01-20T14:00:00.5Z"), NEW_YORK))
        .isEqualTo("2026-01-20 09:00:00.500000000 −05:00");
  }

  @Test
  void theMinusOfAnOffsetIsTheMinusSign() {
    assertThat(ReportFormat.offset(ZoneOffset.ofHours(-5))).isEqualTo("\u221205:00");
    assertThat(ReportFormat.offset(ZoneOffset.ofHoursMinutesSeconds(-4, -56, -2)))
        .isEqualTo("\u221204:56:02");
    assertThat(ReportFormat.offset(ZoneOffset.ofHours(1))).isEqualTo("+01:00");
  }

  @Test
  void aPeriodIsShownWithItsInclusiveLastSecond() {
    assertThat(
            ReportFormat.period(BillingCalendar.of(LocalDate.of(2026, 3, 1), NEW_YORK).period(0)))
        .isEqualTo("2026-03-01 00:00 −05:00 through 2026-03-31 23:59:59 −04:00");
  }

  @Test
  void instantsInTextBecomeLocalTimes() {
    assertThat(
            ReportFormat.localTimes(
                "no session overlaps [2026-01-15T05:00:00Z, 2026-02-15T05:00:00Z); at"
                    + " 2026-01-20T14:00:00.000000001Z, 2026-01-20T14:30:00Z",
                NEW_YORK))
        .isEqualTo(
            "no session overlaps [2026-01-15 00:00 −05:00, 2026-02-15 00:00 −05:00); at"
                + " 2026-01-20 09:00:00.000000001 −05:00, 2026-01-20 09:30 −05:00");
    assertThat(ReportFormat.localTimes("user 2026-13-45T99:00:00Z", NEW_YORK))
        .isEqualTo("user 2026-13-45T99:00:00Z");
    // Instant.toString always writes the seconds: anything else is left as it is
    assertThat(ReportFormat.localTimes("at 2026-01-20T14:30Z", NEW_YORK))
        .isEqualTo("at 2026-01-20T14:30Z");
    assertThat(ReportFormat.localTimes("no instant $1 \\ here", NEW_YORK))
        .isEqualTo("no instant $1 \\ here");
  }

  @Test
  void groupsThousands() {
    assertThat(ReportFormat.grouped(new BigDecimal("0.0125"))).isEqualTo("0.0125");
    assertThat(ReportFormat.grouped(new BigDecimal("999.99"))).isEqualTo("999.99");
    assertThat(ReportFormat.grouped(new BigDecimal("1000"))).isEqualTo("1,000");
    assertThat(ReportFormat.grouped(new BigDecimal("4750.00"))).isEqualTo("4,750.00");
    assertThat(ReportFormat.grouped(new BigDecimal("-1234567.891"))).isEqualTo("-1,234,567.891");
    assertThat(ReportFormat.grouped(new BigDecimal("-123"))).isEqualTo("-123");
    assertThat(ReportFormat.grouped(new BigDecimal("1E+3"))).isEqualTo("1,000");
  }

  @Test
  void durationsInHoursMinutesAndSeconds() {
    assertThat(ReportFormat.duration(Duration.ofMinutes(30))).isEqualTo("30m");
    assertThat(ReportFormat.duration(Duration.ofMinutes(150))).isEqualTo("2h30m");
    assertThat(ReportFormat.duration(Duration.ofSeconds(2480))).isEqualTo("41m20s");
    assertThat(ReportFormat.duration(Duration.ofDays(31))).isEqualTo("744h");
    assertThat(ReportFormat.duration(Duration.ZERO)).isEqualTo("0s");
  }
}
