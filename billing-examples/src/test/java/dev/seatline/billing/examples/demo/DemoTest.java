package dev.seatline.billing.examples.demo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {
  @TempDir Path dir;

  private String demo() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, UTF_8), dir.resolve("report.html"));
    return bytes.toString(UTF_8);
  }

  @Test
  void ratesBothVariantsAndExplainsTheBiggestCharges() {
    String out = demo();
    assertThat(out)
        .startsWith(
            "Seatline demo: a contact center of 300 users, period 0 = 2026-01-15 00:00 −05:00"
                + " through 2026-02-14 23:59:59 −05:00 (America/New_York)")
        .contains("=== NAMED licensing ===", "=== CONCURRENT licensing ===")
        .contains("ORDER ord-1001 issued 2026-01-15, due 2026-02-14 (taxes excluded)")
        .contains("SHIPMENT shp-2001 issued 2026-01-22, due 2026-02-21 (taxes excluded)")
        .contains("RECURRING issued 2026-02-15, due 2026-03-17 (taxes excluded)")
        .contains("EXCESS_CALL_PORTS", "PORT_HOUR")
        .contains("not billed: no login through a user interface in the period")
        .contains("1. SEAT PURECLOUD_2", "4. EXCESS_CALL_PORTS PORT_HOUR")
        .contains("sustained peak");
    assertThat(out.split("Biggest recurring charges, and why:", -1)).hasSize(3);
  }

  @Test
  void amountsHaveThousandsSeparators() {
    assertThat(demo())
        .contains("  ONE_TIME           ENABLEMENT_STANDARD             1   4,750.00     4,750.00")
        .contains("  HARDWARE           HEADSET_H1                    120      89.99    10,798.80");
  }

  @Test
  void timesInTheExplanationsAreLocalWithTheirOffset() {
    String out = demo();
    assertThat(out).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    Matcher times = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2})?").matcher(out);
    int count = 0;
    while (times.find()) {
      assertThat(out.substring(times.end())).as(times.group()).startsWith(" −05:00");
      count++;
    }
    assertThat(count).isGreaterThan(2);
  }

  @Test
  void concurrentUsersAreCountedOnQueueBesideTheSeatsBilled() {
    String out = demo();
    String named = out.substring(out.indexOf("=== NAMED"), out.indexOf("=== CONCURRENT"));
    String concurrent = out.substring(out.indexOf("=== CONCURRENT"));
    assertThat(named).contains("  billed (named)   PURECLOUD_2").doesNotContain("counted on queue");
    Matcher m =
        Pattern.compile(
                "  counted on queue PURECLOUD_2 +(\\d+) users; billed seats: (\\d+) \\(the sustained"
                    + " peak\\)")
            .matcher(concurrent);
    assertThat(m.find()).isTrue();
    long counted = Long.parseLong(m.group(1));
    long seats = Long.parseLong(m.group(2));
    assertThat(seats).isPositive().isLessThan(counted);
    assertThat(concurrent).containsPattern("  SEAT {15}PURECLOUD_2 +" + seats + " ");
    assertThat(concurrent).contains("  billed (named)   COMMUNICATE");
  }

  @Test
  void statesTheDifferenceBetweenTheTwoModelsInOneLine() {
    String out = demo();
    Matcher m =
        Pattern.compile(
                "This tenant costs USD ([\\d,.]+) NAMED and USD ([\\d,.]+) CONCURRENT: (NAMED|"
                    + "CONCURRENT) is USD ([\\d,.]+) cheaper \\(the recurring invoice of period 0;"
                    + " the order and shipment invoices are the same\\)\\.\n")
            .matcher(out);
    assertThat(m.find()).isTrue();
    java.math.BigDecimal named = new java.math.BigDecimal(m.group(1).replace(",", ""));
    java.math.BigDecimal concurrent = new java.math.BigDecimal(m.group(2).replace(",", ""));
    java.math.BigDecimal difference = new java.math.BigDecimal(m.group(4).replace(",", ""));
    assertThat(difference).isEqualByComparingTo(named.subtract(concurrent).abs());
    assertThat(m.group(3)).isEqualTo(named.compareTo(concurrent) > 0 ? "CONCURRENT" : "NAMED");
    // the totals are those of the two RECURRING invoices printed above
    assertThat(out).contains("USD " + String.format("%12s", m.group(1)) + System.lineSeparator());
    assertThat(out).contains("USD " + String.format("%12s", m.group(2)) + System.lineSeparator());
  }

  @Test
  void writesTheHtmlReportOfTheConcurrentVariantAndSaysWhere() throws IOException {
    String out = demo();
    Path report = dir.resolve("report.html");
    assertThat(out)
        .endsWith(
            "HTML report of the CONCURRENT variant: "
                + report.toAbsolutePath()
                + " (the system temporary directory)"
                + System.lineSeparator());
    assertThat(Files.readString(report, UTF_8))
        .startsWith("<!DOCTYPE html>")
        .contains("<h1>harbor-contact-center: period 0</h1>")
        .contains("id=\"on-queue-PURECLOUD_2\"");
  }

  @Test
  void theDefaultReportIsInTheBuildsTargetDirectory() {
    Path file = Demo.reportFile();
    assertThat(file.getFileName()).hasToString(Demo.REPORT);
    // the tests run from target/classes, so the report goes beside it
    assertThat(requireNonNull(file.getParent()).getFileName()).hasToString("target");
  }

  @Test
  void comparesEitherWay() {
    var usd = dev.seatline.billing.money.BillingCurrency.USD;
    var a = dev.seatline.billing.money.Money.of(usd, new java.math.BigDecimal("1500.00"));
    var b = dev.seatline.billing.money.Money.of(usd, new java.math.BigDecimal("250.50"));
    assertThat(Demo.comparison(a, b))
        .startsWith(
            "This tenant costs USD 1,500.00 NAMED and USD 250.50 CONCURRENT: CONCURRENT is"
                + " USD 1,249.50 cheaper");
    assertThat(Demo.comparison(b, a)).contains(": NAMED is USD 1,249.50 cheaper");
    assertThat(Demo.comparison(a, a)).contains(": both cost the same");
  }

  @Test
  void isDeterministic() {
    assertThat(demo()).isEqualTo(demo());
  }
}
