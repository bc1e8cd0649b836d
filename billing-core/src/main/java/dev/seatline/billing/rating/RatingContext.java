package dev.seatline.billing.rating;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.model.AccountStatus;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatedWindow;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.TierCatalog;
import dev.seatline.billing.money.BillingCurrency;
import java.time.Instant;

/**
 * One rating run handed to the rules (<a href="{@docRoot}/index.html#R1">R1</a>, <a
 * href="{@docRoot}/index.html#R9">R9</a>, <a href="{@docRoot}/index.html#R11">R11</a>): the input,
 * the billing period, the rated time {@code [start, end)} and the policy. {@code start} is the
 * period start; {@code end} is the period end, or the cancellation instant of a cancelled
 * organization's last period, or the "as of" instant of a usage-to-date view. The rules read the
 * data through {@link #window()}, where every interval is clipped to {@code [start, end)} and data
 * at or after {@code end} is ignored.
 *
 * <p>Immutable. Made by {@code BillingEngine}; rules only read it.
 *
 * @param input the organization's data
 * @param period the billing period rated
 * @param start the first instant rated, the period start
 * @param end the end of the rated time, excluded, not after the period end
 * @param policy the rating policy
 */
public record RatingContext(
    RatingInput input, BillingPeriod period, Instant start, Instant end, RatingPolicy policy) {

  /**
   * Validates that the rated time lies in the period and starts with it.
   *
   * @param input the organization's data
   * @param period the billing period rated
   * @param start the first instant rated, the period start
   * @param end the end of the rated time, excluded, not after the period end
   * @param policy the rating policy
   */
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

  /**
   * {@return the rated window: the one read model of the input's data over {@code [start, end)}}
   */
  public RatedWindow window() {
    return input.window(start, end);
  }

  /** {@return the organization rated} */
  public Organization organization() {
    return input.organization();
  }

  /** {@return the organization's licence tiers (R3)} */
  public TierCatalog tiers() {
    return input.organization().tiers();
  }

  /** {@return the organization's prices} */
  public PriceBook prices() {
    return input.prices();
  }

  /** {@return the organization's currency} */
  public BillingCurrency currency() {
    return input.organization().currency();
  }

  /** {@return whether any time is rated ({@code end > start})} */
  public boolean hasRatedTime() {
    return end.isAfter(start);
  }

  /** {@return whether the organization is a TRIAL, whose recurring charges are priced at 0 (R9)} */
  public boolean isTrial() {
    return input.organization().status() == AccountStatus.TRIAL;
  }
}
