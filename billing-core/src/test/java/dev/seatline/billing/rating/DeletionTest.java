package dev.seatline.billing.rating;

import static dev.seatline.billing.model.LicenseTier.COMMUNICATE;
import static dev.seatline.billing.model.LicenseTier.PURECLOUD_2;
import static dev.seatline.billing.model.LicenseTier.PURECLOUD_3;
import static dev.seatline.billing.rating.SeatFixtures.S;
import static dev.seatline.billing.rating.SeatFixtures.at;
import static dev.seatline.billing.rating.SeatFixtures.concurrent;
import static dev.seatline.billing.rating.SeatFixtures.iv;
import static dev.seatline.billing.rating.SeatFixtures.line;
import static dev.seatline.billing.rating.SeatFixtures.named;
import static dev.seatline.billing.rating.SeatFixtures.open;
import static dev.seatline.billing.rating.SeatFixtures.outcome;
import static dev.seatline.billing.rating.SeatFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.ColumnarTimeline;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.UserTimeline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * R2's last decision: a deleted user holds nothing after the deletion. Licence assignments, add-on
 * assignments and on-queue intervals are clipped at the deletion before any minimum is measured
 * (R3, R5, R6); one that starts at or after it counts for nothing and is valid input.
 */
class DeletionTest {
  private static final NamedSeatRating NAMED = new NamedSeatRating();
  private static final ConcurrentSeatRating CONCURRENT = new ConcurrentSeatRating();
  private static final Instant DELETED = at("2026-01-20T16:00:00Z");

  private static UserTimeline.Builder webUser(String id) {
    return user(id)
        .session(Channel.WEB, iv(DELETED.minus(Duration.ofHours(6)), DELETED))
        .deletedAt(DELETED);
  }

  @Test
  void aLicenseHeldOneHourBeforeTheDeletionIsBelowTheMinimum() {
    // The example of RULES.md R2: licensed PURECLOUD_3 at 10:00, on the web 10:00-10:30, deleted
    // at 11:00 (New York time): one hour held, not billed.
    Instant ten = at("2026-01-20T15:00:00Z");
    UserTimeline u =
        user("u")
            .license(PURECLOUD_3, open(ten))
            .session(Channel.WEB, iv(ten, ten.plus(Duration.ofMinutes(30))))
            .deletedAt(ten.plus(Duration.ofHours(1)))
            .build();
    SeatRating r = NAMED.rate(named(u));
    UserOutcome o = outcome(r, "u");
    assertThat(o.tier()).isEmpty();
    assertThat(o.reason()).contains(NotBilledReason.NO_LICENSE_FOR_MINIMUM_TIME);
    assertThat(o.explanation())
        .isEqualTo(
            "logged in via WEB at 2026-01-20T15:00:00Z; no licence held for 4h (held before the"
                + " deletion at 2026-01-20T16:00:00Z: PURECLOUD_3 1h)");
    assertThat(r.lines()).isEmpty();
  }

  @Test
  void anUpgradeOneHourBeforeTheDeletionFallsBackToCommunicate() {
    UserTimeline u =
        webUser("u")
            .license(COMMUNICATE, open(S.minus(Duration.ofDays(40))))
            .license(PURECLOUD_3, open(DELETED.minus(Duration.ofHours(1))))
            .build();
    SeatRating r = NAMED.rate(named(u));
    assertThat(outcome(r, "u").tier()).contains(COMMUNICATE);
    assertThat(outcome(r, "u").explanation())
        .isEqualTo(
            "logged in via WEB at 2026-01-20T10:00:00Z; COMMUNICATE held 131h before the deletion"
                + " at 2026-01-20T16:00:00Z, billed for the whole period");
    assertThat(r.seatsByTier()).containsOnlyKeys(COMMUNICATE);
  }

  @Test
  void exactlyFourHoursBeforeTheDeletionQualifiesAndSoDoesItsAddOn() {
    Instant four = DELETED.minus(Duration.ofHours(4));
    UserTimeline u =
        webUser("u")
            .license(PURECLOUD_3, open(four))
            .addOn("SALESFORCE", open(four))
            .addOn("A", open(four.plusNanos(1)))
            .build();
    SeatRating r = NAMED.rate(named(u));
    assertThat(outcome(r, "u").tier()).contains(PURECLOUD_3);
    assertThat(outcome(r, "u").explanation()).contains("PURECLOUD_3 held 4h before the deletion");
    assertThat(line(r, LineCode.ADD_ON, "SALESFORCE").orElseThrow().explanation())
        .containsExactly("u: SALESFORCE held 4h");
    assertThat(line(r, LineCode.ADD_ON, "A")).isEmpty();
  }

  @Test
  void oneNanosecondLessThanFourHoursBeforeTheDeletionDoesNotQualify() {
    UserTimeline u =
        webUser("u")
            .license(PURECLOUD_3, open(DELETED.minus(Duration.ofHours(4)).plusNanos(1)))
            .build();
    assertThat(outcome(NAMED.rate(named(u)), "u").reason())
        .contains(NotBilledReason.NO_LICENSE_FOR_MINIMUM_TIME);
  }

  @Test
  void aLicenseStartingAtOrAfterTheDeletionCountsForNothing() {
    UserTimeline lagging =
        webUser("lagging")
            .license(COMMUNICATE, open(S))
            .license(PURECLOUD_3, open(DELETED))
            .addOn("SALESFORCE", open(DELETED.plus(Duration.ofHours(1))))
            .build();
    UserTimeline onlyAfter = webUser("onlyAfter").license(PURECLOUD_2, open(DELETED)).build();
    SeatRating r = NAMED.rate(named(lagging, onlyAfter));
    assertThat(outcome(r, "lagging").tier()).contains(COMMUNICATE);
    assertThat(line(r, LineCode.ADD_ON, "SALESFORCE")).isEmpty();
    assertThat(outcome(r, "onlyAfter").reason())
        .contains(NotBilledReason.NO_LICENSE_FOR_MINIMUM_TIME);
    assertThat(outcome(r, "onlyAfter").explanation())
        .endsWith(
            "no licence held for 4h (no licence held in the period before the deletion at"
                + " 2026-01-20T16:00:00Z)");
  }

  @Test
  void inAConcurrentOrganizationOneHourBeforeTheDeletionIsNoConcurrentUser() {
    UserTimeline u =
        webUser("u")
            .license(COMMUNICATE, open(S))
            .license(PURECLOUD_3, open(DELETED.minus(Duration.ofHours(1))))
            .onQueue(iv(DELETED.minus(Duration.ofHours(5)), DELETED.plus(Duration.ofHours(5))))
            .build();
    SeatRating r = CONCURRENT.rate(concurrent(u));
    UserOutcome o = outcome(r, "u");
    assertThat(o.countedAs()).isEqualTo(LicensingModel.NAMED);
    assertThat(o.tier()).contains(COMMUNICATE);
    assertThat(r.peaks()).isEmpty();
  }

  @Test
  void inAConcurrentOrganizationExactlyFourHoursBeforeTheDeletionQualifies() {
    UserTimeline u =
        webUser("u")
            .license(PURECLOUD_3, open(DELETED.minus(Duration.ofHours(4))))
            .onQueue(iv(DELETED.minus(Duration.ofHours(2)), DELETED.plus(Duration.ofHours(5))))
            .build();
    SeatRating r = CONCURRENT.rate(concurrent(u));
    UserOutcome o = outcome(r, "u");
    assertThat(o.countedAs()).isEqualTo(LicensingModel.CONCURRENT);
    assertThat(o.tier()).contains(PURECLOUD_3);
    // The on-queue time after the deletion is clipped away, not reported as ignored.
    assertThat(o.explanation())
        .isEqualTo(
            "PURECLOUD_3 held 4h (a concurrent user); on queue 2h inside user-interface sessions,"
                + " first at 2026-01-20T14:00:00Z");
    assertThat(r.seatsByTier()).containsEntry(PURECLOUD_3, 1L);
  }

  @Test
  void theColumnarInputClipsAtTheDeletionAlike() {
    List<UserTimeline> users =
        List.of(
            webUser("a")
                .license(PURECLOUD_3, open(DELETED.minus(Duration.ofHours(4))))
                .onQueue(iv(DELETED.minus(Duration.ofHours(3)), DELETED.plus(Duration.ofHours(3))))
                .build(),
            webUser("b")
                .license(COMMUNICATE, open(S))
                .license(PURECLOUD_3, open(DELETED.minus(Duration.ofHours(3))))
                .onQueue(iv(DELETED.minus(Duration.ofHours(3)), DELETED.plus(Duration.ofHours(3))))
                .build(),
            webUser("c").license(PURECLOUD_3, open(DELETED)).build());
    for (LicensingModel model : LicensingModel.values()) {
      var organization = SeatFixtures.org(model).concurrentSeatsPurchased(10).build();
      RatingInput values =
          RatingInput.builder(organization, SeatFixtures.prices()).users(users).build();
      ColumnarTimeline.Builder columns = ColumnarTimeline.builder();
      users.forEach(columns::user);
      RatingInput columnar =
          RatingInput.builder(organization, SeatFixtures.prices()).columns(columns.build()).build();
      RatedPeriod fromValues = BillingEngine.withDefaults().rate(values, 0);
      RatedPeriod fromColumns = BillingEngine.withDefaults().rate(columnar, 0);
      assertThat(fromColumns).as(model.name()).isEqualTo(fromValues);
      assertThat(fromValues.users())
          .extracting(UserOutcome::tier)
          .containsExactly(
              java.util.Optional.of(PURECLOUD_3),
              java.util.Optional.of(COMMUNICATE),
              java.util.Optional.empty());
    }
  }
}
