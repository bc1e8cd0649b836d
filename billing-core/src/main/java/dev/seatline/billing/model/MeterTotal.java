package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The usage of one meter in a rated window (<a href="{@docRoot}/index.html#R16">R16</a>): how many
 * records lie in it, how many of them were rounded up to the meter's increment, their quantities
 * summed as recorded, and summed after rounding each one up (the quantity used).
 *
 * <p>{@code recorded} is at the largest scale of the records; {@code used} at the larger of that
 * and the increment's scale. Both are exact.
 *
 * <p>Immutable. Example: one 61-second call of 1.0166666667 minutes at 0.1-minute increments is
 * {@code MeterTotal[VOICE_MINUTES, 0.1, 1 record, 1 rounded up, recorded 1.0166666667, used
 * 1.1000000000]}.
 *
 * @param meter the meter's name
 * @param increment the meter's increment, if it has one
 * @param records the records of the meter in the window
 * @param roundedUp how many of them were rounded up to the increment
 * @param recorded the sum of their quantities as recorded
 * @param used the sum of their quantities, each rounded up to the increment first
 */
public record MeterTotal(
    String meter,
    Optional<BigDecimal> increment,
    long records,
    long roundedUp,
    BigDecimal recorded,
    BigDecimal used) {
  /**
   * Validates the parts.
   *
   * @param meter the meter's name
   * @param increment the meter's increment, if it has one
   * @param records the records of the meter in the window
   * @param roundedUp how many of them were rounded up to the increment
   * @param recorded the sum of their quantities as recorded
   * @param used the sum of their quantities, each rounded up to the increment first
   */
  public MeterTotal {
    requireNonNull(meter, "meter");
    requireNonNull(increment, "increment");
    requireNonNull(recorded, "recorded");
    requireNonNull(used, "used");
    if (records < 0 || roundedUp < 0 || roundedUp > records) {
      throw new IllegalArgumentException(
          "records " + records + " and rounded up " + roundedUp + " do not fit");
    }
    if (used.compareTo(recorded) < 0) {
      throw new IllegalArgumentException("used " + used + " is less than recorded " + recorded);
    }
  }
}
