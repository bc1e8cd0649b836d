package dev.seatline.billing.examples.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seatline.billing.examples.cli.RateScenario;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The HTML report of a small CONCURRENT scenario, written by the command line ({@code --html}) and
 * read back with jsoup; every number checked here is worked out by hand below.
 *
 * <p>Period 0 is [2026-01-15T05:00Z, 2026-02-15T05:00Z), 744 hours, in New York (−05:00 all month).
 * On 2026-01-20 (UTC): a is on queue 14:00-20:00, b 15:00-18:00 (and 23:00-23:30 outside any
 * session, ignored), c 16:00-16:20, all inside sessions; so 1 user on queue from 14:00, 2 from
 * 15:00, 3 for 20 minutes from 16:00, 2 from 16:20, 1 from 18:00, 0 from 20:00. The sustained peak
 * is 2 PURECLOUD_2 seats, the earliest 30-minute window [15:00, 15:30) UTC = [10:00, 10:30) local;
 * the highest count is 3. d holds PURECLOUD_2 but is never on queue (not billed), e is a NAMED
 * COMMUNICATE user, f never logs in (not billed). Included ports: 2 x 2 + 1 x 1 = 5; 8 calls from
 * 14:00 to 18:00 UTC are 3 excess ports for 4 hours = 12 port-hours x 0.0125 = 0.15.
 *
 * <p>Chart geometry (documented in {@link Chart}): the plot spans x 80 to 1160 and y 250 (0) up to
 * 30 (the axis top). The on-queue charts reach 3 (top 3: steps of 1), so 2 seats are at y = 250 -
 * 220 * 2 / 3 = 103.33. The calls reach 8 (top 8: steps of 2), so 5 ports are at y = 250 - 220 * 5
 * / 8 = 112.5. On the month chart 15:00 UTC on Jan 20 is 130 hours into 744: x = 80 + 1080 * 130 /
 * 744 = 268.71, and 30 minutes are 1080 * 0.5 / 744 = 0.73 wide. The day chart is the local day of
 * the window, [2026-01-20 00:00, 2026-01-21 00:00) local = [05:00Z, 05:00Z next day): 10:00 local
 * is x = 80 + 1080 * 10 / 24 = 530, and 30 minutes are 22.5 wide.
 */
class HtmlReportTest {
  static final String SCENARIO =
      """
      {
        "organization": {
          "id": "acme-cc", "environment": "PRODUCTION", "status": "PAID", "currency": "USD",
          "licensing": "CONCURRENT", "contractEffectiveDate": "2026-01-15",
          "timeZone": "America/New_York", "concurrentSeatsPurchased": 10,
          "addOnLicensesPurchased": { "SALESFORCE": 5 }
        },
        "period": { "index": 0 },
        "prices": {
          "seat": { "COMMUNICATE": "34.95", "PURECLOUD_2": "139.90" },
          "addOn": { "SALESFORCE": "12.50" },
          "excessPortHour": "0.0125",
          "oneTime": { "ENABLEMENT_STANDARD": "4750.00" },
          "hardware": { "HEADSET_H1": "99.00" }
        },
        "users": [
          { "id": "a",
            "licenses": [ { "tier": "PURECLOUD_2", "from": "2026-01-10T05:00:00Z" } ],
            "sessions": [ { "channel": "WEB", "from": "2026-01-20T14:00:00Z",
                            "to": "2026-01-20T22:00:00Z" } ],
            "onQueue": [ { "from": "2026-01-20T14:00:00Z", "to": "2026-01-20T20:00:00Z" } ] },
          { "id": "b",
            "licenses": [ { "tier": "PURECLOUD_2", "from": "2026-01-10T05:00:00Z" } ],
            "sessions": [ { "channel": "DESKTOP", "from": "2026-01-20T14:00:00Z",
                            "to": "2026-01-20T22:00:00Z" } ],
            "onQueue": [ { "from": "2026-01-20T15:00:00Z", "to": "2026-01-20T18:00:00Z" },
                         { "from": "2026-01-20T23:00:00Z", "to": "2026-01-20T23:30:00Z" } ] },
          { "id": "c",
            "licenses": [ { "tier": "PURECLOUD_2", "from": "2026-01-10T05:00:00Z" } ],
            "sessions": [ { "channel": "WEB", "from": "2026-01-20T16:00:00Z",
                            "to": "2026-01-20T17:00:00Z" } ],
            "onQueue": [ { "from": "2026-01-20T16:00:00Z", "to": "2026-01-20T16:20:00Z" } ] },
          { "id": "d",
            "licenses": [ { "tier": "PURECLOUD_2", "from": "2026-01-10T05:00:00Z" } ],
            "sessions": [ { "channel": "WEB", "from": "2026-01-21T14:00:00Z",
                            "to": "2026-01-21T15:00:00Z" } ] },
          { "id": "e",
            "licenses": [ { "tier": "COMMUNICATE", "from": "2026-01-10T05:00:00Z" } ],
            "sessions": [ { "channel": "MOBILE", "from": "2026-01-22T14:00:00Z",
                            "to": "2026-01-22T15:00:00Z" } ] },
          { "id": "f",
            "licenses": [ { "tier": "COMMUNICATE", "from": "2026-01-10T05:00:00Z" } ] }
        ],
        "callPorts": [ { "at": "2026-01-14T00:00:00Z", "concurrentCalls": 1 },
                       { "at": "2026-01-20T14:00:00Z", "concurrentCalls": 8 },
                       { "at": "2026-01-20T18:00:00Z", "concurrentCalls": 3 },
                       { "at": "2026-01-21T00:00:00Z", "concurrentCalls": 0 },
                       { "at": "2026-02-16T00:00:00Z", "concurrentCalls": 50 } ],
        "orders": [ { "id": "ord-1", "placedAt": "2026-01-15T15:00:00Z",
                      "oneTime": [ { "sku": "ENABLEMENT_STANDARD", "quantity": 1 } ] } ],
        "shipments": [ { "id": "shp-1", "orderId": "ord-1", "shippedAt": "2026-01-20T15:00:00Z",
                         "items": [ { "sku": "HEADSET_H1", "quantity": 12 } ] } ]
      }
      """;

  private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

  @TempDir static Path dir;

  private static String html = "";
  private static Document page = Jsoup.parse("");
  private static JsonNode result = new ObjectMapper().createObjectNode();

  @BeforeAll
  static void rate() throws IOException {
    Path report = dir.resolve("report.html");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        RateScenario.run(
            new String[] {"--html", report.toString(), "-"},
            new ByteArrayInputStream(SCENARIO.getBytes(UTF_8)),
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8));
    assertThat(err.toString(UTF_8)).isEmpty();
    assertThat(status).isEqualTo(RateScenario.OK);
    result = new ObjectMapper().readTree(out.toByteArray());
    html = Files.readString(report, UTF_8);
    page = Jsoup.parse(html);
  }

  private static double number(Element e, String attribute) {
    return Double.parseDouble(e.attr(attribute));
  }

  private static Element svg(String id) {
    return requireNonNull(page.getElementById(id), id);
  }

  private static Element one(Element root, String css) {
    Elements found = root.select(css);
    assertThat(found).as(css).hasSize(1);
    return found.get(0);
  }

  @Test
  void hasTheTitleAndTheSections() {
    assertThat(page.title()).isEqualTo("Seatline rating report: acme-cc, period 0");
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(page.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
    assertThat(page.select("section").eachAttr("id"))
        .containsExactly("seats", "users-on-queue", "call-ports", "invoices", "not-billed");
    assertThat(page.select("h1").text()).isEqualTo("acme-cc: period 0");
  }

  @Test
  void hasOneSvgPerChartEachInAFigureWithItsCaption() {
    assertThat(page.select("svg").eachAttr("id"))
        .containsExactly("on-queue-PURECLOUD_2", "on-queue-PURECLOUD_2-day", "call-ports");
    for (Element svg : page.select("svg")) {
      Element figure = requireNonNull(svg.parent());
      assertThat(figure.tagName()).isEqualTo("figure");
      Element caption = one(figure, "figcaption");
      assertThat(caption.text())
          .contains("Each of the 1,080 pixel columns is drawn at the highest value reached in");
      assertThat(svg.select("title")).hasSize(1);
    }
  }

  @Test
  void everySvgIsWellFormedXmlInTheSvgNamespace() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Matcher m = Pattern.compile("<svg[\\s>].*?</svg>", Pattern.DOTALL).matcher(html);
    int count = 0;
    while (m.find()) {
      DocumentBuilder builder = factory.newDocumentBuilder();
      List<String> problems = new ArrayList<>();
      builder.setErrorHandler(
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
              problems.add("warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
              problems.add("error: " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
              problems.add("fatal: " + e.getMessage());
              throw e;
            }
          });
      org.w3c.dom.Document svg = builder.parse(new InputSource(new StringReader(m.group())));
      assertThat(problems).isEmpty();
      assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
      assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo(SVG_NAMESPACE);
      count++;
    }
    assertThat(count).isEqualTo(page.select("svg").size()).isEqualTo(3);
  }

  @Test
  void hasNoScriptAndNoExternalResource() {
    assertThat(page.select("script")).isEmpty();
    assertThat(html)
        .doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("javascript:");
    assertThat(page.select("[src]")).isEmpty();
    assertThat(page.select("link, iframe, object, embed, img, image, use")).isEmpty();
    assertThat(page.select("[href]")).allSatisfy(e -> assertThat(e.attr("href")).startsWith("#"));
    assertThat(html).doesNotContain("src=", "href=", "@import", "url(");
    assertThat(html.replace(SVG_NAMESPACE, "")).doesNotContain("http:", "https:", "//");
    assertThat(page.select("style")).hasSize(1);
  }

  @Test
  void theBilledLevelIsTheScaleOfTheSustainedPeaksSeats() {
    for (String id : List.of("on-queue-PURECLOUD_2", "on-queue-PURECLOUD_2-day")) {
      Element line = one(svg(id), "line.billed-level");
      assertThat(number(line, "y1")).as(id).isCloseTo(250 - 220 * 2 / 3.0, within(0.006));
      assertThat(number(line, "y2")).as(id).isEqualTo(number(line, "y1"));
      assertThat(number(line, "x1")).isEqualTo(80);
      assertThat(number(line, "x2")).isEqualTo(1160);
    }
    assertThat(page.select("#users-on-queue h3").text()).isEqualTo("PURECLOUD_2: 2 seats billed");
  }

  @Test
  void theShadedWindowIsTheWindowsInstantsOnTheTimeScale() {
    Element month = one(svg("on-queue-PURECLOUD_2"), "rect.sustained-window");
    assertThat(number(month, "x")).isCloseTo(80 + 1080 * 130 / 744.0, within(0.006));
    assertThat(number(month, "width")).isCloseTo(1080 * 0.5 / 744, within(0.006));
    assertThat(number(month, "y")).isEqualTo(30);
    assertThat(number(month, "height")).isEqualTo(220);

    Element day = one(svg("on-queue-PURECLOUD_2-day"), "rect.sustained-window");
    assertThat(number(day, "x")).isEqualTo(530);
    assertThat(number(day, "width")).isEqualTo(22.5);
  }

  @Test
  void theOnQueueStepsReachTheHighestCountAndEndAtZero() {
    // the day chart: 2026-01-20 00:00 local is 05:00Z; 1 user from 14:00Z (9 hours in), 0 from
    // 20:00Z (15 hours in); the path ends at the right edge at 0 (y = 250)
    Element steps = one(svg("on-queue-PURECLOUD_2-day"), "path.steps");
    String d = steps.attr("d");
    assertThat(d).startsWith("M80 250 H485 V176.67").endsWith(" V250 H1160");
    // 2 users from 15:00Z (10 hours in, column 450, x = 530); 3 users (y = 250 - 220 = 30) from
    // 16:00Z, 11 hours in: column 1080 * 11 / 24 = 495, x = 575; 2 again from 16:20Z (x = 590)
    assertThat(d).contains("H530 V103.33 H575 V30 H590 V103.33 H665 V176.67 H755 V250");
  }

  @Test
  void theIncludedPortsAreALineAndTheExcessIsShaded() {
    Element calls = svg("call-ports");
    Element included = one(calls, "line.included-ports");
    assertThat(number(included, "y1")).isEqualTo(250 - 220 * 5 / 8.0);
    Element excess = one(calls, "path.excess");
    // 8 calls (y = 250 - 220 * 8 / 8 = 30) above 5 ports (y = 112.5)
    assertThat(excess.attr("d")).contains(" V30 ").startsWith("M").contains("112.5");
    assertThat(page.select("#call-ports p").text())
        .contains("Included ports: 5 (1 per COMMUNICATE seat x 1 + 2 per PURECLOUD_2 seat x 2)")
        .contains("Excess: 12.0000 port-hours")
        .contains("3 samples in the rated time; at most 8 calls at once");
  }

  @Test
  void theInvoiceTablesEqualTheResult() {
    Elements tables = page.select("table.invoice");
    JsonNode invoices = result.get("invoices");
    assertThat(tables).hasSize(invoices.size()).hasSize(3);
    for (int i = 0; i < invoices.size(); i++) {
      JsonNode invoice = invoices.get(i);
      Element table = tables.get(i);
      assertThat(table.attr("data-kind")).isEqualTo(invoice.get("kind").textValue());
      String ref = invoice.get("ref").isNull() ? "" : " " + invoice.get("ref").textValue();
      assertThat(one(table, "caption").text())
          .startsWith(invoice.get("kind").textValue() + ref + ": issued");
      assertThat(one(table, "time.issued").text()).isEqualTo(invoice.get("issuedOn").textValue());
      assertThat(one(table, "time.due").text()).isEqualTo(invoice.get("dueOn").textValue());
      Elements rows = table.select("tbody tr");
      JsonNode lines = invoice.get("lines");
      assertThat(rows).hasSize(lines.size());
      for (int r = 0; r < lines.size(); r++) {
        JsonNode line = lines.get(r);
        Element row = rows.get(r);
        assertThat(one(row, "td.code").text()).isEqualTo(line.get("code").textValue());
        assertThat(one(row, "td.item").text()).isEqualTo(line.get("item").textValue());
        assertThat(plain(one(row, "td.quantity"))).isEqualTo(line.get("quantity").textValue());
        assertThat(plain(one(row, "td.unit-price"))).isEqualTo(line.get("unitPrice").textValue());
        assertThat(plain(one(row, "td.amount"))).isEqualTo(line.get("amount").textValue());
      }
      assertThat(plain(one(table, "tfoot td.total")))
          .isEqualTo("USD " + invoice.get("total").textValue());
    }
    // by hand: 2 x 139.90 + 34.95 + 1 x 12.50 (2 of 10 seats x 5 add-ons) + 0.15 = 327.40
    assertThat(one(page, "table[data-kind=RECURRING] tfoot td.total").text())
        .isEqualTo("USD 327.40");
    assertThat(one(page, "table[data-kind=ORDER] tfoot td.total").text()).isEqualTo("USD 4,750.00");
    assertThat(one(page, "table[data-kind=SHIPMENT] tfoot td.total").text())
        .isEqualTo("USD 1,188.00");
    assertThat(one(page, "table[data-kind=RECURRING] caption").text())
        .isEqualTo("RECURRING: issued 2026-02-15, due 2026-03-17");
  }

  private static String plain(Element cell) {
    return cell.text().replace(",", "");
  }

  @Test
  void listsWhoWasNotBilledAndWhy() {
    List<String> expected = new ArrayList<>();
    for (JsonNode user : result.get("users")) {
      if (!user.get("billed").booleanValue()) {
        expected.add(user.get("id").textValue() + ": " + user.get("reason").textValue());
      }
    }
    List<String> listed = new ArrayList<>();
    for (Element table : page.select("#not-billed table.not-billed")) {
      String reason = one(table, "caption").text().replaceFirst(": \\d+ users?$", "");
      for (Element row : table.select("tbody tr")) {
        listed.add(one(row, "td.user").text() + ": " + reason);
        assertThat(one(row, "td.why").text()).isNotBlank();
      }
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(expected).hasSize(2);
    assertThat(one(page, "table[data-reason=NEVER_ON_QUEUE] td.user").text()).isEqualTo("d");
    assertThat(one(page, "table[data-reason=NO_USER_INTERFACE_LOGIN] td.user").text())
        .isEqualTo("f");
    assertThat(one(page, "table[data-reason=NO_USER_INTERFACE_LOGIN] td.why").text())
        .contains("2026-01-15 00:00 −05:00, 2026-02-15 00:00 −05:00");
    assertThat(one(page, "#not-billed > p").text())
        .isEqualTo("2 of the 6 users of the input are not billed.");
  }

  @Test
  void everyTimeIsLocalWithItsOffset() {
    String text = page.body().text();
    Matcher times = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2})?").matcher(text);
    int count = 0;
    while (times.find()) {
      assertThat(text.substring(times.end())).as(times.group()).startsWith(" −05:00");
      count++;
    }
    assertThat(count).isGreaterThan(5);
    assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    assertThat(text)
        .contains("Period 2026-01-15 00:00 −05:00 through 2026-02-14 23:59:59 −05:00")
        .contains(
            "2 users of PURECLOUD_2 were on queue throughout [2026-01-20 10:00 −05:00,"
                + " 2026-01-20 10:30 −05:00) (30m)")
        .contains("at least 2 were on queue for 3h at a stretch")
        .contains(
            "3 users counted on queue in the period (3 intervals on queue inside sessions);"
                + " at most 3 at once.");
    for (Element svg : page.select("svg")) {
      assertThat(one(svg, "text.axis-title").text())
          .isEqualTo("local time, America/New_York (−05:00)");
    }
  }

  @Test
  void theSeatsTableSeparatesUsersCountedOnQueueFromSeatsBilled() {
    Elements rows = page.select("#seats tbody tr");
    assertThat(rows.eachText())
        .containsExactly(
            "COMMUNICATE NAMED: one seat per billed user 1 1",
            "PURECLOUD_2 CONCURRENT: users counted on queue; seats = the sustained peak 3 2");
  }
}
