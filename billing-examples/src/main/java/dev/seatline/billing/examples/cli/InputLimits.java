package dev.seatline.billing.examples.cli;

/**
 * The limits the scenario command line puts on its input, so that a hostile file cannot exhaust
 * memory or the stack (R12: invalid input is rejected, never rated partially). Exceeding one is
 * invalid input at {@code $}.
 *
 * <p>The largest file holds roughly 150,000 sessions; a scenario never nests deeper than 5 levels.
 * Example: a file of 40 MiB is rejected before it is parsed.
 */
public final class InputLimits {
  /** The largest scenario file, in bytes: 32 MiB. */
  public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

  /** The deepest nesting of objects and arrays: 16 (a scenario needs 5). */
  public static final int MAX_NESTING_DEPTH = 16;

  /** The longest string value or object key, in characters: 4,096. */
  public static final int MAX_STRING_LENGTH = 4096;

  /** The longest number, in characters: 64 (a count has at most 10 digits). */
  public static final int MAX_NUMBER_LENGTH = 64;

  private InputLimits() {}
}
