package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A sample of the number of simultaneously connected calls (<a
 * href="{@docRoot}/index.html#R7">R7</a>): the count holds from {@code at} until the next sample,
 * and the last sample holds until the end of the rated window.
 *
 * <p>Immutable. Example: {@code new PortSample(Instant.parse("2026-01-16T14:00:00Z"), 3)}.
 *
 * @param at when the count took effect
 * @param concurrentCalls connected calls from then on, 0 to 1,000,000,000 (<a
 *     href="{@docRoot}/index.html#R12">R12</a>)
 */
public record PortSample(Instant at, long concurrentCalls) {
  /**
   * Validates the count; a bad one is an invalid-input error at {@code concurrentCalls}.
   *
   * @param at when the count took effect
   * @param concurrentCalls connected calls from then on, 0 to 1,000,000,000 (<a
   *     href="{@docRoot}/index.html#R12">R12</a>)
   */
  public PortSample {
    requireNonNull(at, "at");
    Require.count("concurrentCalls", concurrentCalls);
  }
}
