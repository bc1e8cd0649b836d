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
 *   <li>{@code peakBasis} {@link PeakBasis#ON_QUEUE}: what the concurrent peak counts (R5, <a
 *       href="{@docRoot}/index.html#R17">R17</a>).
 *   <li>{@code hourlySeatEquivalent} 111 h: the user-hours of one seat-equivalent of HOURLY
 *       licensing, for included ports and allowances (<a href="{@docRoot}/index.html#R15">R15</a>).
 * </ul>
 *
 * <p>{@link #defaults(dev.seatline.billing.model.Edition)} gives the defaults of an edition (R17);
 * each stays configurable with its {@code with...} method.
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
 * @param peakBasis what the concurrent peak counts
 * @param hourlySeatEquivalent user-hours of one seat-equivalent of HOURLY licensing, positive
 */
public record RatingPolicy(
    Duration namedMinimumAssignment,
    Duration concurrentMinimumAssignment,
    MixedTierPolicy mixedTiers,
    PeakMeasure peakMeasure,
    Duration peakWindow,
    RoundingMode addOnSeatRounding,
    PortMeasure portMeasure,
    RoundingMode moneyRounding,
    PeakBasis peakBasis,
    Duration hourlySeatEquivalent) {

  /** The default seat-equivalent of HOURLY licensing: 111 user-hours (R15). */
  public static final Duration DEFAULT_HOURLY_SEAT_EQUIVALENT = Duration.ofHours(111);

  /**
   * Validates every part: minimum assignment times not negative (0: any positive time qualifies),
   * the other durations positive, rounding modes other than UNNECESSARY.
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
   * @param peakBasis what the concurrent peak counts
   * @param hourlySeatEquivalent user-hours of one seat-equivalent of HOURLY licensing, positive
   */
  public RatingPolicy {
    notNegative("namedMinimumAssignment", namedMinimumAssignment);
    notNegative("concurrentMinimumAssignment", concurrentMinimumAssignment);
    requireNonNull(mixedTiers, "mixedTiers");
    requireNonNull(peakMeasure, "peakMeasure");
    positive("peakWindow", peakWindow);
    rounding("addOnSeatRounding", addOnSeatRounding);
    requireNonNull(portMeasure, "portMeasure");
    rounding("moneyRounding", moneyRounding);
    requireNonNull(peakBasis, "peakBasis");
    positive("hourlySeatEquivalent", hourlySeatEquivalent);
  }

  /**
   * A policy with the defaults of the FAQ's rules and the given parts; the parts of later rules
   * (R15, R17) take their PURECLOUD_FAQ defaults.
   *
   * @param namedMinimumAssignment minimum time a tier or add-on is held by a named user
   * @param concurrentMinimumAssignment minimum time a contact-center tier is held by a concurrent
   *     user
   * @param mixedTiers what to do when billed contact-center users land on several tiers
   * @param peakMeasure how the sustained peak is measured
   * @param peakWindow the shortest peak that counts, positive
   * @param addOnSeatRounding rounding of concurrent add-on seats
   * @param portMeasure how excess call usage is measured
   * @param moneyRounding rounding of each line amount to the currency's minor unit
   */
  public RatingPolicy(
      Duration namedMinimumAssignment,
      Duration concurrentMinimumAssignment,
      MixedTierPolicy mixedTiers,
      PeakMeasure peakMeasure,
      Duration peakWindow,
      RoundingMode addOnSeatRounding,
      PortMeasure portMeasure,
      RoundingMode moneyRounding) {
    this(
        namedMinimumAssignment,
        concurrentMinimumAssignment,
        mixedTiers,
        peakMeasure,
        peakWindow,
        addOnSeatRounding,
        portMeasure,
        moneyRounding,
        PeakBasis.ON_QUEUE,
        DEFAULT_HOURLY_SEAT_EQUIVALENT);
  }

  /** {@return the defaults of RULES.md, those of the PURECLOUD_FAQ edition} */
  public static RatingPolicy defaults() {
    return new RatingPolicy(
        Duration.ofHours(4),
        Duration.ofHours(4),
        MixedTierPolicy.REJECT,
        PeakMeasure.CONTIGUOUS_WINDOW,
        Duration.ofMinutes(30),
        RoundingMode.HALF_UP,
        PortMeasure.INTEGRAL,
        RoundingMode.HALF_UP,
        PeakBasis.ON_QUEUE,
        DEFAULT_HOURLY_SEAT_EQUIVALENT);
  }

  /**
   * {@return the defaults of {@code edition} (<a href="{@docRoot}/index.html#R17">R17</a>)}
   * PURECLOUD_FAQ: {@link #defaults()}. GENESYS_CLOUD: the same, but a minimum assignment time of 0
   * for named and concurrent users (any positive assignment time qualifies), the peak counted over
   * logged-in time ({@link PeakBasis#LOGGED_IN}) with the accumulated measure ({@link
   * PeakMeasure#ACCUMULATED_TIME}).
   *
   * @param edition the edition
   */
  public static RatingPolicy defaults(dev.seatline.billing.model.Edition edition) {
    requireNonNull(edition, "edition");
    return switch (edition) {
      case PURECLOUD_FAQ -> defaults();
      case GENESYS_CLOUD ->
          defaults()
              .withNamedMinimumAssignment(Duration.ZERO)
              .withConcurrentMinimumAssignment(Duration.ZERO)
              .withPeakMeasure(PeakMeasure.ACCUMULATED_TIME)
              .withPeakBasis(PeakBasis.LOGGED_IN);
    };
  }

  /**
   * {@return a copy with another named minimum assignment time}
   *
   * @param value the minimum assignment time of named users, not negative
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
        moneyRounding,
        peakBasis,
        hourlySeatEquivalent);
  }

  /**
   * {@return a copy with another concurrent minimum assignment time}
   *
   * @param value the minimum assignment time of concurrent users, not negative
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
        moneyRounding,
        peakBasis,
        hourlySeatEquivalent);
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
        moneyRounding,
        peakBasis,
        hourlySeatEquivalent);
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
        moneyRounding,
        peakBasis,
        hourlySeatEquivalent);
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
        moneyRounding,
        peakBasis,
        hourlySeatEquivalent);
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
        moneyRounding,
        peakBasis,
        hourlySeatEquivalent);
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
        moneyRounding,
        peakBasis,
        hourlySeatEquivalent);
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
        value,
        peakBasis,
        hourlySeatEquivalent);
  }

  /**
   * {@return a copy that counts the concurrent peak over another basis (R5, R17)}
   *
   * @param value what a concurrent user is counted through
   */
  public RatingPolicy withPeakBasis(PeakBasis value) {
    return new RatingPolicy(
        namedMinimumAssignment,
        concurrentMinimumAssignment,
        mixedTiers,
        peakMeasure,
        peakWindow,
        addOnSeatRounding,
        portMeasure,
        moneyRounding,
        value,
        hourlySeatEquivalent);
  }

  /**
   * {@return a copy with another seat-equivalent of HOURLY licensing (R15)}
   *
   * @param value the user-hours that count as one seat for allowances, positive
   */
  public RatingPolicy withHourlySeatEquivalent(Duration value) {
    return new RatingPolicy(
        namedMinimumAssignment,
        concurrentMinimumAssignment,
        mixedTiers,
        peakMeasure,
        peakWindow,
        addOnSeatRounding,
        portMeasure,
        moneyRounding,
        peakBasis,
        value);
  }

  private static void notNegative(String name, Duration d) {
    requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + d);
    }
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

  /**
   * What a concurrent user is counted through in the sustained peak (<a
   * href="{@docRoot}/index.html#R5">R5</a>, <a href="{@docRoot}/index.html#R17">R17</a>).
   */
  public enum PeakBasis {
    /** On-queue time inside a DESKTOP, WEB or MOBILE session (R5, PURECLOUD_FAQ). */
    ON_QUEUE,
    /** Any time in a DESKTOP, WEB or MOBILE session, on queue or not (GENESYS_CLOUD). */
    LOGGED_IN
  }

  /** How excess call usage is measured (<a href="{@docRoot}/index.html#R7">R7</a>). */
  public enum PortMeasure {
    /** The exact integral of the excess ports over the rated window, in port-seconds. */
    INTEGRAL,
    /** For each clock hour of the billing zone, the peak excess ports in it times one hour. */
    HOURLY_PEAK
  }
}
