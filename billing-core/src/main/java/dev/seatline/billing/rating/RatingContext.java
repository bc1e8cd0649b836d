package dev.seatline.billing.rating;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.model.AccountStatus;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.money.BillingCurrency;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * One rating run handed to the strategies (R1, R9, R11): the input, the billing period, the rated
 * time {@code [start, end)} and the policy. {@code start} is the period start; {@code end} is the
 * period end, or the cancellation instant of a cancelled organization's last period, or the "as of"
 * instant of a usage-to-date view. Every interval is clipped to {@code [start, end)} before it is
 * measured, and data at or after {@code end} is ignored.
 *
 * <p>Immutable. Made by {@code BillingEngine}; strategies only read it.
 *
 * @param input the organization's data
 * @param period the billing period rated
 * @param start the first instant rated, the period start
 * @param end the end of the rated time, excluded, not after the period end
 * @param policy the rating policy
 */
public record RatingContext(
    RatingInput input, BillingPeriod period, Instant start, Instant end, RatingPolicy policy) {

  /** Validates that {@code [start, end)} lies in the period and is not reversed. */
  public RatingContext {
    requireNonNull(input, "input");
    requireNonNull(period, "period");
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    requireNonNull(policy, "policy");
    if (!start.equals(period.start()) || end.isBefore(start) || end.isAfter(period.end())) {
      throw new IllegalArgumentException(
          "rated time [" + start + ", " + end + ") does not fit " + period);
    }
  }

  /** The organization rated. */
  public Organization organization() {
    return input.organization();
  }

  /** The currency of every amount. */
  public BillingCurrency currency() {
    return input.organization().currency();
  }

  /** Whether any time is rated at all ({@code start < end}). */
  public boolean hasRatedTime() {
    return end.isAfter(start);
  }

  /** The rated time as an interval; only when {@link #hasRatedTime()}. */
  public UsageInterval window() {
    return UsageInterval.of(start, end);
  }

  /** Whether licences and call usage are charged nothing: a TRIAL organization (R9). */
  public boolean isTrial() {
    return input.organization().status() == AccountStatus.TRIAL;
  }

  /**
   * The unit price of a recurring charge: zero for a TRIAL organization (which needs no price),
   * otherwise the price {@code lookup} finds or rejects as missing (R9, R12).
   */
  public BigDecimal recurringUnitPrice(Supplier<BigDecimal> lookup) {
    return isTrial() ? BigDecimal.ZERO.setScale(currency().scale()) : lookup.get();
  }
}
