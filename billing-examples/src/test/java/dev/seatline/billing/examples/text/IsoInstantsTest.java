package dev.seatline.billing.examples.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.seatline.billing.examples.text.IsoInstants.InvalidInstantException;
import dev.seatline.billing.examples.text.IsoInstants.Problem;
import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {
  /**
   * The oracle: how the scenario reader checked an instant with java.time before {@link
   * IsoInstants} (the form of FORMAT.md as a regular expression, at most 9 fractional digits, then
   * {@link OffsetDateTime#parse} in the ISO format, STRICT).
   */
  private static final Pattern FORM =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.(\\d+))?)?(?:Z|[+-]\\d{2}:\\d{2})");

  /** What the oracle makes of {@code text}: its instant, or the problem. */
  private record Outcome(@Nullable Instant instant, @Nullable Problem problem) {}

  private static Outcome oracle(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return new Outcome(null, Problem.NOT_ISO_8601);
    }
    if (m.group(1) != null && m.group(1).length() > 9) {
      return new Outcome(null, Problem.MORE_THAN_NINE_FRACTION_DIGITS);
    }
    try {
      return new Outcome(
          OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant(), null);
    } catch (DateTimeException e) {
      return new Outcome(null, Problem.NOT_A_VALID_INSTANT);
    }
  }

  private static Outcome parsed(String text) {
    try {
      return new Outcome(IsoInstants.parseInstant(text, 0, text.length()), null);
    } catch (InvalidInstantException e) {
      return new Outcome(null, e.problem());
    }
  }

  private static String two(int v) {
    return String.format("%02d", v);
  }

  /** Texts of the accepted form with fields over their whole two-digit (four-digit) range. */
  private static final Gen<String> NEARLY_INSTANTS =
      r -> {
        StringBuilder b =
            new StringBuilder()
                .append(
                    String.format(
                        "%04d", r.nextBoolean() ? 1900 + r.nextInt(200) : r.nextInt(10_000)))
                .append('-')
                .append(two(r.nextInt(4) == 0 ? r.nextInt(100) : 1 + r.nextInt(12)))
                .append('-')
                .append(two(r.nextInt(4) == 0 ? r.nextInt(100) : 1 + r.nextInt(31)))
                .append('T')
                .append(two(r.nextInt(4) == 0 ? r.nextInt(100) : r.nextInt(24)))
                .append(':')
                .append(two(r.nextInt(8) == 0 ? r.nextInt(100) : r.nextInt(60)));
        if (r.nextInt(4) != 0) {
          b.append(':').append(two(r.nextInt(8) == 0 ? r.nextInt(100) : r.nextInt(60)));
          if (r.nextBoolean()) {
            b.append('.');
            int digits = r.nextInt(12);
            for (int i = 0; i < digits; i++) {
              b.append((char) ('0' + r.nextInt(10)));
            }
          }
        }
        switch (r.nextInt(3)) {
          case 0 -> b.append('Z');
          default ->
              b.append(r.nextBoolean() ? '+' : '-')
                  .append(two(r.nextInt(4) == 0 ? r.nextInt(100) : r.nextInt(19)))
                  .append(':')
                  .append(two(r.nextInt(4) == 0 ? r.nextInt(100) : r.nextInt(60)));
        }
        return b.toString();
      };

  /** Those texts, some garbled: a character replaced, dropped or added. */
  private static final Gen<String> GARBLED =
      r -> {
        StringBuilder b = new StringBuilder(NEARLY_INSTANTS.next(r));
        String alphabet = "0123456789-:T+.Zzt x\u0660";
        int edits = r.nextInt(3);
        for (int i = 0; i < edits && b.length() > 0; i++) {
          int at = r.nextInt(b.length());
          char c = alphabet.charAt(r.nextInt(alphabet.length()));
          switch (r.nextInt(3)) {
            case 0 -> b.setCharAt(at, c);
            case 1 -> b.deleteCharAt(at);
            default -> b.insert(at, c);
          }
        }
        return b.toString();
      };

  @Test
  void agreesWithJavaTimeOnNearlyValidTexts() {
    PropertyCheck.forAll(
        "IsoInstants = regex + OffsetDateTime.parse",
        5_000,
        NEARLY_INSTANTS,
        text -> assertThat(parsed(text)).as(text).isEqualTo(oracle(text)));
  }

  @Test
  void agreesWithJavaTimeOnGarbledTexts() {
    PropertyCheck.forAll(
        "IsoInstants = regex + OffsetDateTime.parse, garbled",
        5_000,
        GARBLED,
        text -> assertThat(parsed(text)).as(text).isEqualTo(oracle(text)));
  }

  @Test
  void epochNanosAreTheInstantsNanosWhereALongHoldsThem() {
    PropertyCheck.forAll(
        "parseEpochNanos = Instant's nanos",
        5_000,
        NEARLY_INSTANTS,
        text -> {
          Outcome expected = oracle(text);
          if (expected.instant() == null) {
            return;
          }
          Instant i = expected.instant();
          long nanos;
          try {
            nanos =
                Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000_000L), i.getNano());
          } catch (ArithmeticException e) {
            InvalidInstantException x =
                catchThrowableOfType(
                    InvalidInstantException.class,
                    () -> IsoInstants.parseEpochNanos(text, 0, text.length()));
            assertThat(x.problem()).isEqualTo(Problem.OUTSIDE_EPOCH_NANOS);
            return;
          }
          assertThat(IsoInstants.parseEpochNanos(text, 0, text.length())).isEqualTo(nanos);
          assertThat(IsoInstants.parseEpochNanos(text.toCharArray(), 0, text.length()))
              .isEqualTo(nanos);
        });
  }

  @Test
  void handWorkedValues() {
    // 2026-01-01T00:00Z is 1,767,225,600 s after the epoch (56 years, 14 of them leap:
    // 56 x 365 + 14 = 20,454 days x 86,400 s); + 15 days + 14 h = 1,768,572,000 s.
    assertThat(IsoInstants.parseEpochNanos("2026-01-16T14:00:00Z", 0, 20))
        .isEqualTo(1_768_572_000_000_000_000L);
    // The same instant written in New York's winter offset, without seconds.
    assertThat(IsoInstants.parseEpochNanos("2026-01-16T09:00-05:00", 0, 22))
        .isEqualTo(1_768_572_000_000_000_000L);
    // One hour east of Greenwich at 01:00 is the epoch; .5 is half a second.
    assertThat(IsoInstants.parseEpochNanos("1970-01-01T01:00:00.5+01:00", 0, 27))
        .isEqualTo(500_000_000L);
    // Long.MIN_VALUE ns = -9,223,372,036.854775808 s = second -9,223,372,037 + 0.145224192 s.
    assertThat(IsoInstants.parseEpochNanos("1677-09-21T00:12:43.145224192Z", 0, 30))
        .isEqualTo(Long.MIN_VALUE);
    assertThat(IsoInstants.parseEpochNanos("2262-04-11T23:47:16.854775807Z", 0, 30))
        .isEqualTo(Long.MAX_VALUE);
    for (String beyond :
        List.of("1677-09-21T00:12:43.145224191Z", "2262-04-11T23:47:16.854775808Z")) {
      assertThatThrownBy(() -> IsoInstants.parseEpochNanos(beyond, 0, beyond.length()))
          .isInstanceOfSatisfying(
              InvalidInstantException.class,
              e -> assertThat(e.problem()).isEqualTo(Problem.OUTSIDE_EPOCH_NANOS));
    }
    // Year 0 exists (1 BC); its Instant is still exact.
    assertThat(IsoInstants.parseInstant("0000-03-01T00:00:00Z", 0, 20))
        .isEqualTo(Instant.parse("0000-03-01T00:00:00Z"));
  }

  @Test
  void readsAPartOfTheText() {
    String text = "at \"2026-01-16T14:00:00Z\" or so";
    assertThat(IsoInstants.parseEpochNanos(text, 4, 24)).isEqualTo(1_768_572_000_000_000_000L);
    assertThat(IsoInstants.parseEpochNanos(text.toCharArray(), 4, 24))
        .isEqualTo(1_768_572_000_000_000_000L);
    assertThat(IsoInstants.parseInstant(text.toCharArray(), 4, 24))
        .isEqualTo(Instant.parse("2026-01-16T14:00:00Z"));
    assertThatThrownBy(() -> IsoInstants.parseEpochNanos(text, 4, 25))
        .isInstanceOfSatisfying(
            InvalidInstantException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(Problem.NOT_ISO_8601);
              assertThat(e).hasMessage("NOT_ISO_8601: '2026-01-16T14:00:00Z\"'");
            });
    assertThatThrownBy(() -> IsoInstants.parseEpochNanos(text, 20, 40))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> IsoInstants.parseInstant(text.toCharArray(), -1, 3))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void namesEachProblem() {
    assertThat(parsed("2026-01-16T14:00:00.1234567890Z").problem())
        .isEqualTo(Problem.MORE_THAN_NINE_FRACTION_DIGITS);
    assertThat(parsed("2026-02-29T00:00Z").problem()).isEqualTo(Problem.NOT_A_VALID_INSTANT);
    assertThat(parsed("2024-02-29T00:00Z").instant())
        .isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
    assertThat(parsed("2026-01-16T24:00Z").problem()).isEqualTo(Problem.NOT_A_VALID_INSTANT);
    assertThat(parsed("2026-01-16T23:59:60Z").problem()).isEqualTo(Problem.NOT_A_VALID_INSTANT);
    assertThat(parsed("2026-01-16T12:00+18:01").problem()).isEqualTo(Problem.NOT_A_VALID_INSTANT);
    assertThat(parsed("2026-01-16T12:00-18:00").instant())
        .isEqualTo(Instant.parse("2026-01-17T06:00:00Z"));
    for (String bad :
        List.of(
            "2026-01-16",
            "2026-01-16T14:00:00",
            "2026-01-16t14:00:00Z",
            "2026-01-16T14:00:00z",
            "2026-01-16T14:00:00.Z",
            "2026-01-16T14:00.5Z",
            "2026-01-16T14:00:00+0100",
            "2026-01-16T14:00:00+01",
            "+2026-01-16T14:00:00Z",
            "2026-01-16T14:00:00Z ",
            "\u0662026-01-16T14:00:00Z")) {
      assertThat(parsed(bad).problem()).as(bad).isEqualTo(Problem.NOT_ISO_8601);
    }
  }
}
