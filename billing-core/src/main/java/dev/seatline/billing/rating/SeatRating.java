package dev.seatline.billing.rating;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.seatline.billing.model.LicenseTier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a {@link SeatRule} made of a period (<a href="{@docRoot}/index.html#R2">R2</a>-<a
 * href="{@docRoot}/index.html#R6">R6</a>, <a href="{@docRoot}/index.html#R12">R12</a>, <a
 * href="{@docRoot}/index.html#R14">R14</a>, <a href="{@docRoot}/index.html#R15">R15</a>): every
 * user's outcome, the seats billed per tier, the seat and ADD_ON lines, for a CONCURRENT
 * organization the sustained peak of each contact-center tier, the seats committed per tier (R14)
 * and for an HOURLY organization the billable time per tier (R15).
 *
 * <p>{@link #seatBasis()} is the seats that carry per-seat entitlements (included ports, R7;
 * allowances, R16): per tier, the greater of billed and committed seats, or the seat-equivalents of
 * an HOURLY organization.
 *
 * <p>Immutable. Example: {@code seatsByTier} {@code {COMMUNICATE=2, PURECLOUD_2=1}}.
 *
 * @param users one outcome per input user, in input order
 * @param seatsByTier seats billed per tier (users billed per tier for HOURLY); tiers without seats
 *     are absent
 * @param lines the seat and ADD_ON lines, in invoice order, none with quantity 0
 * @param peaks the sustained peak per contact-center tier (CONCURRENT only), by tier
 * @param committed the seats committed per tier (R14), empty when there is no commitment
 * @param hourly the billable time per tier of an HOURLY organization (R15), empty otherwise
 */
public record SeatRating(
    List<UserOutcome> users,
    SortedMap<LicenseTier, Long> seatsByTier,
    List<LineItem> lines,
    List<SustainedPeak> peaks,
    SortedMap<LicenseTier, Long> committed,
    Optional<HourlyTime> hourly) {

  /**
   * The decimals of a seat-equivalent whose exact value does not terminate ({@code 1 h / 111 h}):
   * such a value in {@link #seatBasis()} is rounded HALF_UP to this scale. Included ports are
   * computed from the exact fraction.
   */
  public static final int SEAT_EQUIVALENT_SCALE = 18;

  /**
   * The billable time per tier of an HOURLY organization and the time of one seat-equivalent (<a
   * href="{@docRoot}/index.html#R15">R15</a>).
   *
   * @param timeByTier the exact sum of the billed users' billable time, per tier
   * @param seatEquivalent the user-hours of one seat-equivalent (111 h by default)
   */
  public record HourlyTime(SortedMap<LicenseTier, Duration> timeByTier, Duration seatEquivalent) {
    /**
     * Copies the parts.
     *
     * @param timeByTier the exact sum of the billed users' billable time, per tier
     * @param seatEquivalent the user-hours of one seat-equivalent, positive
     */
    public HourlyTime {
      timeByTier = Collections.unmodifiableSortedMap(new TreeMap<>(timeByTier));
      requireNonNull(seatEquivalent, "seatEquivalent");
      if (seatEquivalent.isZero() || seatEquivalent.isNegative()) {
        throw new IllegalArgumentException("seatEquivalent must be positive: " + seatEquivalent);
      }
    }
  }

  /** An exact non-negative fraction. */
  record Fraction(BigInteger numerator, BigInteger denominator) {
    /** The whole part. */
    BigInteger floor() {
      return numerator.divide(denominator);
    }
  }

  /**
   * Copies the parts and sorts the lines in invoice order.
   *
   * @param users one outcome per input user, in input order
   * @param seatsByTier seats billed per tier; tiers without seats are absent
   * @param lines the seat and ADD_ON lines, in invoice order, none with quantity 0
   * @param peaks the sustained peak per contact-center tier (CONCURRENT only), by tier
   * @param committed the seats committed per tier (R14), empty when there is no commitment
   * @param hourly the billable time per tier of an HOURLY organization (R15), empty otherwise
   */
  public SeatRating {
    users = ImmutableList.copyOf(users);
    seatsByTier = Collections.unmodifiableSortedMap(new TreeMap<>(seatsByTier));
    lines = ImmutableList.sortedCopyOf(LineItem.INVOICE_ORDER, lines);
    peaks = ImmutableList.copyOf(requireNonNull(peaks, "peaks"));
    committed = Collections.unmodifiableSortedMap(new TreeMap<>(committed));
    requireNonNull(hourly, "hourly");
  }

  /**
   * A seat rating without commitments and hourly time (R2-R6).
   *
   * @param users one outcome per input user, in input order
   * @param seatsByTier seats billed per tier; tiers without seats are absent
   * @param lines the SEAT and ADD_ON lines, in invoice order, none with quantity 0
   * @param peaks the sustained peak per contact-center tier (CONCURRENT only), by tier
   */
  public SeatRating(
      List<UserOutcome> users,
      SortedMap<LicenseTier, Long> seatsByTier,
      List<LineItem> lines,
      List<SustainedPeak> peaks) {
    this(users, seatsByTier, lines, peaks, Collections.emptySortedMap(), Optional.empty());
  }

  /** {@return seats billed at contact-center tiers (R4, R5)} */
  public long contactCenterSeats() {
    long n = 0;
    for (Map.Entry<LicenseTier, Long> e : seatsByTier.entrySet()) {
      if (e.getKey().isContactCenter()) {
        n += e.getValue();
      }
    }
    return n;
  }

  /**
   * {@return the seats that carry per-seat entitlements (included ports, R7; the allowances of
   * metered usage, <a href="{@docRoot}/index.html#R16">R16</a>), per tier: max(billed, committed)
   * seats for NAMED and CONCURRENT (R14), the seat-equivalents (billable time / {@link
   * HourlyTime#seatEquivalent()}) for HOURLY (R15), the billed seats otherwise} Tiers with none are
   * absent. A seat-equivalent that does not terminate is rounded HALF_UP to {@value
   * #SEAT_EQUIVALENT_SCALE} decimals; whole seats have scale 0.
   */
  public SortedMap<LicenseTier, BigDecimal> seatBasis() {
    SortedMap<LicenseTier, BigDecimal> basis = new TreeMap<>();
    if (hourly.isPresent()) {
      BigDecimal per = nanos(hourly.get().seatEquivalent());
      hourly
          .get()
          .timeByTier()
          .forEach(
              (tier, time) -> {
                if (!time.isZero()) {
                  basis.put(tier, quotient(nanos(time), per));
                }
              });
      return Collections.unmodifiableSortedMap(basis);
    }
    for (Map.Entry<LicenseTier, Long> e : seatsByTier.entrySet()) {
      basis.put(e.getKey(), BigDecimal.valueOf(e.getValue()));
    }
    committed.forEach(
        (tier, seats) -> basis.merge(tier, BigDecimal.valueOf(seats), BigDecimal::max));
    basis.values().removeIf(v -> v.signum() == 0);
    return Collections.unmodifiableSortedMap(basis);
  }

  /**
   * {@return the call ports included (R7): each tier's {@link #seatBasis()} times the tier's
   * included ports, whole ports (an HOURLY organization's fraction of a port is dropped here, not
   * in the excess, which uses the exact figure)}
   */
  public long includedPorts() {
    return includedPortsExact().floor().longValueExact();
  }

  /** The exact included ports (R7, R14, R15). */
  Fraction includedPortsExact() {
    if (hourly.isPresent()) {
      BigInteger total = BigInteger.ZERO;
      for (Map.Entry<LicenseTier, Duration> e : hourly.get().timeByTier().entrySet()) {
        total =
            total.add(
                nanos(e.getValue())
                    .toBigIntegerExact()
                    .multiply(BigInteger.valueOf(e.getKey().includedPorts())));
      }
      return new Fraction(total, nanos(hourly.get().seatEquivalent()).toBigIntegerExact());
    }
    BigInteger total = BigInteger.ZERO;
    for (Map.Entry<LicenseTier, BigDecimal> e : seatBasis().entrySet()) {
      total =
          total.add(
              e.getValue()
                  .toBigIntegerExact()
                  .multiply(BigInteger.valueOf(e.getKey().includedPorts())));
    }
    return new Fraction(total, BigInteger.ONE);
  }

  private static BigDecimal nanos(Duration d) {
    return BigDecimal.valueOf(d.getSeconds())
        .scaleByPowerOfTen(9)
        .add(BigDecimal.valueOf(d.getNano()));
  }

  /** The exact quotient when it terminates, else rounded HALF_UP to the seat-equivalent scale. */
  static BigDecimal quotient(BigDecimal numerator, BigDecimal denominator) {
    try {
      BigDecimal q = numerator.divide(denominator).stripTrailingZeros();
      return q.scale() < 0 ? q.setScale(0) : q;
    } catch (ArithmeticException nonTerminating) {
      return numerator.divide(denominator, SEAT_EQUIVALENT_SCALE, RoundingMode.HALF_UP);
    }
  }
}
