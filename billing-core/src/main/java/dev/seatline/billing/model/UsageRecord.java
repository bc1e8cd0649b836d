package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One record of metered usage (<a href="{@docRoot}/index.html#R16">R16</a>): a quantity of a meter
 * at an instant, such as one call of 1.0167 voice minutes or 1,200 API requests of one hour. It
 * counts in the rated time that contains {@code at} (half-open, so in exactly one period).
 *
 * <p>Validation, each error naming the part: {@code meter} a non-blank identifier; {@code quantity}
 * from 0 to {@value Meter#MAX_QUANTITY} with at most 9 decimals once trailing zeros are dropped.
 * The quantity keeps its scale ({@code 61.0} stays {@code 61.0}, and is not equal to {@code 61}): a
 * USAGE line shows its quantity at the largest scale of the meter's records. A record of a meter
 * that the price book does not define is invalid input of the {@link RatingInput}.
 *
 * <p>Immutable. Example: {@code new UsageRecord("VOICE_MINUTES",
 * Instant.parse("2026-01-16T14:00:00Z"), new BigDecimal("1.0167"))}.
 *
 * @param meter the meter's name
 * @param at when the usage happened
 * @param quantity how much, in the meter's unit
 */
public record UsageRecord(String meter, Instant at, BigDecimal quantity) {
  /**
   * Validates the parts.
   *
   * @param meter the meter's name
   * @param at when the usage happened
   * @param quantity how much, in the meter's unit
   */
  public UsageRecord {
    Require.id("meter", requireNonNull(meter, "meter"));
    requireNonNull(at, "at");
    quantity =
        Require.meterDecimal(
            "quantity",
            requireNonNull(quantity, "quantity"),
            BigDecimal.valueOf(Meter.MAX_QUANTITY));
  }
}
