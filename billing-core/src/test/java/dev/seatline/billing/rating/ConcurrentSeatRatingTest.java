package dev.seatline.billing.rating;

import static dev.seatline.billing.model.LicenseTier.COMMUNICATE;
import static dev.seatline.billing.model.LicenseTier.PURECLOUD_1;
import static dev.seatline.billing.model.LicenseTier.PURECLOUD_2;
import static dev.seatline.billing.model.LicenseTier.PURECLOUD_3;
import static dev.seatline.billing.rating.SeatFixtures.E;
import static dev.seatline.billing.rating.SeatFixtures.S;
import static dev.seatline.billing.rating.SeatFixtures.at;
import static dev.seatline.billing.rating.SeatFixtures.concurrent;
import static dev.seatline.billing.rating.SeatFixtures.iv;
import static dev.seatline.billing.rating.SeatFixtures.line;
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
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.TierCatalog;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.money.Money;
import dev.seatline.billing.rating.RatingPolicy.MixedTierPolicy;
import dev.seatline.billing.rating.RatingPolicy.PeakMeasure;
import dev.seatline.billing.testing.PropertyCheck;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ConcurrentSeatRatingTest {
  private static final ConcurrentSeatRating CONCURRENT = new ConcurrentSeatRating();
  private static final Instant DAY = at("2026-01-20T00:00:00Z");
  private static final RatingPolicy ACCUMULATED =
      RatingPolicy.defaults().withPeakMeasure(PeakMeasure.ACCUMULATED_TIME);

  private static Instant hour(double h) {
    return DAY.plusNanos((long) (h * 3_600_000_000_000L));
  }

  /** A PURECLOUD_3 (or {@code tier}) agent with a WEB session and on-queue time that day. */
  private static UserTimeline agent(
      String id, LicenseTier tier, UsageInterval session, UsageInterval onQueue) {
    return user(id)
        .license(tier, open(at("2026-01-10T14:00:00Z")))
        .session(Channel.WEB, session)
        .onQueue(onQueue)
        .build();
  }

  private static UserTimeline agent(String id, LicenseTier tier, double from, double to) {
    return agent(id, tier, iv(hour(from - 1), hour(to + 1)), iv(hour(from), hour(to)));
  }

  private static RatingContext faq(RatingPolicy policy, int agents, int shifts) {
    List<UserTimeline> users = new ArrayList<>();
    for (int i = 1; i <= agents; i++) {
      users.add(
          agent(
              String.format("agent-%03d", i),
              PURECLOUD_3,
              iv("2026-01-20T13:00:00Z", "2026-01-20T22:00:00Z"),
              iv("2026-01-20T14:00:00Z", "2026-01-20T21:00:00Z")));
    }
    for (int i = 1; i <= shifts; i++) {
      users.add(
          agent(
              String.format("shift-%02d", i),
              PURECLOUD_3,
              iv("2026-01-20T15:45:00Z", "2026-01-20T16:30:00Z"),
              iv("2026-01-20T16:00:00Z", "2026-01-20T16:20:00Z")));
    }
    Organization org =
        SeatFixtures.org(LicensingModel.CONCURRENT)
            .concurrentSeatsPurchased(1000)
            .addOnLicensesPurchased("SALESFORCE", 200)
            .build();
    return SeatFixtures.context(org, SeatFixtures.prices(), policy, E, users);
  }

  @Test
  void theFaqExampleBills300SeatsAnd60AddOns() {
    SeatRating r = CONCURRENT.rate(faq(RatingPolicy.defaults(), 300, 10));
    assertThat(r.seatsByTier()).isEqualTo(Map.of(PURECLOUD_3, 300L));
    LineItem seat = line(r, LineCode.SEAT, "PURECLOUD_3").orElseThrow();
    assertThat(seat.quantity()).isEqualByComparingTo("300");
    assertThat(seat.amount()).isEqualTo(Money.of(BillingCurrency.USD, new BigDecimal("45000.00")));
    assertThat(seat.explanation().get(0))
        .isEqualTo(
            "sustained peak 300 PURECLOUD_3 users on queue throughout"
                + " [2026-01-20T14:00:00Z, 2026-01-20T14:30:00Z) (30m; at least 300 for 7h);"
                + " 310 users on queue in the period");
    assertThat(seat.explanation()).hasSize(311);
    assertThat(seat.explanation().get(1))
        .isEqualTo(
            "agent-001: on queue 7h inside user-interface sessions, first at 2026-01-20T14:00:00Z");
    LineItem addOn = line(r, LineCode.ADD_ON, "SALESFORCE").orElseThrow();
    assertThat(addOn.quantity()).isEqualByComparingTo("60");
    assertThat(addOn.amount().amount()).isEqualByComparingTo("600.00");
    assertThat(addOn.explanation())
        .containsExactly(
            "300 of 1000 concurrent seats used = 30%; x 200 SALESFORCE purchased = 60");
    assertThat(r.peaks())
        .containsExactly(
            new SustainedPeak(
                PURECLOUD_3,
                300,
                PeakMeasure.CONTIGUOUS_WINDOW,
                Optional.of(iv("2026-01-20T14:00:00Z", "2026-01-20T14:30:00Z")),
                Duration.ofHours(7),
                310));
    assertThat(r.users()).hasSize(310);
    assertThat(r.users())
        .allSatisfy(
            u -> {
              assertThat(u.tier()).contains(PURECLOUD_3);
              assertThat(u.countedAs()).isEqualTo(LicensingModel.CONCURRENT);
            });
    assertThat(r.includedPorts()).isEqualTo(600);
  }

  @Test
  void theVendorsAccumulatedMeasureOnTheFaqExample() {
    SeatRating r = CONCURRENT.rate(faq(ACCUMULATED, 300, 10));
    assertThat(r.seatsByTier()).isEqualTo(Map.of(PURECLOUD_3, 300L));
    assertThat(r.peaks().get(0).timeAtLevel()).isEqualTo(Duration.ofHours(7));
    assertThat(r.peaks().get(0).window())
        .contains(iv("2026-01-20T14:00:00Z", "2026-01-20T21:00:00Z"));
    assertThat(line(r, LineCode.SEAT, "PURECLOUD_3").orElseThrow().explanation().get(0))
        .isEqualTo(
            "sustained peak 300 PURECLOUD_3 users on queue for 7h in total (at least 30m),"
                + " first throughout [2026-01-20T14:00:00Z, 2026-01-20T21:00:00Z) (7h);"
                + " 310 users on queue in the period");
  }

  @Test
  void thePeakIsNotCappedBySeatsPurchasedNorTheAddOnPercentage() {
    Organization org =
        SeatFixtures.org(LicensingModel.CONCURRENT)
            .concurrentSeatsPurchased(2)
            .addOnLicensesPurchased("SALESFORCE", 3)
            .build();
    List<UserTimeline> users =
        List.of(
            agent("a", PURECLOUD_1, 10, 12),
            agent("b", PURECLOUD_1, 10, 12),
            agent("c", PURECLOUD_1, 10, 12));
    SeatRating r =
        CONCURRENT.rate(
            SeatFixtures.context(org, SeatFixtures.prices(), RatingPolicy.defaults(), E, users));
    assertThat(r.seatsByTier()).isEqualTo(Map.of(PURECLOUD_1, 3L));
    LineItem addOn = line(r, LineCode.ADD_ON, "SALESFORCE").orElseThrow();
    assertThat(addOn.quantity()).isEqualByComparingTo("5");
    assertThat(addOn.explanation())
        .containsExactly(
            "3 of 2 concurrent seats used = 150%; x 3 SALESFORCE purchased = 4.5,"
                + " rounded HALF_UP to 5");
  }

  @Test
  void addOnSeatsAreRoundedOnTheExactFraction() {
    Organization org =
        SeatFixtures.org(LicensingModel.CONCURRENT)
            .concurrentSeatsPurchased(3)
            .addOnLicensesPurchased("SALESFORCE", 2)
            .addOnLicensesPurchased("A", 0)
            .build();
    List<UserTimeline> users = List.of(agent("a", PURECLOUD_1, 10, 12));
    RatingContext halfUp =
        SeatFixtures.context(org, SeatFixtures.prices(), RatingPolicy.defaults(), E, users);
    RatingContext up =
        SeatFixtures.context(
            org,
            SeatFixtures.prices(),
            RatingPolicy.defaults().withAddOnSeatRounding(RoundingMode.UP),
            E,
            users);
    // 1 x 2 / 3 = 0.666...: HALF_UP gives 1, so does UP; HALF_UP of 1 x 1 / 3 would give 0.
    assertThat(
            line(CONCURRENT.rate(halfUp), LineCode.ADD_ON, "SALESFORCE")
                .orElseThrow()
                .explanation())
        .containsExactly(
            "1 of 3 concurrent seats used ~ 33.3333%; x 2 SALESFORCE"
                + " purchased ~ 0.6667, rounded HALF_UP to 1");
    assertThat(line(CONCURRENT.rate(up), LineCode.ADD_ON, "A")).isEmpty();
    Organization third =
        SeatFixtures.org(LicensingModel.CONCURRENT)
            .concurrentSeatsPurchased(3)
            .addOnLicensesPurchased("SALESFORCE", 1)
            .build();
    assertThat(
            line(
                CONCURRENT.rate(
                    SeatFixtures.context(
                        third, SeatFixtures.prices(), RatingPolicy.defaults(), E, users)),
                LineCode.ADD_ON,
                "SALESFORCE"))
        .isEmpty();
    assertThat(
            line(
                    CONCURRENT.rate(
                        SeatFixtures.context(
                            third,
                            SeatFixtures.prices(),
                            RatingPolicy.defaults().withAddOnSeatRounding(RoundingMode.UP),
                            E,
                            users)),
                    LineCode.ADD_ON,
                    "SALESFORCE")
                .orElseThrow()
                .quantity())
        .isEqualByComparingTo("1");
  }

  @Test
  void usersOwnAddOnAssignmentsAreNotBilledInConcurrent() {
    UserTimeline a =
        user("a")
            .license(PURECLOUD_1, open(S))
            .addOn("SALESFORCE", open(S))
            .session(Channel.WEB, iv(hour(9), hour(13)))
            .onQueue(iv(hour(10), hour(12)))
            .build();
    SeatRating r = CONCURRENT.rate(concurrent(a));
    assertThat(line(r, LineCode.ADD_ON, "SALESFORCE")).isEmpty();
  }

  // R5 window boundaries ------------------------------------------------------------------------

  @Test
  void exactlyThirtyMinutesOnQueueIsASeat() {
    SeatRating r = CONCURRENT.rate(concurrent(agent("a", PURECLOUD_2, 10, 10.5)));
    assertThat(r.seatsByTier()).isEqualTo(Map.of(PURECLOUD_2, 1L));
  }

  @Test
  void thirtyMinutesMinusOneSecondOnQueueIsNoSeatButTheUserIsBilled() {
    UserTimeline a =
        agent("a", PURECLOUD_2, iv(hour(9), hour(11)), iv(hour(10), hour(10.5).minusSeconds(1)));
    SeatRating r = CONCURRENT.rate(concurrent(a));
    assertThat(r.seatsByTier()).isEmpty();
    assertThat(r.lines()).isEmpty();
    assertThat(r.users().get(0).tier()).contains(PURECLOUD_2);
    assertThat(r.peaks())
        .containsExactly(
            new SustainedPeak(
                PURECLOUD_2, 0, PeakMeasure.CONTIGUOUS_WINDOW, Optional.empty(), Duration.ZERO, 1));
  }

  @Test
  void theWindowMustLieInsideTheRatedTime() {
    UserTimeline a =
        agent(
            "a",
            PURECLOUD_2,
            iv(S.minus(Duration.ofHours(1)), S.plus(Duration.ofMinutes(29))),
            iv(S.minus(Duration.ofHours(1)), S.plus(Duration.ofMinutes(29))));
    assertThat(CONCURRENT.rate(concurrent(a)).seatsByTier()).isEmpty();
    Instant end = S.plus(Duration.ofMinutes(30)).minusNanos(1);
    UserTimeline b = agent("b", PURECLOUD_2, open(S), open(S));
    RatingContext shortRated =
        SeatFixtures.context(
            SeatFixtures.org(LicensingModel.CONCURRENT).build(),
            SeatFixtures.prices(),
            RatingPolicy.defaults().withConcurrentMinimumAssignment(Duration.ofMinutes(1)),
            end,
            List.of(b));
    SeatRating r = CONCURRENT.rate(shortRated);
    assertThat(r.seatsByTier()).isEmpty();
    assertThat(r.users().get(0).tier()).contains(PURECLOUD_2);
  }

  @Test
  void aShortPeakIsDisregardedUnderTheContiguousMeasureOnly() {
    // Two agents together 10:00-10:20 and 11:00-11:20; one of them 10:00-12:00.
    UserTimeline a = agent("a", PURECLOUD_1, 10, 12);
    UserTimeline b =
        user("b")
            .license(PURECLOUD_1, open(S))
            .session(Channel.DESKTOP, iv(hour(9), hour(13)))
            .onQueue(iv(hour(10), hour(10 + 1 / 3.0)))
            .onQueue(iv(hour(11), hour(11 + 1 / 3.0)))
            .build();
    assertThat(CONCURRENT.rate(concurrent(a, b)).seatsByTier()).isEqualTo(Map.of(PURECLOUD_1, 1L));
    assertThat(CONCURRENT.rate(concurrent(ACCUMULATED, a, b)).seatsByTier())
        .isEqualTo(Map.of(PURECLOUD_1, 2L));
  }

  @Test
  void aUserWithOverlappingOnQueueIntervalsCountsOnce() {
    UserTimeline a =
        user("a")
            .license(PURECLOUD_1, open(S))
            .session(Channel.WEB, iv(hour(9), hour(13)))
            .onQueue(iv(hour(10), hour(12)))
            .onQueue(iv(hour(10), hour(12)))
            .onQueue(iv(hour(11), hour(12)))
            .build();
    assertThat(CONCURRENT.rate(concurrent(a)).seatsByTier()).isEqualTo(Map.of(PURECLOUD_1, 1L));
  }

  @Test
  void onQueueTimeOutsideSessionsIsIgnoredAndReported() {
    UserTimeline a = agent("a", PURECLOUD_3, iv(hour(10), hour(10.25)), iv(hour(9), hour(12)));
    UserTimeline api =
        user("api")
            .license(PURECLOUD_3, open(S))
            .session(Channel.API, iv(hour(9), hour(13)))
            .session(Channel.WEB, iv(hour(14), hour(15)))
            .onQueue(iv(hour(9), hour(13)))
            .build();
    SeatRating r = CONCURRENT.rate(concurrent(a, api));
    assertThat(r.seatsByTier()).isEmpty();
    assertThat(outcome(r, "a").tier()).contains(PURECLOUD_3);
    assertThat(outcome(r, "a").explanation())
        .isEqualTo(
            "PURECLOUD_3 held 744h (a concurrent user);"
                + " on queue 15m inside user-interface sessions, first at 2026-01-20T10:00:00Z;"
                + " 2h45m on queue outside every user-interface session ignored");
    assertThat(outcome(r, "api").reason()).contains(NotBilledReason.NEVER_ON_QUEUE);
    assertThat(outcome(r, "api").explanation())
        .isEqualTo(
            "PURECLOUD_3 held 744h (a concurrent user);"
                + " never on queue inside a user-interface session; 4h on queue outside every"
                + " user-interface session ignored");
  }

  @Test
  void aConcurrentUserNeverOnQueueOrNeverLoggedInIsNotBilled() {
    UserTimeline idle =
        user("idle")
            .license(PURECLOUD_3, open(S))
            .session(Channel.WEB, iv(hour(9), hour(13)))
            .build();
    UserTimeline away =
        user("away").license(PURECLOUD_3, open(S)).onQueue(iv(hour(9), hour(13))).build();
    SeatRating r = CONCURRENT.rate(concurrent(idle, away));
    assertThat(r.users())
        .extracting(UserOutcome::reason)
        .containsOnly(Optional.of(NotBilledReason.NEVER_ON_QUEUE));
    assertThat(r.users())
        .extracting(UserOutcome::countedAs)
        .containsOnly(LicensingModel.CONCURRENT);
    assertThat(outcome(r, "away").explanation())
        .contains("no DESKTOP, WEB or MOBILE session in the period");
    assertThat(r.peaks()).isEmpty();
  }

  @Test
  void aDeletedAgentIsOnQueueOnlyUntilTheDeletion() {
    UserTimeline a =
        user("a")
            .license(PURECLOUD_1, open(S))
            .session(Channel.WEB, iv(hour(9), hour(13)))
            .onQueue(iv(hour(9), hour(13)))
            .deletedAt(hour(9.5).minusNanos(1))
            .build();
    UserTimeline b =
        user("b")
            .license(PURECLOUD_1, open(S))
            .session(Channel.WEB, iv(hour(9), hour(13)))
            .onQueue(iv(hour(9), hour(13)))
            .deletedAt(hour(9.5))
            .build();
    assertThat(CONCURRENT.rate(concurrent(a)).seatsByTier()).isEmpty();
    assertThat(CONCURRENT.rate(concurrent(b)).seatsByTier()).isEqualTo(Map.of(PURECLOUD_1, 1L));
  }

  // R4 ------------------------------------------------------------------------------------------

  @Test
  void aFewHoursOfAContactCenterTierDoNotMakeAConcurrentUser() {
    Instant t = S.plus(Duration.ofDays(2));
    UserTimeline comm =
        user("comm")
            .license(COMMUNICATE, open(S))
            .license(PURECLOUD_3, iv(t, t.plus(Duration.ofHours(4)).minusSeconds(1)))
            .session(Channel.WEB, iv(hour(9), hour(13)))
            .onQueue(iv(hour(9), hour(13)))
            .build();
    UserTimeline exactly =
        user("exactly")
            .license(COMMUNICATE, open(S))
            .license(PURECLOUD_3, iv(t, t.plus(Duration.ofHours(4))))
            .session(Channel.WEB, iv(hour(9), hour(13)))
            .onQueue(iv(hour(9), hour(13)))
            .build();
    SeatRating r = CONCURRENT.rate(concurrent(comm, exactly));
    assertThat(outcome(r, "comm").tier()).contains(COMMUNICATE);
    assertThat(outcome(r, "comm").countedAs()).isEqualTo(LicensingModel.NAMED);
    assertThat(outcome(r, "exactly").tier()).contains(PURECLOUD_3);
    assertThat(outcome(r, "exactly").countedAs()).isEqualTo(LicensingModel.CONCURRENT);
    assertThat(r.seatsByTier()).isEqualTo(Map.of(COMMUNICATE, 1L, PURECLOUD_3, 1L));
    assertThat(line(r, LineCode.SEAT, "COMMUNICATE").orElseThrow().explanation())
        .containsExactly("comm: logged in via WEB at 2026-01-20T09:00:00Z; COMMUNICATE held 744h");
    assertThat(r.includedPorts()).isEqualTo(3);
  }

  @Test
  void namedUsersOfAConcurrentOrganizationCanOnlyBeBilledCommunicate() {
    RatingPolicy policy =
        RatingPolicy.defaults().withConcurrentMinimumAssignment(Duration.ofHours(8));
    Instant t = S.plus(Duration.ofDays(2));
    UserTimeline u =
        user("u")
            .license(PURECLOUD_2, iv(t, t.plus(Duration.ofHours(5))))
            .session(Channel.WEB, iv(hour(9), hour(13)))
            .build();
    UserOutcome o = CONCURRENT.rate(concurrent(policy, u)).users().get(0);
    assertThat(o.reason()).contains(NotBilledReason.NO_LICENSE_FOR_MINIMUM_TIME);
    assertThat(o.countedAs()).isEqualTo(LicensingModel.NAMED);
    assertThat(o.explanation())
        .isEqualTo(
            "logged in via WEB at 2026-01-20T09:00:00Z;"
                + " no COMMUNICATE licence held for 4h (held: PURECLOUD_2 5h)");
  }

  @Test
  void mixedTiersAmongBilledConcurrentUsersAreRejected() {
    RatingContext c =
        concurrent(
            agent("a", PURECLOUD_2, 10, 12),
            agent("b", PURECLOUD_3, 10, 12),
            agent("c", PURECLOUD_3, 10, 12));
    assertThatThrownBy(() -> CONCURRENT.rate(c))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("users"))
        .hasMessageStartingWith(
            "users: billed contact-center users on more than one tier:"
                + " PURECLOUD_2 (1 user), PURECLOUD_3 (2 users); ");
  }

  @Test
  void concurrentUsersNeverOnQueueDoNotCountForMixing() {
    UserTimeline idle =
        user("idle")
            .license(PURECLOUD_1, open(S))
            .session(Channel.WEB, iv(hour(9), hour(13)))
            .build();
    SeatRating r = CONCURRENT.rate(concurrent(idle, agent("b", PURECLOUD_3, 10, 12)));
    assertThat(r.seatsByTier()).isEqualTo(Map.of(PURECLOUD_3, 1L));
  }

  @Test
  void billAtHighestMergesTiersBeforeThePeak() {
    RatingPolicy policy = RatingPolicy.defaults().withMixedTiers(MixedTierPolicy.BILL_AT_HIGHEST);
    // One PURECLOUD_1 and one PURECLOUD_3 agent on queue together: one merged peak of 2.
    SeatRating r =
        CONCURRENT.rate(
            concurrent(policy, agent("a", PURECLOUD_1, 10, 12), agent("b", PURECLOUD_3, 10, 12)));
    assertThat(r.seatsByTier()).isEqualTo(Map.of(PURECLOUD_3, 2L));
    assertThat(r.peaks()).extracting(SustainedPeak::tier).containsExactly(PURECLOUD_3);
    assertThat(outcome(r, "a").tier()).contains(PURECLOUD_3);
    assertThat(outcome(r, "a").explanation())
        .endsWith(
            "; billed at PURECLOUD_3 instead of"
                + " PURECLOUD_1: contact-center tiers were mixed, policy BILL_AT_HIGHEST");
  }

  // Prices --------------------------------------------------------------------------------------

  @Test
  void aTrialOrganizationIsChargedNothingAndNeedsNoPrices() {
    Organization org =
        SeatFixtures.org(LicensingModel.CONCURRENT)
            .status(AccountStatus.TRIAL)
            .concurrentSeatsPurchased(10)
            .addOnLicensesPurchased("SALESFORCE", 10)
            .build();
    SeatRating r =
        CONCURRENT.rate(
            SeatFixtures.context(
                org,
                PriceBook.builder(BillingCurrency.USD).build(),
                RatingPolicy.defaults(),
                E,
                List.of(agent("a", PURECLOUD_2, 10, 12))));
    assertThat(r.lines()).extracting(LineItem::item).containsExactly("PURECLOUD_2", "SALESFORCE");
    assertThat(r.lines())
        .allSatisfy(
            l -> {
              assertThat(l.quantity()).isEqualByComparingTo("1");
              assertThat(l.amount()).isEqualTo(Money.zero(BillingCurrency.USD));
            });
  }

  @Test
  void missingPricesAreInvalidInputNamingThePrice() {
    Organization org =
        SeatFixtures.org(LicensingModel.CONCURRENT)
            .concurrentSeatsPurchased(10)
            .addOnLicensesPurchased("ZENDESK", 10)
            .build();
    List<UserTimeline> users = List.of(agent("a", PURECLOUD_2, 10, 12));
    assertThatThrownBy(
            () ->
                CONCURRENT.rate(
                    SeatFixtures.context(
                        org,
                        PriceBook.builder(BillingCurrency.USD).build(),
                        RatingPolicy.defaults(),
                        E,
                        users)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.path()).isEqualTo("prices.seat.PURECLOUD_2"));
    assertThatThrownBy(
            () ->
                CONCURRENT.rate(
                    SeatFixtures.context(
                        org, SeatFixtures.prices(), RatingPolicy.defaults(), E, users)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.path()).isEqualTo("prices.addOn.ZENDESK"));
  }

  @Test
  void anEmptyRatedTimeBillsNobody() {
    RatingContext empty =
        SeatFixtures.context(
            SeatFixtures.org(LicensingModel.CONCURRENT).build(),
            SeatFixtures.prices(),
            RatingPolicy.defaults(),
            S,
            List.of(agent("a", PURECLOUD_2, 10, 12)));
    SeatRating r = CONCURRENT.rate(empty);
    assertThat(r.users().get(0).reason()).contains(NotBilledReason.NO_USER_INTERFACE_LOGIN);
    assertThat(r.lines()).isEmpty();
    assertThat(r.peaks()).isEmpty();
  }

  // Properties ----------------------------------------------------------------------------------

  private static final List<LicenseTier> ALL = TierCatalog.faq().tiers();

  private static RatingPolicy small(PeakMeasure measure, int windowUnits) {
    return RatingPolicy.defaults()
        .withNamedMinimumAssignment(Duration.ofHours(1))
        .withConcurrentMinimumAssignment(Duration.ofHours(2))
        .withMixedTiers(MixedTierPolicy.BILL_AT_HIGHEST)
        .withPeakMeasure(measure)
        .withPeakWindow(SeatFixtures.UNIT.multipliedBy(windowUnits));
  }

  /**
   * The grid oracle of a whole concurrent rating: seats per tier computed cell by cell, with the
   * concurrent users, their tiers, the mixing rule and the peak all worked out independently.
   */
  private static Map<LicenseTier, Long> oracleSeats(
      SeatFixtures.Small s, PeakMeasure measure, int w) {
    int rated = s.ratedUnits();
    Map<String, LicenseTier> billed = new java.util.HashMap<>();
    List<LicenseTier> cc = List.of(PURECLOUD_1, PURECLOUD_2, PURECLOUD_3);
    Map<LicenseTier, Long> seats = new TreeMap<>();
    long communicate = 0;
    for (UserTimeline u : s.users()) {
      Optional<LicenseTier> tier = SeatFixtures.oracleTier(u, cc, Duration.ofHours(2), rated);
      if (tier.isPresent()) {
        for (int t = 0; t < rated; t++) {
          if (SeatFixtures.oracleOnQueue(u, t)) {
            billed.put(u.id(), tier.get());
            break;
          }
        }
      } else if (SeatFixtures.oracleLoggedIn(u, rated)
          && SeatFixtures.oracleTier(u, List.of(COMMUNICATE), Duration.ofHours(1), rated)
              .isPresent()) {
        communicate++;
      }
    }
    if (communicate > 0) {
      seats.put(COMMUNICATE, communicate);
    }
    Optional<LicenseTier> highest = billed.values().stream().max(LicenseTier::compareTo);
    if (highest.isEmpty()) {
      return seats;
    }
    long best = 0;
    int[] c = new int[rated];
    for (UserTimeline u : s.users()) {
      if (billed.containsKey(u.id())) {
        for (int t = 0; t < rated; t++) {
          c[t] += SeatFixtures.oracleOnQueue(u, t) ? 1 : 0;
        }
      }
    }
    if (measure == PeakMeasure.CONTIGUOUS_WINDOW) {
      for (int a = 0; a + w <= rated; a++) {
        int min = Integer.MAX_VALUE;
        for (int t = a; t < a + w; t++) {
          min = Math.min(min, c[t]);
        }
        best = Math.max(best, min);
      }
    } else {
      for (int n = billed.size(); n >= 1 && best == 0; n--) {
        int cells = 0;
        for (int t = 0; t < rated; t++) {
          cells += c[t] >= n ? 1 : 0;
        }
        if (cells >= w) {
          best = n;
        }
      }
    }
    if (best > 0) {
      seats.put(highest.get(), best);
    }
    return seats;
  }

  @Test
  void seatsAgreeWithTheGridOracle() {
    for (PeakMeasure measure : PeakMeasure.values()) {
      PropertyCheck.forAll(
          "concurrent seats = grid oracle, " + measure,
          1500,
          r -> List.of(SeatFixtures.smallOrgs(7, ALL).next(r), 1 + r.nextInt(4)),
          pair -> {
            SeatFixtures.Small s = (SeatFixtures.Small) pair.get(0);
            int w = (Integer) pair.get(1);
            SeatRating r = CONCURRENT.rate(s.context(LicensingModel.CONCURRENT, small(measure, w)));
            assertThat(r.seatsByTier()).isEqualTo(oracleSeats(s, measure, w));
            assertThat(r.users())
                .extracting(UserOutcome::userId)
                .containsExactlyElementsOf(s.users().stream().map(UserTimeline::id).toList());
            assertThat(r.users()).allSatisfy(u -> assertThat(u.explanation()).isNotBlank());
          });
    }
  }

  @Test
  void thePeakWindowReallyHasThatManyUsersOnQueueThroughout() {
    PropertyCheck.forAll(
        "peak window has >= seats users on queue at every breakpoint",
        2000,
        SeatFixtures.smallOrgs(7, ALL),
        s -> {
          SeatRating r =
              CONCURRENT.rate(
                  s.context(LicensingModel.CONCURRENT, small(PeakMeasure.CONTIGUOUS_WINDOW, 2)));
          for (SustainedPeak p : r.peaks()) {
            if (p.seats() == 0) {
              assertThat(p.window()).isEmpty();
              continue;
            }
            UsageInterval window = p.window().orElseThrow();
            assertThat(window.duration()).isEqualTo(Duration.ofMinutes(30));
            assertThat(window.start()).isAfterOrEqualTo(S);
            assertThat(window.endOrThrow()).isBeforeOrEqualTo(s.end());
            List<Instant> probes = new ArrayList<>(List.of(window.start()));
            for (UserTimeline u : s.users()) {
              u.onQueue().forEach(q -> probes.add(q.start()));
              u.onQueue().forEach(q -> q.end().ifPresent(probes::add));
              u.sessions().forEach(x -> probes.add(x.interval().start()));
              u.sessions().forEach(x -> x.interval().end().ifPresent(probes::add));
              u.deletedAt().ifPresent(probes::add);
            }
            for (Instant t : probes) {
              if (window.contains(t)) {
                long onQueue =
                    s.users().stream()
                        .filter(
                            u ->
                                outcome(r, u.id()).tier().equals(Optional.of(p.tier()))
                                    && outcome(r, u.id()).countedAs() == LicensingModel.CONCURRENT)
                        .filter(u -> u.onQueue().stream().anyMatch(q -> q.contains(t)))
                        .filter(u -> u.deletedAt().map(d -> t.isBefore(d)).orElse(true))
                        .filter(
                            u ->
                                u.sessions().stream()
                                    .anyMatch(
                                        x ->
                                            x.channel().isUserInterface()
                                                && x.interval().contains(t)))
                        .count();
                assertThat(onQueue).as("users on queue at %s", t).isGreaterThanOrEqualTo(p.seats());
              }
            }
          }
        });
  }

  @Test
  void accumulatedIsNeverBelowContiguous() {
    PropertyCheck.forAll(
        "accumulated seats >= contiguous seats, per tier",
        1500,
        SeatFixtures.smallOrgs(7, ALL),
        s -> {
          Map<LicenseTier, Long> contiguous =
              CONCURRENT
                  .rate(
                      s.context(LicensingModel.CONCURRENT, small(PeakMeasure.CONTIGUOUS_WINDOW, 2)))
                  .seatsByTier();
          Map<LicenseTier, Long> accumulated =
              CONCURRENT
                  .rate(
                      s.context(LicensingModel.CONCURRENT, small(PeakMeasure.ACCUMULATED_TIME, 2)))
                  .seatsByTier();
          contiguous.forEach(
              (tier, n) ->
                  assertThat(accumulated.getOrDefault(tier, 0L))
                      .as("%s", tier)
                      .isGreaterThanOrEqualTo(n));
        });
  }

  @Test
  void addingOnQueueTimeNeverLowersThePeak() {
    for (PeakMeasure measure : PeakMeasure.values()) {
      PropertyCheck.forAll(
          "more on-queue time, no fewer seats, " + measure,
          1000,
          r -> {
            SeatFixtures.Small s =
                SeatFixtures.smallOrgs(7, List.of(COMMUNICATE, PURECLOUD_2)).next(r);
            if (s.users().isEmpty()) {
              return List.of(s, s);
            }
            List<UserTimeline> more = new ArrayList<>(s.users());
            int k = r.nextInt(more.size());
            UserTimeline u = more.get(k);
            int from = -4 + r.nextInt(s.ratedUnits() + 8);
            UsageInterval extra =
                iv(SeatFixtures.grid(from), SeatFixtures.grid(from + 1 + r.nextInt(12)));
            List<UsageInterval> onQueue = new ArrayList<>(u.onQueue());
            onQueue.add(extra);
            more.set(k, SeatFixtures.rebuild(u, u.licenses(), u.addOns(), u.sessions(), onQueue));
            return List.of(s, s.withUsers(more));
          },
          pair -> {
            long before =
                CONCURRENT
                    .rate(pair.get(0).context(LicensingModel.CONCURRENT, small(measure, 2)))
                    .seatsByTier()
                    .getOrDefault(PURECLOUD_2, 0L);
            long after =
                CONCURRENT
                    .rate(pair.get(1).context(LicensingModel.CONCURRENT, small(measure, 2)))
                    .seatsByTier()
                    .getOrDefault(PURECLOUD_2, 0L);
            assertThat(after).isGreaterThanOrEqualTo(before);
          });
    }
  }

  @Test
  void ratingIsIndependentOfInputOrder() {
    PropertyCheck.forAll(
        "concurrent rating is invariant under shuffling users and intervals",
        1500,
        r -> {
          SeatFixtures.Small s = SeatFixtures.smallOrgs(7, ALL).next(r);
          return List.of(s, s.withUsers(SeatFixtures.shuffled(s.users(), r)));
        },
        pair -> {
          for (RatingPolicy p :
              List.of(RatingPolicy.defaults(), small(PeakMeasure.ACCUMULATED_TIME, 2))) {
            assertThat(rate(pair.get(1), p)).isEqualTo(rate(pair.get(0), p));
          }
        });
  }

  @Test
  void ratingIsIndependentOfSplittingAnInterval() {
    PropertyCheck.forAll(
        "concurrent rating is invariant under splitting an interval in two adjacent ones",
        1500,
        r -> {
          SeatFixtures.Small s = SeatFixtures.smallOrgs(7, ALL).next(r);
          return List.of(s, s.withUsers(SeatFixtures.withOneIntervalSplit(s.users(), r)));
        },
        pair -> {
          for (RatingPolicy p :
              List.of(
                  small(PeakMeasure.CONTIGUOUS_WINDOW, 2),
                  RatingPolicy.defaults()
                      .withConcurrentMinimumAssignment(Duration.ofHours(2))
                      .withPeakMeasure(PeakMeasure.ACCUMULATED_TIME))) {
            assertThat(rate(pair.get(1), p)).isEqualTo(rate(pair.get(0), p));
          }
        });
  }

  private static Object rate(SeatFixtures.Small s, RatingPolicy policy) {
    return SeatFixtures.rateOrError(CONCURRENT, s.context(LicensingModel.CONCURRENT, policy));
  }
}
