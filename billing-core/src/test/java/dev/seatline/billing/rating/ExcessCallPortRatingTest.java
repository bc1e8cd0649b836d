package dev.seatline.billing.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.model.AccountStatus;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PortSample;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.money.Money;
import dev.seatline.billing.rating.RatingPolicy.PortMeasure;
import dev.seatline.billing.testing.PropertyCheck;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ExcessCallPortRatingTest {
  private static final LocalDate CONTRACT = LocalDate.of(2026, 1, 15);
  private static final Instant START = Instant.parse("2026-01-15T05:00:00Z");
  private static final Instant END = Instant.parse("2026-02-15T05:00:00Z");
  private static final BigDecimal RATE = new BigDecimal("0.0125");
  private static final ExcessCallPortRating RATING = new ExcessCallPortRating();

  private static Organization org(BillingCurrency currency, AccountStatus status) {
    return Organization.builder("acme", currency, LicensingModel.NAMED, CONTRACT)
        .status(status)
        .build();
  }

  private static RatingInput input(
      BillingCurrency currency, AccountStatus status, BigDecimal rate, List<PortSample> samples) {
    PriceBook.Builder prices = PriceBook.builder(currency);
    if (rate.signum() >= 0) {
      prices.excessPortHour(rate);
    }
    return RatingInput.builder(org(currency, status), prices.build()).callPorts(samples).build();
  }

  private static RatingInput usd(List<PortSample> samples) {
    return input(BillingCurrency.USD, AccountStatus.PAID, RATE, samples);
  }

  private static RatingContext context(RatingInput input, Instant end, RatingPolicy policy) {
    BillingPeriod period = input.organization().calendar().period(0);
    return new RatingContext(input, period, period.start(), end, policy);
  }

  private static RatingContext context(RatingInput input) {
    return context(input, END, RatingPolicy.defaults());
  }

  private static SeatRating seats(long contactCenter, long communicate) {
    java.util.SortedMap<LicenseTier, Long> byTier = new TreeMap<>();
    if (contactCenter > 0) {
      byTier.put(LicenseTier.PURECLOUD_3, contactCenter);
    }
    if (communicate > 0) {
      byTier.put(LicenseTier.COMMUNICATE, communicate);
    }
    return new SeatRating(List.of(), byTier, List.of(), List.of());
  }

  private static PortSample sample(String at, long calls) {
    return new PortSample(Instant.parse(at), calls);
  }

  /** What the rule measured, and the line it charged (none without excess). */
  private record Usage(PortUsage usage, Optional<LineItem> line) {
    long includedPorts() {
      return usage.includedPorts().longValueExact();
    }

    PortMeasure measure() {
      return usage.measure();
    }

    BigDecimal excessPortSeconds() {
      return usage.excessPortSeconds();
    }
  }

  private static Usage rate(RatingContext context, SeatRating seats) {
    List<LineItem> lines = RATING.rate(context, seats);
    assertThat(lines).hasSizeLessThanOrEqualTo(1);
    PortUsage usage = ExcessCallPortRating.measure(context, seats);
    lines.forEach(l -> assertThat(l.evidence()).isEqualTo(usage));
    return new Usage(usage, lines.stream().findFirst());
  }

  private static LineItem line(Usage usage) {
    return usage.line().orElseThrow();
  }

  @Test
  void scenarioFormatExample() {
    Usage usage = rate(context(usd(List.of(sample("2026-01-16T14:00:00Z", 3)))), seats(1, 0));
    assertThat(usage.includedPorts()).isEqualTo(2);
    assertThat(usage.measure()).isEqualTo(PortMeasure.INTEGRAL);
    assertThat(usage.excessPortSeconds()).isEqualByComparingTo("2559600");
    LineItem line = line(usage);
    assertThat(line.code()).isEqualTo(LineCode.EXCESS_CALL_PORTS);
    assertThat(line.item()).isEqualTo("PORT_HOUR");
    assertThat(line.quantity()).isEqualTo(new BigDecimal("711.0000"));
    assertThat(line.unitPrice()).isEqualTo(RATE);
    assertThat(line.amount()).isEqualTo(Money.of(BillingCurrency.USD, new BigDecimal("8.89")));
    assertThat(line.explanation())
        .containsExactly(
            "included ports 2 (1 contact-center seat x 2); 2559600 excess port-seconds");
  }

  @Test
  void faqFiftyContactCenterAndHundredCommunicateSeatsIncludeTwoHundredPorts() {
    // 250 calls for two hours, then 150: 50 excess ports for 2 h = 100 port-hours.
    Usage usage =
        rate(
            context(
                usd(
                    List.of(
                        sample("2026-01-20T14:00:00Z", 250), sample("2026-01-20T16:00:00Z", 150)))),
            seats(50, 100));
    assertThat(usage.includedPorts()).isEqualTo(200);
    assertThat(usage.excessPortSeconds()).isEqualByComparingTo("360000");
    assertThat(line(usage).quantity()).isEqualTo(new BigDecimal("100.0000"));
    assertThat(line(usage).amount().amount()).isEqualTo(new BigDecimal("1.25"));
    assertThat(line(usage).explanation())
        .containsExactly(
            "included ports 200 (50 contact-center seats x 2 + 100 Communicate seats x 1); 360000"
                + " excess port-seconds");
  }

  @Test
  void noExcessMeansNoLineAndNoRateNeeded() {
    RatingInput input =
        input(
            BillingCurrency.USD,
            AccountStatus.PAID,
            BigDecimal.ONE.negate(),
            List.of(sample("2026-01-20T14:00:00Z", 200)));
    Usage usage = rate(context(input), seats(50, 100));
    assertThat(usage.excessPortSeconds()).isEqualByComparingTo("0");
    assertThat(usage.line()).isEmpty();
  }

  @Test
  void carryInSampleBeforeTheStartHoldsFromTheStart() {
    // 5 calls since before the period, 2 included: 3 excess ports for the whole 744 h period.
    Usage usage =
        rate(
            context(
                usd(List.of(sample("2026-01-01T00:00:00Z", 9), sample("2026-01-10T00:00:00Z", 5)))),
            seats(1, 0));
    assertThat(usage.excessPortSeconds()).isEqualByComparingTo(String.valueOf(3L * 744 * 3600));
    assertThat(line(usage).quantity()).isEqualTo(new BigDecimal("2232.0000"));
  }

  @Test
  void lastSampleHoldsUntilTheEndAndLaterSamplesAreIgnored() {
    Usage usage =
        rate(
            context(
                usd(
                    List.of(
                        sample("2026-02-15T04:00:00Z", 3), // one hour before the end
                        sample("2026-02-15T05:00:00Z", 1000),
                        sample("2026-03-01T00:00:00Z", 1000)))),
            seats(1, 0));
    assertThat(usage.excessPortSeconds()).isEqualByComparingTo("3600");
  }

  @Test
  void theRatedTimeEndsEarlierForAnAsOfView() {
    Instant asOf = Instant.parse("2026-01-16T15:00:00Z");
    Usage usage =
        rate(
            context(
                usd(List.of(sample("2026-01-16T14:00:00Z", 3), sample("2026-01-16T15:00:00Z", 90))),
                asOf,
                RatingPolicy.defaults()),
            seats(1, 0));
    assertThat(usage.excessPortSeconds()).isEqualByComparingTo("3600");
  }

  @Test
  void unsortedInputGivesTheSameUsage() {
    List<PortSample> samples = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      samples.add(
          new PortSample(START.plusSeconds(3600L * i + 17), (i * 37L) % 11)); // counts 0..10
    }
    Usage sorted = rate(context(usd(samples)), seats(2, 1));
    List<PortSample> shuffled = new ArrayList<>(samples);
    Collections.shuffle(shuffled, new Random(5));
    Collections.reverse(samples);
    assertThat(rate(context(usd(shuffled)), seats(2, 1))).isEqualTo(sorted);
    assertThat(rate(context(usd(samples)), seats(2, 1))).isEqualTo(sorted);
    assertThat(sorted.excessPortSeconds()).isPositive();
  }

  @Test
  void equalDuplicateSamplesAreHarmless() {
    List<PortSample> once = List.of(sample("2026-01-16T14:00:00Z", 3));
    List<PortSample> twice = List.of(once.get(0), once.get(0));
    assertThat(rate(context(usd(twice)), seats(1, 0)))
        .isEqualTo(rate(context(usd(once)), seats(1, 0)));
  }

  @Test
  void hourlyPeakChargesThePeakOfEachClockHour() {
    // 10 calls for one minute, 2 included: 8 excess ports for one clock hour.
    RatingPolicy hourly = RatingPolicy.defaults().withPortMeasure(PortMeasure.HOURLY_PEAK);
    RatingInput input =
        usd(List.of(sample("2026-01-20T14:20:00Z", 10), sample("2026-01-20T14:21:00Z", 0)));
    Usage usage = rate(context(input, END, hourly), seats(1, 0));
    assertThat(usage.measure()).isEqualTo(PortMeasure.HOURLY_PEAK);
    assertThat(usage.excessPortSeconds()).isEqualByComparingTo(String.valueOf(8 * 3600));
    assertThat(line(usage).quantity()).isEqualTo(new BigDecimal("8.0000"));
    assertThat(line(usage).amount().amount()).isEqualTo(new BigDecimal("0.10"));
    assertThat(line(usage).explanation().get(0)).contains("peak excess of each clock hour");
    // the integral measure charges the 8 minutes of excess only
    assertThat(rate(context(input), seats(1, 0)).excessPortSeconds())
        .isEqualByComparingTo(String.valueOf(8 * 60));
  }

  @Test
  void hourlyPeakCountsBothRepeatedHoursOfTheFallBackDay() {
    // contract 2026-10-15: period 0 contains Sunday 2026-11-01, when 01:00-02:00 occurs twice
    RatingInput input =
        RatingInput.builder(
                Organization.builder(
                        "acme",
                        BillingCurrency.USD,
                        LicensingModel.NAMED,
                        LocalDate.of(2026, 10, 15))
                    .build(),
                PriceBook.builder(BillingCurrency.USD).excessPortHour(RATE).build())
            .callPorts(
                List.of(
                    sample("2026-11-01T05:30:00Z", 4), // 01:30 EDT
                    sample("2026-11-01T05:31:00Z", 0),
                    sample("2026-11-01T06:30:00Z", 4), // 01:30 EST
                    sample("2026-11-01T06:31:00Z", 0)))
            .build();
    BillingPeriod period = input.organization().calendar().period(0);
    RatingContext ctx =
        new RatingContext(
            input,
            period,
            period.start(),
            period.end(),
            RatingPolicy.defaults().withPortMeasure(PortMeasure.HOURLY_PEAK));
    assertThat(rate(ctx, seats(0, 0)).excessPortSeconds())
        .isEqualByComparingTo(String.valueOf(2 * 4 * 3600));
  }

  @Test
  void jpyAmountIsRoundedOnceToWholeYen() {
    // 1 excess port for 1.5 h at 3 JPY/h = 4.5 JPY: HALF_UP 5, HALF_EVEN 4
    RatingInput input =
        input(
            BillingCurrency.JPY,
            AccountStatus.PAID,
            new BigDecimal("3"),
            List.of(sample("2026-01-20T14:00:00Z", 1), sample("2026-01-20T15:30:00Z", 0)));
    LineItem up = line(rate(context(input), seats(0, 0)));
    assertThat(up.amount()).isEqualTo(Money.of(BillingCurrency.JPY, new BigDecimal("5")));
    assertThat(up.amount().amount().scale()).isZero();
    assertThat(up.quantity()).isEqualTo(new BigDecimal("1.5000"));
    LineItem even =
        line(
            rate(
                context(
                    input, END, RatingPolicy.defaults().withMoneyRounding(RoundingMode.HALF_EVEN)),
                seats(0, 0)));
    assertThat(even.amount().amount()).isEqualTo(new BigDecimal("4"));
  }

  @Test
  void amountUsesExactPortHoursNotTheRoundedQuantity() {
    // 7 port-seconds at 1000/h: exact 1.9444 -> 1.94, whereas 0.0019 h x 1000 would be 1.90
    RatingInput input =
        input(
            BillingCurrency.USD,
            AccountStatus.PAID,
            new BigDecimal("1000"),
            List.of(sample("2026-01-20T14:00:00Z", 1), sample("2026-01-20T14:00:07Z", 0)));
    LineItem line = line(rate(context(input), seats(0, 0)));
    assertThat(line.quantity()).isEqualTo(new BigDecimal("0.0019"));
    assertThat(line.amount().amount()).isEqualTo(new BigDecimal("1.94"));
  }

  @Test
  void tinyExcessKeepsALineThatPrintsAsZeroHours() {
    RatingInput input =
        usd(List.of(sample("2026-01-20T14:00:00Z", 1), sample("2026-01-20T14:00:00.5Z", 0)));
    Usage usage = rate(context(input), seats(0, 0));
    assertThat(usage.excessPortSeconds()).isEqualTo(new BigDecimal("0.5"));
    assertThat(line(usage).quantity()).isEqualTo(new BigDecimal("0.0001"));
    assertThat(line(usage).explanation().get(0))
        .isEqualTo("included ports 0 (no seats billed); 0.5 excess port-seconds");
  }

  @Test
  void trialKeepsTheQuantityAtZeroPriceWithoutARate() {
    RatingInput input =
        input(
            BillingCurrency.USD,
            AccountStatus.TRIAL,
            BigDecimal.ONE.negate(),
            List.of(sample("2026-01-16T14:00:00Z", 3)));
    LineItem line = line(rate(context(input), seats(1, 0)));
    assertThat(line.quantity()).isEqualTo(new BigDecimal("711.0000"));
    assertThat(line.unitPrice()).isEqualByComparingTo("0");
    assertThat(line.amount()).isEqualTo(Money.zero(BillingCurrency.USD));
  }

  @Test
  void missingRateWithExcessIsInvalidAtTheRate() {
    RatingInput input =
        input(
            BillingCurrency.USD,
            AccountStatus.PAID,
            BigDecimal.ONE.negate(),
            List.of(sample("2026-01-16T14:00:00Z", 3)));
    assertThatThrownBy(() -> rate(context(input), seats(1, 0)))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).path())
        .isEqualTo("prices.excessPortHour");
  }

  @Test
  void emptyRatedTimeHasNoExcess() {
    Usage usage =
        rate(
            context(
                usd(List.of(sample("2026-01-01T00:00:00Z", 50))), START, RatingPolicy.defaults()),
            seats(0, 0));
    assertThat(usage.line()).isEmpty();
    assertThat(usage.excessPortSeconds()).isEqualByComparingTo("0");
  }

  /** Samples on whole minutes of one day, some excess. */
  private record Day(List<PortSample> samples, long contactCenter, long communicate) {}

  @Test
  void amountIsRateTimesExactPortSecondsRoundedOnce() {
    PropertyCheck.forAll(
        "amount = rate x exact port-seconds / 3600, rounded once; quantity = hours to 4 places",
        500,
        r -> {
          List<PortSample> samples = new ArrayList<>();
          Instant day = Instant.parse("2026-01-20T05:00:00Z");
          int n = r.nextInt(10);
          for (int i = 0; i < n; i++) {
            samples.add(
                new PortSample(
                    day.plusSeconds(60L * i * 7).plusNanos(r.nextInt(1000)), r.nextLong(40)));
          }
          return new Day(samples, r.nextLong(6), r.nextLong(6));
        },
        d -> {
          Usage usage = rate(context(usd(d.samples())), seats(d.contactCenter(), d.communicate()));
          assertThat(usage.includedPorts()).isEqualTo(2 * d.contactCenter() + d.communicate());
          if (usage.excessPortSeconds().signum() == 0) {
            assertThat(usage.line()).isEmpty();
          } else {
            BigDecimal hours =
                usage.excessPortSeconds().divide(new BigDecimal(3600), 40, RoundingMode.HALF_UP);
            assertThat(line(usage).amount().amount())
                .isEqualTo(RATE.multiply(hours).setScale(2, RoundingMode.HALF_UP));
            assertThat(line(usage).quantity()).isEqualTo(hours.setScale(4, RoundingMode.HALF_UP));
          }
        });
  }

  @Test
  void theStrategyNamesItself() {
    assertThat(new ExcessCallPortRating()).hasToString("ExcessCallPortRating");
  }
}
