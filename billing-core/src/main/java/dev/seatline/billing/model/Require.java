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
