package dev.seatline.billing.rating;

import static dev.seatline.billing.rating.SeatFixtures.S;
import static dev.seatline.billing.rating.SeatFixtures.iv;
import static dev.seatline.billing.rating.SeatFixtures.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.InvoiceKind;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.AccountStatus;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PortSample;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.money.BillingCurrency;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * R14: commitments and overage. Period 0 of a contract of 2026-01-15 in New York, {@code [S, E)} =
 * {@code [2026-01-15T05:00Z, 2026-02-15T05:00Z)}; every user below logs in through WEB on
 * 2026-01-20 and holds their tier all month.
 */
class CommitmentsTest {
  private static final BillingEngine ENGINE = BillingEngine.withDefaults();

  private static PriceBook prices() {
    return PriceBook.builder(BillingCurrency.USD)
        .seat(LicenseTier.COMMUNICATE, new BigDecimal("25.00"))
        .seat(LicenseTier.PURECLOUD_1, new BigDecimal("75.00"))
        .seat(LicenseTier.PURECLOUD_3, new BigDecimal("150.00"))
        .committedSeat(LicenseTier.PURECLOUD_3, new BigDecimal("120.00"))
        .overageSeat(LicenseTier.PURECLOUD_3, new BigDecimal("160.00"))
        .committedSeat(LicenseTier.COMMUNICATE, new BigDecimal("20.00"))
        .overageSeat(LicenseTier.COMMUNICATE, new BigDecimal("30.00"))
        .excessPortHour(new BigDecimal("0.0125"))
        .build();
  }

  private static List<UserTimeline> users(String prefix, LicenseTier tier, int n) {
    List<UserTimeline> users = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      users.add(
          UserTimeline.builder(prefix + i)
              .license(tier, open(S))
              .session(Channel.WEB, iv("2026-01-20T14:00:00Z", "2026-01-20T22:00:00Z"))
              .build());
    }
    return users;
  }

  private static RatedPeriod rate(Organization.Builder org, List<UserTimeline> users) {
    return ENGINE.rate(RatingInput.builder(org.build(), prices()).users(users).build(), 0);
  }

  private static Organization.Builder org(LicensingModel model) {
    return Organization.builder("acme", BillingCurrency.USD, model, LocalDate.of(2026, 1, 15));
  }

  private static Invoice advance(RatedPeriod rated) {
    return rated.invoices().stream()
        .filter(i -> i.kind() == InvoiceKind.ADVANCE)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theVendorsExampleHundredCommittedAndHundredTwentyBilledIsHundredPrepaidAndTwentyOverage() {
    RatedPeriod rated =
        rate(
            org(LicensingModel.NAMED).commitment(LicenseTier.PURECLOUD_3, 100),
            users("u", LicenseTier.PURECLOUD_3, 120));

    Invoice advance = advance(rated);
    // Issued on the local date of the period start, 2026-01-15 in New York; net 30.
    assertThat(advance.issuedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(advance.dueOn()).isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(advance.lines()).hasSize(1);
    LineItem committed = advance.lines().get(0);
    assertThat(committed.code()).isEqualTo(LineCode.COMMITTED_SEAT);
    assertThat(committed.quantity()).isEqualByComparingTo("100");
    // 100 x 120.00
    assertThat(committed.amount().amount()).isEqualByComparingTo("12000.00");
    assertThat(committed.explanation().get(0))
        .contains("100 PURECLOUD_3 seats committed")
        .contains("120 billed in the period: 20 above the commitment");

    LineItem overage = rated.line(LineCode.OVERAGE, "PURECLOUD_3").orElseThrow();
    assertThat(overage.quantity()).isEqualByComparingTo("20");
    // 20 x 160.00
    assertThat(overage.amount().amount()).isEqualByComparingTo("3200.00");
    assertThat(overage.explanation().get(0))
        .isEqualTo(
            "120 PURECLOUD_3 seats billed, 100 committed (invoiced in advance): 20 above the"
                + " commitment at the on-demand price");
    assertThat(overage.explanation()).hasSize(121);
    assertThat(rated.line(LineCode.SEAT, "PURECLOUD_3")).isEmpty();
    assertThat(overage.evidence()).isInstanceOf(Evidence.Overage.class);
  }

  @Test
  void unusedCommittedSeatsAreNotRefundedAndIncludePorts() {
    List<UserTimeline> users = users("u", LicenseTier.PURECLOUD_3, 4);
    Organization organization =
        org(LicensingModel.NAMED).commitment(LicenseTier.PURECLOUD_3, 10).build();
    // 22 calls from 2026-01-16T14:00Z to the end: 711 h.
    RatingInput input =
        RatingInput.builder(organization, prices())
            .users(users)
            .callPort(new PortSample(Instant.parse("2026-01-16T14:00:00Z"), 22))
            .build();
    RatedPeriod rated = ENGINE.rate(input, 0);

    assertThat(advance(rated).total().amount()).isEqualByComparingTo("1200.00");
    assertThat(rated.recurringInvoice().lines())
        .extracting(LineItem::code)
        .containsExactly(LineCode.EXCESS_CALL_PORTS);
    // max(4 billed, 10 committed) x 2 = 20 included ports; 22 - 20 = 2 x 711 h = 1422 port-hours.
    assertThat(rated.seats().seatBasis())
        .containsExactly(java.util.Map.entry(LicenseTier.PURECLOUD_3, BigDecimal.valueOf(10)));
    assertThat(rated.seats().includedPorts()).isEqualTo(20);
    assertThat(rated.line(LineCode.EXCESS_CALL_PORTS, "PORT_HOUR").orElseThrow().quantity())
        .isEqualByComparingTo("1422");
  }

  @Test
  void aCommitmentOfOneTierDoesNotCoverAnother() {
    List<UserTimeline> users = new ArrayList<>(users("p", LicenseTier.PURECLOUD_3, 1));
    users.addAll(users("c", LicenseTier.COMMUNICATE, 3));
    RatedPeriod rated =
        rate(org(LicensingModel.NAMED).commitment(LicenseTier.PURECLOUD_3, 5), users);

    // PURECLOUD_3: 1 within 5 committed, nothing in arrears; COMMUNICATE: 3 SEAT as before.
    assertThat(rated.recurringInvoice().lines())
        .extracting(LineItem::code, LineItem::item)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LineCode.SEAT, "COMMUNICATE"));
    assertThat(rated.line(LineCode.SEAT, "COMMUNICATE").orElseThrow().quantity())
        .isEqualByComparingTo("3");
  }

  @Test
  void aConcurrentPeakAboveTheCommitmentIsOverage() {
    // Three concurrent users on queue together 14:00-15:00: peak 3; committed 2, overage 1.
    List<UserTimeline> users = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      users.add(
          UserTimeline.builder("q" + i)
              .license(LicenseTier.PURECLOUD_3, open(S))
              .session(Channel.WEB, iv("2026-01-20T14:00:00Z", "2026-01-20T22:00:00Z"))
              .onQueue(iv("2026-01-20T14:00:00Z", "2026-01-20T15:00:00Z"))
              .build());
    }
    RatedPeriod rated =
        rate(
            org(LicensingModel.CONCURRENT)
                .concurrentSeatsPurchased(3)
                .commitment(LicenseTier.PURECLOUD_3, 2),
            users);

    LineItem overage = rated.line(LineCode.OVERAGE, "PURECLOUD_3").orElseThrow();
    assertThat(overage.quantity()).isEqualByComparingTo("1");
    assertThat(overage.explanation().get(1)).startsWith("sustained peak 3 PURECLOUD_3 users");
  }

  @Test
  void aTrialKeepsTheQuantitiesAtPriceZero() {
    RatedPeriod rated =
        rate(
            org(LicensingModel.NAMED)
                .status(AccountStatus.TRIAL)
                .commitment(LicenseTier.PURECLOUD_3, 2)
                .minimumMonthlyAmount(new BigDecimal("500")),
            users("u", LicenseTier.PURECLOUD_3, 3));

    assertThat(advance(rated).lines().get(0).quantity()).isEqualByComparingTo("2");
    assertThat(advance(rated).total().isZero()).isTrue();
    assertThat(rated.recurringInvoice().lines())
        .extracting(LineItem::code)
        .containsExactly(LineCode.OVERAGE);
    assertThat(rated.recurringInvoice().total().isZero()).isTrue();
  }

  @Test
  void missingPrepaidOrOnDemandPricesAreInvalidAtTheirPaths() {
    PriceBook seatsOnly =
        PriceBook.builder(BillingCurrency.USD)
            .seat(LicenseTier.PURECLOUD_3, new BigDecimal("150.00"))
            .committedSeat(LicenseTier.PURECLOUD_3, new BigDecimal("120.00"))
            .build();
    RatingInput noOverage =
        RatingInput.builder(
                org(LicensingModel.NAMED).commitment(LicenseTier.PURECLOUD_3, 1).build(), seatsOnly)
            .users(users("u", LicenseTier.PURECLOUD_3, 2))
            .build();
    assertThatThrownBy(() -> ENGINE.rate(noOverage, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("prices.overageSeat.PURECLOUD_3: no price");
    // Within the commitment, no on-demand price is needed.
    RatingInput within =
        noOverage.toBuilder().clearData().users(users("u", LicenseTier.PURECLOUD_3, 1)).build();
    assertThat(ENGINE.rate(within, 0).recurringInvoice().lines()).isEmpty();
  }

  @Test
  void commitmentsAreValidatedByTheOrganization() {
    assertThatThrownBy(() -> org(LicensingModel.NAMED).commitment("CX_1", 3).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("commitments.CX_1: a commitment for tier CX_1");
    assertThatThrownBy(() -> org(LicensingModel.NAMED).commitment("PURECLOUD_1", -1).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("commitments.PURECLOUD_1: must be a whole number from 0 to 1000000000, was -1");
    assertThatThrownBy(() -> org(LicensingModel.HOURLY).commitment("PURECLOUD_1", 1).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("commitments.PURECLOUD_1: an HOURLY organization has no");
    assertThatThrownBy(
            () -> org(LicensingModel.NAMED).minimumMonthlyAmount(new BigDecimal("1.001")).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("minimumMonthlyAmount: 1.001 has more decimals than USD (2)");
    assertThatThrownBy(
            () -> org(LicensingModel.NAMED).minimumMonthlyAmount(new BigDecimal("-1")).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("minimumMonthlyAmount: must be from 0");
  }
}
