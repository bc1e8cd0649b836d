package dev.seatline.billing.examples.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.examples.bench.SyntheticTenants;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.ColumnarTimeline;
import dev.seatline.billing.model.RatingInput;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The report of big tenants stays small: the charts are drawn per pixel column. */
class ReportSizeTest {
  private static final int MAX_BYTES = 1024 * 1024;

  /** Every command of a path's {@code d}: one letter each. */
  private static long commands(Element path) {
    return path.attr("d").chars().filter(Character::isLetter).count();
  }

  @Test
  void aConcurrentTenantOfTwoMillionIntervalsStaysUnderAMegabyte() {
    ColumnarTimeline timeline = SyntheticTenants.concurrentTenant(7_500, 20_260_115L, false);
    assertThat(timeline.intervalCount()).isGreaterThan(2_000_000);
    RatingInput input =
        RatingInput.builder(
                SyntheticTenants.concurrentOrganization("big-cc", 8_000), SyntheticTenants.prices())
            .columns(timeline)
            .build();
    RatedPeriod rated = BillingEngine.withDefaults().rate(input, 0);

    String html = HtmlReport.render(input, rated);

    assertThat(html.getBytes(UTF_8).length).isLessThan(MAX_BYTES);
    Document page = Jsoup.parse(html);
    assertThat(page.select("svg")).hasSize(3);
    for (Element path : page.select("path.steps")) {
      // at most a horizontal and a vertical move per pixel column, and the start
      assertThat(commands(path)).isLessThanOrEqualTo(2L * Chart.COLUMNS + 2);
    }
    // the seat line's thousands of users are not all listed
    assertThat(requireNonNull(page.selectFirst("table[data-kind=RECURRING] td.why")).text())
        .contains("more in the result JSON");
  }

  @Test
  void aMonthOfPerSecondPortSamplesDrawsInAtMostOneStepAPixel() {
    long[][] samples = SyntheticTenants.portSamplesPerSecond(7L, false, 400);
    assertThat(samples[0].length).isGreaterThan(2_600_000);
    ColumnarTimeline timeline =
        ColumnarTimeline.builder().callPorts(samples[0], samples[1], TimeUnit.SECONDS).build();
    RatingInput input =
        RatingInput.builder(SyntheticTenants.namedOrganization("calls"), SyntheticTenants.prices())
            .columns(timeline)
            .build();
    RatedPeriod rated = BillingEngine.withDefaults().rate(input, 0);

    String html = HtmlReport.render(input, rated);

    assertThat(html.getBytes(UTF_8).length).isLessThan(200 * 1024);
    Document page = Jsoup.parse(html);
    Element steps = requireNonNull(page.selectFirst("#call-ports path.steps"));
    assertThat(commands(steps)).isLessThanOrEqualTo(2L * Chart.COLUMNS + 2);
    // the sample at the start gives the value there: the others are inside
    assertThat(page.select("#call-ports p").text()).contains("2,678,399 samples in the rated time");
  }
}
