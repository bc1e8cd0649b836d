package dev.seatline.billing.model;

import java.util.function.Supplier;

/** Validation helpers shared by the model: each failure is an {@link InvalidInputException}. */
final class Require {
  /** The largest count the rules accept (R12). */
  public static final long MAX_COUNT = 1_000_000_000L;

  private Require() {}

  /** {@code value} when it is a whole count from 0 to {@link #MAX_COUNT}. */
  public static long count(String path, long value) {
    if (value < 0 || value > MAX_COUNT) {
      throw InvalidInputException.at(
          path, "must be a whole number from 0 to " + MAX_COUNT + ", was " + value);
    }
    return value;
  }

  /** {@code value} when it is a count from 1 to {@link #MAX_COUNT}. */
  public static long positiveCount(String path, long value) {
    if (value < 1 || value > MAX_COUNT) {
      throw InvalidInputException.at(
          path, "must be a whole number from 1 to " + MAX_COUNT + ", was " + value);
    }
    return value;
  }

  /** The most decimals a metered quantity, an increment or an allowance may have (R16). */
  public static final int MAX_METER_DECIMALS = 9;

  /**
   * {@code value} when it is a decimal from 0 to {@code max} with at most {@link
   * #MAX_METER_DECIMALS} decimals once trailing zeros are dropped (R16): kept at its own scale, so
   * that {@code 61.0} stays {@code 61.0}, except that a negative scale becomes 0 and a scale above
   * {@link #MAX_METER_DECIMALS} is cut to the decimals the value needs.
   */
  public static java.math.BigDecimal meterDecimal(
      String path, java.math.BigDecimal value, java.math.BigDecimal max) {
    if (value.signum() < 0) {
      throw InvalidInputException.at(path, "must not be negative, was " + value.toPlainString());
    }
    if (value.compareTo(max) > 0) {
      throw InvalidInputException.at(
          path, "must be at most " + max.toPlainString() + ", was " + value.toPlainString());
    }
    if (value.scale() < 0) {
      return value.setScale(0);
    }
    if (value.scale() > MAX_METER_DECIMALS) {
      java.math.BigDecimal stripped = value.stripTrailingZeros();
      if (stripped.scale() > MAX_METER_DECIMALS) {
        throw InvalidInputException.at(
            path,
            "has more than " + MAX_METER_DECIMALS + " decimals, was " + value.toPlainString());
      }
      return stripped.setScale(Math.max(0, stripped.scale()));
    }
    return value;
  }

  /** {@code value} when it is a non-blank identifier without surrounding white space. */
  public static String id(String path, String value) {
    if (value.isBlank() || !value.strip().equals(value)) {
      throw InvalidInputException.at(
          path, "must be a non-blank identifier without surrounding spaces, was '" + value + "'");
    }
    return value;
  }

  /** Runs {@code build}; an invalid-input error it throws gets {@code segment} put in front. */
  public static <T> T within(String segment, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidInputException e) {
      throw e.within(segment);
    }
  }

  /** {@code name[index]}. */
  public static String index(String name, int index) {
    return name + "[" + index + "]";
  }
}
