package dev.seatline.billing.examples.text;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Parses the instants of the scenario format (R12: nanosecond precision, no rounding) without
 * building {@code java.time} objects: {@code yyyy-MM-ddTHH:mm}, optionally {@code :ss} and then
 * optionally {@code .} with 1 to 9 fractional digits, then {@code Z} or a {@code +HH:MM}/{@code
 * -HH:MM} offset, as in {@code 2026-01-16T14:00:00Z} or {@code 2026-01-16T09:00:00.5-05:00}.
 * Exactly the texts that match that form and that {@link
 * java.time.OffsetDateTime#parse(CharSequence)} accepts are instants, with the same value (STRICT
 * ISO calendar: years 0000 to 9999, the month's real length, leap years, hours 00-23, no leap
 * second, offsets up to ±18:00); everything else is an {@link InvalidInstantException} saying which
 * {@link Problem} it has.
 *
 * <p>{@link #parseEpochNanos} returns nanoseconds since 1970-01-01T00:00:00Z in a {@code long}
 * (1677-09-21 to 2262-04-11; an instant outside is {@link Problem#OUTSIDE_EPOCH_NANOS}), the form
 * the columnar builders take; {@link #parseInstant} returns an {@link Instant} for any year. Both
 * read the characters {@code [from, to)} of a {@code char[]} (the buffer of a streaming parser) or
 * of a {@link CharSequence}, and allocate nothing unless the text is not an instant.
 *
 * <p>Stateless and thread-safe. Example: {@code IsoInstants.parseEpochNanos("1970-01-01T00:00:01Z",
 * 0, 20)} is {@code 1_000_000_000L}.
 */
public final class IsoInstants {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final int MAX_OFFSET_SECONDS = 18 * 3600;
  private static final int[] SCALE = {
    1, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  /** What is wrong with a text that is not an instant. */
  public enum Problem {
    /** Not of the form {@code yyyy-MM-ddTHH:mm[:ss[.f]]} with {@code Z} or {@code ±HH:MM}. */
    NOT_ISO_8601,
    /** Of that form, but with more than 9 fractional digits. */
    MORE_THAN_NINE_FRACTION_DIGITS,
    /**
     * Of that form, but a field is out of range: {@code 2026-02-30}, {@code 24:00}, {@code +19:00}.
     */
    NOT_A_VALID_INSTANT,
    /** A valid instant that epoch nanoseconds in a {@code long} cannot hold. */
    OUTSIDE_EPOCH_NANOS
  }

  /** A text that is not an instant of the accepted form; {@link #problem()} says why. */
  public static final class InvalidInstantException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final Problem problem;

    InvalidInstantException(Problem problem, String text) {
      super(problem + ": '" + text + "'");
      this.problem = problem;
    }

    /** {@return what is wrong with the text} */
    public Problem problem() {
      return problem;
    }
  }

  private IsoInstants() {}

  /**
   * {@return the instant {@code text[from, to)} as nanoseconds since the epoch}
   *
   * @throws InvalidInstantException when it is not an instant of the accepted form, or is outside
   *     1677-09-21T00:12:43.145224192Z to 2262-04-11T23:47:16.854775807Z
   * @throws IndexOutOfBoundsException when {@code [from, to)} is not within {@code text}
   */
  public static long parseEpochNanos(char[] text, int from, int to) {
    Objects.checkFromToIndex(from, to, text.length);
    long seconds = parse(text, null, from, to);
    return nanos(seconds, nano(text, null, from, to), text, null, from, to);
  }

  /**
   * {@return the instant {@code text[from, to)} as nanoseconds since the epoch}, as {@link
   * #parseEpochNanos(char[], int, int)} does.
   *
   * @throws InvalidInstantException when it is not an instant of the accepted form or is outside
   *     the range of epoch nanoseconds
   * @throws IndexOutOfBoundsException when {@code [from, to)} is not within {@code text}
   */
  public static long parseEpochNanos(CharSequence text, int from, int to) {
    Objects.checkFromToIndex(from, to, text.length());
    long seconds = parse(null, text, from, to);
    return nanos(seconds, nano(null, text, from, to), null, text, from, to);
  }

  /**
   * {@return the instant {@code text[from, to)}}
   *
   * @throws InvalidInstantException when it is not an instant of the accepted form
   * @throws IndexOutOfBoundsException when {@code [from, to)} is not within {@code text}
   */
  public static Instant parseInstant(char[] text, int from, int to) {
    Objects.checkFromToIndex(from, to, text.length);
    long seconds = parse(text, null, from, to);
    return Instant.ofEpochSecond(seconds, nano(text, null, from, to));
  }

  /**
   * {@return the instant {@code text[from, to)}}
   *
   * @throws InvalidInstantException when it is not an instant of the accepted form
   * @throws IndexOutOfBoundsException when {@code [from, to)} is not within {@code text}
   */
  public static Instant parseInstant(CharSequence text, int from, int to) {
    Objects.checkFromToIndex(from, to, text.length());
    long seconds = parse(null, text, from, to);
    return Instant.ofEpochSecond(seconds, nano(null, text, from, to));
  }

  private static long nanos(
      long seconds,
      int nano,
      char @Nullable [] chars,
      @Nullable CharSequence seq,
      int from,
      int to) {
    try {
      // For an instant before the epoch, count from the next second down, so that the first
      // instant a long holds (second -9,223,372,037 + 0.145224192) does not overflow.
      return seconds < 0
          ? Math.addExact(
              Math.multiplyExact(seconds + 1, NANOS_PER_SECOND), nano - NANOS_PER_SECOND)
          : Math.addExact(Math.multiplyExact(seconds, NANOS_PER_SECOND), nano);
    } catch (ArithmeticException e) {
      throw invalid(Problem.OUTSIDE_EPOCH_NANOS, chars, seq, from, to);
    }
  }

  /**
   * The nanosecond of the second of the instant {@code [from, to)}, which {@link #parse} has
   * accepted: its fraction, if any, starts at index 19 ({@code yyyy-MM-ddTHH:mm:ss.}).
   */
  private static int nano(char @Nullable [] chars, @Nullable CharSequence seq, int from, int to) {
    int p = from + 19;
    if (p >= to || at(chars, seq, p) != '.') {
      return 0;
    }
    int nano = 0;
    int digits = 0;
    for (p++; p < to && isDigit(at(chars, seq, p)); p++) {
      nano = nano * 10 + (at(chars, seq, p) - '0');
      digits++;
    }
    return nano * SCALE[digits];
  }

  /**
   * The epoch second of the instant {@code [from, to)} of {@code chars} (when not null) or {@code
   * seq}.
   */
  private static long parse(char @Nullable [] chars, @Nullable CharSequence seq, int from, int to) {
    int n = to - from;
    // yyyy-MM-ddTHH:mm + Z is 17 characters, the shortest form.
    if (n < 17) {
      throw invalid(Problem.NOT_ISO_8601, chars, seq, from, to);
    }
    int p = from;
    int year = digits(chars, seq, p, 4);
    boolean ok =
        year >= 0
            && at(chars, seq, p + 4) == '-'
            && at(chars, seq, p + 7) == '-'
            && at(chars, seq, p + 10) == 'T'
            && at(chars, seq, p + 13) == ':';
    int month = digits(chars, seq, p + 5, 2);
    int day = digits(chars, seq, p + 8, 2);
    int hour = digits(chars, seq, p + 11, 2);
    int minute = digits(chars, seq, p + 14, 2);
    if (!ok || month < 0 || day < 0 || hour < 0 || minute < 0) {
      throw invalid(Problem.NOT_ISO_8601, chars, seq, from, to);
    }
    p += 16;
    int second = 0;
    int fractionDigits = 0;
    if (p < to && at(chars, seq, p) == ':') {
      second = p + 3 <= to ? digits(chars, seq, p + 1, 2) : -1;
      if (second < 0) {
        throw invalid(Problem.NOT_ISO_8601, chars, seq, from, to);
      }
      p += 3;
      if (p < to && at(chars, seq, p) == '.') {
        p++;
        int start = p;
        while (p < to && isDigit(at(chars, seq, p))) {
          p++;
        }
        fractionDigits = p - start;
        if (fractionDigits == 0) {
          throw invalid(Problem.NOT_ISO_8601, chars, seq, from, to);
        }
      }
    }
    int offsetSeconds;
    if (p < to && at(chars, seq, p) == 'Z') {
      p++;
      offsetSeconds = 0;
    } else if (p + 6 <= to
        && (at(chars, seq, p) == '+' || at(chars, seq, p) == '-')
        && at(chars, seq, p + 3) == ':') {
      int oh = digits(chars, seq, p + 1, 2);
      int om = digits(chars, seq, p + 4, 2);
      if (oh < 0 || om < 0) {
        throw invalid(Problem.NOT_ISO_8601, chars, seq, from, to);
      }
      if (oh > 18 || om > 59 || oh * 3600 + om * 60 > MAX_OFFSET_SECONDS) {
        // Checked after the whole text has the form, below.
        offsetSeconds = Integer.MIN_VALUE;
      } else {
        offsetSeconds = (oh * 3600 + om * 60) * (at(chars, seq, p) == '-' ? -1 : 1);
      }
      p += 6;
    } else {
      throw invalid(Problem.NOT_ISO_8601, chars, seq, from, to);
    }
    if (p != to) {
      throw invalid(Problem.NOT_ISO_8601, chars, seq, from, to);
    }
    if (fractionDigits > 9) {
      throw invalid(Problem.MORE_THAN_NINE_FRACTION_DIGITS, chars, seq, from, to);
    }
    if (month < 1
        || month > 12
        || day < 1
        || day > lengthOfMonth(year, month)
        || hour > 23
        || minute > 59
        || second > 59
        || offsetSeconds == Integer.MIN_VALUE) {
      throw invalid(Problem.NOT_A_VALID_INSTANT, chars, seq, from, to);
    }
    return epochDay(year, month, day) * 86_400L
        + hour * 3600L
        + minute * 60L
        + second
        - offsetSeconds;
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (year 0 and later). */
  private static long epochDay(int year, int month, int day) {
    // Howard Hinnant's days_from_civil, for years >= 0.
    int y = month <= 2 ? year - 1 : year;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097L + doe - 719_468L;
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static char at(char @Nullable [] chars, @Nullable CharSequence seq, int i) {
    return chars != null ? chars[i] : Objects.requireNonNull(seq).charAt(i);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The value of the {@code count} ASCII digits at {@code p}, or -1 if one is not a digit. */
  private static int digits(char @Nullable [] chars, @Nullable CharSequence seq, int p, int count) {
    int v = 0;
    for (int i = 0; i < count; i++) {
      char c = at(chars, seq, p + i);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static InvalidInstantException invalid(
      Problem problem, char @Nullable [] chars, @Nullable CharSequence seq, int from, int to) {
    String text =
        chars != null
            ? new String(chars, from, to - from)
            : Objects.requireNonNull(seq).subSequence(from, to).toString();
    return new InvalidInstantException(problem, text);
  }
}
