package dev.seatline.billing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.InvoiceKind;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.BillingCalendar;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.money.Money;
import dev.seatline.billing.rating.Evidence;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.rating.NotBilledReason;
import dev.seatline.billing.rating.SeatRating;
import dev.seatline.billing.rating.UserOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The result shape of FORMAT.md, written from a hand-made rating (no strategy involved). */
class ResultWriterTest {
  private static final BillingPeriod PERIOD =
      BillingCalendar.of(LocalDate.of(2026, 1, 15), BillingCalendar.DEFAULT_ZONE).period(0);

  private static LineItem seat(BillingCurrency currency, String unitPrice) {
    return LineItem.priced(
        LineCode.SEAT,
        "PURECLOUD_3",
        2,
        new BigDecimal(unitPrice),
        currency,
        RoundingMode.HALF_UP,
        new Evidence.Text(List.of("u1: seat", "u2: seat")));
  }

  private static LineItem ports(BillingCurrency currency) {
    // 2559600.18 port-seconds = 711.00005 port-hours: shown 711.0001 (HALF_UP, 4 decimals)
    BigDecimal hours = new BigDecimal("711.00005");
    BigDecimal rate = new BigDecimal("0.0125");
    return new LineItem(
        LineCode.EXCESS_CALL_PORTS,
        "PORT_HOUR",
        hours,
        rate,
        Money.rounded(currency, hours.multiply(rate), RoundingMode.HALF_UP),
        new Evidence.Text(List.of("included ports 4")));
  }

  private static RatedPeriod rated(
      BillingCurrency currency, List<Invoice> invoices, Instant end, Optional<Instant> asOf) {
    SeatRating seats =
        new SeatRating(
            List.of(
                UserOutcome.billed(
                    "u1",
                    LicenseTier.PURECLOUD_3,
                    LicensingModel.NAMED,
                    new Evidence.Text(List.of("a"))),
                UserOutcome.notBilled(
                    "u2",
                    LicensingModel.NAMED,
                    NotBilledReason.NO_USER_INTERFACE_LOGIN,
                    new Evidence.Text(List.of("b")))),
            new java.util.TreeMap<>(Map.of(LicenseTier.PURECLOUD_3, 2L)),
            List.of(),
            List.of());
    return new RatedPeriod("acme", PERIOD, end, asOf, currency, invoices, seats, List.of());
  }

  @Test
  void writesTheResultShapeInFormatOrder() {
    BillingCurrency usd = BillingCurrency.USD;
    Invoice recurring =
        Invoice.of(
            InvoiceKind.RECURRING,
            Optional.empty(),
            LocalDate.of(2026, 2, 15),
            usd,
            List.of(ports(usd), seat(usd, "150.00")));
    Invoice order =
        Invoice.of(
            InvoiceKind.ORDER,
            Optional.of("ord-1"),
            LocalDate.of(2026, 1, 15),
            usd,
            List.of(
                LineItem.priced(
                    LineCode.ONE_TIME,
                    "ENABLEMENT_STANDARD",
                    1,
                    new BigDecimal("4500.00"),
                    usd,
                    RoundingMode.HALF_UP,
                    new Evidence.Text(List.of("order ord-1")))));

    String json =
        ResultWriter.toJson(rated(usd, List.of(recurring, order), PERIOD.end(), Optional.empty()));

    assertThat(json)
        .isEqualTo(
            """
            {
              "organization": "acme",
              "period": {
                "index": 0,
                "start": "2026-01-15T05:00:00Z",
                "end": "2026-02-15T05:00:00Z",
                "asOf": null
              },
              "currency": "USD",
              "invoices": [
                {
                  "id": "acme/0/ORDER/ord-1",
                  "kind": "ORDER",
                  "ref": "ord-1",
                  "issuedOn": "2026-01-15",
                  "dueOn": "2026-02-14",
                  "taxesIncluded": false,
                  "lines": [
                    {
                      "id": "acme/0/ORDER/ord-1/ONE_TIME/ENABLEMENT_STANDARD",
                      "code": "ONE_TIME",
                      "item": "ENABLEMENT_STANDARD",
                      "quantity": "1",
                      "unitPrice": "4500.00",
                      "amount": "4500.00",
                      "explanation": [
                        "order ord-1"
                      ]
                    }
                  ],
                  "total": "4500.00"
                },
                {
                  "id": "acme/0/RECURRING",
                  "kind": "RECURRING",
                  "ref": null,
                  "issuedOn": "2026-02-15",
                  "dueOn": "2026-03-17",
                  "taxesIncluded": false,
                  "lines": [
                    {
                      "id": "acme/0/RECURRING/SEAT/PURECLOUD_3",
                      "code": "SEAT",
                      "item": "PURECLOUD_3",
                      "quantity": "2",
                      "unitPrice": "150.00",
                      "amount": "300.00",
                      "explanation": [
                        "u1: seat",
                        "u2: seat"
                      ]
                    },
                    {
                      "id": "acme/0/RECURRING/EXCESS_CALL_PORTS/PORT_HOUR",
                      "code": "EXCESS_CALL_PORTS",
                      "item": "PORT_HOUR",
                      "quantity": "711.0001",
                      "unitPrice": "0.0125",
                      "amount": "8.89",
                      "explanation": [
                        "included ports 4"
                      ]
                    }
                  ],
                  "total": "308.89"
                }
              ],
              "users": [
                {
                  "id": "u1",
                  "billed": true,
                  "tier": "PURECLOUD_3",
                  "reason": null
                },
                {
                  "id": "u2",
                  "billed": false,
                  "tier": null,
                  "reason": "no login through a user interface in the period"
                }
              ]
            }
            """);
  }

  @Test
  void yenAmountsHaveNoDecimals() {
    BillingCurrency jpy = BillingCurrency.JPY;
    Invoice recurring =
        Invoice.of(
            InvoiceKind.RECURRING,
            Optional.empty(),
            LocalDate.of(2026, 2, 15),
            jpy,
            List.of(seat(jpy, "15000.5"), ports(jpy)));

    String json =
        ResultWriter.toJson(rated(jpy, List.of(recurring), PERIOD.end(), Optional.empty()));

    assertThat(json)
        .contains("\"currency\": \"JPY\"")
        .contains("\"unitPrice\": \"15000.5\"", "\"amount\": \"30001\"")
        .contains("\"quantity\": \"711.0001\"", "\"amount\": \"9\"")
        .contains("\"total\": \"30010\"");
  }

  @Test
  void aPreviewShowsAsOfAndTheCancellationEnd() {
    Instant cancelled = Instant.parse("2026-02-01T17:00:00Z");
    Instant asOf = Instant.parse("2026-01-20T12:00:00.000000001Z");
    Invoice preview =
        Invoice.of(
            InvoiceKind.PREVIEW,
            Optional.empty(),
            LocalDate.of(2026, 1, 20),
            BillingCurrency.USD,
            List.of());

    String json =
        ResultWriter.toJson(
            rated(BillingCurrency.USD, List.of(preview), cancelled, Optional.of(asOf)));

    assertThat(json)
        .contains("\"end\": \"2026-02-01T17:00:00Z\"")
        .contains("\"asOf\": \"2026-01-20T12:00:00.000000001Z\"")
        .contains(
            "\"kind\": \"PREVIEW\"", "\"ref\": null", "\"lines\": [ ]", "\"total\": \"0.00\"");
  }

  @Test
  void wholeQuantitiesDropTrailingZeros() {
    LineItem line =
        new LineItem(
            LineCode.HARDWARE,
            "H",
            new BigDecimal("10.000"),
            BigDecimal.ONE,
            Money.zero(BillingCurrency.USD),
            new Evidence.Text(List.of("x")));
    assertThat(ResultWriter.quantity(line)).isEqualTo("10");
  }

  @Test
  void aUsageQuantityIsWrittenAtItsOwnScale() {
    // 2.8 minutes over, kept at the records' scale 4 by the rule: written as is, not as a count.
    LineItem usage =
        new LineItem(
            LineCode.USAGE,
            "VOICE_MINUTES",
            new BigDecimal("2.8000"),
            new BigDecimal("0.02"),
            Money.rounded(BillingCurrency.USD, new BigDecimal("0.056"), RoundingMode.HALF_UP),
            new Evidence.Text(List.of("overage 2.8")));

    assertThat(ResultWriter.quantity(usage)).isEqualTo("2.8000");
    assertThat(ResultWriter.quantity(seat(BillingCurrency.USD, "150.00"))).isEqualTo("2");
  }
}
