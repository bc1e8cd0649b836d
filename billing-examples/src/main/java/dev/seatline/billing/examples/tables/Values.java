package dev.seatline.billing.examples.tables;

import dev.seatline.billing.examples.cli.Suggestions;
import dev.seatline.billing.examples.cli.TimeZones;
import dev.seatline.billing.examples.text.IsoInstants;
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
import org.jspecify.annotations.Nullable;

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

  /**
   * The first epoch nanosecond of the tables' columnar time range: whole seconds from
   * 1677-09-21T00:12:44Z, so that no instant reads as {@link Long#MIN_VALUE}, which marks an absent
   * optional instant.
   */
  private static final long FIRST_NANOS = -9_223_372_036_000_000_000L;

  /** What is wrong with the instant {@code text}, for a problem {@link IsoInstants} found. */
  static String instantProblem(IsoInstants.Problem problem, String text) {
    return switch (problem) {
      case MORE_THAN_NINE_FRACTION_DIGITS ->
          "more than 9 fractional digits (instants have nanosecond precision): " + quote(text);
      case NOT_A_VALID_INSTANT -> "not a valid instant: " + quote(text);
      case OUTSIDE_EPOCH_NANOS ->
          quote(text) + " is outside the columnar time range (1677-09-21 to 2262-04-11)";
      case NOT_ISO_8601 ->
          "not an ISO-8601 instant with an offset (like 2026-01-16T14:00:00Z): " + quote(text);
    };
  }

  /**
   * Reads the instant {@code text} as epoch nanoseconds into {@code out[0]}, within the columnar
   * time range: from {@link #FIRST_NANOS} to before {@link Long#MAX_VALUE}.
   *
   * @return null when read, else what is wrong with the text
   */
  static IsoInstants.@Nullable Problem instantNanos(String text, long[] out) {
    IsoInstants.Problem problem = IsoInstants.tryParseEpochNanos(text, out);
    if (problem == null && (out[0] < FIRST_NANOS || out[0] == Long.MAX_VALUE)) {
      return IsoInstants.Problem.OUTSIDE_EPOCH_NANOS;
    }
    return problem;
  }

  static Instant instant(String text, String path) {
    try {
      return IsoInstants.parseInstant(text, 0, text.length());
    } catch (IsoInstants.InvalidInstantException e) {
      throw InvalidInputException.at(path, instantProblem(e.problem(), text));
    }
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

  /**
   * The decimal {@code text} as its unscaled value, its scale in {@code scale[0]}: {@code "1.017"}
   * is 1017 at scale 3. Up to 18 digits are read without an object; longer text through {@link
   * BigDecimal}, and an error at {@code path} when the unscaled value does not fit a long.
   */
  static long unscaledDecimal(String text, String path, int[] scale) {
    int n = text.length();
    int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
    long value = 0;
    int digits = 0;
    int point = -1;
    boolean simple = i < n;
    for (int k = i; k < n && simple; k++) {
      char c = text.charAt(k);
      if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        digits++;
      } else if (c == '.' && point < 0 && digits > 0 && k < n - 1) {
        point = k;
      } else {
        simple = false;
      }
    }
    if (simple && digits <= 18) {
      scale[0] = point < 0 ? 0 : n - point - 1;
      return i == 1 ? -value : value;
    }
    BigDecimal d = decimal(text, path);
    if (d.unscaledValue().bitLength() > 63) {
      throw InvalidInputException.at(path, "has too many digits: " + quote(text));
    }
    scale[0] = d.scale();
    return d.unscaledValue().longValue();
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
    return tier(name, path, TierCatalog.faq());
  }

  /** The tier {@code name} of {@code tiers}, an organization's edition catalogue (R3, R17). */
  static LicenseTier tier(String name, String path, TierCatalog tiers) {
    List<String> names = tiers.tiers().stream().map(LicenseTier::name).toList();
    return tiers
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
