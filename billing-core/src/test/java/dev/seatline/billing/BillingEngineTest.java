package dev.seatline.billing;

import static dev.seatline.billing.InvoicingFixtures.engine;
import static dev.seatline.billing.InvoicingFixtures.formatExample;
import static dev.seatline.billing.InvoicingFixtures.order;
import static dev.seatline.billing.InvoicingFixtures.org;
import static dev.seatline.billing.InvoicingFixtures.port;
import static dev.seatline.billing.InvoicingFixtures.prices;
import static dev.seatline.billing.InvoicingFixtures.shipment;
import static dev.seatline.billing.InvoicingFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.invoice.InvoiceKind;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.invoice.UsageHistory;
import dev.seatline.billing.model.AccountStatus;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.rating.RatingPolicy;
import dev.seatline.billing.rating.RatingPolicy.PortMeasure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class BillingEngineTest {
  private static void assertInvalidAt(String path, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).path())
        .isEqualTo(path);
  }

  /** Users logging in in periods 0, 1 and 1 again, so the history has 1, 2 and 0 licences. */
  private static RatingInput threePeriods(Organization organization) {
    return RatingInput.builder(organization, prices(BillingCurrency.USD))
        .user(user("u1", "2026-01-16T14:00:00Z", "2026-01-16T22:00:00Z"))
        .user(user("u2", "2026-02-16T14:00:00Z", "2026-02-16T22:00:00Z"))
        .user(user("u3", "2026-02-17T14:00:00Z", "2026-02-17T22:00:00Z"))
        .build();
  }

  @Test
  void rateWithoutAsOfIsTheRecurringRating() {
    RatingInput input = formatExample(org().build());
    assertThat(engine().rate(input, 0)).isEqualTo(engine().rate(input, 0, Optional.empty()));
    assertThat(engine().rate(input, 0).recurringInvoice().kind()).isEqualTo(InvoiceKind.RECURRING);
  }

  @Test
  void rateAsOfFindsThePeriodContainingTheInstant() {
    RatingInput input = threePeriods(org().build());
    Instant asOf = Instant.parse("2026-02-16T18:00:00Z");
    RatedPeriod rated = engine().rateAsOf(input, asOf);
    assertThat(rated.period().index()).isEqualTo(1);
    assertThat(rated.recurringInvoice().kind()).isEqualTo(InvoiceKind.PREVIEW);
    assertThat(rated.recurringInvoice().issuedOn()).isEqualTo(LocalDate.of(2026, 2, 16));
    assertThat(rated.seats().seatsByTier()).containsEntry(LicenseTier.PURECLOUD_3, 1L);
    assertThat(rated).isEqualTo(engine().rateAsOf(input, 1, asOf));
    assertInvalidAt(
        "period.asOf", () -> engine().rateAsOf(input, Instant.parse("2026-01-15T04:59:59Z")));
    assertInvalidAt("period.asOf", () -> engine().rateAsOf(input, 0, asOf));
  }

  @Test
  void policyAndStrategiesAreTheEngines() {
    BillingEngine hourly =
        BillingEngine.of(RatingPolicy.defaults().withPortMeasure(PortMeasure.HOURLY_PEAK));
    assertThat(hourly.policy().portMeasure()).isEqualTo(PortMeasure.HOURLY_PEAK);
    RatingInput input = formatExample(org().build());
    RatedPeriod rated = engine().withChargeRules(List.of()).rate(input, 0);
    assertThat(rated.charges()).isEmpty();
    assertThat(rated.recurringInvoice().lines()).hasSize(1);
  }

  @Test
  void usageHistoryRatesEachPeriodOfTheRun() {
    UsageHistory h = engine().usageHistory(threePeriods(org().build()), 0, 2);
    assertThat(h.periods()).extracting(p -> p.period().index()).containsExactly(0, 1, 2);
    assertThat(h.periods())
        .extracting(UsageHistory.PeriodUsage::licensesBilled)
        .containsExactly(1L, 2L, 0L);
    assertThat(h.periods().get(1).tier(LicenseTier.PURECLOUD_3).orElseThrow().userIds())
        .containsExactly("u2", "u3");
    assertThat(engine().usageHistory(threePeriods(org().build()), 1, 1).periods()).hasSize(1);
  }

  @Test
  void usageHistoryOfACancelledOrganizationStopsAtItsLastPeriod() {
    Instant x = Instant.parse("2026-02-20T12:00:00Z");
    RatingInput input = threePeriods(org().cancelledAt(x).build());
    UsageHistory h = engine().usageHistory(input, 0, 5);
    assertThat(h.lastPeriod()).isEqualTo(1);
    assertThat(h.periods().get(1).kind()).isEqualTo(InvoiceKind.FINAL);
    assertThat(h.periods().get(1).end()).isEqualTo(x);
    assertInvalidAt("period.index", () -> engine().usageHistory(input, 2, 5));
  }

  @Test
  void usageHistoryRejectsAReversedOrOutOfRangeRun() {
    RatingInput input = threePeriods(org().build());
    assertInvalidAt("period.index", () -> engine().usageHistory(input, 2, 1));
    assertInvalidAt("period.index", () -> engine().usageHistory(input, -1, 1));
  }

  /** A random organization: currency, trial or paid, users, ports, orders and shipments. */
  private static RatingInput randomInput(SplittableRandom r, int n) {
    List<BillingCurrency> currencies =
        List.copyOf(dev.seatline.billing.model.Edition.PURECLOUD_FAQ.currencies());
    BillingCurrency currency = currencies.get(r.nextInt(currencies.size()));
    Organization.Builder org =
        Organization.builder(
            "org-" + n,
            currency,
            LicensingModel.NAMED,
            LocalDate.of(2026, 1, 1).plusDays(r.nextInt(60)));
    if (r.nextInt(5) == 0) {
      org.status(AccountStatus.TRIAL);
    }
    RatingInput.Builder b = RatingInput.builder(org.build(), prices(currency));
    Instant base = Instant.parse("2026-01-01T05:00:00Z");
    int users = r.nextInt(30);
    int samples = r.nextInt(200);
    int orders = r.nextInt(4);
    for (int u = 0; u < users; u++) {
      Instant from = base.plusSeconds(r.nextLong(90L * 86400));
      b.user(user("u" + u, from.toString(), from.plusSeconds(3600).toString()));
    }
    for (int s = 0; s < samples; s++) {
      b.callPort(port(base.plusSeconds(s * 3607L + r.nextLong(3600)).toString(), r.nextLong(90)));
    }
    for (int o = 0; o < orders; o++) {
      Instant placed = base.plusSeconds(r.nextLong(90L * 86400));
      b.order(order("o" + o, placed.toString(), 1 + r.nextLong(3)));
      b.shipment(shipment("s" + o, "o" + o, placed.plusSeconds(86400).toString(), 5));
    }
    return b.build();
  }

  @Test
  void ratingManyOrganizationsConcurrentlyGivesTheSequentialResults() throws Exception {
    BillingEngine engine = engine();
    SplittableRandom r = new SplittableRandom(42);
    List<RatingInput> inputs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      inputs.add(randomInput(r, i));
    }
    List<RatedPeriod> sequential = new ArrayList<>();
    for (RatingInput input : inputs) {
      sequential.add(engine.rate(input, 1));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<RatedPeriod>> futures = new ArrayList<>();
      for (RatingInput input : inputs) {
        futures.add(pool.submit(() -> engine.rate(input, 1)));
      }
      List<RatedPeriod> parallel = new ArrayList<>();
      for (Future<RatedPeriod> f : futures) {
        parallel.add(f.get());
      }
      assertThat(parallel).isEqualTo(sequential);
      assertThat(sequential)
          .anySatisfy(p -> assertThat(InvoicingFixtures.excessPortSeconds(p)).isPositive());
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
  }

  @Test
  void aReplacedSeatStrategyRatesOnlyItsLicensingModel() {
    dev.seatline.billing.rating.SeatRule refusing =
        context -> {
          throw new IllegalStateException("replaced strategy for " + context.organization().id());
        };
    RatingInput named =
        dev.seatline.billing.testing.SeatlineGenerators.sample(
            dev.seatline.billing.testing.SeatlineGenerators.defaults()
                .licensing(LicensingModel.NAMED)
                .tiers(LicenseTier.PURECLOUD_1)
                .ratingInputs(),
            1);
    RatingInput concurrent =
        dev.seatline.billing.testing.SeatlineGenerators.sample(
            dev.seatline.billing.testing.SeatlineGenerators.defaults()
                .licensing(LicensingModel.CONCURRENT)
                .tiers(LicenseTier.PURECLOUD_1)
                .ratingInputs(),
            1);
    BillingEngine defaults = BillingEngine.withDefaults();
    BillingEngine namedReplaced = defaults.withSeatRule(LicensingModel.NAMED, refusing);
    BillingEngine concurrentReplaced = defaults.withSeatRule(LicensingModel.CONCURRENT, refusing);

    assertThatThrownBy(() -> namedReplaced.rate(named, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("replaced strategy");
    assertThat(namedReplaced.rate(concurrent, 0)).isEqualTo(defaults.rate(concurrent, 0));
    assertThatThrownBy(() -> concurrentReplaced.rate(concurrent, 0))
        .isInstanceOf(IllegalStateException.class);
    assertThat(concurrentReplaced.rate(named, 0)).isEqualTo(defaults.rate(named, 0));
    assertThat(namedReplaced.policy()).isEqualTo(defaults.policy());
    assertThat(defaults.toString()).startsWith("BillingEngine{RatingPolicy[");
  }
}
