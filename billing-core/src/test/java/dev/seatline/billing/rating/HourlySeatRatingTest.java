package dev.seatline.billing.rating;

import static dev.seatline.billing.rating.SeatFixtures.S;
import static dev.seatline.billing.rating.SeatFixtures.iv;
import static dev.seatline.billing.rating.SeatFixtures.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.invoice.RatedPeriod;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R15: HOURLY licensing. Period 0 of a contract of 2026-01-15 in New York. */
class HourlySeatRatingTest {
  private static final BillingEngine ENGINE = BillingEngine.withDefaults();

  private static PriceBook prices() {
    return PriceBook.builder(BillingCurrency.USD)
        .seatHour(LicenseTier.COMMUNICATE, new BigDecimal("0.20"))
        .seatHour(LicenseTier.PURECLOUD_1, new BigDecimal("0.50"))
        .seatHour(LicenseTier.PURECLOUD_2, new BigDecimal("1.50"))
        .addOn("SALESFORCE", new BigDecimal("10.00"))
        .excessPortHour(new BigDecimal("1.00"))
        .build();
  }

  private static Organization hourly() {
    return Organization.builder(
            "acme", BillingCurrency.USD, LicensingModel.HOURLY, LocalDate.of(2026, 1, 15))
        .build();
  }

  private static UserTimeline user(String id, LicenseTier tier, String from, String to) {
    return UserTimeline.builder(id)
        .license(tier, open(S))
        .session(Channel.WEB, iv(from, to))
        .build();
  }

  private static RatedPeriod rate(List<UserTimeline> users, PortSample... ports) {
    return ENGINE.rate(
        RatingInput.builder(hourly(), prices()).users(users).callPorts(List.of(ports)).build(), 0);
  }

  @Test
  void theVendorsFigure22234UserHoursBill223() {
    // 80 h + 80 h + 62 h 20 min 24 s = 222 h 20 min 24 s = 222.34 h, rounded up once: 223.
    RatedPeriod rated =
        rate(
            List.of(
                user("h1", LicenseTier.PURECLOUD_2, "2026-01-16T00:00:00Z", "2026-01-19T08:00:00Z"),
                user("h2", LicenseTier.PURECLOUD_2, "2026-01-20T00:00:00Z", "2026-01-23T08:00:00Z"),
                user(
                    "h3",
                    LicenseTier.PURECLOUD_2,
                    "2026-01-24T00:00:00Z",
                    "2026-01-26T14:20:24Z")));

    LineItem hours = rated.line(LineCode.SEAT_HOUR, "PURECLOUD_2").orElseThrow();
    assertThat(hours.quantity()).isEqualByComparingTo("223");
    // 223 x 1.50
    assertThat(hours.amount().amount()).isEqualByComparingTo("334.50");
    Evidence.HourlyUsers evidence = (Evidence.HourlyUsers) hours.evidence();
    assertThat(evidence.total()).isEqualTo(Duration.parse("PT222H20M24S"));
    assertThat(hours.explanation().get(0))
        .isEqualTo(
            "PURECLOUD_2: 3 users logged in 222h20m24s in total (222.34 h), rounded up to 223 h");
    assertThat(rated.users())
        .allSatisfy(u -> assertThat(u.countedAs()).isEqualTo(LicensingModel.HOURLY));
  }

  @Test
  void hoursAreRoundedUpOnlyAboveAWholeHour() {
    assertThat(HourlySeatRating.hoursRoundedUp(Duration.ZERO)).isZero();
    assertThat(HourlySeatRating.hoursRoundedUp(Duration.ofHours(222))).isEqualTo(222);
    assertThat(HourlySeatRating.hoursRoundedUp(Duration.ofHours(222).plusNanos(1))).isEqualTo(223);
    assertThat(HourlySeatRating.hoursRoundedUp(Duration.ofMinutes(1))).isEqualTo(1);
  }

  @Test
  void billableTimeIsTheUnionOfUserInterfaceSessionsClippedToTheDeletion() {
    // WEB 10:00-14:00 and DESKTOP 12:00-16:00 overlap: 6 h; API 14:30-20:00 never billable;
    // deleted at 15:00: 5 h.
    UserTimeline user =
        UserTimeline.builder("u1")
            .license(LicenseTier.PURECLOUD_1, open(S))
            .session(Channel.WEB, iv("2026-01-20T10:00:00Z", "2026-01-20T14:00:00Z"))
            .session(Channel.DESKTOP, iv("2026-01-20T12:00:00Z", "2026-01-20T16:00:00Z"))
            .session(Channel.API, iv("2026-01-20T14:30:00Z", "2026-01-20T20:00:00Z"))
            .deletedAt(Instant.parse("2026-01-20T15:00:00Z"))
            .build();
    RatedPeriod rated = rate(List.of(user));

    assertThat(rated.line(LineCode.SEAT_HOUR, "PURECLOUD_1").orElseThrow().quantity())
        .isEqualByComparingTo("5");
    assertThat(rated.seats().hourly().orElseThrow().timeByTier())
        .containsExactly(Map.entry(LicenseTier.PURECLOUD_1, Duration.ofHours(5)));
  }

  @Test
  void addOnsAreBilledAsForNamedAndTheMixingRuleApplies() {
    UserTimeline withAddOn =
        UserTimeline.builder("u1")
            .license(LicenseTier.PURECLOUD_1, open(S))
            .addOn("SALESFORCE", open(S))
            .session(Channel.WEB, iv("2026-01-20T10:00:00Z", "2026-01-20T11:00:00Z"))
            .build();
    assertThat(
            rate(List.of(withAddOn)).line(LineCode.ADD_ON, "SALESFORCE").orElseThrow().quantity())
        .isEqualByComparingTo("1");

    UserTimeline other =
        user("u2", LicenseTier.PURECLOUD_2, "2026-01-20T10:00:00Z", "2026-01-20T11:00:00Z");
    assertThatThrownBy(() -> rate(List.of(withAddOn, other)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(
            "users: billed contact-center users on more than one tier: PURECLOUD_1 (1 user),"
                + " PURECLOUD_2 (1 user)");
  }

  @Test
  void seatEquivalentsAreExactFractionsOf111UserHours() {
    // 1 h of PURECLOUD_1 is 1/111 of a seat: 2/111 included ports. One call for 111 h
    // (2026-01-20T00:00Z to 2026-01-24T15:00Z): (1 - 2/111) x 111 h = 109 port-hours exactly,
    // at 1.00 = 109.00 (whole ports would include 0 and bill 111).
    RatedPeriod rated =
        rate(
            List.of(
                user(
                    "u1", LicenseTier.PURECLOUD_1, "2026-01-16T00:00:00Z", "2026-01-16T01:00:00Z")),
            new PortSample(Instant.parse("2026-01-20T00:00:00Z"), 1),
            new PortSample(Instant.parse("2026-01-24T15:00:00Z"), 0));

    LineItem ports = rated.line(LineCode.EXCESS_CALL_PORTS, "PORT_HOUR").orElseThrow();
    assertThat(ports.quantity()).isEqualByComparingTo("109");
    assertThat(ports.amount().amount()).isEqualByComparingTo("109.00");
    // 1/111 = 0.009009..., rounded HALF_UP to 18 decimals in the seat basis.
    assertThat(rated.seats().seatBasis().get(LicenseTier.PURECLOUD_1))
        .isEqualByComparingTo("0.009009009009009009");
    assertThat(ports.explanation().get(0)).startsWith("included ports ~ 0.018 (~ 0.009 ");
  }

  @Test
  void aNonTerminatingExcessIsRoundedOnceFromTheExactFraction() {
    // One call for 1 h over 2/111 ports: 109/111 port-hours = 0.98198...: quantity 0.9820 and, at
    // 1.00, an amount of 0.98.
    RatedPeriod rated =
        rate(
            List.of(
                user(
                    "u1", LicenseTier.PURECLOUD_1, "2026-01-16T00:00:00Z", "2026-01-16T01:00:00Z")),
            new PortSample(Instant.parse("2026-01-20T00:00:00Z"), 1),
            new PortSample(Instant.parse("2026-01-20T01:00:00Z"), 0));
    LineItem ports = rated.line(LineCode.EXCESS_CALL_PORTS, "PORT_HOUR").orElseThrow();
    assertThat(ports.quantity()).isEqualByComparingTo("0.9820");
    assertThat(ports.amount().amount()).isEqualByComparingTo("0.98");
  }

  @Test
  void theSeatEquivalentIsConfigurable() {
    // 55 h 30 min at a seat-equivalent of 55 h 30 min is one seat: 2 included ports, so 2 calls
    // never exceed them.
    BillingEngine engine =
        BillingEngine.of(
            dev.seatline.billing.rating.RatingPolicy.defaults()
                .withHourlySeatEquivalent(Duration.parse("PT55H30M")));
    RatingInput input =
        RatingInput.builder(hourly(), prices())
            .user(
                user("u1", LicenseTier.PURECLOUD_1, "2026-01-16T00:00:00Z", "2026-01-18T07:30:00Z"))
            .callPort(new PortSample(Instant.parse("2026-01-20T00:00:00Z"), 2))
            .build();
    RatedPeriod rated = engine.rate(input, 0);
    assertThat(rated.seats().seatBasis().get(LicenseTier.PURECLOUD_1)).isEqualByComparingTo("1");
    assertThat(rated.line(LineCode.EXCESS_CALL_PORTS, "PORT_HOUR")).isEmpty();
    assertThat(ENGINE.rate(input, 0).line(LineCode.EXCESS_CALL_PORTS, "PORT_HOUR")).isPresent();
  }

  @Test
  void aBilledTierWithoutAnHourlyPriceIsInvalidAtItsPath() {
    RatingInput input =
        RatingInput.builder(
                hourly(),
                PriceBook.builder(BillingCurrency.USD)
                    .seat(LicenseTier.PURECLOUD_3, new BigDecimal("150"))
                    .build())
            .user(
                user("u1", LicenseTier.PURECLOUD_3, "2026-01-16T00:00:00Z", "2026-01-16T01:00:00Z"))
            .build();
    assertThatThrownBy(() -> ENGINE.rate(input, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("prices.seatHour.PURECLOUD_3: no price, but hours of PURECLOUD_3 are billed");
  }
}
