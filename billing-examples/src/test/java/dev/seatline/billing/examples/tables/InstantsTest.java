package dev.seatline.billing.examples.tables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class InstantsTest {
  /** FORMAT.md's form of an instant, as the scenario reader checks it. */
  private static final Pattern FORM =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.(\\d+))?)?(?:Z|[+-]\\d{2}:\\d{2})");

  /** The instant java.time reads from {@code text}, or null when FORMAT.md rejects it. */
  private static @Nullable Instant reference(String text) {
    var m = FORM.matcher(text);
    if (!m.matches() || (m.group(1) != null && m.group(1).length() > 9)) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static @Nullable Instant parsed(String text) {
    long[] out = new long[2];
    return Instants.parse(text, out) == 0 ? Instant.ofEpochSecond(out[0], out[1]) : null;
  }

  /**
   * Valid instants in every form FORMAT.md allows: with or without seconds, 1-9 digits, offsets.
   */
  private static final Gen<String> VALID =
      r -> {
        long seconds = r.nextLong(-62_135_596_800L, 253_402_300_799L); // years 0001 to 9999
        int offset = r.nextInt(-18 * 4, 18 * 4 + 1) * 15 * 60;
        OffsetDateTime t =
            Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.ofTotalSeconds(offset));
        int form = r.nextInt(3);
        String date =
            String.format(
                "%04d-%02d-%02dT%02d:%02d",
                t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute());
        if (form > 0) {
          date += String.format(":%02d", t.getSecond());
        }
        if (form == 2) {
          int digits = 1 + r.nextInt(9);
          StringBuilder f = new StringBuilder(".");
          for (int i = 0; i < digits; i++) {
            f.append((char) ('0' + r.nextInt(10)));
          }
          date += f;
        }
        String o =
            offset == 0 && r.nextBoolean()
                ? "Z"
                : String.format(
                    "%s%02d:%02d",
                    offset < 0 ? "-" : "+", Math.abs(offset) / 3600, Math.abs(offset) % 3600 / 60);
        return date + o;
      };

  /** A valid instant with one character changed, inserted or removed: mostly invalid text. */
  private static final Gen<String> MUTATED =
      r -> {
        String s = VALID.next(r);
        char[] alphabet = "0123456789-:.TZ+ x".toCharArray();
        int i = r.nextInt(s.length());
        return switch (r.nextInt(3)) {
          case 0 -> s.substring(0, i) + alphabet[r.nextInt(alphabet.length)] + s.substring(i + 1);
          case 1 -> s.substring(0, i) + alphabet[r.nextInt(alphabet.length)] + s.substring(i);
          default -> s.substring(0, i) + s.substring(i + 1);
        };
      };

  @Test
  void validInstantsParseAsJavaTimeParsesThem() {
    PropertyCheck.forAll(
        "valid instants parse as java.time does",
        PropertyCheck.scaled(20_000),
        VALID,
        text -> assertThat(parsed(text)).as(text).isNotNull().isEqualTo(reference(text)));
  }

  @Test
  void anyTextIsAcceptedExactlyWhenJavaTimeAcceptsItInFormatMdsForm() {
    PropertyCheck.forAll(
        "the parser accepts what FORMAT.md and java.time accept",
        PropertyCheck.scaled(20_000),
        MUTATED,
        text -> assertThat(parsed(text)).as(text).isEqualTo(reference(text)));
  }

  @Test
  void edgeCasesOfTheCalendarAndTheOffsets() {
    // Leap days: 2024 is a leap year, 1900 and 2100 are not, 2000 is.
    assertThat(parsed("2024-02-29T00:00:00Z")).isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
    assertThat(parsed("2000-02-29T00:00Z")).isEqualTo(Instant.parse("2000-02-29T00:00:00Z"));
    assertThat(parsed("1900-02-29T00:00:00Z")).isNull();
    assertThat(parsed("2100-02-29T00:00:00Z")).isNull();
    // 14:00 at +05:30 is 08:30 UTC; the largest offset is 18 hours.
    assertThat(parsed("2026-01-16T14:00:00+05:30"))
        .isEqualTo(Instant.parse("2026-01-16T08:30:00Z"));
    assertThat(parsed("2026-01-16T14:00:00+18:00")).isNotNull();
    assertThat(parsed("2026-01-16T14:00:00+18:01")).isNull();
    assertThat(parsed("2026-01-16T24:00:00Z")).isNull();
    assertThat(parsed("2026-01-16T23:59:60Z")).isNull();
    // 0.5 s written with one digit and with nine
    assertThat(parsed("2026-01-16T14:00:00.5Z"))
        .isEqualTo(parsed("2026-01-16T14:00:00.500000000Z"));
    long[] out = new long[2];
    assertThat(Instants.parse("2026-01-16T14:00:00.1234567890Z", out))
        .isEqualTo(Instants.TOO_PRECISE);
    assertThat(Instants.parse("2026-01-16 14:00:00Z", out)).isEqualTo(Instants.MALFORMED);
    assertThat(Instants.parse("2026-02-30T14:00:00Z", out)).isEqualTo(Instants.INVALID);
    assertThat(Instants.parseNanos("2300-01-01T00:00:00Z", out))
        .isEqualTo(Instants.OUT_OF_NANO_RANGE);
    assertThat(Instants.parseNanos("1970-01-01T00:00:01.000000002Z", out)).isZero();
    assertThat(out[0]).isEqualTo(1_000_000_002L);
  }

  @Test
  void nanosecondsMatchTheInstant() {
    PropertyCheck.forAll(
        "epoch nanoseconds match the instant",
        PropertyCheck.scaled(5_000),
        (SplittableRandom r) ->
            Instant.ofEpochSecond(
                    r.nextLong(-9_000_000_000L, 9_000_000_000L), r.nextInt(1_000_000_000))
                .toString(),
        text -> {
          long[] out = new long[2];
          assertThat(Instants.parseNanos(text, out)).as(text).isZero();
          Instant t = Instant.parse(text);
          assertThat(out[0]).isEqualTo(t.getEpochSecond() * 1_000_000_000L + t.getNano());
        });
  }
}
