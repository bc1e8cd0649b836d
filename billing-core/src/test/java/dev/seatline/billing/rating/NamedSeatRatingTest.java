package dev.seatline.billing.rating;

import static dev.seatline.billing.model.LicenseTier.COMMUNICATE;
import static dev.seatline.billing.model.LicenseTier.PURECLOUD_1;
import static dev.seatline.billing.model.LicenseTier.PURECLOUD_2;
import static dev.seatline.billing.model.LicenseTier.PURECLOUD_3;
import static dev.seatline.billing.rating.SeatFixtures.E;
import static dev.seatline.billing.rating.SeatFixtures.S;
import static dev.seatline.billing.rating.SeatFixtures.at;
import static dev.seatline.billing.rating.SeatFixtures.iv;
import static dev.seatline.billing.rating.SeatFixtures.line;
import static dev.seatline.billing.rating.SeatFixtures.named;
import static dev.seatline.billing.rating.SeatFixtures.open;
import static dev.seatline.billing.rating.SeatFixtures.outcome;
import static dev.seatline.billing.rating.SeatFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.model.AccountStatus;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.Login;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.TierCatalog;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.money.Money;
import dev.seatline.billing.rating.RatingPolicy.MixedTierPolicy;
import dev.seatline.billing.testing.PropertyCheck;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NamedSeatRatingTest {
  private static final NamedSeatRating NAMED = new NamedSeatRating();
  private static final Instant SESSION = at("2026-01-16T14:00:00Z");

  /** A user holding {@code tier} over {@code licence}, logged in through WEB on Jan 16. */
  private static UserTimeline holder(
      String id, LicenseTier tier, dev.seatline.billing.model.UsageInterval licence) {
    return user(id)
        .license(tier, licence)
        .session(Channel.WEB, iv(SESSION, SESSION.plus(Duration.ofHours(8))))
        .build();
  }

  private static UserTimeline fullMonth(String id, LicenseTier tier) {
    return holder(id, tier, open(at("2026-01-01T00:00:00Z")));
  }

  private static UserTimeline heldFor(String id, LicenseTier tier, Duration d) {
    return holder(id, tier, iv(S.plus(Duration.ofDays(3)), S.plus(Duration.ofDays(3)).plus(d)));
  }

  @Test
  void theFormatExampleBillsOnePureCloud3SeatAndOneAddOn() {
    UserTimeline u1 =
        user("u1")
            .license(PURECLOUD_3, open(S))
            .addOn("SALESFORCE", open(S))
            .session(Channel.WEB, iv("2026-01-16T14:00:00Z", "2026-01-16T22:00:00Z"))
            .onQueue(iv("2026-01-16T14:05:00Z", "2026-01-16T21:55:00Z"))
            .build();
    SeatRating r = NAMED.rate(named(u1));

    Evidence.NamedUser evidence =
        new Evidence.NamedUser(
            new Login(Channel.WEB, at("2026-01-16T14:00:00Z"), false),
            PURECLOUD_3,
            Duration.ofDays(31),
            Optional.empty(),
            Optional.empty());
    assertThat(r.users())
        .containsExactly(UserOutcome.billed("u1", PURECLOUD_3, LicensingModel.NAMED, evidence));
    assertThat(r.users().get(0).explanation())
        .isEqualTo("logged in via WEB at 2026-01-16T14:00:00Z; PURECLOUD_3 held 744h");
    assertThat(r.seatsByTier()).isEqualTo(Map.of(PURECLOUD_3, 1L));
    assertThat(r.peaks()).isEmpty();
    assertThat(r.lines())
        .containsExactly(
            new LineItem(
                LineCode.SEAT,
                "PURECLOUD_3",
                BigDecimal.ONE,
                new BigDecimal("150.00"),
                Money.of(BillingCurrency.USD, new BigDecimal("150.00")),
                new Evidence.SeatUsers(List.of(new Evidence.UserLine("u1", evidence)))),
            new LineItem(
                LineCode.ADD_ON,
                "SALESFORCE",
                BigDecimal.ONE,
                new BigDecimal("10.00"),
                Money.of(BillingCurrency.USD, new BigDecimal("10.00")),
                new Evidence.AddOnUsers(
                    "SALESFORCE", new java.util.TreeMap<>(Map.of("u1", Duration.ofDays(31))))));
    assertThat(r.lines())
        .extracting(LineItem::explanation)
        .containsExactly(
            List.of("u1: logged in via WEB at 2026-01-16T14:00:00Z; PURECLOUD_3 held 744h"),
            List.of("u1: SALESFORCE held 744h"));
    assertThat(r.includedPorts()).isEqualTo(2);
  }

  // R2 ------------------------------------------------------------------------------------------

  @Test
  void aSessionEndingExactlyAtThePeriodStartIsNotALogin() {
    UserTimeline u =
        user("u")
            .license(PURECLOUD_1, open(S.minus(Duration.ofDays(5))))
            .session(Channel.DESKTOP, iv(S.minus(Duration.ofHours(2)), S))
            .build();
    UserOutcome o = NAMED.rate(named(u)).users().get(0);
    assertThat(o.reason()).contains(NotBilledReason.NO_USER_INTERFACE_LOGIN);
    assertThat(o.explanation())
        .isEqualTo(
            "no DESKTOP, WEB or MOBILE session overlaps [2026-01-15T05:00:00Z,"
                + " 2026-02-15T05:00:00Z); its user-interface sessions lie outside it");
  }

  @Test
  void aSessionEndingOneNanosecondAfterThePeriodStartIsALogin() {
    UserTimeline u =
        user("u")
            .license(PURECLOUD_1, open(S.minus(Duration.ofDays(5))))
            .session(Channel.DESKTOP, iv(S.minus(Duration.ofHours(2)), S.plusNanos(1)))
            .build();
    UserOutcome o = NAMED.rate(named(u)).users().get(0);
    assertThat(o.tier()).contains(PURECLOUD_1);
    assertThat(o.explanation())
        .isEqualTo(
            "logged in via DESKTOP at or before the period start 2026-01-15T05:00:00Z;"
                + " PURECLOUD_1 held 744h");
  }

  @Test
  void aSessionStartingAtThePeriodEndIsNotALoginButOneNanosecondBeforeIs() {
    UserTimeline late =
        user("late").license(COMMUNICATE, open(S)).session(Channel.WEB, open(E)).build();
    UserTimeline last =
        user("last")
            .license(COMMUNICATE, open(S))
            .session(Channel.WEB, open(E.minusNanos(1)))
            .build();
    SeatRating r = NAMED.rate(named(late, last));
    assertThat(outcome(r, "late").reason()).contains(NotBilledReason.NO_USER_INTERFACE_LOGIN);
    assertThat(outcome(r, "last").tier()).contains(COMMUNICATE);
  }

  @Test
  void directoryOnlyAndApiOnlyUsersAreNotBilled() {
    UserTimeline directory = user("directory").license(COMMUNICATE, open(S)).build();
    UserTimeline noLicense = user("no-licence").build();
    UserTimeline api =
        user("api")
            .license(PURECLOUD_1, open(S))
            .session(Channel.API, iv(at("2026-01-16T00:00:00Z"), at("2026-02-14T00:00:00Z")))
            .session(Channel.API, open(at("2026-02-14T12:00:00Z")))
            .build();
    UserTimeline dormant =
        user("dormant")
            .license(PURECLOUD_1, open(S))
            .session(Channel.WEB, iv("2026-01-05T14:00:00Z", "2026-01-05T20:00:00Z"))
            .build();
    UserTimeline active =
        user("active")
            .license(PURECLOUD_1, open(S))
            .session(Channel.MOBILE, iv("2026-01-22T15:00:00Z", "2026-01-22T16:30:00Z"))
            .build();
    SeatRating r = NAMED.rate(named(directory, noLicense, api, dormant, active));

    assertThat(r.users())
        .extracting(UserOutcome::userId)
        .containsExactly("directory", "no-licence", "api", "dormant", "active");
    assertThat(r.users()).extracting(UserOutcome::countedAs).containsOnly(LicensingModel.NAMED);
    assertThat(r.users().subList(0, 4))
        .extracting(UserOutcome::reason)
        .containsOnly(Optional.of(NotBilledReason.NO_USER_INTERFACE_LOGIN));
    assertThat(outcome(r, "directory").explanation()).endsWith("; no session at all");
    assertThat(outcome(r, "api").explanation())
        .endsWith("; API sessions only, which are never billed");
    assertThat(outcome(r, "active").tier()).contains(PURECLOUD_1);
    assertThat(r.seatsByTier()).isEqualTo(Map.of(PURECLOUD_1, 1L));
    assertThat(r.lines()).hasSize(1);
    assertThat(r.lines().get(0).amount().amount()).isEqualByComparingTo("75.00");
  }

  @Test
  void aDeletedUserWhoLoggedInCountsForTheWholePeriod() {
    Instant deleted = at("2026-01-31T16:00:00Z");
    UserTimeline leaver =
        user("leaver")
            .license(PURECLOUD_1, iv(S.minus(Duration.ofDays(30)), deleted))
            .session(Channel.WEB, iv("2026-01-30T13:00:00Z", "2026-01-30T21:00:00Z"))
            .deletedAt(deleted)
            .build();
    UserOutcome o = NAMED.rate(named(leaver)).users().get(0);
    assertThat(o.tier()).contains(PURECLOUD_1);
    assertThat(o.explanation())
        .isEqualTo(
            "logged in via WEB at 2026-01-30T13:00:00Z; PURECLOUD_1 held 395h before the"
                + " deletion at 2026-01-31T16:00:00Z, billed for the whole period");
  }

  @Test
  void aSessionSpanningTheDeletionIsClippedThere() {
    UserTimeline clippedAway =
        user("gone")
            .license(COMMUNICATE, open(S))
            .session(Channel.WEB, iv(S.minus(Duration.ofHours(2)), S.plus(Duration.ofHours(2))))
            .deletedAt(S)
            .build();
    UserTimeline stillIn =
        user("in")
            .license(COMMUNICATE, open(S))
            .session(Channel.WEB, iv(S.minus(Duration.ofHours(2)), S.plus(Duration.ofHours(6))))
            .deletedAt(S.plus(Duration.ofHours(4)))
            .build();
    SeatRating r = NAMED.rate(named(clippedAway, stillIn));
    assertThat(outcome(r, "gone").reason()).contains(NotBilledReason.NO_USER_INTERFACE_LOGIN);
    assertThat(outcome(r, "gone").explanation()).endsWith("lie outside it or after its deletion");
    assertThat(outcome(r, "in").tier()).contains(COMMUNICATE);
  }

  @Test
  void aNewHireTwoDaysBeforeThePeriodEndIsNotProrated() {
    UserTimeline hire =
        user("new-hire")
            .license(PURECLOUD_1, open(at("2026-02-13T13:00:00Z")))
            .session(Channel.DESKTOP, iv("2026-02-13T13:30:00Z", "2026-02-13T21:00:00Z"))
            .build();
    SeatRating r = NAMED.rate(named(hire));
    assertThat(r.lines().get(0).quantity()).isEqualByComparingTo("1");
    assertThat(r.lines().get(0).amount().amount()).isEqualByComparingTo("75.00");
    assertThat(r.lines().get(0).explanation())
        .containsExactly(
            "new-hire: logged in via DESKTOP at 2026-02-13T13:30:00Z; PURECLOUD_1 held 40h");
  }

  // R3 ------------------------------------------------------------------------------------------

  @Test
  void exactlyTheMinimumAssignmentQualifies() {
    UserOutcome o =
        NAMED.rate(named(heldFor("u", PURECLOUD_2, Duration.ofHours(4)))).users().get(0);
    assertThat(o.tier()).contains(PURECLOUD_2);
    assertThat(o.explanation()).endsWith("; PURECLOUD_2 held 4h");
  }

  @Test
  void oneNanosecondLessThanTheMinimumDoesNotQualify() {
    UserOutcome o =
        NAMED
            .rate(named(heldFor("u", PURECLOUD_2, Duration.ofHours(4).minusNanos(1))))
            .users()
            .get(0);
    assertThat(o.reason()).contains(NotBilledReason.NO_LICENSE_FOR_MINIMUM_TIME);
    assertThat(o.explanation())
        .isEqualTo(
            "logged in via WEB at 2026-01-16T14:00:00Z; no licence held for 4h (held:"
                + " PURECLOUD_2 3h59m59.999999999s)");
  }

  @Test
  void oneSecondLessThanTheMinimumDoesNotQualify() {
    UserOutcome o =
        NAMED
            .rate(named(heldFor("u", PURECLOUD_2, Duration.ofHours(4).minusSeconds(1))))
            .users()
            .get(0);
    assertThat(o.reason()).contains(NotBilledReason.NO_LICENSE_FOR_MINIMUM_TIME);
    assertThat(o.explanation()).endsWith("(held: PURECLOUD_2 3h59m59s)");
  }

  @Test
  void aLoggedInUserWithoutAnyLicenseIsNotBilled() {
    UserTimeline u = user("u").session(Channel.WEB, iv(SESSION, SESSION.plusSeconds(60))).build();
    UserOutcome o = NAMED.rate(named(u)).users().get(0);
    assertThat(o.reason()).contains(NotBilledReason.NO_LICENSE_FOR_MINIMUM_TIME);
    assertThat(o.explanation())
        .endsWith("no licence held for 4h (no licence assigned in the period)");
  }

  @Test
  void assignmentsOfOneTierAreUnionedAndMayBeDisjoint() {
    Instant t = S.plus(Duration.ofDays(2));
    UserTimeline overlapping =
        user("overlapping")
            .license(PURECLOUD_1, iv(t, t.plus(Duration.ofHours(3))))
            .license(
                PURECLOUD_1,
                iv(t.plus(Duration.ofHours(1)), t.plus(Duration.ofHours(4)).minusNanos(1)))
            .session(Channel.WEB, iv(SESSION, SESSION.plusSeconds(1)))
            .build();
    UserTimeline disjoint =
        user("disjoint")
            .license(PURECLOUD_1, iv(t, t.plus(Duration.ofHours(2))))
            .license(
                PURECLOUD_1,
                iv(
                    t.plus(Duration.ofDays(3)),
                    t.plus(Duration.ofDays(3)).plus(Duration.ofHours(2))))
            .session(Channel.WEB, iv(SESSION, SESSION.plusSeconds(1)))
            .build();
    SeatRating r = NAMED.rate(named(overlapping, disjoint));
    assertThat(outcome(r, "overlapping").reason())
        .contains(NotBilledReason.NO_LICENSE_FOR_MINIMUM_TIME);
    assertThat(outcome(r, "overlapping").explanation()).endsWith("PURECLOUD_1 3h59m59.999999999s)");
    assertThat(outcome(r, "disjoint").tier()).contains(PURECLOUD_1);
  }

  @Test
  void assignmentsAreClippedToTheRatedTime() {
    UserTimeline before =
        holder(
            "before", PURECLOUD_3, iv(S.minus(Duration.ofDays(10)), S.plus(Duration.ofHours(3))));
    UserTimeline after = holder("after", PURECLOUD_3, open(E.minus(Duration.ofHours(3))));
    SeatRating r = NAMED.rate(named(before, after));
    assertThat(outcome(r, "before").explanation()).endsWith("(held: PURECLOUD_3 3h)");
    assertThat(outcome(r, "after").explanation()).endsWith("(held: PURECLOUD_3 3h)");
    assertThat(r.lines()).isEmpty();
  }

  @Test
  void anUpgradeFromCommunicateToPureCloud3IsBilledAtPureCloud3() {
    Instant upgrade = at("2026-01-31T15:00:00Z");
    UserTimeline upgrader =
        user("upgrader")
            .license(COMMUNICATE, iv(S.minus(Duration.ofDays(10)), upgrade))
            .license(PURECLOUD_3, open(upgrade))
            .session(Channel.WEB, iv("2026-01-17T14:00:00Z", "2026-01-17T15:00:00Z"))
            .session(Channel.WEB, iv("2026-02-04T14:00:00Z", "2026-02-04T15:00:00Z"))
            .build();
    UserTimeline downgrader =
        user("downgrader")
            .license(PURECLOUD_3, iv(S, at("2026-01-24T16:00:00Z")))
            .license(COMMUNICATE, open(at("2026-01-24T16:00:00Z")))
            .session(Channel.WEB, iv("2026-02-01T14:00:00Z", "2026-02-01T15:00:00Z"))
            .build();
    UserTimeline comm =
        user("comm")
            .license(COMMUNICATE, open(S))
            .session(Channel.MOBILE, iv("2026-01-27T14:00:00Z", "2026-01-27T15:00:00Z"))
            .build();
    SeatRating r = NAMED.rate(named(upgrader, downgrader, comm));
    assertThat(outcome(r, "upgrader").tier()).contains(PURECLOUD_3);
    assertThat(outcome(r, "upgrader").explanation()).endsWith("PURECLOUD_3 hel" + "d 350h");
    assertThat(outcome(r, "downgrader").tier()).contains(PURECLOUD_3);
    assertThat(outcome(r, "comm").tier()).contains(COMMUNICATE);
    assertThat(r.seatsByTier()).isEqualTo(Map.of(COMMUNICATE, 1L, PURECLOUD_3, 2L));
    assertThat(r.lines()).extracting(LineItem::item).containsExactly("COMMUNICATE", "PURECLOUD_3");
    assertThat(line(r, LineCode.SEAT, "PURECLOUD_3").orElseThrow().amount().amount())
        .isEqualByComparingTo("300.00");
    assertThat(line(r, LineCode.SEAT, "PURECLOUD_3").orElseThrow().explanation())
        .hasSize(2)
        .first()
        .asString()
        .startsWith("downgrader: ");
    assertThat(r.includedPorts()).isEqualTo(5);
  }

  @Test
  void theHighestQualifyingTierWinsNotTheHighestHeld() {
    UserTimeline u =
        user("u")
            .license(PURECLOUD_3, iv(S, S.plus(Duration.ofHours(3))))
            .license(PURECLOUD_1, open(S))
            .session(Channel.WEB, iv(SESSION, SESSION.plusSeconds(1)))
            .build();
    assertThat(NAMED.rate(named(u)).users().get(0).tier()).contains(PURECLOUD_1);
  }

  @Test
  void theMinimumAssignmentIsConfigurable() {
    RatingPolicy oneHour = RatingPolicy.defaults().withNamedMinimumAssignment(Duration.ofHours(1));
    UserTimeline u = heldFor("u", PURECLOUD_2, Duration.ofHours(1));
    assertThat(NAMED.rate(named(oneHour, u)).users().get(0).tier()).contains(PURECLOUD_2);
    assertThat(NAMED.rate(named(u)).users().get(0).tier()).isEmpty();
  }

  @Test
  void anEmptyRatedTimeBillsNobody() {
    UserTimeline u = fullMonth("u", PURECLOUD_1);
    RatingContext empty =
        SeatFixtures.context(
            SeatFixtures.org(LicensingModel.NAMED).build(),
            SeatFixtures.prices(),
            RatingPolicy.defaults(),
            S,
            List.of(u));
    SeatRating r = NAMED.rate(empty);
    assertThat(r.users().get(0).reason()).contains(NotBilledReason.NO_USER_INTERFACE_LOGIN);
    assertThat(r.users().get(0).explanation())
        .isEqualTo("no time rated: [2026-01-15T05:00:00Z, 2026-01-15T05:00:00Z) is empty");
    assertThat(r.lines()).isEmpty();
    assertThat(r.seatsByTier()).isEmpty();
  }

  @Test
  void aRatedTimeCutShortOnlyCountsTheTimeBeforeItsEnd() {
    Instant end = S.plus(Duration.ofHours(4));
    UserTimeline u =
        user("u")
            .license(PURECLOUD_2, open(S.plusSeconds(1)))
            .license(COMMUNICATE, open(S))
            .session(Channel.WEB, iv(S, S.plusSeconds(60)))
            .build();
    RatingContext asOf =
        SeatFixtures.context(
            SeatFixtures.org(LicensingModel.NAMED).build(),
            SeatFixtures.prices(),
            RatingPolicy.defaults(),
            end,
            List.of(u));
    UserOutcome o = NAMED.rate(asOf).users().get(0);
    assertThat(o.tier()).contains(COMMUNICATE);
    assertThat(o.explanation()).endsWith("COMMUNICATE held 4h");
  }

  // R4 ------------------------------------------------------------------------------------------

  @Test
  void billedUsersOnSeveralContactCenterTiersAreRejectedNamingTiersAndCounts() {
    RatingContext c =
        named(
            fullMonth("a", PURECLOUD_1),
            fullMonth("b", PURECLOUD_3),
            fullMonth("c", PURECLOUD_1),
            fullMonth("d", COMMUNICATE));
    assertThatThrownBy(() -> NAMED.rate(c))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("users"))
        .hasMessage(
            "users: billed contact-center users on more than one tier: PURECLOUD_1 (2 users),"
                + " PURECLOUD_3 (1 user); users of different contact-center tiers must not be mixed in one"
                + " organization (R4); the BILL_AT_HIGHEST policy would bill them all at"
                + " PURECLOUD_3");
  }

  @Test
  void onlyBilledUsersCountForTheMixingRule() {
    UserTimeline notLoggedIn = user("idle").license(PURECLOUD_1, open(S)).build();
    UserTimeline tooShort = heldFor("short", PURECLOUD_2, Duration.ofHours(3));
    SeatRating r = NAMED.rate(named(notLoggedIn, tooShort, fullMonth("b", PURECLOUD_3)));
    assertThat(r.seatsByTier()).isEqualTo(Map.of(PURECLOUD_3, 1L));
  }

  @Test
  void billAtHighestBillsEveryContactCenterUserAtTheHighestTier() {
    RatingPolicy policy = RatingPolicy.defaults().withMixedTiers(MixedTierPolicy.BILL_AT_HIGHEST);
    SeatRating r =
        NAMED.rate(
            named(
                policy,
                fullMonth("a", PURECLOUD_1),
                fullMonth("b", PURECLOUD_2),
                fullMonth("c", PURECLOUD_1),
                fullMonth("d", COMMUNICATE)));
    assertThat(r.seatsByTier()).isEqualTo(Map.of(COMMUNICATE, 1L, PURECLOUD_2, 3L));
    assertThat(r.users())
        .extracting(u -> u.tier().orElseThrow())
        .containsExactly(PURECLOUD_2, PURECLOUD_2, PURECLOUD_2, COMMUNICATE);
    assertThat(outcome(r, "a").explanation())
        .isEqualTo(
            "logged in via WEB at 2026-01-16T14:00:00Z; PURECLOUD_1 held 744h; billed at"
                + " PURECLOUD_2 instead of PURECLOUD_1: contact-center tiers were mixed, policy"
                + " BILL_AT_HIGHEST");
    assertThat(outcome(r, "b").explanation()).doesNotContain("instead");
    assertThat(line(r, LineCode.SEAT, "PURECLOUD_2").orElseThrow().amount().amount())
        .isEqualByComparingTo("330.00");
  }

  // R6 ------------------------------------------------------------------------------------------

  @Test
  void anAddOnIsBilledOncePerBilledUserHoldingItForTheMinimumTime() {
    Instant t = S.plus(Duration.ofDays(1));
    UserTimeline twice =
        user("twice")
            .license(COMMUNICATE, open(S))
            .addOn("SALESFORCE", iv(t, t.plus(Duration.ofHours(3))))
            .addOn("SALESFORCE", iv(t.plus(Duration.ofHours(2)), t.plus(Duration.ofHours(4))))
            .session(Channel.WEB, iv(SESSION, SESSION.plusSeconds(1)))
            .build();
    UserTimeline tooShort =
        user("short")
            .license(COMMUNICATE, open(S))
            .addOn("SALESFORCE", iv(t, t.plus(Duration.ofHours(4)).minusSeconds(1)))
            .session(Channel.WEB, iv(SESSION, SESSION.plusSeconds(1)))
            .build();
    UserTimeline notBilled =
        user("idle").license(COMMUNICATE, open(S)).addOn("SALESFORCE", open(S)).build();
    SeatRating r = NAMED.rate(named(twice, tooShort, notBilled));
    LineItem addOn = line(r, LineCode.ADD_ON, "SALESFORCE").orElseThrow();
    assertThat(addOn.quantity()).isEqualByComparingTo("1");
    assertThat(addOn.explanation()).containsExactly("twice: SALESFORCE held 4h");
  }

  @Test
  void purchasedAddOnQuantitiesAreIgnoredForNamed() {
    UserTimeline u =
        user("u")
            .license(COMMUNICATE, open(S))
            .addOn("SALESFORCE", open(S))
            .session(Channel.WEB, iv(SESSION, SESSION.plusSeconds(1)))
            .build();
    RatingContext c =
        SeatFixtures.context(
            SeatFixtures.org(LicensingModel.NAMED)
                .addOnLicensesPurchased("SALESFORCE", 500)
                .addOnLicensesPurchased("A", 20)
                .build(),
            SeatFixtures.prices(),
            RatingPolicy.defaults(),
            E,
            List.of(u));
    SeatRating r = NAMED.rate(c);
    assertThat(line(r, LineCode.ADD_ON, "SALESFORCE").orElseThrow().quantity())
        .isEqualByComparingTo("1");
    assertThat(line(r, LineCode.ADD_ON, "A")).isEmpty();
  }

  // Prices --------------------------------------------------------------------------------------

  @Test
  void aTrialOrganizationIsChargedNothingAndNeedsNoPrices() {
    UserTimeline u =
        user("u")
            .license(PURECLOUD_3, open(S))
            .addOn("SALESFORCE", open(S))
            .session(Channel.WEB, iv(SESSION, SESSION.plusSeconds(1)))
            .build();
    RatingContext trial =
        SeatFixtures.context(
            SeatFixtures.org(LicensingModel.NAMED).status(AccountStatus.TRIAL).build(),
            PriceBook.builder(BillingCurrency.USD).build(),
            RatingPolicy.defaults(),
            E,
            List.of(u));
    SeatRating r = NAMED.rate(trial);
    assertThat(r.lines()).hasSize(2);
    for (LineItem l : r.lines()) {
      assertThat(l.quantity()).isEqualByComparingTo("1");
      assertThat(l.unitPrice()).isEqualTo(new BigDecimal("0.00"));
      assertThat(l.amount()).isEqualTo(Money.zero(BillingCurrency.USD));
    }
  }

  @Test
  void aMissingSeatPriceIsInvalidInputNamingThePrice() {
    RatingContext c =
        SeatFixtures.context(
            SeatFixtures.org(LicensingModel.NAMED).build(),
            PriceBook.builder(BillingCurrency.USD).seat(COMMUNICATE, BigDecimal.ONE).build(),
            RatingPolicy.defaults(),
            E,
            List.of(fullMonth("u", PURECLOUD_3)));
    assertThatThrownBy(() -> NAMED.rate(c))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.path()).isEqualTo("prices.seat.PURECLOUD_3"));
  }

  @Test
  void aMissingAddOnPriceIsInvalidInputNamingThePrice() {
    UserTimeline u =
        user("u")
            .license(COMMUNICATE, open(S))
            .addOn("ZENDESK", open(S))
            .session(Channel.WEB, iv(SESSION, SESSION.plusSeconds(1)))
            .build();
    assertThatThrownBy(() -> NAMED.rate(named(u)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.path()).isEqualTo("prices.addOn.ZENDESK"));
  }

  @Test
  void eachLineIsRoundedOnceWithTheMoneyRounding() {
    PriceBook odd =
        PriceBook.builder(BillingCurrency.USD).seat(COMMUNICATE, new BigDecimal("0.125")).build();
    List<UserTimeline> users = List.of(fullMonth("u", COMMUNICATE));
    RatingContext halfUp =
        SeatFixtures.context(
            SeatFixtures.org(LicensingModel.NAMED).build(), odd, RatingPolicy.defaults(), E, users);
    RatingContext halfEven =
        SeatFixtures.context(
            SeatFixtures.org(LicensingModel.NAMED).build(),
            odd,
            RatingPolicy.defaults().withMoneyRounding(RoundingMode.HALF_EVEN),
            E,
            users);
    assertThat(NAMED.rate(halfUp).lines().get(0).amount().amount())
        .isEqualTo(new BigDecimal("0.13"));
    assertThat(NAMED.rate(halfEven).lines().get(0).amount().amount())
        .isEqualTo(new BigDecimal("0.12"));
  }

  @Test
  void theFirstLoginIsTheEarliestSessionWhateverTheInputOrder() {
    UserTimeline u =
        user("u")
            .license(COMMUNICATE, open(S))
            .session(Channel.MOBILE, iv("2026-01-20T10:00:00Z", "2026-01-20T11:00:00Z"))
            .session(Channel.API, iv("2026-01-16T10:00:00Z", "2026-01-20T11:00:00Z"))
            .session(Channel.DESKTOP, iv("2026-01-18T10:00:00Z", "2026-01-18T11:00:00Z"))
            .session(Channel.WEB, iv("2026-01-18T10:00:00Z", "2026-01-18T10:30:00Z"))
            .build();
    assertThat(NAMED.rate(named(u)).users().get(0).explanation())
        .startsWith("logged in via DESKTOP at 2026-01-18T10:00:00Z;");
  }

  // Properties ----------------------------------------------------------------------------------

  private static final RatingPolicy SMALL =
      RatingPolicy.defaults()
          .withNamedMinimumAssignment(Duration.ofHours(2))
          .withMixedTiers(MixedTierPolicy.BILL_AT_HIGHEST);

  @Test
  void everyUserIsBilledOrNotAsTheGridOracleSays() {
    List<LicenseTier> all = TierCatalog.faq().tiers();
    PropertyCheck.forAll(
        "named outcomes = grid oracle",
        2000,
        SeatFixtures.smallOrgs(6, all),
        small -> {
          SeatRating r = NAMED.rate(small.context(LicensingModel.NAMED, SMALL));
          assertThat(r.users())
              .extracting(UserOutcome::userId)
              .containsExactlyElementsOf(small.users().stream().map(UserTimeline::id).toList());
          Map<String, Optional<LicenseTier>> expected = new java.util.HashMap<>();
          for (UserTimeline u : small.users()) {
            expected.put(
                u.id(),
                SeatFixtures.oracleLoggedIn(u, small.ratedUnits())
                    ? SeatFixtures.oracleTier(u, all, Duration.ofHours(2), small.ratedUnits())
                    : Optional.empty());
          }
          Optional<LicenseTier> highest =
              expected.values().stream()
                  .flatMap(Optional::stream)
                  .filter(LicenseTier::isContactCenter)
                  .max(LicenseTier::compareTo);
          for (UserOutcome o : r.users()) {
            Optional<LicenseTier> own = expected.getOrDefault(o.userId(), Optional.empty());
            Optional<LicenseTier> billed =
                own.map(t -> t.isContactCenter() ? highest.orElseThrow() : t);
            assertThat(o.tier()).as(o.userId()).isEqualTo(billed);
            assertThat(o.explanation()).isNotBlank();
            assertThat(o.countedAs()).isEqualTo(LicensingModel.NAMED);
          }
          Map<LicenseTier, Long> seats =
              r.users().stream()
                  .flatMap(o -> o.tier().stream())
                  .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
          assertThat(r.seatsByTier()).isEqualTo(seats);
          for (LineItem l : r.lines()) {
            assertThat(l.explanation()).hasSize(l.quantity().intValueExact());
          }
        });
  }

  @Test
  void ratingIsIndependentOfInputOrder() {
    PropertyCheck.forAll(
        "named rating is invariant under shuffling users and intervals",
        1500,
        r -> {
          SeatFixtures.Small small = SeatFixtures.smallOrgs(6, TierCatalog.faq().tiers()).next(r);
          return List.of(small, small.withUsers(SeatFixtures.shuffled(small.users(), r)));
        },
        pair ->
            assertThat(rate(pair.get(1), RatingPolicy.defaults()))
                .isEqualTo(rate(pair.get(0), RatingPolicy.defaults())));
  }

  @Test
  void ratingIsIndependentOfSplittingAnInterval() {
    PropertyCheck.forAll(
        "named rating is invariant under splitting an interval in two adjacent ones",
        1500,
        r -> {
          SeatFixtures.Small small = SeatFixtures.smallOrgs(6, TierCatalog.faq().tiers()).next(r);
          return List.of(
              small, small.withUsers(SeatFixtures.withOneIntervalSplit(small.users(), r)));
        },
        pair -> assertThat(rate(pair.get(1), SMALL)).isEqualTo(rate(pair.get(0), SMALL)));
  }

  private static Object rate(SeatFixtures.Small small, RatingPolicy policy) {
    return SeatFixtures.rateOrError(NAMED, small.context(LicensingModel.NAMED, policy));
  }
}
