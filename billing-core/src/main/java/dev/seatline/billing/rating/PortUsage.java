package dev.seatline.billing.rating;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.rating.RatingPolicy.PortMeasure;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Excess call usage of a period (R7): the included ports, the exact excess port-seconds, and the
 * EXCESS_CALL_PORTS line when there is any excess.
 *
 * <p>With {@link PortMeasure#INTEGRAL}, {@code excessPortSeconds} is the exact integral of {@code
 * max(0, calls(t) - includedPorts)} over the rated time (to the nanosecond); with {@link
 * PortMeasure#HOURLY_PEAK} it is the sum over clock hours of the peak excess in the hour times
 * 3600.
 *
 * <p>Immutable. Example: 2 included ports, 2559600 excess port-seconds, a line of 711.0000
 * port-hours.
 *
 * @param includedPorts ports included by the billed seats
 * @param excessPortSeconds exact excess port-seconds, not negative
 * @param measure how the excess was measured
 * @param line the EXCESS_CALL_PORTS line, empty when there is no excess
 */
public record PortUsage(
    long includedPorts,
    BigDecimal excessPortSeconds,
    PortMeasure measure,
    Optional<LineItem> line) {

  /** Validates the parts. */
  public PortUsage {
    requireNonNull(excessPortSeconds, "excessPortSeconds");
    requireNonNull(measure, "measure");
    requireNonNull(line, "line");
    if (includedPorts < 0 || excessPortSeconds.signum() < 0) {
      throw new IllegalArgumentException(
          "negative port usage: " + includedPorts + " included, " + excessPortSeconds + " s");
    }
  }
}
