package dev.seatline.billing.correction;

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
import dev.seatline.billing.model.Meter;
import dev.seatline.billing.model.Order;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PortSample;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.SkuQuantity;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UsageRecord;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.money.Money;
import dev.seatline.billing.rating.Evidence;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.rating.MeterUsage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Examples of R13, worked by hand. Period 0 of a contract of 2026-01-15 in New York is
 * [2026-01-15T05:00Z, 2026-02-15T05:00Z); every correction is made at 2026-02-20T15:00Z, local date
 * 2026-02-20, due 2026-03-22. Prices: COMMUNICATE 25.00, PURECLOUD_3 150.00, port-hour 0.0125,
 * ENABLEMENT_STANDARD 4500.00.
 */
class CorrectionsTest {
  private static final BillingEngine ENGINE = BillingEngine.withDefaults();
  private static final Instant LICENSED = Instant.parse("2026-01-15T05:00:00Z");
  private static final Instant AT = Instant.parse("2026-02-20T15:00:00Z");
  private static final LocalDate FEB_20 = LocalDate.of(2026, 2, 20);
  private static final PriceBook PRICES =
      PriceBook.builder(BillingCurrency.USD)
          .seat(LicenseTier.COMMUNICATE, new BigDecimal("25.00"))
          .seat(LicenseTier.PURECLOUD_3, new BigDecimal("150.00"))
          .excessPortHour(new BigDecimal("0.0125"))
          .oneTime("ENABLEMENT_STANDARD", new BigDecimal("4500.00"))
          .build();

  private static Organization org(LicensingModel model, AccountStatus status) {
    return Organization.builder("acme-prod", BillingCurrency.USD, model, LocalDate.of(2026, 1, 15))
        .status(status)
        .concurrentSeatsPurchased(model == LicensingModel.CONCURRENT ? 10 : 0)
        .build();
  }

  private static Instant t(String instant) {
    return Instant.parse(instant);
  }

  /** A PURECLOUD_3 user licensed for the whole period, with WEB sessions at the given hours. */
  private static UserTimeline user(String id, LicenseTier tier, String... sessions) {
    UserTimeline.Builder b =
        UserTimeline.builder(id).license(tier, UsageInterval.ofUnboundedEnd(LICENSED));
    for (int i = 0; i < sessions.length; i += 2) {
      b.session(Channel.WEB, UsageInterval.of(t(sessions[i]), t(sessions[i + 1])));
    }
    return b.build();
  }

  private static RatingInput named(AccountStatus status, UserTimeline... users) {
    return RatingInput.builder(org(LicensingModel.NAMED, status), PRICES)
        .users(List.of(users))
        .build();
  }

  private static final UserTimeline U1 =
      user("u1", LicenseTier.PURECLOUD_3, "2026-01-16T14:00:00Z", "2026-01-16T22:00:00Z");
  private static final UserTimeline U2_LOGGED_IN =
      user("u2", LicenseTier.PURECLOUD_3, "2026-01-20T14:00:00Z", "2026-01-20T15:00:00Z");
  private static final UserTimeline U2_NO_LOGIN = user("u2", LicenseTier.PURECLOUD_3);

  private static CorrectedPeriod correct(RatingInput before, RatingInput after) {
    return ENGINE.correct(after, 0, List.of(IssuedPeriod.of(ENGINE.rate(before, 0))), AT);
  }

  private static Invoice only(CorrectedPeriod c) {
    assertThat(c.invoices()).hasSize(1);
    return c.invoices().get(0);
  }

  private static Evidence.Correction evidence(LineItem line) {
    return (Evidence.Correction) line.evidence();
  }

  private static Money usd(String amount) {
    return Money.of(BillingCurrency.USD, new BigDecimal(amount));
  }

  @Test
  void aLateLoginAddsASeat() {
    // Issued: u1 only, 1 x 150.00. Late: u2 logged in on Jan 20, 2 x 150.00. Debit 1 x 150.00.
    CorrectedPeriod c =
        correct(
            named(AccountStatus.PAID, U1, U2_NO_LOGIN),
            named(AccountStatus.PAID, U1, U2_LOGGED_IN));
    Invoice invoice = only(c);
    assertThat(invoice.kind()).isEqualTo(InvoiceKind.CORRECTION);
    assertThat(invoice.ref()).contains("acme-prod/0/RECURRING");
    assertThat(c.invoiceId(invoice)).isEqualTo("acme-prod/0/CORRECTION/1/RECURRING");
    assertThat(invoice.issuedOn()).isEqualTo(FEB_20);
    assertThat(invoice.dueOn()).isEqualTo(LocalDate.of(2026, 3, 22));
    LineItem seat = invoice.lines().get(0);
    assertThat(invoice.lines()).hasSize(1);
    assertThat(seat.code()).isEqualTo(LineCode.SEAT);
    assertThat(seat.item()).isEqualTo("PURECLOUD_3");
    assertThat(seat.quantity()).isEqualByComparingTo("1");
    assertThat(seat.unitPrice()).isEqualByComparingTo("150.00");
    assertThat(seat.amount()).isEqualTo(usd("150.00"));
    assertThat(invoice.total()).isEqualTo(usd("150.00"));
    assertThat(c.lineId(invoice, seat))
        .isEqualTo("acme-prod/0/CORRECTION/1/RECURRING/SEAT/PURECLOUD_3");
    assertThat(evidence(seat).users())
        .containsExactly(
            new Evidence.UserChange(
                "u2", true, Optional.empty(), Optional.of(LicenseTier.PURECLOUD_3)));
    assertThat(seat.explanation())
        .containsExactly(
            "quantity 1 -> 2, amount USD 150.00 -> USD 300.00 (debit 150.00)",
            "users added: u2 (not billed before)");
    assertThat(c.users()).allMatch(u -> u.billed());
  }

  @Test
  void aRemovedUserIsCredited() {
    // Issued: u1 and u2, 2 x 150.00. The login of u2 was misattributed and is gone: 1 x 150.00.
    CorrectedPeriod c =
        correct(
            named(AccountStatus.PAID, U1, U2_LOGGED_IN),
            named(AccountStatus.PAID, U1, U2_NO_LOGIN));
    Invoice invoice = only(c);
    LineItem seat = invoice.lines().get(0);
    assertThat(seat.quantity()).isEqualByComparingTo("-1");
    assertThat(seat.amount()).isEqualTo(usd("-150.00"));
    assertThat(invoice.total()).isEqualTo(usd("-150.00"));
    assertThat(seat.explanation())
        .containsExactly(
            "quantity 2 -> 1, amount USD 300.00 -> USD 150.00 (credit 150.00)",
            "users removed: u2 (not billed now)");
  }

  @Test
  void aLateTierChangeMovesTheUserBetweenLines() {
    // Issued: u2 held COMMUNICATE only (25.00). A PURECLOUD_3 assignment arrives late: the user
    // is billed PURECLOUD_3 (150.00): COMMUNICATE -1 x 25.00, PURECLOUD_3 +1 x 150.00.
    UserTimeline communicate =
        user("u2", LicenseTier.COMMUNICATE, "2026-01-20T14:00:00Z", "2026-01-20T15:00:00Z");
    UserTimeline upgraded =
        UserTimeline.builder("u2")
            .license(LicenseTier.COMMUNICATE, UsageInterval.ofUnboundedEnd(LICENSED))
            .license(LicenseTier.PURECLOUD_3, UsageInterval.ofUnboundedEnd(LICENSED))
            .session(
                Channel.WEB, UsageInterval.of(t("2026-01-20T14:00:00Z"), t("2026-01-20T15:00:00Z")))
            .build();
    CorrectedPeriod c =
        correct(
            named(AccountStatus.PAID, U1, communicate), named(AccountStatus.PAID, U1, upgraded));
    Invoice invoice = only(c);
    assertThat(invoice.lines())
        .extracting(LineItem::item)
        .containsExactly("COMMUNICATE", "PURECLOUD_3");
    assertThat(invoice.lines().get(0).amount()).isEqualTo(usd("-25.00"));
    assertThat(invoice.lines().get(1).amount()).isEqualTo(usd("150.00"));
    assertThat(invoice.total()).isEqualTo(usd("125.00"));
    assertThat(invoice.lines().get(0).explanation())
        .contains("users removed: u2 (now PURECLOUD_3)");
    assertThat(invoice.lines().get(1).explanation()).contains("users added: u2 (was COMMUNICATE)");
  }

  @Test
  void aLateOnQueueExportRaisesTheSustainedPeak() {
    // CONCURRENT: u1, u2, u3 in WEB sessions 14:00-18:00 on Jan 20. Issued: u1 and u2 on queue
    // 14:00-16:00, peak 2; its window is the first 30 minutes at that level, [14:00, 14:30). A
    // late export puts u3 on queue 14:30-15:30: peak 3, window [14:30, 15:00). Debit 1 x 150.00.
    List<UserTimeline> before = new ArrayList<>();
    List<UserTimeline> after = new ArrayList<>();
    for (String id : List.of("u1", "u2", "u3")) {
      UserTimeline.Builder b =
          UserTimeline.builder(id)
              .license(LicenseTier.PURECLOUD_3, UsageInterval.ofUnboundedEnd(LICENSED))
              .session(
                  Channel.WEB,
                  UsageInterval.of(t("2026-01-20T14:00:00Z"), t("2026-01-20T18:00:00Z")));
      if (!id.equals("u3")) {
        b.onQueue(UsageInterval.of(t("2026-01-20T14:00:00Z"), t("2026-01-20T16:00:00Z")));
      }
      before.add(b.build());
      if (id.equals("u3")) {
        b.onQueue(UsageInterval.of(t("2026-01-20T14:30:00Z"), t("2026-01-20T15:30:00Z")));
      }
      after.add(b.build());
    }
    Organization concurrent = org(LicensingModel.CONCURRENT, AccountStatus.PAID);
    CorrectedPeriod c =
        correct(
            RatingInput.builder(concurrent, PRICES).users(before).build(),
            RatingInput.builder(concurrent, PRICES).users(after).build());
    LineItem seat = only(c).lines().get(0);
    assertThat(seat.quantity()).isEqualByComparingTo("1");
    assertThat(seat.amount()).isEqualTo(usd("150.00"));
    assertThat(evidence(seat).before()).get().isInstanceOf(Evidence.Peak.class);
    assertThat(seat.explanation())
        .contains(
            "sustained peak 2 -> 3 PURECLOUD_3 users on queue; window"
                + " [2026-01-20T14:00:00Z, 2026-01-20T14:30:00Z) ->"
                + " [2026-01-20T14:30:00Z, 2026-01-20T15:00:00Z)");
  }

  @Test
  void latePortSamplesChangeTheExcess() {
    // u1 is billed PURECLOUD_3: 2 ports included. Issued: 3 calls from Jan 16 14:00Z to the end,
    // 1 excess port for 711 h = 2559600 s, 711 x 0.0125 = 8.8875 -> 8.89. A late sample: 4 calls
    // from Feb 14 05:00Z, 24 h more of 1 port: 2646000 s, 735 h, 9.1875 -> 9.19. Debit 24 h, 0.30.
    PortSample issued = new PortSample(t("2026-01-16T14:00:00Z"), 3);
    PortSample late = new PortSample(t("2026-02-14T05:00:00Z"), 4);
    Organization org = org(LicensingModel.NAMED, AccountStatus.PAID);
    RatingInput before = RatingInput.builder(org, PRICES).user(U1).callPort(issued).build();
    RatingInput after =
        RatingInput.builder(org, PRICES).user(U1).callPort(issued).callPort(late).build();
    LineItem ports = only(correct(before, after)).lines().get(0);
    assertThat(ports.code()).isEqualTo(LineCode.EXCESS_CALL_PORTS);
    assertThat(ports.quantity()).isEqualByComparingTo("24");
    assertThat(ports.amount()).isEqualTo(usd("0.30"));
    assertThat(ports.explanation())
        .contains("excess port-seconds 2559600 -> 2646000; included ports 2 -> 2");
  }

  @Test
  void anOrderThatDisappearedIsFullyCredited() {
    // Issued: ord-1 of 1 x ENABLEMENT_STANDARD = 4500.00. It was keyed to the wrong organization
    // and is gone from the new data: -1 x 4500.00 on a correction of acme-prod/0/ORDER/ord-1.
    RatingInput before =
        RatingInput.builder(org(LicensingModel.NAMED, AccountStatus.PAID), PRICES)
            .user(U1)
            .order(
                new Order(
                    "ord-1",
                    t("2026-01-15T15:00:00Z"),
                    List.of(new SkuQuantity("ENABLEMENT_STANDARD", 1))))
            .build();
    CorrectedPeriod c = correct(before, named(AccountStatus.PAID, U1));
    Invoice invoice = only(c);
    assertThat(invoice.ref()).contains("acme-prod/0/ORDER/ord-1");
    assertThat(c.invoiceId(invoice)).isEqualTo("acme-prod/0/CORRECTION/1/ORDER/ord-1");
    LineItem line = invoice.lines().get(0);
    assertThat(line.quantity()).isEqualByComparingTo("-1");
    assertThat(line.amount()).isEqualTo(usd("-4500.00"));
    assertThat(line.explanation()).contains("no longer in the fresh rating: fully credited");
  }

  @Test
  void aLateOrderIsIssuedAsAnOrderInvoiceOnTheCorrectionDate() {
    // ord-2, placed Jan 30, reached billing after the run: a new ORDER invoice, 4500.00, issued
    // on the correction's date (an invoice is not issued in the past), with its ordinary id.
    RatingInput after =
        RatingInput.builder(org(LicensingModel.NAMED, AccountStatus.PAID), PRICES)
            .user(U1)
            .order(
                new Order(
                    "ord-2",
                    t("2026-01-30T15:00:00Z"),
                    List.of(new SkuQuantity("ENABLEMENT_STANDARD", 1))))
            .build();
    CorrectedPeriod c = correct(named(AccountStatus.PAID, U1), after);
    Invoice invoice = only(c);
    assertThat(invoice.kind()).isEqualTo(InvoiceKind.ORDER);
    assertThat(invoice.ref()).contains("ord-2");
    assertThat(invoice.issuedOn()).isEqualTo(FEB_20);
    assertThat(c.invoiceId(invoice)).isEqualTo("acme-prod/0/ORDER/ord-2");
    assertThat(invoice.total()).isEqualTo(usd("4500.00"));
  }

  @Test
  void aTrialCorrectionHasQuantitiesAndZeroAmounts() {
    // TRIAL: recurring lines keep their quantities at price 0 (R9). The late login gives +1 seat
    // at 0.00: the line stays, since its quantity changed.
    Invoice invoice =
        only(
            correct(
                named(AccountStatus.TRIAL, U1, U2_NO_LOGIN),
                named(AccountStatus.TRIAL, U1, U2_LOGGED_IN)));
    LineItem seat = invoice.lines().get(0);
    assertThat(seat.quantity()).isEqualByComparingTo("1");
    assertThat(seat.unitPrice()).isEqualByComparingTo("0");
    assertThat(seat.amount()).isEqualTo(usd("0.00"));
    assertThat(invoice.total()).isEqualTo(usd("0.00"));
  }

  @Test
  void noChangeGivesNoCorrection() {
    RatingInput same = named(AccountStatus.PAID, U1, U2_LOGGED_IN);
    CorrectedPeriod c = correct(same, same);
    assertThat(c.isEmpty()).isTrue();
    assertThat(c.invoices()).isEmpty();
    assertThat(c.users()).hasSize(2);
  }

  @Test
  void aSecondCorrectionOfOneInvoiceHasItsOwnId() {
    // Issued 1 seat, corrected to 2 (u2), then u3 logs in late too: the second correction of
    // acme-prod/0/RECURRING is number 2, quantity 2 -> 3.
    UserTimeline u3 =
        user("u3", LicenseTier.PURECLOUD_3, "2026-01-21T14:00:00Z", "2026-01-21T15:00:00Z");
    List<IssuedPeriod> issued = new ArrayList<>();
    issued.add(IssuedPeriod.of(ENGINE.rate(named(AccountStatus.PAID, U1, U2_NO_LOGIN), 0)));
    CorrectedPeriod first =
        ENGINE.correct(named(AccountStatus.PAID, U1, U2_LOGGED_IN), 0, issued, AT);
    issued.add(IssuedPeriod.of(first));
    CorrectedPeriod second =
        ENGINE.correct(
            named(AccountStatus.PAID, U1, U2_LOGGED_IN, u3), 0, issued, AT.plusSeconds(86_400));
    Invoice invoice = only(second);
    assertThat(second.invoiceId(invoice)).isEqualTo("acme-prod/0/CORRECTION/2/RECURRING");
    assertThat(invoice.ref()).contains("acme-prod/0/RECURRING");
    assertThat(invoice.issuedOn()).isEqualTo(LocalDate.of(2026, 2, 21));
    assertThat(invoice.lines().get(0).explanation())
        .containsExactly(
            "quantity 2 -> 3, amount USD 300.00 -> USD 450.00 (debit 150.00)",
            "users added: u3 (not billed before)");
  }

  // ---- invalid input ----

  private static IssuedPeriod original() {
    return IssuedPeriod.of(ENGINE.rate(named(AccountStatus.PAID, U1), 0));
  }

  private static RatingInput newData() {
    return named(AccountStatus.PAID, U1, U2_LOGGED_IN);
  }

  private static void rejects(List<IssuedPeriod> issued, Instant at, String path, String text) {
    assertThatThrownBy(() -> ENGINE.correct(newData(), 0, issued, at))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.path()).isEqualTo(path);
              assertThat(e.problem()).contains(text);
            });
  }

  @Test
  void invoicesOfAnotherOrganizationPeriodOrCurrencyAreInvalid() {
    IssuedPeriod o = original();
    rejects(
        List.of(new IssuedPeriod("globex", 0, o.currency(), o.invoices(), o.users())),
        AT,
        "issued[0].organization",
        "'globex'");
    rejects(
        List.of(o, new IssuedPeriod(o.organizationId(), 1, o.currency(), List.of(), List.of())),
        AT,
        "issued[1].period.index",
        "period 1");
    rejects(
        List.of(
            new IssuedPeriod(o.organizationId(), 0, BillingCurrency.EUR, o.invoices(), o.users())),
        AT,
        "issued[0].currency",
        "EUR");
  }

  @Test
  void aPreviewIsNeverCorrected() {
    RatedPeriod preview =
        ENGINE.rateAsOf(named(AccountStatus.PAID, U1), 0, t("2026-02-01T00:00:00Z"));
    rejects(List.of(IssuedPeriod.of(preview)), AT, "issued[0].invoices[0].kind", "PREVIEW");
    assertThatThrownBy(() -> Corrections.correct(preview, List.of(original()), AT))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("period.asOf"));
  }

  @Test
  void anIdThatMatchesNothingIsInvalid() {
    IssuedPeriod o = original();
    IssuedInvoice stray =
        new IssuedInvoice(
            "acme-prod/0/CORRECTION/1/ORDER/nope",
            InvoiceKind.CORRECTION,
            Optional.of("acme-prod/0/ORDER/nope"),
            FEB_20,
            List.of(),
            usd("0.00"));
    rejects(
        List.of(
            o, new IssuedPeriod("acme-prod", 0, BillingCurrency.USD, List.of(stray), List.of())),
        AT,
        "issued[1].invoices[0].ref",
        "'acme-prod/0/ORDER/nope' matches no issued invoice");
    IssuedInvoice recurring = o.invoices().get(0);
    IssuedInvoice renamed =
        new IssuedInvoice(
            "acme-prod/0/FINAL",
            recurring.kind(),
            recurring.ref(),
            recurring.issuedOn(),
            List.of(),
            usd("0.00"));
    rejects(
        List.of(new IssuedPeriod("acme-prod", 0, BillingCurrency.USD, List.of(renamed), List.of())),
        AT,
        "issued[0].invoices[0].id",
        "expected 'acme-prod/0/RECURRING'");
  }

  @Test
  void anInvoiceIssuedTwiceOrNothingIssuedIsInvalid() {
    rejects(List.of(original(), original()), AT, "issued[1].invoices[0].id", "issued twice");
    rejects(List.of(), AT, "issued", "nothing issued");
  }

  @Test
  void aCorrectionBeforeThePeriodEndsIsInvalid() {
    rejects(List.of(original()), t("2026-02-15T04:59:59Z"), "at", "before the end");
  }

  @Test
  void aLateLoginAboveTheCommitmentIsAnOverageDebitAndLeavesTheAdvanceInvoice() {
    // R14: 1 PURECLOUD_3 seat committed at 120.00 prepaid, 180.00 on demand. Issued: u1 and u2
    // logged in, 2 billed: ADVANCE COMMITTED_SEAT 1 x 120.00, RECURRING OVERAGE 1 x 180.00. Late:
    // u3 logged in on Jan 20, 3 billed: OVERAGE 2 x 180.00 = 360.00, debit 1 x 180.00 on the
    // RECURRING invoice; the commitment is contract data, so the ADVANCE invoice is unchanged and
    // not corrected.
    Organization committed =
        Organization.builder(
                "acme-prod", BillingCurrency.USD, LicensingModel.NAMED, LocalDate.of(2026, 1, 15))
            .commitment(LicenseTier.PURECLOUD_3, 1)
            .build();
    PriceBook prices =
        PriceBook.builder(BillingCurrency.USD)
            .committedSeat(LicenseTier.PURECLOUD_3, new BigDecimal("120.00"))
            .overageSeat(LicenseTier.PURECLOUD_3, new BigDecimal("180.00"))
            .build();
    UserTimeline u2 =
        user("u2", LicenseTier.PURECLOUD_3, "2026-01-17T14:00:00Z", "2026-01-17T15:00:00Z");
    RatingInput before =
        RatingInput.builder(committed, prices)
            .users(List.of(U1, u2, user("u3", LicenseTier.PURECLOUD_3)))
            .build();
    RatingInput after =
        RatingInput.builder(committed, prices)
            .users(
                List.of(
                    U1,
                    u2,
                    user(
                        "u3",
                        LicenseTier.PURECLOUD_3,
                        "2026-01-20T14:00:00Z",
                        "2026-01-20T15:00:00Z")))
            .build();
    RatedPeriod issued = ENGINE.rate(before, 0);
    assertThat(issued.invoices()).extracting(Invoice::kind).contains(InvoiceKind.ADVANCE);

    Invoice invoice = only(correct(before, after));

    assertThat(invoice.kind()).isEqualTo(InvoiceKind.CORRECTION);
    assertThat(invoice.ref()).contains("acme-prod/0/RECURRING");
    assertThat(invoice.lines()).hasSize(1);
    LineItem overage = invoice.lines().get(0);
    assertThat(overage.code()).isEqualTo(LineCode.OVERAGE);
    assertThat(overage.item()).isEqualTo("PURECLOUD_3");
    assertThat(overage.quantity()).isEqualByComparingTo("1");
    assertThat(overage.unitPrice()).isEqualByComparingTo("180.00");
    assertThat(overage.amount()).isEqualTo(usd("180.00"));
    assertThat(evidence(overage).users())
        .containsExactly(
            new Evidence.UserChange(
                "u3", true, Optional.empty(), Optional.of(LicenseTier.PURECLOUD_3)));
    assertThat(overage.explanation().get(0))
        .isEqualTo("quantity 1 -> 2, amount USD 180.00 -> USD 360.00 (debit 180.00)");
  }

  @Test
  void lateUsageRecordsRaiseTheUsageOverage() {
    // R16: 75,000 API requests per PURECLOUD_3 seat, 0.35 per request over. u1 and u2 billed:
    // 150,000 allowed. Issued: 100,000 + 50,001 = 1 over, USAGE 1 x 0.35. Late: 10 more
    // requests on Jan 21: 11 over, 3.85; debit 10 x 0.35 = 3.50.
    String api = "API_REQUESTS";
    PriceBook prices =
        PriceBook.builder(BillingCurrency.USD)
            .seat(LicenseTier.PURECLOUD_3, new BigDecimal("150.00"))
            .meter(
                Meter.builder(api, new BigDecimal("0.35"))
                    .allowancePerSeat(LicenseTier.PURECLOUD_3, new BigDecimal("75000"))
                    .build())
            .build();
    UserTimeline u2 =
        user("u2", LicenseTier.PURECLOUD_3, "2026-01-17T14:00:00Z", "2026-01-17T15:00:00Z");
    List<UsageRecord> records =
        List.of(
            new UsageRecord(api, t("2026-01-20T12:00:00Z"), new BigDecimal("100000")),
            new UsageRecord(api, t("2026-01-20T12:01:00Z"), new BigDecimal("50001")));
    List<UsageRecord> withLate = new ArrayList<>(records);
    withLate.add(new UsageRecord(api, t("2026-01-21T09:00:00Z"), new BigDecimal("10")));
    RatingInput issued =
        RatingInput.builder(org(LicensingModel.NAMED, AccountStatus.PAID), prices)
            .users(List.of(U1, u2))
            .usage(records)
            .build();
    RatingInput late =
        RatingInput.builder(org(LicensingModel.NAMED, AccountStatus.PAID), prices)
            .users(List.of(U1, u2))
            .usage(withLate)
            .build();

    Invoice invoice = only(correct(issued, late));

    assertThat(invoice.ref()).contains("acme-prod/0/RECURRING");
    assertThat(invoice.lines()).hasSize(1);
    LineItem usage = invoice.lines().get(0);
    assertThat(usage.code()).isEqualTo(LineCode.USAGE);
    assertThat(usage.item()).isEqualTo(api);
    assertThat(usage.quantity()).isEqualByComparingTo("10");
    assertThat(usage.unitPrice()).isEqualByComparingTo("0.35");
    assertThat(usage.amount()).isEqualTo(usd("3.50"));
    assertThat(evidence(usage).quantityBefore()).isEqualByComparingTo("1");
    assertThat(evidence(usage).quantityAfter()).isEqualByComparingTo("11");
    assertThat(evidence(usage).amountAfter()).isEqualTo(usd("3.85"));
    assertThat(evidence(usage).after()).containsInstanceOf(MeterUsage.class);
  }
}
