package dev.seatline.billing.examples.imports;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * The half-open interval {@code [from, to)} of an import: the vendor's query interval syntax {@code
 * FROM/TO}, ISO-8601 instants. Every imported segment is clipped to it.
 */
record Interval(Instant from, Instant to) {
  Interval {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException(
          "the interval's end " + to + " must be after its start " + from);
    }
  }

  /**
   * Parses {@code FROM/TO}, as in {@code 2026-01-01T05:00:00Z/2026-02-01T05:00:00Z}.
   *
   * @throws IllegalArgumentException naming the text when it is not two instants, the second after
   *     the first
   */
  static Interval parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0 || slash != text.lastIndexOf('/')) {
      throw new IllegalArgumentException(
          "interval '"
              + text
              + "' is not FROM/TO, two ISO-8601 instants such as"
              + " 2026-01-01T05:00:00Z/2026-02-01T05:00:00Z");
    }
    Optional<Instant> from = Times.parse(text.substring(0, slash));
    Optional<Instant> to = Times.parse(text.substring(slash + 1));
    if (from.isEmpty() || to.isEmpty()) {
      throw new IllegalArgumentException(
          "interval '"
              + text
              + "' is not FROM/TO, two ISO-8601 instants such as"
              + " 2026-01-01T05:00:00Z/2026-02-01T05:00:00Z");
    }
    return new Interval(from.get(), to.get());
  }

  @Override
  public String toString() {
    return from + "/" + to;
  }
}
