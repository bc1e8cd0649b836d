package dev.seatline.billing.rating;

import static dev.seatline.billing.rating.SeatFixtures.S;
import static dev.seatline.billing.rating.SeatFixtures.iv;
import static dev.seatline.billing.rating.SeatFixtures.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.Edition;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.TierCatalog;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.rating.RatingPolicy.PeakBasis;
import dev.seatline.billing.rating.RatingPolicy.PeakMeasure;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** R17: editions, chosen per organization, every default configurable on its own. */
class EditionTest {
  private static Organization.Builder org(Edition edition, LicensingModel model) {
    return Organization.builder("acme", BillingCurrency.USD, model, LocalDate.of(2026, 1, 15))
        .edition(edition);
  }

  /**
   * The tenant of conformance vectors 31 and 32, on 2026-01-20 UTC: q1 and q2 logged in
   * 14:00-22:00, q1 on queue 14:00-14:20 and 21:00-21:20, q2 on queue 14:10-14:40; q3 logged in
   * 17:00-17:45, never on queue.
   */
  private static RatingInput tenant(Edition edition, LicenseTier tier) {
    List<UserTimeline> users =
        List.of(
            UserTimeline.builder("q1")
                .license(tier, open(S))
                .session(Channel.WEB, iv("2026-01-20T14:00:00Z", "2026-01-20T22:00:00Z"))
                .onQueue(iv("2026-01-20T14:00:00Z", "2026-01-20T14:20:00Z"))
                .onQueue(iv("2026-01-20T21:00:00Z", "2026-01-20T21:20:00Z"))
                .build(),
            UserTimeline.builder("q2")
                .license(tier, open(S))
                .session(Channel.WEB, iv("2026-01-20T14:00:00Z", "2026-01-20T22:00:00Z"))
                .onQueue(iv("2026-01-20T14:10:00Z", "2026-01-20T14:40:00Z"))
                .build(),
            UserTimeline.builder("q3")
                .license(tier, open(S))
                .session(Channel.WEB, iv("2026-01-20T17:00:00Z", "2026-01-20T17:45:00Z"))
                .build());
    return RatingInput.builder(
            org(edition, LicensingModel.CONCURRENT).concurrentSeatsPurchased(10).build(),
            PriceBook.builder(BillingCurrency.USD).seat(tier, new BigDecimal("150.00")).build())
        .users(users)
        .build();
  }

  @Test
  void theEditionsNameTheirCataloguesAndCurrencies() {
    assertThat(Edition.PURECLOUD_FAQ.tiers()).isEqualTo(TierCatalog.faq());
    assertThat(Edition.GENESYS_CLOUD.tiers().tiers())
        .containsExactly(
            LicenseTier.COMMUNICATE,
            LicenseTier.CX_1,
            LicenseTier.CX_2,
            LicenseTier.CX_3,
            LicenseTier.CX_4);
    assertThat(Edition.GENESYS_CLOUD.tiers().contactCenterDescending())
        .containsExactly(LicenseTier.CX_4, LicenseTier.CX_3, LicenseTier.CX_2, LicenseTier.CX_1);
    assertThat(Edition.PURECLOUD_FAQ.currencies()).hasSize(8).doesNotContain(BillingCurrency.ZAR);
    assertThat(Edition.GENESYS_CLOUD.currencies())
        .containsExactlyInAnyOrder(BillingCurrency.values());
    Organization plain = org(Edition.PURECLOUD_FAQ, LicensingModel.NAMED).build();
    assertThat(plain.edition()).isEqualTo(Edition.PURECLOUD_FAQ);
    assertThat(
            Organization.builder(
                    "x", BillingCurrency.USD, LicensingModel.NAMED, LocalDate.of(2026, 1, 15))
                .build()
                .edition())
        .isEqualTo(Edition.PURECLOUD_FAQ);
  }

  @Test
  void thePolicyDefaultsOfGenesysCloud() {
    RatingPolicy genesys = RatingPolicy.defaults(Edition.GENESYS_CLOUD);
    assertThat(RatingPolicy.defaults(Edition.PURECLOUD_FAQ)).isEqualTo(RatingPolicy.defaults());
    assertThat(genesys.namedMinimumAssignment()).isZero();
    assertThat(genesys.concurrentMinimumAssignment()).isZero();
    assertThat(genesys.peakMeasure()).isEqualTo(PeakMeasure.ACCUMULATED_TIME);
    assertThat(genesys.peakBasis()).isEqualTo(PeakBasis.LOGGED_IN);
    assertThat(genesys.peakWindow()).isEqualTo(Duration.ofMinutes(30));
    assertThat(BillingEngine.withDefaults().policy(Edition.GENESYS_CLOUD)).isEqualTo(genesys);
  }

  @Test
  void zarIsAcceptedByGenesysCloudOnly() {
    assertThat(
            Organization.builder(
                    "za", BillingCurrency.ZAR, LicensingModel.NAMED, LocalDate.of(2026, 1, 15))
                .edition(Edition.GENESYS_CLOUD)
                .build()
                .currency())
        .isEqualTo(BillingCurrency.ZAR);
    assertThatThrownBy(
            () ->
                Organization.builder(
                        "za", BillingCurrency.ZAR, LicensingModel.NAMED, LocalDate.of(2026, 1, 15))
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "currency: currency ZAR is not accepted by edition PURECLOUD_FAQ; accepted: [AUD, BRL,"
                + " CAD, EUR, GBP, JPY, NZD, USD]");
  }

  @Test
  void theSameTenantIsBilledDifferentlyByTheTwoEditions() {
    // FAQ: on-queue, contiguous 30 min: 1 user throughout 14:00-14:40, 2 only for 10 min: peak 1.
    RatedPeriod faq =
        BillingEngine.withDefaults()
            .rate(tenant(Edition.PURECLOUD_FAQ, LicenseTier.PURECLOUD_3), 0);
    assertThat(faq.line(LineCode.SEAT, "PURECLOUD_3").orElseThrow().quantity())
        .isEqualByComparingTo("1");
    assertThat(faq.users().get(2).reason()).contains(NotBilledReason.NEVER_ON_QUEUE);
    // GENESYS_CLOUD: logged in, accumulated: all three logged in 17:00-17:45 (45 min): peak 3.
    RatedPeriod genesys =
        BillingEngine.withDefaults().rate(tenant(Edition.GENESYS_CLOUD, LicenseTier.CX_3), 0);
    LineItem seats = genesys.line(LineCode.SEAT, "CX_3").orElseThrow();
    assertThat(seats.quantity()).isEqualByComparingTo("3");
    assertThat(seats.explanation().get(0))
        .startsWith("sustained peak 3 CX_3 users logged in for 45m in total (at least 30m)");
    assertThat(genesys.users()).allSatisfy(u -> assertThat(u.billed()).isTrue());
  }

  @Test
  void everyDefaultStaysConfigurableOnItsOwn() {
    // GENESYS_CLOUD with the FAQ's on-queue basis, everything else its own: the on-queue time,
    // accumulated: 1 user for 14:00-14:40 and 21:00-21:20 (60 min), 2 for 10 min: peak 1.
    BillingEngine onQueue =
        BillingEngine.withDefaults()
            .withPolicy(
                Edition.GENESYS_CLOUD,
                RatingPolicy.defaults(Edition.GENESYS_CLOUD).withPeakBasis(PeakBasis.ON_QUEUE));
    assertThat(
            onQueue
                .rate(tenant(Edition.GENESYS_CLOUD, LicenseTier.CX_3), 0)
                .line(LineCode.SEAT, "CX_3")
                .orElseThrow()
                .quantity())
        .isEqualByComparingTo("1");
    // A PURECLOUD_FAQ organization with the GENESYS_CLOUD catalogue and ZAR.
    Organization own =
        Organization.builder(
                "own", BillingCurrency.ZAR, LicensingModel.NAMED, LocalDate.of(2026, 1, 15))
            .tiers(TierCatalog.genesysCloud())
            .currencies(Set.copyOf(EnumSet.allOf(BillingCurrency.class)))
            .build();
    assertThat(own.edition()).isEqualTo(Edition.PURECLOUD_FAQ);
    assertThat(own.tiers().find("CX_4")).contains(LicenseTier.CX_4);
    // The FAQ's engine policy is untouched by a GENESYS_CLOUD change.
    assertThat(onQueue.policy()).isEqualTo(RatingPolicy.defaults());
  }

  @Test
  void underGenesysCloudAnyPositiveAssignmentQualifies() {
    // CX_4 held for 1 ns, COMMUNICATE all month: billed CX_4. Under the FAQ: COMMUNICATE.
    UserTimeline user =
        UserTimeline.builder("u1")
            .license(LicenseTier.COMMUNICATE, open(S))
            .license(
                LicenseTier.CX_4,
                iv(
                    java.time.Instant.parse("2026-01-20T15:00:00Z"),
                    java.time.Instant.parse("2026-01-20T15:00:00.000000001Z")))
            .session(Channel.WEB, iv("2026-01-20T14:00:00Z", "2026-01-20T22:00:00Z"))
            .build();
    PriceBook prices =
        PriceBook.builder(BillingCurrency.USD)
            .seat(LicenseTier.COMMUNICATE, new BigDecimal("25"))
            .seat(LicenseTier.CX_4, new BigDecimal("200"))
            .build();
    RatedPeriod genesys =
        BillingEngine.withDefaults()
            .rate(
                RatingInput.builder(
                        org(Edition.GENESYS_CLOUD, LicensingModel.NAMED).build(), prices)
                    .user(user)
                    .build(),
                0);
    assertThat(genesys.users().get(0).tier()).contains(LicenseTier.CX_4);
    RatedPeriod faq =
        BillingEngine.withDefaults()
            .rate(
                RatingInput.builder(
                        org(Edition.PURECLOUD_FAQ, LicensingModel.NAMED)
                            .tiers(TierCatalog.genesysCloud())
                            .build(),
                        prices)
                    .user(user)
                    .build(),
                0);
    assertThat(faq.users().get(0).tier()).contains(LicenseTier.COMMUNICATE);
  }
}
