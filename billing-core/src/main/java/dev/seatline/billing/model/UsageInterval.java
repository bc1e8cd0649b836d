package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A half-open interval of time {@code [start, end)}: the start is included, the end excluded, and
 * the end may be unbounded ("still open", extending past every period end). Empty intervals do not
 * exist: the end is always after the start (<a href="{@docRoot}/index.html#R12">R12</a>).
 *
 * <p>Every interval is clipped to the rated window before it is measured (<a
 * href="{@docRoot}/index.html#R1">R1</a>-<a href="{@docRoot}/index.html#R3">R3</a>, <a
 * href="{@docRoot}/index.html#R5">R5</a>). Adjacent intervals ({@code [a, b)} and {@code [b, c)})
 * do not overlap; their union is {@code [a, c)}.
 *
 * <p>Immutable and thread-safe. Example: {@code
 * UsageInterval.of(Instant.parse("2026-01-16T14:00:00Z"), Instant.parse("2026-01-16T22:00:00Z"))}
 * lasts 8 hours.
 */
public final class UsageInterval {
  private final Instant start;
  private final @Nullable Instant end;

  private UsageInterval(Instant start, @Nullable Instant end) {
    this.start = start;
    this.end = end;
  }

  /**
   * {@return the interval {@code [startInclusive, endExclusive)}}
   *
   * @param startInclusive the first instant of the interval
   * @param endExclusive the instant the interval ends, excluded
   * @throws InvalidInputException if the end is not after the start
   */
  public static UsageInterval of(Instant startInclusive, Instant endExclusive) {
    requireNonNull(startInclusive, "startInclusive");
    requireNonNull(endExclusive, "endExclusive");
    if (!endExclusive.isAfter(startInclusive)) {
      throw InvalidInputException.at(
          "",
          "'to' "
              + endExclusive
              + " must be after 'from' "
              + startInclusive
              + " (intervals are half-open and never empty)");
    }
    return new UsageInterval(startInclusive, endExclusive);
  }

  /**
   * {@return the interval that starts at {@code startInclusive} and is still open}
   *
   * @param startInclusive the first instant of the interval
   */
  public static UsageInterval ofUnboundedEnd(Instant startInclusive) {
    return new UsageInterval(requireNonNull(startInclusive, "startInclusive"), null);
  }

  /**
   * {@return {@code [from, to)} when {@code to} is present, otherwise open from {@code from}: the
   * scenario format's shape of an interval}
   *
   * @param from the first instant of the interval
   * @param to the instant the interval ends, excluded, or empty when it is still open
   */
  public static UsageInterval of(Instant from, Optional<Instant> to) {
    return to.isPresent() ? of(from, to.get()) : ofUnboundedEnd(from);
  }

  /** {@return the included start} */
  public Instant start() {
    return start;
  }

  /** {@return the excluded end, or empty when the interval is still open} */
  public Optional<Instant> end() {
    return Optional.ofNullable(end);
  }

  /** {@return whether the interval is still open (has no end)} */
  public boolean isUnboundedEnd() {
    return end == null;
  }

  /**
   * {@return whether {@code instant} lies in {@code [start, end)}}
   *
   * @param instant the instant
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && (end == null || instant.isBefore(end));
  }

  /**
   * {@return whether the two intervals share at least one instant (adjacent intervals do not)}
   *
   * @param other the other interval
   */
  public boolean overlaps(UsageInterval other) {
    return endsAfter(other.start) && other.endsAfter(start);
  }

  /**
   * {@return whether {@code other} lies entirely inside this interval}
   *
   * @param other the other interval
   */
  public boolean encloses(UsageInterval other) {
    if (other.start.isBefore(start)) {
      return false;
    }
    if (end == null) {
      return true;
    }
    return other.end != null && !other.end.isAfter(end);
  }

  /**
   * {@return whether this interval's end lies after {@code instant} (always, when unbounded)}
   *
   * @param instant the instant
   */
  public boolean endsAfter(Instant instant) {
    return end == null || end.isAfter(instant);
  }

  /**
   * {@return the shared part of the two intervals, empty when they do not overlap}
   *
   * @param other the other interval
   */
  public Optional<UsageInterval> intersection(UsageInterval other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    Instant s = start.isAfter(other.start) ? start : other.start;
    Instant e;
    if (end == null) {
      e = other.end;
    } else if (other.end == null) {
      e = end;
    } else {
      e = end.isBefore(other.end) ? end : other.end;
    }
    return Optional.of(new UsageInterval(s, e));
  }

  /**
   * {@return this interval clipped to the bounded window {@code [from, to)}; empty when nothing of
   * it lies there}
   *
   * @param from the start of the window
   * @param to the end of the window, excluded
   */
  public Optional<UsageInterval> clip(Instant from, Instant to) {
    return intersection(of(from, to));
  }

  /**
   * {@return the interval cut at {@code instant} when it extends past it; itself otherwise}
   *
   * @param instant the instant to cut at
   */
  public Optional<UsageInterval> endingNoLaterThan(Instant instant) {
    if (!instant.isAfter(start)) {
      return Optional.empty();
    }
    return endsAfter(instant) ? Optional.of(new UsageInterval(start, instant)) : Optional.of(this);
  }

  /**
   * {@return the end of a bounded interval}
   *
   * @throws IllegalStateException if the interval is unbounded
   */
  public Instant endOrThrow() {
    if (end == null) {
      throw new IllegalStateException("an unbounded interval has no end: " + this);
    }
    return end;
  }

  /**
   * {@return the length of the interval}
   *
   * @throws IllegalStateException if the interval is unbounded
   */
  public Duration duration() {
    return Duration.between(start, endOrThrow());
  }

  /** Orders intervals by start, then by end with unbounded ends last. */
  public static final Comparator<UsageInterval> BY_START =
      Comparator.comparing(UsageInterval::start)
          .thenComparing(i -> i.end, Comparator.nullsLast(Comparator.naturalOrder()));

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UsageInterval other
        && start.equals(other.start)
        && Objects.equals(end, other.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /** {@code [2026-01-16T14:00:00Z, 2026-01-16T22:00:00Z)}, or {@code [..., open)}. */
  @Override
  public String toString() {
    return "[" + start + ", " + (end == null ? "open" : end.toString()) + ")";
  }
}
