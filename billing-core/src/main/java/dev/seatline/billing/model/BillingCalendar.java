package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The billing periods of one contract (<a href="{@docRoot}/index.html#R1">R1</a>). Period {@code n}
 * is {@code [A(n), A(n+1))} where {@code A(n)} is the start, in the billing zone, of the local date
 * {@code contractEffectiveDate.plusMonths(n)}. {@code plusMonths} is applied to the original date,
 * never chained, so a contract of Jan 31 gives periods starting Jan 31, Feb 28 (29), Mar 31, Apr
 * 30. A local midnight that does not exist (a daylight-saving gap) means the first instant of that
 * date (<a href="{@docRoot}/index.html#R12">R12</a>).
 *
 * <p>Laws: consecutive periods tile time (period n's end is period n+1's start); every instant at
 * or after {@code A(0)} lies in exactly one period.
 *
 * <p>Immutable and thread-safe. Example: {@code BillingCalendar.of(LocalDate.of(2026, 1, 15),
 * ZoneId.of("America/New_York")).period(0)}.
 */
public final class BillingCalendar {
  /** The default billing zone (R1): the FAQ's "EST", with its daylight-saving rules. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/New_York");

  /** The largest period index accepted. */
  public static final int MAX_INDEX = 1_000_000;

  private final LocalDate contractEffectiveDate;
  private final ZoneId zone;

  private BillingCalendar(LocalDate contractEffectiveDate, ZoneId zone) {
    this.contractEffectiveDate = contractEffectiveDate;
    this.zone = zone;
  }

  /**
   * {@return the calendar of a contract effective on {@code contractEffectiveDate}, billed in
   * {@code zone}}
   *
   * @param contractEffectiveDate the local date the contract takes effect
   * @param zone the billing time zone
   */
  public static BillingCalendar of(LocalDate contractEffectiveDate, ZoneId zone) {
    return new BillingCalendar(
        requireNonNull(contractEffectiveDate, "contractEffectiveDate"),
        requireNonNull(zone, "zone"));
  }

  /** {@return the contract effective date} */
  public LocalDate contractEffectiveDate() {
    return contractEffectiveDate;
  }

  /** {@return the billing time zone} */
  public ZoneId zone() {
    return zone;
  }

  /**
   * {@return A(n): the first instant of period {@code n}}
   *
   * @param n the period index
   * @throws InvalidInputException if {@code n} is negative or above {@link #MAX_INDEX}
   */
  public Instant start(int n) {
    if (n < 0 || n > MAX_INDEX + 1) {
      throw InvalidInputException.at(
          "period.index", "must be from 0 to " + MAX_INDEX + ", was " + n);
    }
    return contractEffectiveDate.plusMonths(n).atStartOfDay(zone).toInstant();
  }

  /**
   * {@return period {@code n}: {@code [A(n), A(n+1))}}
   *
   * @param n the period index
   */
  public BillingPeriod period(int n) {
    if (n > MAX_INDEX) {
      throw InvalidInputException.at(
          "period.index", "must be from 0 to " + MAX_INDEX + ", was " + n);
    }
    return new BillingPeriod(n, start(n), start(n + 1), zone);
  }

  /**
   * {@return the period that contains {@code instant}; empty before {@code A(0)} or past the last
   * index}
   *
   * @param instant any instant
   */
  public Optional<BillingPeriod> periodContaining(Instant instant) {
    if (instant.isBefore(start(0)) || !instant.isBefore(start(MAX_INDEX + 1))) {
      return Optional.empty();
    }
    LocalDate local = LocalDate.ofInstant(instant, zone);
    long guess = ChronoUnit.MONTHS.between(contractEffectiveDate, local);
    int n = (int) Math.max(0, Math.min(guess, MAX_INDEX));
    while (n > 0 && start(n).isAfter(instant)) {
      n--;
    }
    while (n < MAX_INDEX && !start(n + 1).isAfter(instant)) {
      n++;
    }
    BillingPeriod p = period(n);
    return p.contains(instant) ? Optional.of(p) : Optional.empty();
  }

  /** Equal when the contract date and the zone are equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BillingCalendar c
        && contractEffectiveDate.equals(c.contractEffectiveDate)
        && zone.equals(c.zone);
  }

  @Override
  public int hashCode() {
    return contractEffectiveDate.hashCode() * 31 + zone.hashCode();
  }

  @Override
  public String toString() {
    return "BillingCalendar{" + contractEffectiveDate + " in " + zone + "}";
  }
}
