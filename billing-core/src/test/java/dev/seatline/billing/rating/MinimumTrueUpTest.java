package dev.seatline.billing.rating;

import static dev.seatline.billing.rating.SeatFixtures.S;
import static dev.seatline.billing.rating.SeatFixtures.iv;
import static dev.seatline.billing.rating.SeatFixtures.open;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.InvoiceKind;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.money.BillingCurrency;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * R14: the minimum monthly amount. One PURECLOUD_3 user at 150.00 (WEB on 2026-01-20, the tier all
 * month); period 0 of a contract of 2026-01-15 in New York.
 */
class MinimumTrueUpTest {
  private static final BillingEngine ENGINE = BillingEngine.withDefaults();
  private static final UserTimeline USER =
      UserTimeline.builder("u1")
          .license(LicenseTier.PURECLOUD_3, open(S))
          .session(Channel.WEB, iv("2026-01-20T14:00:00Z", "2026-01-20T22:00:00Z"))
          .build();

  private static RatingInput input(Organization.Builder org) {
    PriceBook prices =
        PriceBook.builder(BillingCurrency.USD)
            .seat(LicenseTier.PURECLOUD_3, new BigDecimal("150.00"))
            .seatHour(LicenseTier.PURECLOUD_3, new BigDecimal("1.25"))
            .build();
    return RatingInput.builder(org.build(), prices).user(USER).build();
  }

  private static Organization.Builder org(LicensingModel model, String minimum) {
    return Organization.builder("acme", BillingCurrency.USD, model, LocalDate.of(2026, 1, 15))
        .minimumMonthlyAmount(new BigDecimal(minimum));
  }

  @Test
  void belowTheMinimumTheTrueUpMakesUpTheDifferenceExactly() {
    RatedPeriod rated = ENGINE.rate(input(org(LicensingModel.NAMED, "1000")), 0);

    LineItem trueUp = rated.line(LineCode.MINIMUM_TRUE_UP, MinimumTrueUp.MINIMUM).orElseThrow();
    // 1000.00 - 150.00 = 850.00, quantity 1; the invoice totals the minimum exactly.
    assertThat(trueUp.quantity()).isEqualByComparingTo("1");
    assertThat(trueUp.unitPrice()).isEqualByComparingTo("850.00");
    assertThat(trueUp.amount().amount()).isEqualByComparingTo("850.00");
    assertThat(rated.recurringInvoice().total().amount()).isEqualByComparingTo("1000.00");
    assertThat(trueUp.explanation())
        .containsExactly(
            "minimum monthly amount 1000.00; recurring charges 150.00 (in advance 0.00, in arrears"
                + " 150.00): 850.00 short of the minimum");
  }

  @Test
  void atOrAboveTheMinimumThereIsNoTrueUp() {
    assertThat(
            ENGINE
                .rate(input(org(LicensingModel.NAMED, "150.00")), 0)
                .line(LineCode.MINIMUM_TRUE_UP, MinimumTrueUp.MINIMUM))
        .isEmpty();
    assertThat(
            ENGINE
                .rate(input(org(LicensingModel.NAMED, "0")), 0)
                .line(LineCode.MINIMUM_TRUE_UP, MinimumTrueUp.MINIMUM))
        .isEmpty();
  }

  @Test
  void theAdvanceInvoiceCountsTowardsTheMinimum() {
    PriceBook prices =
        PriceBook.builder(BillingCurrency.USD)
            .committedSeat(LicenseTier.PURECLOUD_3, new BigDecimal("140.00"))
            .build();
    Organization org =
        org(LicensingModel.NAMED, "500").commitment(LicenseTier.PURECLOUD_3, 2).build();
    RatedPeriod rated = ENGINE.rate(RatingInput.builder(org, prices).user(USER).build(), 0);

    // 2 x 140.00 = 280.00 in advance, nothing in arrears: 500.00 - 280.00 = 220.00.
    assertThat(rated.line(LineCode.MINIMUM_TRUE_UP, "MINIMUM").orElseThrow().amount().amount())
        .isEqualByComparingTo("220.00");
  }

  @Test
  void aPreviewShowsNoTrueUpAndACancelledPeriodGetsTheFullOne() {
    RatedPeriod preview =
        ENGINE.rateAsOf(
            input(org(LicensingModel.NAMED, "1000")), 0, Instant.parse("2026-01-25T00:00:00Z"));
    assertThat(preview.recurringInvoice().kind()).isEqualTo(InvoiceKind.PREVIEW);
    assertThat(preview.line(LineCode.MINIMUM_TRUE_UP, "MINIMUM")).isEmpty();

    // Cancelled after 6 of 31 days: no proration, the true-up is 1000.00 - 150.00 = 850.00.
    RatedPeriod cancelled =
        ENGINE.rate(
            input(
                org(LicensingModel.NAMED, "1000")
                    .cancelledAt(Instant.parse("2026-01-21T05:00:00Z"))),
            0);
    Invoice last = cancelled.recurringInvoice();
    assertThat(last.kind()).isEqualTo(InvoiceKind.FINAL);
    assertThat(cancelled.line(LineCode.MINIMUM_TRUE_UP, "MINIMUM").orElseThrow().amount().amount())
        .isEqualByComparingTo("850.00");
    assertThat(last.lines().get(1).explanation().get(0))
        .endsWith("(a cancelled last period gets the full true-up, no proration)");
  }

  @Test
  void anHourlyOrganizationHasAMinimumToo() {
    // 8 h x 1.25 = 10.00; minimum 25.00: true-up 15.00.
    RatedPeriod rated = ENGINE.rate(input(org(LicensingModel.HOURLY, "25")), 0);
    assertThat(rated.recurringInvoice().lines())
        .extracting(LineItem::code)
        .containsExactly(LineCode.SEAT_HOUR, LineCode.MINIMUM_TRUE_UP);
    assertThat(rated.line(LineCode.MINIMUM_TRUE_UP, "MINIMUM").orElseThrow().amount().amount())
        .isEqualByComparingTo("15.00");
    assertThat(List.of(rated.recurringInvoice().total().amount()))
        .singleElement()
        .satisfies(t -> assertThat(t).isEqualByComparingTo("25.00"));
  }
}
