package dev.seatline.billing.invoice;

import static dev.seatline.billing.InvoicingFixtures.org;
import static dev.seatline.billing.InvoicingFixtures.prices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.rating.Evidence;
import dev.seatline.billing.rating.NotBilledReason;
import dev.seatline.billing.rating.RatingContext;
import dev.seatline.billing.rating.RatingPolicy.PeakMeasure;
import dev.seatline.billing.rating.SeatRating;
import dev.seatline.billing.rating.SustainedPeak;
import dev.seatline.billing.rating.UserOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class UsageHistoryTest {
  private static final UsageInterval PEAK_WINDOW =
      UsageInterval.of(
          Instant.parse("2026-02-20T14:00:00Z"), Instant.parse("2026-02-20T14:30:00Z"));
  private static final SustainedPeak PEAK =
      new SustainedPeak(
          LicenseTier.PURECLOUD_3,
          2,
          PeakMeasure.CONTIGUOUS_WINDOW,
          Optional.of(PEAK_WINDOW),
          Duration.ofHours(1),
          3);

  /**
   * Period 0: two named PURECLOUD_3 users and one COMMUNICATE user, u4 not billed. Period 1: three
   * concurrent users on queue with a sustained peak of 2, and the COMMUNICATE user. Later periods:
   * nothing billed.
   */
  private static SeatRating byPeriod(RatingContext ctx) {
    UserOutcome u4 =
        UserOutcome.notBilled(
            "u4",
            LicensingModel.NAMED,
            NotBilledReason.NO_USER_INTERFACE_LOGIN,
            new Evidence.Text(List.of("no login")));
    return switch (ctx.period().index()) {
      case 0 ->
          new SeatRating(
              List.of(
                  UserOutcome.billed(
                      "u2",
                      LicenseTier.PURECLOUD_3,
                      LicensingModel.NAMED,
                      new Evidence.Text(List.of("x"))),
                  UserOutcome.billed(
                      "u1",
                      LicenseTier.PURECLOUD_3,
                      LicensingModel.NAMED,
                      new Evidence.Text(List.of("x"))),
                  UserOutcome.billed(
                      "u3",
                      LicenseTier.COMMUNICATE,
                      LicensingModel.NAMED,
                      new Evidence.Text(List.of("x"))),
                  u4),
              new TreeMap<>(Map.of(LicenseTier.PURECLOUD_3, 2L, LicenseTier.COMMUNICATE, 1L)),
              List.of(),
              List.of());
      case 1 ->
          new SeatRating(
              List.of(
                  UserOutcome.billed(
                      "u5",
                      LicenseTier.PURECLOUD_3,
                      LicensingModel.CONCURRENT,
                      new Evidence.Text(List.of("q"))),
                  UserOutcome.billed(
                      "u1",
                      LicenseTier.PURECLOUD_3,
                      LicensingModel.CONCURRENT,
                      new Evidence.Text(List.of("q"))),
                  UserOutcome.billed(
                      "u4",
                      LicenseTier.PURECLOUD_3,
                      LicensingModel.CONCURRENT,
                      new Evidence.Text(List.of("q"))),
                  UserOutcome.billed(
                      "u3",
                      LicenseTier.COMMUNICATE,
                      LicensingModel.NAMED,
                      new Evidence.Text(List.of("x")))),
              new TreeMap<>(Map.of(LicenseTier.PURECLOUD_3, 2L, LicenseTier.COMMUNICATE, 1L)),
              List.of(),
              List.of(PEAK));
      default -> new SeatRating(List.of(u4), new TreeMap<>(), List.of(), List.of());
    };
  }

  private static final BillingEngine ENGINE =
      BillingEngine.withDefaults().withSeatRule(LicensingModel.NAMED, UsageHistoryTest::byPeriod);

  private static RatingInput input() {
    return RatingInput.builder(org().build(), prices(BillingCurrency.USD)).build();
  }

  private static UsageHistory history() {
    RatingInput input = input();
    return UsageHistory.of(
        List.of(ENGINE.rate(input, 0), ENGINE.rate(input, 1), ENGINE.rate(input, 2)));
  }

  @Test
  void namedTiersListTheBilledUsersSorted() {
    UsageHistory.PeriodUsage p0 = history().periods().get(0);
    assertThat(p0.period().index()).isZero();
    assertThat(p0.kind()).isEqualTo(InvoiceKind.RECURRING);
    assertThat(p0.tiers())
        .extracting(
            UsageHistory.TierUsage::tier,
            UsageHistory.TierUsage::countedAs,
            UsageHistory.TierUsage::licensesBilled,
            UsageHistory.TierUsage::userIds,
            UsageHistory.TierUsage::peak)
        .containsExactly(
            tuple(
                LicenseTier.COMMUNICATE, LicensingModel.NAMED, 1L, List.of("u3"), Optional.empty()),
            tuple(
                LicenseTier.PURECLOUD_3,
                LicensingModel.NAMED,
                2L,
                List.of("u1", "u2"),
                Optional.empty()));
    assertThat(p0.licensesBilled()).isEqualTo(3);
  }

  @Test
  void concurrentTiersKeepThePeakAndTheUsersOnQueue() {
    UsageHistory.PeriodUsage p1 = history().periods().get(1);
    UsageHistory.TierUsage pc3 = p1.tier(LicenseTier.PURECLOUD_3).orElseThrow();
    assertThat(pc3.countedAs()).isEqualTo(LicensingModel.CONCURRENT);
    assertThat(pc3.licensesBilled()).isEqualTo(2);
    assertThat(pc3.userIds()).containsExactly("u1", "u4", "u5");
    assertThat(pc3.peak()).contains(PEAK);
    assertThat(p1.tier(LicenseTier.PURECLOUD_1)).isEmpty();
  }

  @Test
  void aPeriodWithoutLicensesHasNoTiers() {
    UsageHistory.PeriodUsage p2 = history().periods().get(2);
    assertThat(p2.tiers()).isEmpty();
    assertThat(p2.licensesBilled()).isZero();
  }

  @Test
  void toTablePrintsOneFixedWidthRowPerPeriodAndTier() {
    assertThat(history().toTable())
        .isEqualTo(
            """
            Usage history of acme-prod, periods 0 to 2 (America/New_York)
            Period  From                 Through              Tier         Basis                                Licences  Users
                 0  2026-01-15 00:00:00  2026-02-14 23:59:59  COMMUNICATE  named                                       1  u3
                                                              PURECLOUD_3  named                                       2  u1, u2
                 1  2026-02-15 00:00:00  2026-03-14 23:59:59  COMMUNICATE  named                                       1  u3
                                                              PURECLOUD_3  concurrent peak 2026-02-20 09:00:00         2  u1, u4, u5
                 2  2026-03-15 00:00:00  2026-04-14 23:59:59  -            -                                           0  -
            """);
  }

  @Test
  void finalPeriodShowsTheCancellationAsItsEnd() {
    Instant x = Instant.parse("2026-02-01T17:00:00Z");
    RatingInput cancelled =
        RatingInput.builder(org().cancelledAt(x).build(), prices(BillingCurrency.USD)).build();
    UsageHistory h = UsageHistory.of(List.of(ENGINE.rate(cancelled, 0)));
    assertThat(h.periods().get(0).kind()).isEqualTo(InvoiceKind.FINAL);
    assertThat(h.periods().get(0).end()).isEqualTo(x);
    assertThat(h.toTable()).contains("2026-01-15 00:00:00  2026-02-01 11:59:59  ");
  }

  @Test
  void accessorsAndValueSemantics() {
    UsageHistory h = history();
    assertThat(h.organizationId()).isEqualTo("acme-prod");
    assertThat(h.firstPeriod()).isZero();
    assertThat(h.lastPeriod()).isEqualTo(2);
    assertThat(h).isEqualTo(history()).hasSameHashCodeAs(history());
    assertThat(h).isNotEqualTo(UsageHistory.of(List.of(ENGINE.rate(input(), 0))));
    assertThat(h.toString()).isEqualTo("UsageHistory{acme-prod, periods 0..2}");
    assertThatThrownBy(() -> h.periods().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void periodsMustBeConsecutiveAndOfOneOrganization() {
    RatingInput input = input();
    assertThatThrownBy(() -> UsageHistory.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one period");
    assertThatThrownBy(() -> UsageHistory.of(List.of(ENGINE.rate(input, 0), ENGINE.rate(input, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not consecutive");
    RatingInput other =
        RatingInput.builder(
                dev.seatline.billing.model.Organization.builder(
                        "other",
                        BillingCurrency.USD,
                        LicensingModel.NAMED,
                        java.time.LocalDate.of(2026, 1, 15))
                    .build(),
                prices(BillingCurrency.USD))
            .build();
    assertThatThrownBy(() -> UsageHistory.of(List.of(ENGINE.rate(input, 0), ENGINE.rate(other, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two organizations");
  }

  @Test
  void tierUsageRejectsNegativeLicensesAndSortsUsers() {
    assertThat(
            new UsageHistory.TierUsage(
                    LicenseTier.COMMUNICATE,
                    LicensingModel.NAMED,
                    2,
                    List.of("b", "a"),
                    Optional.empty())
                .userIds())
        .containsExactly("a", "b");
    assertThatThrownBy(
            () ->
                new UsageHistory.TierUsage(
                    LicenseTier.COMMUNICATE, LicensingModel.NAMED, -1, List.of(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
