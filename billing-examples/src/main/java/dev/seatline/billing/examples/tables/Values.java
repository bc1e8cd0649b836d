package dev.seatline.billing.examples.tables;

import dev.seatline.billing.examples.cli.Suggestions;
import dev.seatline.billing.examples.cli.TimeZones;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.TierCatalog;
import dev.seatline.billing.money.BillingCurrency;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The values of a table's fields, in FORMAT.md's syntax (<a
 * href="{@docRoot}/index.html#R10">R10</a>, <a href="{@docRoot}/index.html#R12">R12</a>), each
 * error naming the field's path ({@code organizations.csv:7:currency}) and saying what is wrong in
 * the words the scenario reader uses.
 *
 * <p>Stateless.
 */
final class Values {
  /** The largest count a table may hold, as in a scenario (R12). */
  static final long MAX_COUNT = 1_000_000_000L;

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("\\d{1,10}");

  private Values() {}

  static String quote(String text) {
    return "'" + (text.length() <= 80 ? text : text.substring(0, 77) + "...") + "'";
  }

  /** What is wrong with the instant {@code text}, for a result of {@link Instants#parse}. */
  static String instantProblem(int result, String text) {
    return switch (result) {
      case Instants.TOO_PRECISE ->
          "more than 9 fractional digits (instants have nanosecond precision): " + quote(text);
      case Instants.INVALID -> "not a valid instant: " + quote(text);
      case Instants.OUT_OF_NANO_RANGE ->
          quote(text) + " is outside the columnar time range (1677-09-21 to 2262-04-11)";
      default ->
          "not an ISO-8601 instant with an offset (like 2026-01-16T14:00:00Z): " + quote(text);
    };
  }

  static Instant instant(String text, String path) {
    long[] out = new long[2];
    int r = Instants.parse(text, out);
    if (r != 0) {
      throw InvalidInputException.at(path, instantProblem(r, text));
    }
    return Instant.ofEpochSecond(out[0], out[1]);
  }

  static LocalDate date(String text, String path) {
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        // reported below
      }
    }
    throw InvalidInputException.at(path, "not an ISO-8601 date (like 2026-01-15): " + quote(text));
  }

  static BigDecimal decimal(String text, String path) {
    if (!DECIMAL.matcher(text).matches()) {
      throw InvalidInputException.at(path, "not a decimal like \"12.50\": " + quote(text));
    }
    return new BigDecimal(text);
  }

  /** A whole number from 0 to {@link #MAX_COUNT}, or -1 for any other text. */
  static long countOrMinus(String text) {
    int n = text.length();
    if (n == 0 || n > 10) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v <= MAX_COUNT ? v : -1;
  }

  static String countProblem(String text, long min) {
    return "must be a whole number from " + min + " to " + MAX_COUNT + ", was " + quote(text);
  }

  static long count(String text, String path, long min) {
    long v = WHOLE.matcher(text).matches() ? countOrMinus(text) : -1;
    if (v < min) {
      throw InvalidInputException.at(path, countProblem(text, min));
    }
    return v;
  }

  static ZoneId zone(String text, String path) {
    return TimeZones.parse(text, path);
  }

  static BillingCurrency currency(String code, String path) {
    List<String> codes = Arrays.stream(BillingCurrency.values()).map(Enum::name).toList();
    return BillingCurrency.find(code)
        .orElseThrow(
            () -> {
              String suggestion = Suggestions.didYouMean(code, codes);
              return InvalidInputException.at(
                  path,
                  "unsupported currency "
                      + quote(code)
                      + (suggestion.isEmpty()
                          ? "; supported: " + Arrays.toString(BillingCurrency.values())
                          : suggestion));
            });
  }

  /** The tier named {@code name} of the FAQ's catalogue, the tiers of a scenario file (R3). */
  static LicenseTier tier(String name, String path) {
    List<String> names = TierCatalog.faq().tiers().stream().map(LicenseTier::name).toList();
    return TierCatalog.faq()
        .find(name)
        .orElseThrow(
            () -> {
              String suggestion = Suggestions.didYouMean(name, names);
              return InvalidInputException.at(
                  path,
                  "unknown LicenseTier "
                      + quote(name)
                      + (suggestion.isEmpty() ? "; expected one of " + names : suggestion));
            });
  }

  static <E extends Enum<E>> E enumName(Class<E> type, String name, String path) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    String suggestion = Suggestions.didYouMean(name, names);
    throw InvalidInputException.at(
        path,
        "unknown "
            + type.getSimpleName()
            + " "
            + quote(name)
            + (suggestion.isEmpty() ? "; expected one of " + names : suggestion));
  }
}
