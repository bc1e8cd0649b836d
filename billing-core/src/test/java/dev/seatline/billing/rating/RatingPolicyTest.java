package dev.seatline.billing.rating;

import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.rating.RatingPolicy.MixedTierPolicy;
import dev.seatline.billing.rating.RatingPolicy.PeakMeasure;
import dev.seatline.billing.rating.RatingPolicy.PortMeasure;
import java.math.RoundingMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RatingPolicyTest {
  private static final RatingPolicy D = RatingPolicy.defaults();

  @Test
  void theDefaultsOfTheRules() {
    assertThat(D.namedMinimumAssignment()).isEqualTo(Duration.ofHours(4));
    assertThat(D.concurrentMinimumAssignment()).isEqualTo(Duration.ofHours(4));
    assertThat(D.mixedTiers()).isEqualTo(MixedTierPolicy.REJECT);
    assertThat(D.peakMeasure()).isEqualTo(PeakMeasure.CONTIGUOUS_WINDOW);
    assertThat(D.peakWindow()).isEqualTo(Duration.ofMinutes(30));
    assertThat(D.addOnSeatRounding()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(D.portMeasure()).isEqualTo(PortMeasure.INTEGRAL);
    assertThat(D.moneyRounding()).isEqualTo(RoundingMode.HALF_UP);
  }

  @Test
  void eachWitherChangesOnlyItsPart() {
    assertThat(D.withNamedMinimumAssignment(Duration.ofHours(1)))
        .isEqualTo(
            new RatingPolicy(
                Duration.ofHours(1),
                Duration.ofHours(4),
                MixedTierPolicy.REJECT,
                PeakMeasure.CONTIGUOUS_WINDOW,
                Duration.ofMinutes(30),
                RoundingMode.HALF_UP,
                PortMeasure.INTEGRAL,
                RoundingMode.HALF_UP));
    assertThat(D.withConcurrentMinimumAssignment(Duration.ofMinutes(5)))
        .isEqualTo(
            new RatingPolicy(
                Duration.ofHours(4),
                Duration.ofMinutes(5),
                MixedTierPolicy.REJECT,
                PeakMeasure.CONTIGUOUS_WINDOW,
                Duration.ofMinutes(30),
                RoundingMode.HALF_UP,
                PortMeasure.INTEGRAL,
                RoundingMode.HALF_UP));
    assertThat(D.withMixedTiers(MixedTierPolicy.BILL_AT_HIGHEST))
        .isEqualTo(
            new RatingPolicy(
                Duration.ofHours(4),
                Duration.ofHours(4),
                MixedTierPolicy.BILL_AT_HIGHEST,
                PeakMeasure.CONTIGUOUS_WINDOW,
                Duration.ofMinutes(30),
                RoundingMode.HALF_UP,
                PortMeasure.INTEGRAL,
                RoundingMode.HALF_UP));
    assertThat(D.withPeakMeasure(PeakMeasure.ACCUMULATED_TIME))
        .isEqualTo(
            new RatingPolicy(
                Duration.ofHours(4),
                Duration.ofHours(4),
                MixedTierPolicy.REJECT,
                PeakMeasure.ACCUMULATED_TIME,
                Duration.ofMinutes(30),
                RoundingMode.HALF_UP,
                PortMeasure.INTEGRAL,
                RoundingMode.HALF_UP));
    assertThat(D.withPeakWindow(Duration.ofMinutes(15)))
        .isEqualTo(
            new RatingPolicy(
                Duration.ofHours(4),
                Duration.ofHours(4),
                MixedTierPolicy.REJECT,
                PeakMeasure.CONTIGUOUS_WINDOW,
                Duration.ofMinutes(15),
                RoundingMode.HALF_UP,
                PortMeasure.INTEGRAL,
                RoundingMode.HALF_UP));
    assertThat(D.withAddOnSeatRounding(RoundingMode.CEILING))
        .isEqualTo(
            new RatingPolicy(
                Duration.ofHours(4),
                Duration.ofHours(4),
                MixedTierPolicy.REJECT,
                PeakMeasure.CONTIGUOUS_WINDOW,
                Duration.ofMinutes(30),
                RoundingMode.CEILING,
                PortMeasure.INTEGRAL,
                RoundingMode.HALF_UP));
    assertThat(D.withPortMeasure(PortMeasure.HOURLY_PEAK))
        .isEqualTo(
            new RatingPolicy(
                Duration.ofHours(4),
                Duration.ofHours(4),
                MixedTierPolicy.REJECT,
                PeakMeasure.CONTIGUOUS_WINDOW,
                Duration.ofMinutes(30),
                RoundingMode.HALF_UP,
                PortMeasure.HOURLY_PEAK,
                RoundingMode.HALF_UP));
    assertThat(D.withMoneyRounding(RoundingMode.HALF_EVEN))
        .isEqualTo(
            new RatingPolicy(
                Duration.ofHours(4),
                Duration.ofHours(4),
                MixedTierPolicy.REJECT,
                PeakMeasure.CONTIGUOUS_WINDOW,
                Duration.ofMinutes(30),
                RoundingMode.HALF_UP,
                PortMeasure.INTEGRAL,
                RoundingMode.HALF_EVEN));
  }

  @Test
  void durationsMustBePositiveAndMinimumsNotNegative() {
    // A minimum of 0 is GENESYS_CLOUD's: any positive assignment time qualifies (R17).
    assertThat(D.withNamedMinimumAssignment(Duration.ZERO).namedMinimumAssignment()).isZero();
    assertThatThrownBy(() -> D.withNamedMinimumAssignment(Duration.ofNanos(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("namedMinimumAssignment must not be negative, was PT-0.000000001S");
    assertThatThrownBy(() -> D.withConcurrentMinimumAssignment(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("concurrentMinimumAssignment must not be negative, was PT-1S");
    assertThatThrownBy(() -> D.withHourlySeatEquivalent(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hourlySeatEquivalent must be positive, was PT0S");
    assertThatThrownBy(() -> D.withPeakWindow(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("peakWindow must be positive, was PT0S");
    assertThat(D.withPeakWindow(Duration.ofNanos(1)).peakWindow()).isEqualTo(Duration.ofNanos(1));
  }

  @Test
  void roundingModesMustRound() {
    assertThatThrownBy(() -> D.withMoneyRounding(RoundingMode.UNNECESSARY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("moneyRounding must round, was UNNECESSARY");
    assertThatThrownBy(() -> D.withAddOnSeatRounding(RoundingMode.UNNECESSARY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("addOnSeatRounding must round, was UNNECESSARY");
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentsAreRejected() {
    assertNullRejected("namedMinimumAssignment", () -> D.withNamedMinimumAssignment(null));
    assertNullRejected(
        "concurrentMinimumAssignment", () -> D.withConcurrentMinimumAssignment(null));
    assertNullRejected("mixedTiers", () -> D.withMixedTiers(null));
    assertNullRejected("peakMeasure", () -> D.withPeakMeasure(null));
    assertNullRejected("peakWindow", () -> D.withPeakWindow(null));
    assertNullRejected("addOnSeatRounding", () -> D.withAddOnSeatRounding(null));
    assertNullRejected("portMeasure", () -> D.withPortMeasure(null));
    assertNullRejected("moneyRounding", () -> D.withMoneyRounding(null));
  }
}
