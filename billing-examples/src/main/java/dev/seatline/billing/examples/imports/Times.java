package dev.seatline.billing.examples.imports;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Instants as the exports write them: ISO-8601 with {@code Z} or an offset. */
final class Times {
  /** What an instant must look like, for error messages. */
  static final String EXPECTED = "an ISO-8601 instant such as 2026-01-05T08:00:00.000Z";

  private Times() {}

  /**
   * {@code text} as an instant: {@code 2026-01-05T08:00:00.000Z}, {@code
   * 2026-01-05T09:00:00+01:00}, and the warehouse form with a space for the {@code T}; empty when
   * it is none of those.
   */
  static Optional<Instant> parse(String text) {
    String t = text.trim();
    if (t.length() > 10 && t.charAt(10) == ' ') {
      t = t.substring(0, 10) + 'T' + t.substring(11);
    }
    if (t.length() < 11 || t.charAt(10) != 'T') {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(t));
    } catch (DateTimeException e) {
      try {
        return Optional.of(OffsetDateTime.parse(t).toInstant());
      } catch (DateTimeException again) {
        return Optional.empty();
      }
    }
  }
}
