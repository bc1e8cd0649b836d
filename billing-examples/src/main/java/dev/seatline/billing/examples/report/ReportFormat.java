package dev.seatline.billing.examples.report;

import dev.seatline.billing.model.BillingPeriod;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times and amounts written for people (R1, R10, R12), as the HTML report and the demo show them:
 * an instant as the local date and time of the billing zone followed by the offset in force then
 * ({@code 2026-01-20 09:00 −05:00}, the minus sign U+2212), and a decimal with thousands separators
 * ({@code 4,750.00}).
 *
 * <p>Stateless. Example: {@code ReportFormat.time(Instant.parse("2026-01-20T14:00:00Z"),
 * ZoneId.of("America/New_York"))} is {@code 2026-01-20 09:00 −05:00}.
 */
public final class ReportFormat {
  /** The minus sign of a negative offset (U+2212), as typeset. */
  public static final char MINUS = '\u2212';

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
  private static final DateTimeFormatter NANOS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSS");

  /** An instant as {@link Instant#toString()} writes it (what explanations contain). */
  private static final Pattern ISO_INSTANT =
      Pattern.compile("[+-]?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?Z");

  private ReportFormat() {}

  /**
   * {@code instant} in {@code zone}: {@code 2026-01-20 09:00 −05:00}; the seconds are shown when
   * they are not zero, and the fraction of a second (9 digits) when it is not zero.
   */
  public static String time(Instant instant, ZoneId zone) {
    LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
    DateTimeFormatter format =
        local.getNano() != 0 ? NANOS : local.getSecond() != 0 ? SECONDS : MINUTES;
    return format.format(local) + " " + offset(zone.getRules().getOffset(instant));
  }

  /** {@code −05:00}, {@code +01:00}, {@code +00:00} (never {@code Z}), {@code −04:56:02}. */
  public static String offset(ZoneOffset offset) {
    if (offset.getTotalSeconds() == 0) {
      return "+00:00";
    }
    return offset.getId().replace('-', MINUS);
  }

  /**
   * The period as R1 displays it, with its inclusive last second, each end with its offset: {@code
   * 2026-01-15 00:00 −05:00 through 2026-02-14 23:59:59 −05:00}.
   */
  public static String period(BillingPeriod period) {
    return time(period.start(), period.zone())
        + " through "
        + time(period.end().minusSeconds(1), period.zone());
  }

  /**
   * {@code text} with every instant written as {@link Instant#toString()} does ({@code
   * 2026-01-16T14:00:00Z}, as in the library's explanations) rewritten as {@link #time} in {@code
   * zone}.
   */
  public static String localTimes(String text, ZoneId zone) {
    Matcher m = ISO_INSTANT.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    while (m.find()) {
      String replacement;
      try {
        replacement = time(Instant.parse(m.group()), zone);
      } catch (DateTimeParseException e) {
        replacement = m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@code value} as plain digits with a comma every three integer digits: {@code -1,234.50}. */
  public static String grouped(BigDecimal value) {
    String plain = value.toPlainString();
    int sign = plain.startsWith("-") ? 1 : 0;
    int point = plain.indexOf('.');
    int integerEnd = point < 0 ? plain.length() : point;
    StringBuilder out = new StringBuilder(plain.length() + plain.length() / 3);
    out.append(plain, 0, sign);
    for (int i = sign; i < integerEnd; i++) {
      if (i > sign && (integerEnd - i) % 3 == 0) {
        out.append(',');
      }
      out.append(plain.charAt(i));
    }
    out.append(plain, integerEnd, plain.length());
    return out.toString();
  }

  /** {@code d} as {@code 3h}, {@code 30m}, {@code 2h30m}, {@code 45s}, {@code 0s}. */
  public static String duration(Duration d) {
    long seconds = d.toSeconds();
    StringBuilder b = new StringBuilder();
    if (seconds >= 3600) {
      b.append(seconds / 3600).append('h');
    }
    if (seconds % 3600 >= 60) {
      b.append(seconds % 3600 / 60).append('m');
    }
    if (seconds % 60 != 0 || b.length() == 0) {
      b.append(seconds % 60).append('s');
    }
    return b.toString();
  }
}
