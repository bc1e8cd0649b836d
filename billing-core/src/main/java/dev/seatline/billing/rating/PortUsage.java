package dev.seatline.billing.rating;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.rating.RatingPolicy.PortMeasure;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The evidence of an EXCESS_CALL_PORTS line (<a href="{@docRoot}/index.html#R7">R7</a>): the seats
 * per tier that include ports ({@link SeatRating#seatBasis()}: max(billed, committed), <a
 * href="{@docRoot}/index.html#R14">R14</a>; seat-equivalents of an HOURLY organization, <a
 * href="{@docRoot}/index.html#R15">R15</a>), the included ports, the excess port-seconds, and how
 * they were measured. Figures that do not terminate (seat-equivalents of 111 h) are shown rounded
 * HALF_UP to {@value SeatRating#SEAT_EQUIVALENT_SCALE} decimals; the line's amount uses the exact
 * fraction.
 *
 * <p>With {@link PortMeasure#INTEGRAL}, {@code excessPortSeconds} is the exact integral of {@code
 * max(0, calls(t) - includedPorts)} over the rated time (to the nanosecond); with {@link
 * PortMeasure#HOURLY_PEAK} it is the sum over clock hours of the peak excess in the hour times
 * 3600.
 *
 * <p>Immutable. Example: 1 PURECLOUD_3 seat, 2 included ports, 2559600 excess port-seconds.
 *
 * @param seats the seats per tier that include ports
 * @param includedPorts ports included by those seats
 * @param excessPortSeconds exact excess port-seconds, not negative
 * @param measure how the excess was measured
 */
public record PortUsage(
    SortedMap<LicenseTier, BigDecimal> seats,
    BigDecimal includedPorts,
    BigDecimal excessPortSeconds,
    PortMeasure measure)
    implements Evidence {

  /**
   * Validates and copies the parts.
   *
   * @param seats the seats per tier that include ports
   * @param includedPorts ports included by those seats
   * @param excessPortSeconds exact excess port-seconds, not negative
   * @param measure how the excess was measured
   */
  public PortUsage {
    seats = Collections.unmodifiableSortedMap(new TreeMap<>(seats));
    requireNonNull(includedPorts, "includedPorts");
    requireNonNull(excessPortSeconds, "excessPortSeconds");
    requireNonNull(measure, "measure");
    if (includedPorts.signum() < 0 || excessPortSeconds.signum() < 0) {
      throw new IllegalArgumentException(
          "negative port usage: " + includedPorts + " included, " + excessPortSeconds + " s");
    }
  }
}
