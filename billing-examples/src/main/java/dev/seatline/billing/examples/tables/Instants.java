package dev.seatline.billing.examples.tables;

/**
 * Parses the instants of FORMAT.md ({@code yyyy-MM-ddTHH:mm[:ss[.f]]} with {@code Z} or a {@code
 * ±HH:MM} offset, 1 to 9 fractional digits, <a href="{@docRoot}/index.html#R12">R12</a>) straight
 * from text into epoch seconds and nanoseconds, without building a {@code java.time} object: the
 * tables' load path parses millions of them. It accepts exactly the text {@code
 * OffsetDateTime.parse(text, ISO_OFFSET_DATE_TIME)} accepts in that form (calendar days checked,
 * offsets up to ±18:00) and gives the same instant.
 *
 * <p>Stateless.
 */
final class Instants {
  /** The result of a text that is not of the form at all. */
  static final int MALFORMED = 1;

  /** The result of a text with more than 9 fractional digits. */
  static final int TOO_PRECISE = 2;

  /** The result of a text of the form that names no instant (a 30 February, an offset +19:00). */
  static final int INVALID = 3;

  /** The result of an instant outside the epoch-nanosecond range (1677-09-21 to 2262-04-11). */
  static final int OUT_OF_NANO_RANGE = 4;

  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final int MAX_OFFSET_SECONDS = 18 * 3600;

  private Instants() {}

  /**
   * Parses {@code text} into {@code out[0]} (epoch seconds) and {@code out[1]} (nanoseconds of the
   * second).
   *
   * @return 0 when parsed, else {@link #MALFORMED}, {@link #TOO_PRECISE} or {@link #INVALID}
   */
  static int parse(CharSequence text, long[] out) {
    int n = text.length();
    // yyyy-MM-ddTHH:mm is 16 characters, then an optional :ss, .f..., then the offset.
    if (n < 17) {
      return MALFORMED;
    }
    int year = digits(text, 0, 4);
    if (year < 0
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':') {
      return MALFORMED;
    }
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    if (month < 0 || day < 0 || hour < 0 || minute < 0) {
      return MALFORMED;
    }
    int i = 16;
    int second = 0;
    long nano = 0;
    if (text.charAt(i) == ':') {
      if (n < i + 3) {
        return MALFORMED;
      }
      second = digits(text, i + 1, 2);
      if (second < 0) {
        return MALFORMED;
      }
      i += 3;
      if (i < n && text.charAt(i) == '.') {
        int start = ++i;
        while (i < n && isDigit(text.charAt(i))) {
          i++;
        }
        int count = i - start;
        if (count == 0) {
          return MALFORMED;
        }
        if (count > 9) {
          return offsetLength(text, i) ? TOO_PRECISE : MALFORMED;
        }
        for (int j = start; j < i; j++) {
          nano = nano * 10 + (text.charAt(j) - '0');
        }
        for (int j = count; j < 9; j++) {
          nano *= 10;
        }
      }
    }
    if (i >= n) {
      return MALFORMED;
    }
    int offsetSeconds;
    char c = text.charAt(i);
    if (c == 'Z') {
      if (i + 1 != n) {
        return MALFORMED;
      }
      offsetSeconds = 0;
    } else if (c == '+' || c == '-') {
      if (i + 6 != n || text.charAt(i + 3) != ':') {
        return MALFORMED;
      }
      int oh = digits(text, i + 1, 2);
      int om = digits(text, i + 4, 2);
      if (oh < 0 || om < 0) {
        return MALFORMED;
      }
      if (om > 59) {
        return INVALID;
      }
      offsetSeconds = oh * 3600 + om * 60;
      if (offsetSeconds > MAX_OFFSET_SECONDS) {
        return INVALID;
      }
      if (c == '-') {
        offsetSeconds = -offsetSeconds;
      }
    } else {
      return MALFORMED;
    }
    if (month < 1
        || month > 12
        || day < 1
        || day > lengthOfMonth(year, month)
        || hour > 23
        || minute > 59
        || second > 59) {
      return INVALID;
    }
    long days = epochDay(year, month, day);
    out[0] = days * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
    out[1] = nano;
    return 0;
  }

  /**
   * {@code text} as epoch nanoseconds into {@code out[0]}.
   *
   * @return 0 when parsed, else {@link #MALFORMED}, {@link #TOO_PRECISE}, {@link #INVALID} or
   *     {@link #OUT_OF_NANO_RANGE}
   */
  static int parseNanos(CharSequence text, long[] out) {
    int r = parse(text, out);
    if (r != 0) {
      return r;
    }
    long seconds = out[0];
    long hi = Math.multiplyHigh(seconds, NANOS_PER_SECOND);
    long lo = seconds * NANOS_PER_SECOND;
    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
      return OUT_OF_NANO_RANGE;
    }
    long nanos = lo + out[1];
    // overflow only when lo is near Long.MAX_VALUE; Long.MAX_VALUE itself is reserved
    if ((lo >= 0 && nanos < lo) || nanos == Long.MAX_VALUE) {
      return OUT_OF_NANO_RANGE;
    }
    out[0] = nanos;
    return 0;
  }

  /** Whether an offset ({@code Z} or {@code ±HH:MM}) ends the text at {@code i}. */
  private static boolean offsetLength(CharSequence text, int i) {
    int rest = text.length() - i;
    return rest == 1 || rest == 6;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The value of {@code count} ASCII digits at {@code from}, -1 when one is not a digit. */
  private static int digits(CharSequence text, int from, int count) {
    int v = 0;
    for (int j = from; j < from + count; j++) {
      char c = text.charAt(j);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static boolean isLeap(long year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /**
   * The epoch day of a proleptic Gregorian date (the algorithm of {@code LocalDate.toEpochDay}).
   */
  private static long epochDay(long year, int month, int day) {
    long total = 365 * year;
    if (year >= 0) {
      total += (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
    } else {
      total -= year / -4 - year / -100 + year / -400;
    }
    total += (367 * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!isLeap(year)) {
        total--;
      }
    }
    return total - 719_528L; // days from 0000-01-01 to 1970-01-01
  }
}
