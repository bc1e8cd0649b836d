package dev.seatline.billing.rating;

import static java.util.Objects.requireNonNull;

import java.math.RoundingMode;
import java.time.Duration;

/**
 * Every threshold and policy the rules mark configurable (<a
 * href="{@docRoot}/index.html#R3">R3</a>-<a href="{@docRoot}/index.html#R7">R7</a>, <a
 * href="{@docRoot}/index.html#R10">R10</a>), with the documented defaults of {@link #defaults()}:
 *
 * <ul>
 *   <li>{@code namedMinimumAssignment} 4 h: a tier qualifies a named user when held at least this
 *       long in the rated window (R3); exactly 4 h qualifies. Also the add-on minimum (<a
 *       href="{@docRoot}/index.html#R6">R6</a>).
 *   <li>{@code concurrentMinimumAssignment} 4 h: a contact-center tier held this long makes a user
 *       of a CONCURRENT organization a concurrent user, and is their billed tier (<a
 *       href="{@docRoot}/index.html#R4">R4</a>, <a href="{@docRoot}/index.html#R5">R5</a>).
 *   <li>{@code mixedTiers} {@link MixedTierPolicy#REJECT} (R4).
 *   <li>{@code peakMeasure} {@link PeakMeasure#CONTIGUOUS_WINDOW}, {@code peakWindow} 30 min (R5);
 *       a window of exactly 30 minutes counts.
 *   <li>{@code addOnSeatRounding} HALF_UP: rounding of concurrent add-on seats to a whole seat
 *       (R6).
 *   <li>{@code portMeasure} {@link PortMeasure#INTEGRAL} (R7).
 *   <li>{@code moneyRounding} HALF_UP: the one rounding of each line amount (R10).
 * </ul>
 *
 * <p>Immutable and thread-safe. Example: {@code RatingPolicy.defaults().withPeakMeasure(
 * PeakMeasure.ACCUMULATED_TIME)}.
 *
 * @param namedMinimumAssignment minimum time a tier or add-on is held by a named user, positive
 * @param concurrentMinimumAssignment minimum time a contact-center tier is held by a concurrent
 *     user
 * @param mixedTiers what to do when billed contact-center users land on several tiers
 * @param peakMeasure how the sustained peak is measured
 * @param peakWindow the shortest peak that counts, positive
 * @param addOnSeatRounding rounding of concurrent add-on seats
 * @param portMeasure how excess call usage is measured
 * @param moneyRounding rounding of each line amount to the currency's minor unit
 */
public record RatingPolicy(
    Duration namedMinimumAssignment,
    Duration concurrentMinimumAssignment,
    MixedTierPolicy mixedTiers,
    PeakMeasure peakMeasure,
    Duration peakWindow,
    RoundingMode addOnSeatRounding,
    PortMeasure portMeasure,
    RoundingMode moneyRounding) {

  /**
   * Validates every part: durations positive, rounding modes other than UNNECESSARY.
   *
   * @param namedMinimumAssignment minimum time a tier or add-on is held by a named user, positive
   * @param concurrentMinimumAssignment minimum time a contact-center tier is held by a concurrent
   *     user
   * @param mixedTiers what to do when billed contact-center users land on several tiers
   * @param peakMeasure how the sustained peak is measured
   * @param peakWindow the shortest peak that counts, positive
   * @param addOnSeatRounding rounding of concurrent add-on seats
   * @param portMeasure how excess call usage is measured
   * @param moneyRounding rounding of each line amount to the currency's minor unit
   */
  public RatingPolicy {
    positive("namedMinimumAssignment", namedMinimumAssignment);
    positive("concurrentMinimumAssignment", concurrentMinimumAssignment);
    requireNonNull(mixedTiers, "mixedTiers");
    requireNonNull(peakMeasure, "peakMeasure");
    positive("peakWindow", peakWindow);
    rounding("addOnSeatRounding", addOnSeatRounding);
    requireNonNull(portMeasure, "portMeasure");
    rounding("moneyRounding", moneyRounding);
  }

  /** {@return the defaults of RULES.md} */
  public static RatingPolicy defaults() {
    return new RatingPolicy(
        Duration.ofHours(4),
        Duration.ofHours(4),
        MixedTierPolicy.REJECT,
        PeakMeasure.CONTIGUOUS_WINDOW,
        Duration.ofMinutes(30),
        RoundingMode.HALF_UP,
        PortMeasure.INTEGRAL,
        RoundingMode.HALF_UP);
  }

  /**
   * {@return a copy with another named minimum assignment time}
   *
   * @param value the minimum assignment time of named users, positive
   */
  public RatingPolicy withNamedMinimumAssignment(Duration value) {
    return new RatingPolicy(
        value,
        concurrentMinimumAssignment,
        mixedTiers,
        peakMeasure,
        peakWindow,
        addOnSeatRounding,
        portMeasure,
        moneyRounding);
  }

  /**
   * {@return a copy with another concurrent minimum assignment time}
   *
   * @param value the minimum assignment time of concurrent users, positive
   */
  public RatingPolicy withConcurrentMinimumAssignment(Duration value) {
    return new RatingPolicy(
        namedMinimumAssignment,
        value,
        mixedTiers,
        peakMeasure,
        peakWindow,
        addOnSeatRounding,
        portMeasure,
        moneyRounding);
  }

  /**
   * {@return a copy with another mixed-tier policy}
   *
   * @param value what to do with users billed on several contact-center tiers
   */
  public RatingPolicy withMixedTiers(MixedTierPolicy value) {
    return new RatingPolicy(
        namedMinimumAssignment,
        concurrentMinimumAssignment,
        value,
        peakMeasure,
        peakWindow,
        addOnSeatRounding,
        portMeasure,
        moneyRounding);
  }

  /**
   * {@return a copy with another peak measure}
   *
   * @param value how the sustained peak is measured
   */
  public RatingPolicy withPeakMeasure(PeakMeasure value) {
    return new RatingPolicy(
        namedMinimumAssignment,
        concurrentMinimumAssignment,
        mixedTiers,
        value,
        peakWindow,
        addOnSeatRounding,
        portMeasure,
        moneyRounding);
  }

  /**
   * {@return a copy with another peak window}
   *
   * @param value the length a peak must be sustained, positive
   */
  public RatingPolicy withPeakWindow(Duration value) {
    return new RatingPolicy(
        namedMinimumAssignment,
        concurrentMinimumAssignment,
        mixedTiers,
        peakMeasure,
        value,
        addOnSeatRounding,
        portMeasure,
        moneyRounding);
  }

  /**
   * {@return a copy with another add-on seat rounding}
   *
   * @param value how add-on seats are rounded, not UNNECESSARY
   */
  public RatingPolicy withAddOnSeatRounding(RoundingMode value) {
    return new RatingPolicy(
        namedMinimumAssignment,
        concurrentMinimumAssignment,
        mixedTiers,
        peakMeasure,
        peakWindow,
        value,
        portMeasure,
        moneyRounding);
  }

  /**
   * {@return a copy with another port measure}
   *
   * @param value how excess call usage is measured
   */
  public RatingPolicy withPortMeasure(PortMeasure value) {
    return new RatingPolicy(
        namedMinimumAssignment,
        concurrentMinimumAssignment,
        mixedTiers,
        peakMeasure,
        peakWindow,
        addOnSeatRounding,
        value,
        moneyRounding);
  }

  /**
   * {@return a copy with another money rounding}
   *
   * @param value how line amounts are rounded, not UNNECESSARY
   */
  public RatingPolicy withMoneyRounding(RoundingMode value) {
    return new RatingPolicy(
        namedMinimumAssignment,
        concurrentMinimumAssignment,
        mixedTiers,
        peakMeasure,
        peakWindow,
        addOnSeatRounding,
        portMeasure,
        value);
  }

  private static void positive(String name, Duration d) {
    requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
  }

  private static void rounding(String name, RoundingMode mode) {
    requireNonNull(mode, name);
    if (mode == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException(name + " must round, was UNNECESSARY");
    }
  }

  /**
   * What to do when billed contact-center users land on more than one tier (<a
   * href="{@docRoot}/index.html#R4">R4</a>).
   */
  public enum MixedTierPolicy {
    /** Invalid input at {@code users}, naming each tier and how many users it has. */
    REJECT,
    /** Bill every contact-center user at the highest of those tiers. */
    BILL_AT_HIGHEST
  }

  /**
   * How the sustained peak of concurrent users is measured (<a
   * href="{@docRoot}/index.html#R5">R5</a>).
   */
  public enum PeakMeasure {
    /** The largest N held throughout one window of the peak-window length. */
    CONTIGUOUS_WINDOW,
    /** The vendor's method: the largest N held for the peak-window length in total. */
    ACCUMULATED_TIME
  }

  /** How excess call usage is measured (<a href="{@docRoot}/index.html#R7">R7</a>). */
  public enum PortMeasure {
    /** The exact integral of the excess ports over the rated window, in port-seconds. */
    INTEGRAL,
    /** For each clock hour of the billing zone, the peak excess ports in it times one hour. */
    HOURLY_PEAK
  }
}
