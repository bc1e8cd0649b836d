package dev.seatline.billing.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.model.AccountStatus;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseAssignment;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.Order;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PortSample;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.Session;
import dev.seatline.billing.model.Shipment;
import dev.seatline.billing.model.TierCatalog;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.rating.RatingPolicy;
import dev.seatline.billing.rating.RatingPolicy.MixedTierPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SeatlineGeneratorsTest {
  private static final SeatlineGenerators G = SeatlineGenerators.defaults();

  /** Every instant of an input's activity (interval ends only when bounded). */
  private static List<Instant> instants(RatingInput in) {
    List<Instant> out = new ArrayList<>();
    for (UserTimeline u : in.users()) {
      Stream.of(
              u.licenses().stream().map(LicenseAssignment::interval),
              u.addOns().stream().map(a -> a.interval()),
              u.sessions().stream().map(Session::interval),
              u.onQueue().stream())
          .flatMap(s -> s)
          .forEach(
              i -> {
                out.add(i.start());
                i.end().ifPresent(out::add);
              });
    }
    in.callPorts().forEach(p -> out.add(p.at()));
    in.orders().forEach(o -> out.add(o.placedAt()));
    in.shipments().forEach(s -> out.add(s.shippedAt()));
    return out;
  }

  @Test
  void theDefaultsHonourTheirDocumentedBounds() {
    PropertyCheck.forAll(
        "default inputs",
        1000,
        G.ratingInputs(),
        in -> {
          Organization org = in.organization();
          BillingPeriod p = org.calendar().period(0);
          Instant lo = p.start().minus(Duration.ofDays(1));
          Instant hi = p.end().plus(Duration.ofDays(1));
          assertThat(in.users()).hasSizeBetween(0, 12);
          assertThat(in.users())
              .extracting(UserTimeline::id)
              .doesNotHaveDuplicates()
              .allMatch(id -> id.matches("u\\d+"));
          assertThat(instants(in))
              .allSatisfy(t -> assertThat(t).isBetween(lo, hi.plus(Duration.ofMinutes(1))));
          assertThat(instants(in))
              .allSatisfy(
                  t -> assertThat(Duration.between(lo, t).toNanos() % 60_000_000_000L).isZero());
          assertThat(org.contractEffectiveDate())
              .isBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31));
          assertThat(org.cancelledAt()).isEmpty();
          assertThat(org.concurrentSeatsPurchased()).isBetween(0L, 20L);
          assertThat(org.addOnLicensesPurchased().values()).allMatch(v -> v >= 0 && v <= 50);
          assertThat(org.addOnLicensesPurchased().keySet()).isSubsetOf("SALESFORCE", "ZENDESK");
          assertThat(in.callPorts()).hasSizeLessThanOrEqualTo(20);
          assertThat(in.callPorts())
              .extracting(PortSample::concurrentCalls)
              .allMatch(c -> c >= 0 && c <= 30);
          assertThat(in.orders()).hasSizeLessThanOrEqualTo(3);
          assertThat(in.shipments()).hasSizeLessThanOrEqualTo(3);
          assertThat(in.orders()).allSatisfy(o -> assertThat(o.oneTime()).hasSizeLessThan(3));
          assertThat(in.shipments()).allSatisfy(s -> assertThat(s.items()).hasSizeBetween(1, 2));
          assertCompletePrices(in.prices(), List.of("SALESFORCE", "ZENDESK"));
          for (UserTimeline u : in.users()) {
            assertThat(u.licenses()).hasSizeLessThanOrEqualTo(3);
            assertThat(u.addOns()).hasSizeLessThanOrEqualTo(2);
            assertThat(u.sessions()).hasSizeLessThanOrEqualTo(4);
            assertThat(u.onQueue()).hasSizeLessThanOrEqualTo(4);
          }
        });
  }

  private static void assertCompletePrices(PriceBook prices, List<String> addOns) {
    assertThat(prices.prices(LineCode.SEAT))
        .containsOnlyKeys(TierCatalog.faq().tiers().stream().map(LicenseTier::name).toList());
    assertThat(prices.prices(LineCode.ADD_ON)).containsOnlyKeys(addOns);
    assertThat(prices.price(LineCode.EXCESS_CALL_PORTS, "PORT_HOUR")).isPresent();
    assertThat(prices.prices(LineCode.ONE_TIME)).containsOnlyKeys(SeatlineGenerators.ONE_TIME_SKUS);
    assertThat(prices.prices(LineCode.HARDWARE)).containsOnlyKeys(SeatlineGenerators.HARDWARE_SKUS);
  }

  @Test
  void theDefaultsCoverTheInterestingCases() {
    List<RatingInput> inputs = SeatlineGenerators.samples(G.ratingInputs(), 1, 400);
    List<UserTimeline> users = inputs.stream().flatMap(i -> i.users().stream()).toList();

    assertThat(inputs)
        .extracting(i -> i.organization().licensing())
        .containsOnly(LicensingModel.NAMED, LicensingModel.CONCURRENT);
    assertThat(inputs).extracting(i -> i.organization().status()).contains(AccountStatus.values());
    assertThat(inputs)
        .extracting(i -> i.organization().currency())
        .isSubsetOf(dev.seatline.billing.model.Edition.PURECLOUD_FAQ.currencies())
        .containsAll(dev.seatline.billing.model.Edition.PURECLOUD_FAQ.currencies());
    assertThat(inputs).extracting(i -> i.users().size()).contains(0, 12);
    assertThat(users).anyMatch(u -> u.deletedAt().isPresent());
    assertThat(users)
        .flatExtracting(UserTimeline::sessions)
        .extracting(Session::channel)
        .contains(Channel.values());
    assertThat(users)
        .flatExtracting(UserTimeline::licenses)
        .extracting(LicenseAssignment::tier)
        .containsAll(TierCatalog.faq().tiers());
    assertThat(users)
        .flatExtracting(UserTimeline::onQueue)
        .anyMatch(UsageInterval::isUnboundedEnd)
        .anyMatch(i -> !i.isUnboundedEnd());
    assertThat(users)
        .anyMatch(
            u ->
                u.deletedAt().isPresent()
                    && u.sessions().stream()
                        .anyMatch(s -> s.interval().endsAfter(u.deletedAt().orElseThrow())));
    assertThat(inputs).anyMatch(i -> !i.shipments().isEmpty());
  }

  /** The contact-center tiers that {@code in}'s users hold licences of. */
  private static Set<LicenseTier> contactCenterTiers(RatingInput in) {
    return in.users().stream()
        .flatMap(u -> u.licenses().stream())
        .map(LicenseAssignment::tier)
        .filter(LicenseTier::isContactCenter)
        .collect(Collectors.toSet());
  }

  /** The seeds from 0 to {@code count - 1} whose input {@code engine} rejects, with the error. */
  private static List<String> rejected(SeatlineGenerators g, BillingEngine engine, int count) {
    List<String> out = new ArrayList<>();
    for (long seed = 0; seed < count; seed++) {
      RatingInput input = SeatlineGenerators.sample(g.ratingInputs(), seed);
      try {
        engine.rate(input, g.periodIndex());
      } catch (RuntimeException e) {
        out.add("seed " + seed + " of " + g + ": " + e);
      }
    }
    return out;
  }

  @Test
  void theDefaultEngineRatesEveryInputOfTheDefaults() {
    assertThat(rejected(G, BillingEngine.withDefaults(), 1000)).isEmpty();
  }

  @Test
  void theR14ToR17OptionsMakeWhatTheySayAndTheDefaultEngineRatesThem() {
    SeatlineGenerators g =
        G.edition(dev.seatline.billing.model.Edition.GENESYS_CLOUD)
            .withHourly()
            .withCommitments(5)
            .withMinimumMonthlyAmounts()
            .users(0, 8);
    List<RatingInput> inputs = SeatlineGenerators.samples(g.ratingInputs(), 1, 200);
    assertThat(inputs)
        .extracting(i -> i.organization().licensing())
        .contains(LicensingModel.values());
    assertThat(inputs)
        .extracting(i -> i.organization().edition())
        .containsOnly(dev.seatline.billing.model.Edition.GENESYS_CLOUD);
    assertThat(inputs).extracting(i -> i.organization().currency()).contains(BillingCurrency.ZAR);
    assertThat(inputs)
        .filteredOn(i -> i.organization().licensing() == LicensingModel.HOURLY)
        .allMatch(i -> i.organization().commitments().isEmpty());
    assertThat(inputs).anyMatch(i -> !i.organization().commitments().isEmpty());
    assertThat(inputs).anyMatch(i -> i.organization().minimumMonthlyAmount().isPresent());
    assertThat(inputs)
        .flatExtracting(RatingInput::users)
        .flatExtracting(UserTimeline::licenses)
        .extracting(LicenseAssignment::tier)
        .contains(LicenseTier.CX_1, LicenseTier.CX_4)
        .doesNotContain(LicenseTier.PURECLOUD_1);
    assertThat(rejected(g, BillingEngine.withDefaults(), 200)).isEmpty();
    // Off by default: the defaults make the values they made before these options existed.
    assertThat(SeatlineGenerators.samples(G.ratingInputs(), 1, 200))
        .allMatch(
            i ->
                i.organization().commitments().isEmpty()
                    && i.organization().minimumMonthlyAmount().isEmpty()
                    && i.organization().edition()
                        == dev.seatline.billing.model.Edition.PURECLOUD_FAQ
                    && i.organization().licensing() != LicensingModel.HOURLY);
  }

  @Test
  void theDefaultEngineRatesTheInputsOfOtherConfigurationsThatDoNotMixTiers() {
    for (SeatlineGenerators g :
        List.of(
            G.withCancellations().users(0, 10),
            G.licensing(LicensingModel.CONCURRENT).users(1, 50),
            G.licensing(LicensingModel.NAMED).users(10, 30).periodIndex(7),
            G.granularity(Duration.ofNanos(1)).users(0, 6),
            G.tiers(LicenseTier.PURECLOUD_1, LicenseTier.PURECLOUD_3))) {
      assertThat(rejected(g, BillingEngine.withDefaults(), 300)).as("%s", g).isEmpty();
    }
  }

  @Test
  void eachOrganizationOfTheDefaultsHoldsOneContactCenterTier() {
    List<RatingInput> inputs = SeatlineGenerators.samples(G.ratingInputs(), 0, 1000);

    assertThat(inputs).allSatisfy(in -> assertThat(contactCenterTiers(in)).hasSizeLessThan(2));
    assertThat(inputs)
        .flatExtracting(SeatlineGeneratorsTest::contactCenterTiers)
        .contains(LicenseTier.PURECLOUD_1, LicenseTier.PURECLOUD_2, LicenseTier.PURECLOUD_3);
    assertThat(inputs)
        .flatExtracting(in -> in.users())
        .flatExtracting(UserTimeline::licenses)
        .extracting(LicenseAssignment::tier)
        .contains(LicenseTier.COMMUNICATE);
    assertThat(
            SeatlineGenerators.samples(
                G.tiers(LicenseTier.PURECLOUD_1, LicenseTier.PURECLOUD_3).ratingInputs(), 0, 300))
        .allSatisfy(in -> assertThat(contactCenterTiers(in)).hasSizeLessThan(2))
        .flatExtracting(SeatlineGeneratorsTest::contactCenterTiers)
        .containsOnly(LicenseTier.PURECLOUD_1, LicenseTier.PURECLOUD_3)
        .contains(LicenseTier.PURECLOUD_1, LicenseTier.PURECLOUD_3);
    assertThat(SeatlineGenerators.samples(G.tiers(LicenseTier.COMMUNICATE).ratingInputs(), 0, 100))
        .flatExtracting(in -> in.users())
        .flatExtracting(UserTimeline::licenses)
        .isNotEmpty()
        .allMatch(a -> a.tier().equals(LicenseTier.COMMUNICATE));
  }

  @Test
  void theMixedTiersPresetMakesInputsTheDefaultEngineRejects() {
    SeatlineGenerators mixed = SeatlineGenerators.mixedTiers();
    List<String> rejected = rejected(mixed, BillingEngine.withDefaults(), 1000);

    assertThat(rejected).hasSizeGreaterThan(100);
    assertThat(rejected)
        .allSatisfy(
            e ->
                assertThat(e)
                    .contains(InvalidInputException.class.getName() + ": users: ")
                    .contains("billed contact-center users on more than one tier"));
    BillingEngine highest =
        BillingEngine.of(RatingPolicy.defaults().withMixedTiers(MixedTierPolicy.BILL_AT_HIGHEST));
    assertThat(rejected(mixed, highest, 1000)).isEmpty();
    assertThat(SeatlineGenerators.samples(mixed.ratingInputs(), 0, 100))
        .anyMatch(in -> contactCenterTiers(in).size() == 3);
    assertThat(mixed.toString()).isEqualTo(G.withMixedTiers().toString()).contains("mixed");
    assertThat(SeatlineGenerators.samples(mixed.users(5, 5).ratingInputs(), 3, 20))
        .isEqualTo(SeatlineGenerators.samples(G.users(5, 5).withMixedTiers().ratingInputs(), 3, 20))
        .allMatch(in -> in.users().size() == 5);
  }

  @Test
  void mixedTiersChangesNothingWithAtMostOneContactCenterTier() {
    SeatlineGenerators one = G.tiers(LicenseTier.COMMUNICATE, LicenseTier.PURECLOUD_2);

    assertThat(SeatlineGenerators.samples(one.withMixedTiers().ratingInputs(), 0, 50))
        .isEqualTo(SeatlineGenerators.samples(one.ratingInputs(), 0, 50));
  }

  @Test
  void configurationIsHonoured() {
    Instant from = Instant.parse("2030-06-01T00:00:00Z");
    Instant to = Instant.parse("2030-06-03T00:00:00Z");
    SeatlineGenerators g =
        G.users(3, 5)
            .licensing(LicensingModel.CONCURRENT)
            .timeBounds(from, to)
            .granularity(Duration.ofHours(1))
            .channels(Channel.API, Channel.MOBILE)
            .tiers(LicenseTier.PURECLOUD_2)
            .addOns("CRM")
            .contractDates(LocalDate.of(2030, 5, 20), LocalDate.of(2030, 5, 21))
            .zones(ZoneId.of("Asia/Kolkata"))
            .currencies(BillingCurrency.JPY)
            .portSamples(2, 1);

    PropertyCheck.forAll(
        "configured inputs",
        500,
        g.ratingInputs(),
        in -> {
          Organization org = in.organization();
          assertThat(org.licensing()).isEqualTo(LicensingModel.CONCURRENT);
          assertThat(org.timeZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
          assertThat(org.currency()).isEqualTo(BillingCurrency.JPY);
          assertThat(org.contractEffectiveDate())
              .isBetween(LocalDate.of(2030, 5, 20), LocalDate.of(2030, 5, 21));
          assertThat(in.users()).hasSizeBetween(3, 5);
          assertThat(instants(in))
              .allSatisfy(t -> assertThat(t).isBetween(from, to.plus(Duration.ofHours(1))));
          assertThat(instants(in))
              .allSatisfy(t -> assertThat(Duration.between(from, t).toMinutes() % 60).isZero());
          assertThat(in.users())
              .flatExtracting(UserTimeline::sessions)
              .extracting(Session::channel)
              .allMatch(c -> c == Channel.API || c == Channel.MOBILE);
          assertThat(in.users())
              .flatExtracting(UserTimeline::licenses)
              .extracting(LicenseAssignment::tier)
              .allMatch(t -> t.equals(LicenseTier.PURECLOUD_2));
          assertThat(in.users())
              .flatExtracting(UserTimeline::addOns)
              .allMatch(a -> a.addOn().equals("CRM"));
          assertCompletePrices(in.prices(), List.of("CRM"));
          assertThat(in.callPorts()).hasSizeLessThanOrEqualTo(2);
          assertThat(in.callPorts()).allMatch(p -> p.concurrentCalls() <= 1);
        });
  }

  @Test
  void thePeriodIndexPlacesTheActivity() {
    SeatlineGenerators g = G.periodIndex(7).users(1, 3);

    assertThat(g.periodIndex()).isEqualTo(7);
    PropertyCheck.forAll(
        "activity around period 7",
        500,
        g.ratingInputs(),
        in -> {
          BillingPeriod p = in.organization().calendar().period(7);
          assertThat(instants(in))
              .allSatisfy(
                  t ->
                      assertThat(t)
                          .isBetween(
                              p.start().minus(Duration.ofDays(1)),
                              p.end().plus(Duration.ofDays(1)).plus(Duration.ofMinutes(1))));
        });
  }

  @Test
  void nanosecondGranularityMakesNanosecondInstants() {
    List<RatingInput> inputs =
        SeatlineGenerators.samples(
            G.granularity(Duration.ofNanos(1)).users(5, 5).ratingInputs(), 0, 20);

    assertThat(inputs.stream().flatMap(i -> instants(i).stream()))
        .anyMatch(t -> !t.truncatedTo(java.time.temporal.ChronoUnit.MICROS).equals(t));
  }

  @Test
  void cancellationsFallInThePeriod() {
    SeatlineGenerators g = G.withCancellations().periodIndex(2);
    List<Organization> orgs = SeatlineGenerators.samples(g.organizations(), 0, 300);

    assertThat(orgs).anyMatch(o -> o.cancelledAt().isPresent());
    assertThat(orgs).anyMatch(o -> o.cancelledAt().isEmpty());
    for (Organization o : orgs) {
      BillingPeriod p = o.calendar().period(2);
      o.cancelledAt().ifPresent(x -> assertThat(x).isAfter(p.start()).isBeforeOrEqualTo(p.end()));
    }
  }

  @Test
  void concurrentOrganizationsBuyNoAddOnsWithoutSeats() {
    PropertyCheck.forAll(
        "no add-on licences without seats",
        2000,
        G.licensing(LicensingModel.CONCURRENT).organizations(),
        o -> {
          if (o.concurrentSeatsPurchased() == 0) {
            assertThat(o.addOnLicensesPurchased().values()).allMatch(v -> v == 0);
          }
        });
  }

  @Test
  void theStandaloneGeneratorsUseTheDefaultBounds() {
    Instant lo = SeatlineGenerators.DEFAULT_FROM;
    Instant hi = SeatlineGenerators.DEFAULT_TO.plus(Duration.ofMinutes(1));
    PropertyCheck.forAll(
        "standalone generators",
        1000,
        r ->
            List.of(
                G.userTimelines().next(r),
                G.portSamples().next(r),
                G.ordersAndShipments().next(r),
                G.priceBooks().next(r),
                G.priceBooks(BillingCurrency.GBP).next(r)),
        v -> {
          UserTimeline u = (UserTimeline) v.get(0);
          assertThat(u.id()).isEqualTo("u0");
          assertThat(u.sessions())
              .allSatisfy(s -> assertThat(s.interval().start()).isBetween(lo, hi));
          @SuppressWarnings("unchecked")
          List<PortSample> samples = (List<PortSample>) v.get(1);
          assertThat(samples).allSatisfy(s -> assertThat(s.at()).isBetween(lo, hi));
          assertThat(
                  samples.stream()
                      .collect(Collectors.groupingBy(PortSample::at, Collectors.toSet()))
                      .values())
              .allMatch(sameInstant -> sameInstant.size() == 1);
          SeatlineGenerators.OrdersAndShipments purchases =
              (SeatlineGenerators.OrdersAndShipments) v.get(2);
          Set<String> orderIds =
              purchases.orders().stream().map(Order::id).collect(Collectors.toSet());
          assertThat(purchases.shipments())
              .extracting(Shipment::orderId)
              .allMatch(orderIds::contains);
          assertThat(purchases.shipments()).extracting(Shipment::id).doesNotHaveDuplicates();
          assertThat(((PriceBook) v.get(4)).currency()).isEqualTo(BillingCurrency.GBP);
        });
  }

  @Test
  void usageIsOptionalAndLeavesTheDefaultsUnchanged() {
    List<RatingInput> defaults = SeatlineGenerators.samples(G.ratingInputs(), 3, 20);
    List<RatingInput> off = SeatlineGenerators.samples(G.usage(5).usage(0).ratingInputs(), 3, 20);
    List<RatingInput> on = SeatlineGenerators.samples(G.usage(30).ratingInputs(), 3, 200);

    assertThat(off).isEqualTo(defaults);
    assertThat(defaults)
        .allSatisfy(
            in -> {
              assertThat(in.prices().meters()).isEmpty();
              assertThat(in.usageRecords()).isEmpty();
            });
    assertThat(on)
        .allSatisfy(
            in -> {
              assertThat(in.prices().meters()).containsOnlyKeys(SeatlineGenerators.METERS);
              assertThat(in.usageRecords()).hasSizeLessThanOrEqualTo(30);
              BillingEngine.withDefaults().rate(in, G.periodIndex());
            });
    assertThat(on).anySatisfy(in -> assertThat(in.usageRecords()).hasSizeGreaterThan(20));
    assertThat(on)
        .anySatisfy(
            in ->
                assertThat(
                        BillingEngine.withDefaults()
                            .rate(in, 0)
                            .line(LineCode.USAGE, "VOICE_MINUTES"))
                    .isPresent());
    assertThat(SeatlineGenerators.sample(G.usage(10).usageRecords(), 1))
        .allSatisfy(
            u ->
                assertThat(u.at())
                    .isBetween(SeatlineGenerators.DEFAULT_FROM, SeatlineGenerators.DEFAULT_TO));
    assertThatThrownBy(() -> G.usage(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSameSeedGivesTheSameValue() {
    SeatlineGenerators g = G.withCancellations();

    assertThat(SeatlineGenerators.sample(g.ratingInputs(), 42))
        .isEqualTo(SeatlineGenerators.sample(g.ratingInputs(), 42));
    assertThat(SeatlineGenerators.samples(g.ratingInputs(), 7, 5))
        .isEqualTo(SeatlineGenerators.samples(g.ratingInputs(), 7, 5))
        .doesNotHaveDuplicates();
    assertThat(SeatlineGenerators.samples(g.ratingInputs(), 7, 5).get(1))
        .isEqualTo(SeatlineGenerators.sample(g.ratingInputs(), 8));
  }

  @Test
  void theConfigurationIsImmutable() {
    SeatlineGenerators base = SeatlineGenerators.defaults();
    SeatlineGenerators changed = base.users(4, 4);

    assertThat(SeatlineGenerators.sample(base.users(0, 0).ratingInputs(), 1).users()).isEmpty();
    assertThat(SeatlineGenerators.sample(changed.ratingInputs(), 1).users()).hasSize(4);
    assertThat(base.toString())
        .contains("users 0..12")
        .contains("licensing any")
        .contains("one contact-center tier per organization");
    assertThat(changed.toString()).contains("users 4..4");
  }

  @Test
  void invalidConfigurationIsRejected() {
    assertThatThrownBy(() -> G.users(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> G.users(4, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> G.periodIndex(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> G.periodIndex(601)).isInstanceOf(IllegalArgumentException.class);
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    assertThatThrownBy(() -> G.timeBounds(t, t)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> G.granularity(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> G.channels()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> G.tiers()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> G.zones()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> G.currencies()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> G.portSamples(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> G.portSamples(1, 1_000_000_001L))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> G.orders(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> G.contractDates(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            SeatlineGenerators.sample(G.addOns().ratingInputs(), 3)
                .prices()
                .prices(LineCode.ADD_ON))
        .isEmpty();
  }
}
