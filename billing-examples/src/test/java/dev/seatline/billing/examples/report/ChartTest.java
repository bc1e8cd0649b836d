package dev.seatline.billing.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ChartTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void theValueAxisTakesAtMostFiveStepsOfOneTwoOrFive() {
    assertThat(Chart.tickStep(0)).isEqualTo(1);
    assertThat(Chart.tickStep(5)).isEqualTo(1);
    assertThat(Chart.tickStep(6)).isEqualTo(2);
    assertThat(Chart.tickStep(8)).isEqualTo(2);
    assertThat(Chart.tickStep(11)).isEqualTo(5);
    assertThat(Chart.tickStep(700)).isEqualTo(200);
    assertThat(Chart.tickStep(1_000_000_000L)).isEqualTo(200_000_000L);
  }

  @Test
  void theAxisTopIsTheFirstStepAtOrAboveTheLargestValue() {
    Instant t = Instant.parse("2026-01-15T05:00:00Z");
    assertThat(new Chart("c", "c", t, t, t.plusSeconds(60), NEW_YORK, 700).top()).isEqualTo(800);
    assertThat(new Chart("c", "c", t, t, t.plusSeconds(60), NEW_YORK, 0).top()).isEqualTo(1);
    assertThat(new Chart("c", "c", t, t, t.plusSeconds(60), NEW_YORK, 3).top()).isEqualTo(3);
  }

  @Test
  void scalesInstantsAndValuesOntoThePlot() {
    Instant t = Instant.parse("2026-01-15T05:00:00Z");
    Chart c = new Chart("c", "c", t, t.plusSeconds(100), t.plusSeconds(200), NEW_YORK, 10);
    assertThat(c.x(t.plusSeconds(100))).isEqualTo(80);
    assertThat(c.x(t.plusSeconds(150))).isEqualTo(620);
    assertThat(c.x(t.plusSeconds(200))).isEqualTo(1160);
    assertThat(c.y(0)).isEqualTo(250);
    assertThat(c.y(10)).isEqualTo(30);
    assertThat(c.y(5)).isEqualTo(140);
  }

  @Test
  void numbersHaveAtMostTwoDecimals() {
    assertThat(Chart.n(103.3333)).isEqualTo("103.33");
    assertThat(Chart.n(22.5)).isEqualTo("22.5");
    assertThat(Chart.n(80)).isEqualTo("80");
    assertThat(Chart.n(0.004)).isEqualTo("0");
    assertThat(Chart.n(-0.07)).isEqualTo("-0.07");
    assertThat(Chart.n(1.05)).isEqualTo("1.05");
  }

  @Test
  void theAxisTitleNamesEveryOffsetOfTheRange() {
    Instant march = Instant.parse("2026-03-01T05:00:00Z");
    Chart c = new Chart("c", "c", march, march, march.plusSeconds(31 * 86_400L), NEW_YORK, 1);
    assertThat(c.axisTitle())
        .isEqualTo("local time, America/New_York (−05:00; −04:00 from 2026-03-08 03:00 −04:00)");
  }

  @Test
  void aMonthIsLabelledEveryFewDaysAtLocalMidnight() {
    Instant t = Instant.parse("2026-01-15T05:00:00Z");
    String svg = new Chart("c", "c", t, t, t.plusSeconds(31 * 86_400L), NEW_YORK, 1).svg();
    // 744 hours at 80 px a label: every 3 days from Jan 15, at x = 80 + 1080 * 72 h / 744 h ...
    assertThat(svg).contains(">Jan 15</text>", ">Jan 18</text>", ">Feb 14</text>");
    assertThat(svg).doesNotContain(">Jan 16</text>", ">Jan 17</text>");
    assertThat(svg).contains("x1=\"184.52\"");
  }

  @Test
  void aDayIsLabelledEveryFewHours() {
    Instant t = Instant.parse("2026-01-20T05:00:00Z");
    String svg = new Chart("c", "c", t, t, t.plusSeconds(86_400L), NEW_YORK, 1).svg();
    assertThat(svg).contains(">00:00</text>", ">02:00</text>", ">22:00</text>");
    assertThat(svg).doesNotContain(">01:00</text>");
  }
}
