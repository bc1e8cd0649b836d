package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Billing period {@code n} of an organization: the half-open interval {@code [A(n), A(n+1))} where
 * {@code A(n)} is local midnight of the contract date plus {@code n} months (<a
 * href="{@docRoot}/index.html#R1">R1</a>). Made by {@link BillingCalendar}.
 *
 * <p>Immutable. Example: period 0 of a contract of 2026-01-15 in America/New_York is {@code
 * [2026-01-15T05:00:00Z, 2026-02-15T05:00:00Z)}, displayed as {@code 2026-01-15 00:00:00 through
 * 2026-02-14 23:59:59 America/New_York}.
 *
 * @param index n, from 0
 * @param start A(n), included
 * @param end A(n+1), excluded
 * @param zone the billing time zone
 */
public record BillingPeriod(int index, Instant start, Instant end, ZoneId zone) {
  private static final DateTimeFormatter DISPLAY =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  /**
   * Validates that the period is not empty.
   *
   * @param index n, from 0
   * @param start A(n), included
   * @param end A(n+1), excluded
   * @param zone the billing time zone
   */
  public BillingPeriod {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    requireNonNull(zone, "zone");
    if (index < 0 || !end.isAfter(start)) {
      throw new IllegalArgumentException(
          "not a billing period: index " + index + ", [" + start + ", " + end + ")");
    }
  }

  /** {@return the period as an interval} */
  public UsageInterval interval() {
    return UsageInterval.of(start, end);
  }

  /**
   * {@return whether {@code instant} lies in {@code [start, end)}}
   *
   * @param instant the instant
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /** {@return the period's length (it varies with the month and with daylight saving)} */
  public Duration length() {
    return Duration.between(start, end);
  }

  /** {@return the local date and time of the start, in the billing zone} */
  public LocalDateTime localStart() {
    return LocalDateTime.ofInstant(start, zone);
  }

  /** {@return the inclusive last second of the period, local: the displayed end (R1)} */
  public LocalDateTime localLastSecond() {
    return LocalDateTime.ofInstant(end.minusSeconds(1), zone);
  }

  /**
   * The period as it is displayed (<a href="{@docRoot}/index.html#R1">R1</a>).
   *
   * @return the local first and inclusive last second in the billing time zone, as in {@code
   *     2026-01-15 00:00:00 through 2026-02-14 23:59:59 America/New_York}
   */
  public String display() {
    return DISPLAY.format(localStart())
        + " through "
        + DISPLAY.format(localLastSecond())
        + " "
        + zone.getId();
  }

  @Override
  public String toString() {
    return "period " + index + " [" + start + ", " + end + ")";
  }
}
