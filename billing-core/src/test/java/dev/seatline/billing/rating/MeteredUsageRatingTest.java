package dev.seatline.billing.rating;

import static dev.seatline.billing.InvalidInputs.assertInvalidAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.AccountStatus;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.Meter;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.TierCatalog;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UsageRecord;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.money.BillingCurrency;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Examples of R16 on period 0 of a contract of 2026-01-15 in New York: {@code [S, E)} = {@code
 * [2026-01-15T05:00:00Z, 2026-02-15T05:00:00Z)}. Every expected number is worked out by hand in the
 * comment beside it.
 */
class MeteredUsageRatingTest {
  private static final Instant S = Instant.parse("2026-01-15T05:00:00Z");
  private static final Instant E = Instant.parse("2026-02-15T05:00:00Z");
  private static final Instant MID = Instant.parse("2026-01-20T12:00:00Z");
  private static final LocalDate CONTRACT = LocalDate.of(2026, 1, 15);
  private static final String API = "API_REQUESTS";
  private static final String VOICE = "VOICE_MINUTES";
  private static final BillingEngine ENGINE = BillingEngine.withDefaults();

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Organization.Builder org(LicensingModel model) {
    return Organization.builder("acme", BillingCurrency.USD, model, CONTRACT);
  }

  /** A PURECLOUD_3 user, licensed from S, logged in on Jan 16 from 14:00 to 22:00 UTC. */
  private static UserTimeline agent(String id) {
    return agentBuilder(id).build();
  }

  private static UserTimeline.Builder agentBuilder(String id) {
    return UserTimeline.builder(id)
        .license(LicenseTier.PURECLOUD_3, UsageInterval.ofUnboundedEnd(S))
        .session(
            Channel.WEB,
            UsageInterval.of(
                Instant.parse("2026-01-16T14:00:00Z"), Instant.parse("2026-01-16T22:00:00Z")));
  }

  /** 75,000 API requests per PURECLOUD_3 seat, none for the organization, 0.35 per request over. */
  private static Meter api() {
    return Meter.builder(API, d("0.35"))
        .allowancePerSeat(LicenseTier.PURECLOUD_3, d("75000"))
        .build();
  }

  /** Voice minutes in 0.1-minute increments, no allowance, 0.02 per minute. */
  private static Meter voice() {
    return Meter.builder(VOICE, d("0.02")).increment(d("0.1")).build();
  }

  private static PriceBook prices(Meter... meters) {
    PriceBook.Builder b =
        PriceBook.builder(BillingCurrency.USD).seat(LicenseTier.PURECLOUD_3, d("150.00"));
    for (Meter m : meters) {
      b.meter(m);
    }
    return b.build();
  }

  private static UsageRecord rec(String meter, Instant at, String quantity) {
    return new UsageRecord(meter, at, d(quantity));
  }

  private static RatingInput.Builder twoAgents(Organization organization, PriceBook prices) {
    return RatingInput.builder(organization, prices).user(agent("u1")).user(agent("u2"));
  }

  private static Optional<LineItem> usageLine(RatedPeriod rated, String meter) {
    return rated.line(LineCode.USAGE, meter);
  }

  @Test
  void anAllowanceUsedExactlyGivesNoLine() {
    // 2 PURECLOUD_3 seats x 75,000 = 150,000 allowed; 100,000 + 50,000 used: no overage.
    RatingInput input =
        twoAgents(org(LicensingModel.NAMED).build(), prices(api()))
            .usage(rec(API, MID, "100000"))
            .usage(rec(API, MID.plusSeconds(60), "50000"))
            .build();

    RatedPeriod rated = ENGINE.rate(input, 0);

    assertThat(usageLine(rated, API)).isEmpty();
    assertThat(rated.recurringInvoice().lines())
        .extracting(LineItem::code)
        .containsExactly(LineCode.SEAT);
  }

  @Test
  void oneUnitOverIsOneUnitAtTheOveragePrice() {
    // 150,001 used - 150,000 allowed = 1 request at 0.35 = USD 0.35.
    RatingInput input =
        twoAgents(org(LicensingModel.NAMED).build(), prices(api()))
            .usage(rec(API, MID, "100000"))
            .usage(rec(API, MID.plusSeconds(60), "50001"))
            .build();

    LineItem line = usageLine(ENGINE.rate(input, 0), API).orElseThrow();

    assertThat(line.quantity()).isEqualTo(d("1"));
    assertThat(line.unitPrice()).isEqualTo(d("0.35"));
    assertThat(line.amount().amount()).isEqualTo(d("0.35"));
    assertThat(line.explanation())
        .containsExactly(
            "used 150001 API_REQUESTS: 2 records in the rated time",
            "allowance 150000 = PURECLOUD_3 2 seats x 75000",
            "overage 1 = used 150001 - allowance 150000");
    MeterUsage evidence = (MeterUsage) line.evidence();
    assertThat(evidence.parts())
        .containsExactly(new MeterUsage.TierAllowance(LicenseTier.PURECLOUD_3, d("2"), d("75000")));
    assertThat(evidence.allowance()).isEqualByComparingTo("150000");
    assertThat(evidence.overage()).isEqualByComparingTo("1");
  }

  @Test
  void aSixtyOneSecondCallAtTenthOfAMinuteIncrementsIsOnePointOneMinutes() {
    // 61 s = 1.0167 minutes (as exported, 4 decimals), rounded up to 0.1: 1.1 minutes; a 6-second
    // call is 0.1 exactly and stays. Used 1.2, no allowance: 1.2 minutes at 0.02 = 0.024 -> 0.02.
    // The quantity is shown at the records' largest scale, 4.
    RatingInput input =
        twoAgents(org(LicensingModel.NAMED).build(), prices(voice()))
            .usage(rec(VOICE, MID, "1.0167"))
            .usage(rec(VOICE, MID.plusSeconds(600), "0.1"))
            .build();

    LineItem line = usageLine(ENGINE.rate(input, 0), VOICE).orElseThrow();

    assertThat(line.quantity()).isEqualTo(d("1.2000"));
    assertThat(line.amount().amount()).isEqualTo(d("0.02"));
    assertThat(line.explanation())
        .containsExactly(
            "used 1.2 VOICE_MINUTES: 2 records in the rated time, 1.1167 as recorded;"
                + " 1 rounded up to increments of 0.1",
            "allowance 0 (no allowance applies)",
            "overage 1.2 = used 1.2 - allowance 0");
  }

  @Test
  void aSixtyOneSecondCallAloneIsOnePointOneMinutes() {
    // 61/60 minutes with 9 decimals, 1.016666667, rounds up to 1.1.
    RatingInput input =
        twoAgents(org(LicensingModel.NAMED).build(), prices(voice()))
            .usage(rec(VOICE, MID, "1.016666667"))
            .build();

    RatedPeriod rated = ENGINE.rate(input, 0);

    assertThat(usageLine(rated, VOICE).orElseThrow().quantity()).isEqualByComparingTo("1.1");
  }

  @Test
  void allowancesFollowTheSeatsBilled() {
    // Three agents: 3 x 75,000 = 225,000 allowed, + 1,000 for the organization = 226,000;
    // 226,010 used leaves 10 at 0.35 = USD 3.50. With two agents: 151,000 allowed, 75,010 over.
    Meter api =
        Meter.builder(API, d("0.35"))
            .allowancePerSeat(LicenseTier.PURECLOUD_3, d("75000"))
            .allowancePerOrganization(d("1000"))
            .build();
    RatingInput.Builder b =
        twoAgents(org(LicensingModel.NAMED).build(), prices(api)).usage(rec(API, MID, "226010"));

    LineItem two = usageLine(ENGINE.rate(b.build(), 0), API).orElseThrow();
    LineItem three = usageLine(ENGINE.rate(b.user(agent("u3")).build(), 0), API).orElseThrow();

    assertThat(two.quantity()).isEqualTo(d("75010"));
    assertThat(three.quantity()).isEqualTo(d("10"));
    assertThat(three.amount().amount()).isEqualTo(d("3.50"));
    assertThat(three.explanation())
        .contains("allowance 226000 = PURECLOUD_3 3 seats x 75000 + organization 1000");
  }

  @Test
  void allowancesFollowTheSeatBasisNotOnlyTheSeatsBilled() {
    // A seat rule whose basis is 5 PURECLOUD_3 seats (as a commitment of 5 would be, R14) while 2
    // are billed: the allowance is 5 x 75,000 = 375,000; 375,002 used leaves 2.
    SeatRule committed =
        context -> {
          SeatRating billed = new NamedSeatRating().rate(context);
          SortedMap<LicenseTier, Long> basis = new TreeMap<>(billed.seatsByTier());
          basis.put(LicenseTier.PURECLOUD_3, 5L);
          return new SeatRating(billed.users(), basis, billed.lines(), billed.peaks());
        };
    RatingInput input =
        twoAgents(org(LicensingModel.NAMED).build(), prices(api()))
            .usage(rec(API, MID, "375002"))
            .build();

    RatedPeriod rated = ENGINE.withSeatRule(LicensingModel.NAMED, committed).rate(input, 0);

    LineItem line = usageLine(rated, API).orElseThrow();
    assertThat(line.quantity()).isEqualTo(d("2"));
    assertThat(line.explanation()).contains("allowance 375000 = PURECLOUD_3 5 seats x 75000");
    assertThat(rated.line(LineCode.SEAT, "PURECLOUD_3").orElseThrow().quantity())
        .isEqualByComparingTo("2");
  }

  @Test
  void aConcurrentOrganizationHasTheLargerAllowancesOfItsPriceBook() {
    // The vendor's concurrent seat carries 1.3 x the named allowance: 97,500 requests. Two agents
    // on queue together 14:05-21:55 give a sustained peak of 2 PURECLOUD_3 seats: 195,000
    // allowed. 200,000 used leaves 5,000 at 0.35 = USD 1,750.00. The same usage under the named
    // allowance of 75,000 a seat would leave 50,000.
    Meter concurrentApi =
        Meter.builder(API, d("0.35")).allowancePerSeat(LicenseTier.PURECLOUD_3, d("97500")).build();
    UsageInterval queue =
        UsageInterval.of(
            Instant.parse("2026-01-16T14:05:00Z"), Instant.parse("2026-01-16T21:55:00Z"));
    Organization org = org(LicensingModel.CONCURRENT).concurrentSeatsPurchased(10).build();
    RatingInput input =
        RatingInput.builder(org, prices(concurrentApi))
            .user(agentBuilder("u1").onQueue(queue).build())
            .user(agentBuilder("u2").onQueue(queue).build())
            .usage(rec(API, MID, "200000"))
            .build();

    RatedPeriod rated = ENGINE.rate(input, 0);

    assertThat(rated.line(LineCode.SEAT, "PURECLOUD_3").orElseThrow().quantity())
        .isEqualByComparingTo("2");
    LineItem line = usageLine(rated, API).orElseThrow();
    assertThat(line.quantity()).isEqualTo(d("5000"));
    assertThat(line.amount().amount()).isEqualTo(d("1750.00"));
    assertThat(line.explanation()).contains("allowance 195000 = PURECLOUD_3 2 seats x 97500");
  }

  @Test
  void aTrialKeepsTheQuantityAtPriceZero() {
    // 150,001 used - 150,000 allowed = 1, at unit price 0.00: USD 0.00.
    RatingInput input =
        twoAgents(org(LicensingModel.NAMED).status(AccountStatus.TRIAL).build(), prices(api()))
            .usage(rec(API, MID, "150001"))
            .build();

    LineItem line = usageLine(ENGINE.rate(input, 0), API).orElseThrow();

    assertThat(line.quantity()).isEqualTo(d("1"));
    assertThat(line.unitPrice()).isEqualTo(d("0.00"));
    assertThat(line.amount().amount()).isEqualTo(d("0.00"));
  }

  @Test
  void aPreviewAndACancellationRateOnlyTheRecordsInsideTheRatedTime() {
    // 1.0 minute on Jan 16 and 2.0 minutes on Jan 25. As of Jan 20 only the first counts (1.0);
    // cancelled at Jan 25 at the record's instant, the second is at the end and is left out too.
    Instant first = Instant.parse("2026-01-16T15:00:00Z");
    Instant second = Instant.parse("2026-01-25T15:00:00Z");
    RatingInput.Builder b =
        twoAgents(org(LicensingModel.NAMED).build(), prices(voice()))
            .usage(rec(VOICE, first, "1.0"))
            .usage(rec(VOICE, second, "2.0"));

    RatedPeriod whole = ENGINE.rate(b.build(), 0);
    RatedPeriod preview = ENGINE.rateAsOf(b.build(), 0, MID);
    RatedPeriod cancelled =
        ENGINE.rate(
            b.organization(org(LicensingModel.NAMED).cancelledAt(second).build()).build(), 0);

    assertThat(usageLine(whole, VOICE).orElseThrow().quantity()).isEqualTo(d("3.0"));
    assertThat(usageLine(preview, VOICE).orElseThrow().quantity()).isEqualTo(d("1.0"));
    assertThat(usageLine(cancelled, VOICE).orElseThrow().quantity()).isEqualTo(d("1.0"));
  }

  @Test
  void aRecordAtThePeriodEndCountsInTheNextPeriodOnly() {
    // A record at E = A(1) lies in [A(1), A(2)), not in [A(0), A(1)).
    RatingInput input =
        twoAgents(org(LicensingModel.NAMED).build(), prices(voice()))
            .usage(rec(VOICE, E, "4.5"))
            .build();

    assertThat(usageLine(ENGINE.rate(input, 0), VOICE)).isEmpty();
    assertThat(usageLine(ENGINE.rate(input, 1), VOICE).orElseThrow().quantity())
        .isEqualTo(d("4.5"));
  }

  @Test
  void aRecordOfAMeterWithoutAPriceIsInvalidAtItsPath() {
    assertInvalidAt(
            "usage[1].meter",
            () ->
                twoAgents(org(LicensingModel.NAMED).build(), prices(api()))
                    .usage(rec(API, MID, "1"))
                    .usage(rec("SMS", MID, "1"))
                    .usage(rec("SMS", MID, "2"))
                    .build())
        .hasMessageContaining("'SMS' has no price");
  }

  @Test
  void badQuantitiesIncrementsAndAllowancesAreInvalidAtTheirPaths() {
    assertInvalidAt("quantity", () -> rec(API, MID, "-1")).hasMessageContaining("negative");
    assertInvalidAt("quantity", () -> rec(API, MID, "0.0000000001"))
        .hasMessageContaining("more than 9 decimals");
    assertInvalidAt("increment", () -> Meter.builder(VOICE, d("1")).increment(d("0")))
        .hasMessageContaining("above 0");
    assertInvalidAt("increment", () -> Meter.builder(VOICE, d("1")).increment(d("-0.1")))
        .hasMessageContaining("above 0");
    assertInvalidAt(
        "allowancePerSeat.PURECLOUD_1",
        () -> Meter.builder(VOICE, d("1")).allowancePerSeat(LicenseTier.PURECLOUD_1, d("-5")));
    assertInvalidAt("overage", () -> Meter.builder(VOICE, d("-0.01")));
  }

  @Test
  void anAllowanceForATierTheOrganizationDoesNotHaveIsInvalid() {
    LicenseTier cx9 = LicenseTier.of("CX_9", 9, true, 2);
    Meter api = Meter.builder(API, d("0.35")).allowancePerSeat(cx9, d("10")).build();
    Organization faq = org(LicensingModel.NAMED).build();

    assertInvalidAt(
            "prices.meters.API_REQUESTS.allowancePerSeat.CX_9",
            () -> RatingInput.builder(faq, prices(api)).build())
        .hasMessageContaining("not one of the organization's tiers");
    List<LicenseTier> withCx9 = new ArrayList<>(TierCatalog.faq().tiers());
    withCx9.add(cx9);
    Organization cx = org(LicensingModel.NAMED).tiers(TierCatalog.of(withCx9)).build();
    assertThat(RatingInput.builder(cx, prices(api)).build().prices().meters()).containsKey(API);
  }
}
