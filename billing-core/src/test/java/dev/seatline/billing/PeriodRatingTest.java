package dev.seatline.billing;

import static dev.seatline.billing.InvoicingFixtures.JAN_15;
import static dev.seatline.billing.InvoicingFixtures.SESSION_STARTS_IN_RATED_TIME;
import static dev.seatline.billing.InvoicingFixtures.formatExample;
import static dev.seatline.billing.InvoicingFixtures.order;
import static dev.seatline.billing.InvoicingFixtures.org;
import static dev.seatline.billing.InvoicingFixtures.port;
import static dev.seatline.billing.InvoicingFixtures.prices;
import static dev.seatline.billing.InvoicingFixtures.shipment;
import static dev.seatline.billing.InvoicingFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.InvoiceKind;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.AccountStatus;
import dev.seatline.billing.model.Environment;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.Order;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PortSample;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.Shipment;
import dev.seatline.billing.model.SkuQuantity;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.money.Money;
import dev.seatline.billing.rating.ExcessCallPortRating;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.rating.RatingPolicy;
import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class PeriodRaterTest {
  private static RatedPeriod rate(RatingInput input, int index) {
    return rate(input, index, Optional.empty());
  }

  private static RatedPeriod rate(RatingInput input, int index, Optional<Instant> asOf) {
    return PeriodRating.rate(
        input,
        index,
        asOf,
        RatingPolicy.defaults(),
        SESSION_STARTS_IN_RATED_TIME,
        List.of(new ExcessCallPortRating()));
  }

  private static Invoice invoice(RatedPeriod rated, InvoiceKind kind) {
    return rated.invoices().stream().filter(i -> i.kind() == kind).findFirst().orElseThrow();
  }

  private static void assertInvalidAt(String path, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).path())
        .isEqualTo(path);
  }

  @Test
  void scenarioFormatExampleGivesOrderShipmentAndRecurringInvoices() {
    RatedPeriod rated = rate(formatExample(org().build()), 0);
    assertThat(rated.invoices())
        .extracting(
            Invoice::kind,
            i -> i.ref().orElse(null),
            Invoice::issuedOn,
            Invoice::dueOn,
            Invoice::taxesIncluded,
            i -> i.total().amount().toPlainString())
        .containsExactly(
            tuple(
                InvoiceKind.ORDER,
                "ord-1",
                LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 2, 14),
                false,
                "4500.00"),
            tuple(
                InvoiceKind.SHIPMENT,
                "shp-1",
                LocalDate.of(2026, 1, 20),
                LocalDate.of(2026, 2, 19),
                false,
                "990.00"),
            tuple(
                InvoiceKind.RECURRING,
                null,
                LocalDate.of(2026, 2, 15),
                LocalDate.of(2026, 3, 17),
                false,
                "158.89"));
    assertThat(rated.recurringInvoice().lines())
        .extracting(LineItem::code, l -> l.quantity().toPlainString(), l -> l.amount().amount())
        .containsExactly(
            tuple(LineCode.SEAT, "1", new BigDecimal("150.00")),
            tuple(LineCode.EXCESS_CALL_PORTS, "711.0000", new BigDecimal("8.89")));
    assertThat(invoice(rated, InvoiceKind.SHIPMENT).lines().get(0).explanation())
        .containsExactly(
            "shipment shp-1 of order ord-1 shipped 2026-01-20T15:00:00Z: 10 x HEADSET_H1");
    assertThat(rated.end()).isEqualTo(Instant.parse("2026-02-15T05:00:00Z"));
    assertThat(rated.asOf()).isEmpty();
  }

  @Test
  void recurringInvoiceIsAlwaysPresentEvenWithoutLines() {
    RatedPeriod rated =
        rate(RatingInput.builder(org().build(), prices(BillingCurrency.USD)).build(), 3);
    assertThat(rated.invoices()).hasSize(1);
    assertThat(rated.recurringInvoice().kind()).isEqualTo(InvoiceKind.RECURRING);
    assertThat(rated.recurringInvoice().lines()).isEmpty();
    assertThat(rated.recurringInvoice().total()).isEqualTo(Money.zero(BillingCurrency.USD));
    assertThat(rated.recurringInvoice().issuedOn()).isEqualTo(LocalDate.of(2026, 5, 15));
  }

  @Test
  void jpyInvoicesHaveNoDecimals() {
    RatedPeriod rated = rate(formatExample(org(BillingCurrency.JPY, JAN_15).build()), 0);
    assertThat(rated.currency()).isEqualTo(BillingCurrency.JPY);
    for (Invoice i : rated.invoices()) {
      assertThat(i.total().amount().scale()).isZero();
      i.lines().forEach(l -> assertThat(l.amount().amount().scale()).isZero());
    }
    // 16500 seat + 711 port-hours x 2 = 1422
    assertThat(rated.recurringInvoice().total().amount().toPlainString()).isEqualTo("17922");
    assertThat(invoice(rated, InvoiceKind.SHIPMENT).total().amount().toPlainString())
        .isEqualTo("108900");
  }

  @Test
  void periodEndingAfterTheSpringForwardUsesLocalDates() {
    // period 0 of 2026-02-20 ends at local midnight of 2026-03-20, now EDT (04:00Z, not 05:00Z)
    Organization org = org(BillingCurrency.USD, LocalDate.of(2026, 2, 20)).build();
    RatingInput input =
        RatingInput.builder(org, prices(BillingCurrency.USD))
            .order(order("o-in", "2026-02-20T05:00:00Z", 1)) // the first instant: period 0
            .shipment(shipment("s-late", "o-in", "2026-03-20T03:30:00Z", 1)) // 23:30 EDT Mar 19
            .order(order("o-next", "2026-03-20T04:00:00Z", 1)) // the end: period 1
            .callPort(port("2026-03-20T03:00:00Z", 1)) // one port-hour in the last hour
            .build();
    RatedPeriod rated = rate(input, 0);
    assertThat(rated.end()).isEqualTo(Instant.parse("2026-03-20T04:00:00Z"));
    assertThat(rated.recurringInvoice().issuedOn()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(rated.recurringInvoice().dueOn()).isEqualTo(LocalDate.of(2026, 4, 19));
    assertThat(rated.invoices())
        .extracting(i -> i.ref().orElse("-"), Invoice::issuedOn)
        .containsExactly(
            tuple("o-in", LocalDate.of(2026, 2, 20)),
            tuple("s-late", LocalDate.of(2026, 3, 19)),
            tuple("-", LocalDate.of(2026, 3, 20)));
    assertThat(InvoicingFixtures.excessPortSeconds(rated)).isEqualByComparingTo("3600");
    assertThat(rate(input, 1).invoices())
        .extracting(i -> i.ref().orElse("-"))
        .containsExactly("o-next", "-");
  }

  @Test
  void periodEndingAtAMissingLocalMidnightIsIssuedOnThatDate() {
    // Santiago skips 2026-09-06 00:00-01:00: the period ends at 01:00 -03, the date's first instant
    ZoneId santiago = ZoneId.of("America/Santiago");
    Organization org =
        org(BillingCurrency.USD, LocalDate.of(2026, 8, 6)).timeZone(santiago).build();
    RatedPeriod rated = rate(RatingInput.builder(org, prices(BillingCurrency.USD)).build(), 0);
    assertThat(rated.end()).isEqualTo(Instant.parse("2026-09-06T04:00:00Z"));
    assertThat(LocalDateTime.ofInstant(rated.end(), santiago))
        .isEqualTo(LocalDateTime.of(2026, 9, 6, 1, 0));
    assertThat(rated.recurringInvoice().issuedOn()).isEqualTo(LocalDate.of(2026, 9, 6));
  }

  @Test
  void cancellationMidPeriodGivesAFinalInvoiceOnTheCancellationDate() {
    Instant x = Instant.parse("2026-02-01T17:00:00Z"); // 12:00 EST
    RatingInput input =
        RatingInput.builder(org().cancelledAt(x).build(), prices(BillingCurrency.USD))
            .user(user("before", "2026-01-20T14:00:00Z", "2026-01-20T15:00:00Z"))
            .user(user("after", "2026-02-03T14:00:00Z", "2026-02-03T15:00:00Z"))
            .callPort(port("2026-02-01T16:00:00Z", 3))
            .order(order("o-before", "2026-01-31T12:00:00Z", 1))
            .order(order("o-after", "2026-02-01T17:00:00Z", 1))
            .build();
    RatedPeriod rated = rate(input, 0);
    assertThat(rated.end()).isEqualTo(x);
    assertThat(rated.invoices()).extracting(Invoice::kind).doesNotContain(InvoiceKind.RECURRING);
    Invoice fin = invoice(rated, InvoiceKind.FINAL);
    assertThat(fin.issuedOn()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(fin.dueOn()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(rated.seats().seatsByTier()).containsEntry(LicenseTier.PURECLOUD_3, 1L);
    // 1 excess port (2 included) for the hour before the cancellation
    assertThat(InvoicingFixtures.excessPortSeconds(rated)).isEqualByComparingTo("3600");
    assertThat(rated.invoices())
        .extracting(i -> i.ref().orElse("-"))
        .containsExactly("o-before", "-");
    assertInvalidAt("period.index", () -> rate(input, 1));
  }

  @Test
  void cancellationExactlyAtThePeriodEndEndsThatPeriod() {
    Instant x = Instant.parse("2026-02-15T05:00:00Z");
    RatingInput input = formatExample(org().cancelledAt(x).build());
    RatedPeriod rated = rate(input, 0);
    assertThat(rated.end()).isEqualTo(x);
    assertThat(rated.recurringInvoice().kind()).isEqualTo(InvoiceKind.FINAL);
    assertThat(rated.recurringInvoice().issuedOn()).isEqualTo(LocalDate.of(2026, 2, 15));
    assertThat(rated.recurringInvoice().total().amount()).isEqualTo(new BigDecimal("158.89"));
    assertInvalidAt("period.index", () -> rate(input, 1));
    assertThat(PeriodRating.lastPeriodIndex(input.organization())).contains(0);
  }

  @Test
  void ratingAPeriodAfterTheCancellationIsInvalid() {
    RatingInput input =
        RatingInput.builder(
                org().cancelledAt(Instant.parse("2026-01-20T00:00:00Z")).build(),
                prices(BillingCurrency.USD))
            .build();
    assertInvalidAt("period.index", () -> rate(input, 2));
    assertThatThrownBy(() -> rate(input, 2)).hasMessageContaining("cancellation");
    assertThat(rate(input, 0).recurringInvoice().kind()).isEqualTo(InvoiceKind.FINAL);
  }

  @Test
  void periodIndexOutOfRangeIsInvalid() {
    RatingInput input = RatingInput.builder(org().build(), prices(BillingCurrency.USD)).build();
    assertInvalidAt("period.index", () -> rate(input, -1));
    assertInvalidAt("period.index", () -> rate(input, 1_000_001));
  }

  @Test
  void lastPeriodIndexFollowsTheCancellation() {
    Instant a2 = Instant.parse("2026-03-15T04:00:00Z"); // A(2), after the spring-forward
    assertThat(PeriodRating.lastPeriodIndex(org().build())).isEmpty();
    assertThat(PeriodRating.lastPeriodIndex(org().cancelledAt(a2.minusNanos(1)).build()))
        .contains(1);
    assertThat(PeriodRating.lastPeriodIndex(org().cancelledAt(a2).build())).contains(1);
    assertThat(PeriodRating.lastPeriodIndex(org().cancelledAt(a2.plusNanos(1)).build()))
        .contains(2);
  }

  @Test
  void asOfOutsideTheRatedPeriodIsInvalid() {
    RatingInput input = formatExample(org().build());
    assertInvalidAt(
        "period.asOf", () -> rate(input, 0, Optional.of(Instant.parse("2026-01-15T04:59:59Z"))));
    assertInvalidAt(
        "period.asOf", () -> rate(input, 0, Optional.of(Instant.parse("2026-02-15T05:00:00Z"))));
    RatingInput cancelled =
        formatExample(org().cancelledAt(Instant.parse("2026-02-01T00:00:00Z")).build());
    assertInvalidAt(
        "period.asOf",
        () -> rate(cancelled, 0, Optional.of(Instant.parse("2026-02-01T00:00:00Z"))));
    assertThat(
            rate(cancelled, 0, Optional.of(Instant.parse("2026-01-31T23:59:59Z")))
                .recurringInvoice()
                .kind())
        .isEqualTo(InvoiceKind.PREVIEW);
  }

  @Test
  void previewIsDatedTheLocalDateOfAsOfAndIgnoresLaterData() {
    // 03:00Z on Jan 21 is 22:00 on Jan 20 in New York
    Instant asOf = Instant.parse("2026-01-21T03:00:00Z");
    RatingInput input =
        RatingInput.builder(org().build(), prices(BillingCurrency.USD))
            .user(user("u1", "2026-01-16T14:00:00Z", "2026-01-16T22:00:00Z"))
            .user(user("u2", "2026-01-21T03:00:00Z", "2026-01-21T04:00:00Z")) // at asOf
            .callPort(port("2026-01-20T03:00:00Z", 3))
            .callPort(port("2026-01-21T02:00:00Z", 100))
            .callPort(port("2026-01-21T03:00:00Z", 1000)) // at asOf: ignored
            .order(order("ord-1", "2026-01-15T15:00:00Z", 1))
            .shipment(shipment("shp-1", "ord-1", "2026-01-21T03:00:00Z", 10)) // at asOf
            .build();
    RatedPeriod rated = rate(input, 0, Optional.of(asOf));
    assertThat(rated.asOf()).contains(asOf);
    assertThat(rated.ratedEnd()).isEqualTo(asOf);
    assertThat(rated.end()).isEqualTo(rated.period().end());
    Invoice preview = rated.recurringInvoice();
    assertThat(preview.kind()).isEqualTo(InvoiceKind.PREVIEW);
    assertThat(preview.issuedOn()).isEqualTo(LocalDate.of(2026, 1, 20));
    assertThat(preview.dueOn()).isEqualTo(LocalDate.of(2026, 2, 19));
    assertThat(rated.seats().seatsByTier()).containsEntry(LicenseTier.PURECLOUD_3, 1L);
    // 1 excess port for 23 h, then 98 for 1 h
    assertThat(InvoicingFixtures.excessPortSeconds(rated))
        .isEqualByComparingTo(String.valueOf(23 * 3600 + 98 * 3600));
    assertThat(rated.invoices())
        .extracting(Invoice::kind)
        .containsExactly(InvoiceKind.ORDER, InvoiceKind.PREVIEW);
  }

  @Test
  void previewAtThePeriodStartRatesNothing() {
    Instant start = Instant.parse("2026-01-15T05:00:00Z");
    RatedPeriod rated = rate(formatExample(org().build()), 0, Optional.of(start));
    assertThat(rated.invoices()).extracting(Invoice::kind).containsExactly(InvoiceKind.PREVIEW);
    assertThat(rated.recurringInvoice().lines()).isEmpty();
    assertThat(rated.recurringInvoice().issuedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
  }

  @Test
  void trialKeepsRecurringQuantitiesAtZeroAndInvoicesOrdersAsUsual() {
    PriceBook onlyOrders =
        PriceBook.builder(BillingCurrency.USD)
            .oneTime("ENABLEMENT_STANDARD", new BigDecimal("4500.00"))
            .hardware("HEADSET_H1", new BigDecimal("99.00"))
            .build();
    RatingInput input =
        formatExample(org().status(AccountStatus.TRIAL).build()).toBuilder()
            .prices(onlyOrders)
            .build();
    RatedPeriod rated = rate(input, 0);
    Invoice recurring = rated.recurringInvoice();
    assertThat(recurring.lines())
        .extracting(
            LineItem::code,
            l -> l.quantity().toPlainString(),
            LineItem::unitPrice,
            LineItem::amount)
        .containsExactly(
            tuple(LineCode.SEAT, "1", new BigDecimal("0.00"), Money.zero(BillingCurrency.USD)),
            tuple(
                LineCode.EXCESS_CALL_PORTS,
                "711.0000",
                new BigDecimal("0.00"),
                Money.zero(BillingCurrency.USD)));
    assertThat(recurring.total()).isEqualTo(Money.zero(BillingCurrency.USD));
    assertThat(invoice(rated, InvoiceKind.ORDER).total().amount())
        .isEqualTo(new BigDecimal("4500.00"));
    assertThat(invoice(rated, InvoiceKind.SHIPMENT).total().amount())
        .isEqualTo(new BigDecimal("990.00"));
  }

  @Test
  void developmentQaAndTrainingAreRatedLikeProduction() {
    List<Invoice> production = rate(formatExample(org().build()), 0).invoices();
    for (Environment e : Environment.values()) {
      assertThat(rate(formatExample(org().environment(e).build()), 0).invoices())
          .as(e.name())
          .isEqualTo(production);
    }
  }

  @Test
  void aSkuListedTwiceOnOneOrderIsOneLine() {
    RatingInput input =
        RatingInput.builder(org().build(), prices(BillingCurrency.USD))
            .order(
                new Order(
                    "o",
                    Instant.parse("2026-01-20T15:00:00Z"),
                    List.of(
                        new SkuQuantity("ENABLEMENT_STANDARD", 1),
                        new SkuQuantity("ENABLEMENT_STANDARD", 2))))
            .build();
    Invoice order = invoice(rate(input, 0), InvoiceKind.ORDER);
    assertThat(order.lines()).hasSize(1);
    assertThat(order.lines().get(0).quantity()).isEqualByComparingTo("3");
    assertThat(order.total().amount()).isEqualTo(new BigDecimal("13500.00"));
  }

  @Test
  void anOrderWithoutOneTimeItemsHasNoInvoice() {
    RatingInput input =
        RatingInput.builder(org().build(), prices(BillingCurrency.USD))
            .order(new Order("hw-only", Instant.parse("2026-01-20T15:00:00Z"), List.of()))
            .shipment(shipment("s", "hw-only", "2026-01-25T15:00:00Z", 2))
            .build();
    assertThat(rate(input, 0).invoices())
        .extracting(Invoice::kind)
        .containsExactly(InvoiceKind.SHIPMENT, InvoiceKind.RECURRING);
  }

  @Test
  void missingOrderOrHardwarePriceIsInvalidAtThePrice() {
    PriceBook none = PriceBook.builder(BillingCurrency.USD).build();
    RatingInput orderOnly =
        RatingInput.builder(org().build(), none)
            .order(order("o", "2026-01-20T15:00:00Z", 1))
            .build();
    assertInvalidAt("prices.oneTime.ENABLEMENT_STANDARD", () -> rate(orderOnly, 0));
    assertThatThrownBy(() -> rate(orderOnly, 0)).hasMessageContaining("orders[0].oneTime[0].sku");
    RatingInput shipmentOnly =
        RatingInput.builder(org().build(), none)
            .order(new Order("o", Instant.parse("2026-01-20T15:00:00Z"), List.of()))
            .shipment(shipment("s", "o", "2026-01-21T15:00:00Z", 1))
            .build();
    assertInvalidAt("prices.hardware.HEADSET_H1", () -> rate(shipmentOnly, 0));
    // outside the rated period, nothing is priced
    assertThat(rate(orderOnly, 1).invoices()).hasSize(1);
  }

  // ---- properties ------------------------------------------------------------------------------

  private static final List<BillingCurrency> CURRENCIES =
      List.copyOf(dev.seatline.billing.model.Edition.PURECLOUD_FAQ.currencies());

  /** A random organization over three periods of 2026-01-31 with orders, shipments and ports. */
  private static final Gen<RatingInput> INPUTS =
      r -> {
        BillingCurrency currency = CURRENCIES.get(r.nextInt(CURRENCIES.size()));
        Organization.Builder org = org(currency, LocalDate.of(2026, 1, 31));
        if (r.nextInt(4) == 0) {
          org.status(AccountStatus.TRIAL);
        }
        Instant a0 = Instant.parse("2026-01-31T05:00:00Z");
        long span = ChronoUnit.SECONDS.between(a0, Instant.parse("2026-04-30T04:00:00Z"));
        if (r.nextInt(4) == 0) {
          org.cancelledAt(a0.plusSeconds(1 + r.nextLong(span)));
        }
        RatingInput.Builder b = RatingInput.builder(org.build(), prices(currency));
        int users = r.nextInt(4);
        for (int i = 0; i < users; i++) {
          Instant from = a0.plusSeconds(r.nextLong(span));
          b.user(user("u" + i, from.toString(), from.plusSeconds(3600).toString()));
        }
        Map<Instant, Long> ports = new HashMap<>();
        int samples = r.nextInt(8);
        for (int i = 0; i < samples; i++) {
          Instant at = a0.plusSeconds(r.nextLong(span)).plusNanos(r.nextInt(1000));
          b.callPort(new PortSample(at, ports.computeIfAbsent(at, k -> r.nextLong(6))));
        }
        int orders = r.nextInt(5);
        for (int i = 0; i < orders; i++) {
          Instant placed = a0.plusSeconds(r.nextLong(span));
          b.order(order("o" + i, placed.toString(), 1 + r.nextLong(3)));
          if (r.nextBoolean()) {
            b.shipment(
                new Shipment(
                    "s" + i,
                    "o" + i,
                    placed.plusSeconds(r.nextLong(40L * 86400)),
                    List.of(new SkuQuantity("HEADSET_H1", 1 + r.nextLong(50)))));
          }
        }
        return b.build();
      };

  private static List<RatedPeriod> rateAll(RatingInput input) {
    List<RatedPeriod> out = new ArrayList<>();
    int last = PeriodRating.lastPeriodIndex(input.organization()).orElse(2);
    for (int i = 0; i <= Math.min(2, last); i++) {
      out.add(rate(input, i));
    }
    return out;
  }

  @Test
  void invoiceTotalsAreSumsOfLinesAndDueDatesAreNet30() {
    PropertyCheck.forAll(
        "invoice total = sum of line amounts; due = issued + 30 days; taxes excluded",
        400,
        INPUTS,
        input -> {
          for (RatedPeriod rated : rateAll(input)) {
            assertThat(rated.invoices().stream().filter(i -> i.kind().isRecurring())).hasSize(1);
            for (Invoice i : rated.invoices()) {
              BigDecimal sum = BigDecimal.ZERO;
              for (LineItem l : i.lines()) {
                sum = sum.add(l.amount().amount());
                assertThat(l.amount().currency()).isEqualTo(input.organization().currency());
              }
              assertThat(i.total().amount()).isEqualByComparingTo(sum);
              assertThat(i.total().amount().scale())
                  .isEqualTo(input.organization().currency().scale());
              assertThat(ChronoUnit.DAYS.between(i.issuedOn(), i.dueOn())).isEqualTo(30);
              assertThat(i.taxesIncluded()).isFalse();
            }
          }
        });
  }

  @Test
  void everyOrderAndShipmentOfTheRatedTimeIsInvoicedOnceOnItsLocalDate() {
    PropertyCheck.forAll(
        "orders and shipments are invoiced once, in the period containing them",
        400,
        INPUTS,
        input -> {
          List<RatedPeriod> periods = rateAll(input);
          Instant from = periods.get(0).period().start();
          Instant to = periods.get(periods.size() - 1).end();
          Map<String, LocalDate> expected = new HashMap<>();
          for (Order o : input.orders()) {
            if (!o.placedAt().isBefore(from) && o.placedAt().isBefore(to)) {
              expected.put(
                  "ORDER " + o.id(),
                  LocalDate.ofInstant(o.placedAt(), input.organization().timeZone()));
            }
          }
          for (Shipment s : input.shipments()) {
            if (!s.shippedAt().isBefore(from) && s.shippedAt().isBefore(to)) {
              expected.put(
                  "SHIPMENT " + s.id(),
                  LocalDate.ofInstant(s.shippedAt(), input.organization().timeZone()));
            }
          }
          Map<String, LocalDate> actual = new HashMap<>();
          for (RatedPeriod p : periods) {
            for (Invoice i : p.invoices()) {
              if (!i.kind().isRecurring()) {
                assertThat(actual.put(i.kind() + " " + i.ref().orElseThrow(), i.issuedOn()))
                    .isNull();
              }
            }
          }
          assertThat(actual).isEqualTo(expected);
        });
  }
}
