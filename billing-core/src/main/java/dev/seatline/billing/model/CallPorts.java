package dev.seatline.billing.model;

import dev.seatline.billing.internal.PortIntegral;
import java.math.BigDecimal;
import java.time.ZoneId;

/**
 * The concurrent calls of a {@link RatedWindow} as a step function (<a
 * href="{@docRoot}/index.html#R7">R7</a>): a sample holds from its instant until the next one, the
 * last sample at or before the window's start gives the value at the start (0 when there is none),
 * the last sample holds until the end, and samples at or after the end are ignored. Every measure
 * is exact, in one linear pass.
 *
 * <p>Immutable and thread-safe. Example: 3 calls all month over 2 included ports gives {@code
 * excessPortSeconds(2)} = the month's length in seconds.
 */
public final class CallPorts {
  private final PortIntegral steps;

  CallPorts(PortIntegral steps) {
    this.steps = steps;
  }

  /**
   * {@return the exact integral of {@code max(0, calls(t) - includedPorts)} over the window, in
   * seconds (to the nanosecond)}
   *
   * @param includedPorts the ports included with the seats billed
   */
  public BigDecimal excessPortSeconds(long includedPorts) {
    return steps.excessPortSeconds(includedPorts);
  }

  /**
   * For each clock hour of {@code zone} meeting the window, the peak of {@code calls(t) -
   * includedPorts} (at least 0) inside it, times 3600 s, summed.
   *
   * @param includedPorts the ports included with the seats billed
   * @param zone the billing time zone, whose clock hours are measured
   * @return that sum, in port-seconds
   */
  public long hourlyPeakExcessSeconds(long includedPorts, ZoneId zone) {
    return steps.hourlyPeakExcessSeconds(includedPorts, zone);
  }

  /** {@return the calls at the window's start} */
  public long initialCalls() {
    return steps.initialCalls();
  }

  /** {@return the number of samples strictly inside the window} */
  public int samplesInside() {
    return steps.samplesInside();
  }
}
