package dev.seatline.billing.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.model.ColumnarTimeline;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PortSample;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.TierCatalog;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.rating.RatingPolicy.MixedTierPolicy;
import dev.seatline.billing.rating.RatingPolicy.PeakMeasure;
import dev.seatline.billing.rating.RatingPolicy.PortMeasure;
import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import dev.seatline.billing.testing.SeatlineGenerators;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The columnar path (a {@link RatingInput} given {@link RatingInput.Builder#columns}) rates exactly
 * like the value-model path, on the seat generators, for every policy variant.
 */
class ColumnarRatingTest {

  /** A small organization, port samples, a licensing model, a policy and an optional as-of. */
  record Case(
      SeatFixtures.Small org,
      List<PortSample> samples,
      LicensingModel model,
      RatingPolicy policy,
      Optional<Instant> asOf) {}

  private static final Gen<Case> CASES =
      r -> {
        SeatFixtures.Small org = SeatFixtures.smallOrgs(6, TierCatalog.faq().tiers()).next(r);
        List<PortSample> samples = new ArrayList<>();
        Map<Instant, Long> counts = new HashMap<>();
        for (int i = r.nextInt(10); i > 0; i--) {
          Instant at = SeatFixtures.grid(-4 + r.nextInt(50)).plusNanos(r.nextInt(3));
          samples.add(new PortSample(at, counts.computeIfAbsent(at, k -> (long) r.nextInt(9))));
        }
        RatingPolicy policy =
            RatingPolicy.defaults()
                .withPeakMeasure(
                    r.nextBoolean() ? PeakMeasure.CONTIGUOUS_WINDOW : PeakMeasure.ACCUMULATED_TIME)
                .withPortMeasure(r.nextBoolean() ? PortMeasure.INTEGRAL : PortMeasure.HOURLY_PEAK)
                .withMixedTiers(
                    r.nextBoolean() ? MixedTierPolicy.REJECT : MixedTierPolicy.BILL_AT_HIGHEST)
                .withPeakWindow(Duration.ofMinutes(15L * (1 + r.nextInt(3))));
        Optional<Instant> asOf =
            r.nextInt(3) == 0
                ? Optional.of(SeatFixtures.grid(1 + r.nextInt(40)))
                : Optional.empty();
        return new Case(
            org,
            samples,
            r.nextBoolean() ? LicensingModel.NAMED : LicensingModel.CONCURRENT,
            policy,
            asOf);
      };

  private static PriceBook prices() {
    PriceBook p = SeatFixtures.prices();
    return PriceBook.builder(p.currency())
        .seat(LicenseTier.COMMUNICATE, p.require(LineCode.SEAT, "COMMUNICATE", "seats are billed"))
        .seat(LicenseTier.PURECLOUD_1, p.require(LineCode.SEAT, "PURECLOUD_1", "seats are billed"))
        .seat(LicenseTier.PURECLOUD_2, p.require(LineCode.SEAT, "PURECLOUD_2", "seats are billed"))
        .seat(LicenseTier.PURECLOUD_3, p.require(LineCode.SEAT, "PURECLOUD_3", "seats are billed"))
        .addOn("A", new BigDecimal("1.00"))
        .addOn("B", new BigDecimal("2.00"))
        .excessPortHour(new BigDecimal("0.0125"))
        .build();
  }

  private static Object rate(RatingInput input, Case c) {
    try {
      return BillingEngine.of(c.policy()).rate(input, 0, c.asOf());
    } catch (InvalidInputException e) {
      return "error " + e.path() + ": " + e.problem();
    }
  }

  @Test
  void columnarInputRatesLikeTheValueModel() {
    PropertyCheck.forAll(
        "rating columns equals rating the same users and samples as value objects",
        1500,
        CASES,
        c -> {
          Organization.Builder o = SeatFixtures.org(c.model());
          if (c.model() == LicensingModel.CONCURRENT) {
            o.concurrentSeatsPurchased(7).addOnLicensesPurchased("A", 3);
          }
          Organization organization = o.build();
          RatingInput values =
              RatingInput.builder(organization, prices())
                  .users(c.org().users())
                  .callPorts(c.samples())
                  .build();
          ColumnarTimeline.Builder b = ColumnarTimeline.builder();
          c.org().users().forEach(b::user);
          c.samples().forEach(s -> b.callPort(s.at(), s.concurrentCalls()));
          RatingInput columns =
              RatingInput.builder(organization, prices()).columns(b.build()).build();
          assertThat(columns.users()).hasSameSizeAs(values.users());
          assertThat(rate(columns, c)).isEqualTo(rate(values, c));
        });
  }

  /** A whole input of the shipped generators and a policy. */
  record Whole(RatingInput input, RatingPolicy policy) {}

  private static Gen<Whole> wholeInputs(SeatlineGenerators g) {
    Gen<RatingInput> inputs = g.ratingInputs();
    return r ->
        new Whole(
            inputs.next(r),
            RatingPolicy.defaults()
                .withPeakMeasure(
                    r.nextBoolean() ? PeakMeasure.CONTIGUOUS_WINDOW : PeakMeasure.ACCUMULATED_TIME)
                .withPortMeasure(r.nextBoolean() ? PortMeasure.INTEGRAL : PortMeasure.HOURLY_PEAK)
                .withMixedTiers(
                    r.nextBoolean() ? MixedTierPolicy.REJECT : MixedTierPolicy.BILL_AT_HIGHEST));
  }

  /** The same input with its users and port samples given as columns. */
  private static RatingInput columnar(RatingInput input) {
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    input.users().forEach(b::user);
    input.callPorts().forEach(s -> b.callPort(s.at(), s.concurrentCalls()));
    return RatingInput.builder(input.organization(), input.prices())
        .columns(b.build())
        .orders(input.orders())
        .shipments(input.shipments())
        .build();
  }

  private static Object rate(RatingInput input, RatingPolicy policy) {
    try {
      return BillingEngine.of(policy).rate(input, 0);
    } catch (InvalidInputException e) {
      return "error " + e.path() + ": " + e.problem();
    }
  }

  @Test
  void shippedGeneratorInputsRateAlikeAsColumns() {
    for (SeatlineGenerators g :
        List.of(
            // mixed tiers: the mixing rule's error and BILL_AT_HIGHEST on both paths (R4)
            SeatlineGenerators.mixedTiers().users(0, 10).withCancellations(),
            SeatlineGenerators.defaults().users(0, 6).granularity(Duration.ofNanos(1)))) {
      AtomicInteger rated = new AtomicInteger();
      PropertyCheck.forAll(
          "rating a generated input as columns equals rating it as value objects",
          500,
          wholeInputs(g),
          w -> {
            Object values = rate(w.input(), w.policy());
            assertThat(rate(columnar(w.input()), w.policy())).isEqualTo(values);
            if (!(values instanceof String)) {
              rated.incrementAndGet();
            }
          });
      assertThat(rated.get())
          .as("inputs rated without an error")
          .isGreaterThan(PropertyCheck.scaled(500) / 5);
    }
  }

  @Test
  void usersAreGivenOneWayOnly() {
    Organization organization = SeatFixtures.org(LicensingModel.NAMED).build();
    RatingInput.Builder b =
        RatingInput.builder(organization, prices())
            .user(UserTimeline.builder("u").build())
            .columns(ColumnarTimeline.builder().build());
    org.assertj.core.api.Assertions.assertThatThrownBy(b::build)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("users: users and call ports are given either");
    RatingInput columns =
        RatingInput.builder(organization, prices())
            .columns(ColumnarTimeline.builder().build())
            .build();
    assertThat(columns.timeline()).isEqualTo(ColumnarTimeline.empty());
    assertThat(columns.toBuilder().build()).isEqualTo(columns);
    assertThat(columns.toBuilder().clearData().build().users()).isEmpty();
  }
}
