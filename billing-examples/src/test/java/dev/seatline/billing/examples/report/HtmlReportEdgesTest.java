package dev.seatline.billing.examples.report;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.examples.cli.Scenario;
import dev.seatline.billing.examples.cli.ScenarioReader;
import dev.seatline.billing.invoice.RatedPeriod;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The report of scenarios at the edges: little data, a partial or empty rated time. */
class HtmlReportEdgesTest {
  private static String scenario(String licensing, String period, String users) {
    return """
        {
          "organization": {
            "id": "edge", "environment": "PRODUCTION", "status": "PAID", "currency": "USD",
            "licensing": "%s", "contractEffectiveDate": "2026-01-15", "concurrentSeatsPurchased": 5
          },
          "period": %s,
          "prices": { "seat": { "COMMUNICATE": "25.00", "PURECLOUD_1": "80.00" } },
          "users": [ %s ]
        }
        """
        .formatted(licensing, period, users);
  }

  private static final String ONE_USER =
      """
      { "id": "u1",
        "licenses": [ { "tier": "COMMUNICATE", "from": "2026-01-10T05:00:00Z" } ],
        "sessions": [ { "channel": "WEB", "from": "2026-01-16T14:00:00Z",
                        "to": "2026-01-16T15:00:00Z" } ] }
      """;

  private static Document page(String json) {
    Scenario s = ScenarioReader.read(json);
    RatedPeriod rated = s.rate(BillingEngine.withDefaults());
    return Jsoup.parse(HtmlReport.render(s.input(), rated));
  }

  @Test
  void aNamedOrganizationHasNoOnQueueChart() {
    Document page = page(scenario("NAMED", "{ \"index\": 0 }", ONE_USER));
    assertThat(page.select("svg").eachAttr("id")).containsExactly("call-ports");
    assertThat(page.select("#users-on-queue")).isEmpty();
    assertThat(page.select("#not-billed p").text())
        .isEqualTo("The one user of the input is billed.");
    assertThat(page.select("#call-ports p").text())
        .contains("0 samples in the rated time; at most 0 calls at once. Included ports: 1")
        .contains("Excess: 0.0000 port-hours.");
  }

  @Test
  void aUsageToDateViewSaysUntilWhen() {
    Document page =
        page(scenario("NAMED", "{ \"index\": 0, \"asOf\": \"2026-01-20T17:00:00Z\" }", ONE_USER));
    assertThat(page.select("dl.facts").text())
        .contains(
            "Rated time until 2026-01-20 12:00 −05:00 (usage to date, as of 2026-01-20 12:00"
                + " −05:00)");
    assertThat(page.select("#call-ports figcaption").text())
        .contains("Concurrent calls, 2026-01-15 00:00 −05:00 to 2026-01-20 12:00 −05:00");
  }

  @Test
  void anEmptyRatedTimeDrawsNothing() {
    Document page =
        page(
            scenario(
                "CONCURRENT", "{ \"index\": 0, \"asOf\": \"2026-01-15T05:00:00Z\" }", ONE_USER));
    assertThat(page.select("svg")).isEmpty();
    assertThat(page.select("#call-ports p").text())
        .isEqualTo(
            "No time is rated (the rated time ends where it starts, at 2026-01-15 00:00 −05:00):"
                + " there is nothing to draw.");
    assertThat(requireNonNull(page.select("#users-on-queue p").last()).text())
        .isEqualTo(
            "No contact-center user was on queue inside a user-interface session: no concurrent"
                + " seat is billed.");
  }

  @Test
  void aConcurrentOrganizationWithNobodyOnQueueSaysSo() {
    Document page =
        page(
            scenario(
                "CONCURRENT",
                "{ \"index\": 0 }",
                """
                { "id": "agent",
                  "licenses": [ { "tier": "PURECLOUD_1", "from": "2026-01-10T05:00:00Z" } ],
                  "sessions": [ { "channel": "WEB", "from": "2026-01-16T14:00:00Z",
                                  "to": "2026-01-16T15:00:00Z" } ] }
                """));
    assertThat(page.select("#users-on-queue svg")).isEmpty();
    assertThat(page.select("#users-on-queue").text())
        .contains("No contact-center user was on queue inside a user-interface session");
    assertThat(page.select("table[data-reason=NEVER_ON_QUEUE] td.user").text()).isEqualTo("agent");
  }

  @Test
  void refusesARatingOfAnotherInput() {
    Scenario a = ScenarioReader.read(scenario("NAMED", "{ \"index\": 0 }", ONE_USER));
    Scenario b = ScenarioReader.read(scenario("NAMED", "{ \"index\": 0 }", ""));
    RatedPeriod rated = a.rate(BillingEngine.withDefaults());
    assertThatThrownBy(() -> HtmlReport.render(b.input(), rated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the rated period of edge is not a rating of this input");
  }
}
