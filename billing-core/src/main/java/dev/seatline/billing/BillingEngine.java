package dev.seatline.billing;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.internal.PeriodRater;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.invoice.UsageHistory;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.rating.ConcurrentSeatRating;
import dev.seatline.billing.rating.ExcessCallPortRating;
import dev.seatline.billing.rating.NamedSeatRating;
import dev.seatline.billing.rating.RatingPolicy;
import dev.seatline.billing.rating.SeatRatingStrategy;
import dev.seatline.billing.rating.UsageRatingStrategy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entry point: rates a period of an organization into invoices (R1-R12).
 *
 * <p>The organization's licensing model picks the seat strategy ({@link NamedSeatRating} or {@link
 * ConcurrentSeatRating}); {@link ExcessCallPortRating} rates call usage; both can be replaced. The
 * rated time is the period, cut at a cancellation (R9) or at an "as of" instant (R11); {@link
 * #usageHistory} lists the licences of a run of periods (R11).
 *
 * <p>Immutable and thread-safe: one engine may rate many organizations in parallel. Example: {@code
 * BillingEngine.withDefaults().rate(input, 0).invoices()}.
 */
public final class BillingEngine {
  private final RatingPolicy policy;
  private final SeatRatingStrategy named;
  private final SeatRatingStrategy concurrent;
  private final UsageRatingStrategy usage;

  private BillingEngine(
      RatingPolicy policy,
      SeatRatingStrategy named,
      SeatRatingStrategy concurrent,
      UsageRatingStrategy usage) {
    this.policy = requireNonNull(policy, "policy");
    this.named = requireNonNull(named, "named");
    this.concurrent = requireNonNull(concurrent, "concurrent");
    this.usage = requireNonNull(usage, "usage");
  }

  /** An engine with {@link RatingPolicy#defaults()} and the default strategies. */
  public static BillingEngine withDefaults() {
    return of(RatingPolicy.defaults());
  }

  /** An engine with {@code policy} and the default strategies. */
  public static BillingEngine of(RatingPolicy policy) {
    return new BillingEngine(
        policy, new NamedSeatRating(), new ConcurrentSeatRating(), new ExcessCallPortRating());
  }

  /** The policy. */
  public RatingPolicy policy() {
    return policy;
  }

  /** A copy that rates organizations of {@code model} with {@code strategy}. */
  public BillingEngine withSeatStrategy(LicensingModel model, SeatRatingStrategy strategy) {
    return model == LicensingModel.NAMED
        ? new BillingEngine(policy, strategy, concurrent, usage)
        : new BillingEngine(policy, named, strategy, usage);
  }

  /** A copy that rates call usage with {@code strategy}. */
  public BillingEngine withUsageStrategy(UsageRatingStrategy strategy) {
    return new BillingEngine(policy, named, concurrent, strategy);
  }

  /**
   * Rates period {@code periodIndex} (R1) of {@code input}: its RECURRING invoice (FINAL when the
   * organization was cancelled in it) and the ORDER and SHIPMENT invoices of its orders and
   * shipments.
   *
   * @throws InvalidInputException naming the offending element, for input the rules reject
   */
  public RatedPeriod rate(RatingInput input, int periodIndex) {
    return rate(input, periodIndex, Optional.empty());
  }

  /**
   * Rates period {@code periodIndex} of {@code input} as of {@code asOf} (R11): the same rules over
   * {@code [start, asOf)}, with a PREVIEW invoice dated the local date of {@code asOf}.
   *
   * @throws InvalidInputException at {@code period.asOf} when {@code asOf} is not in the rated
   *     period, or naming another offending element
   */
  public RatedPeriod rateAsOf(RatingInput input, int periodIndex, Instant asOf) {
    return rate(input, periodIndex, Optional.of(requireNonNull(asOf, "asOf")));
  }

  /**
   * Rates {@code input} as of {@code asOf} in the period that contains it.
   *
   * @throws InvalidInputException at {@code period.asOf} when {@code asOf} is before the contract
   */
  public RatedPeriod rateAsOf(RatingInput input, Instant asOf) {
    int index =
        input
            .organization()
            .calendar()
            .periodContaining(asOf)
            .orElseThrow(
                () ->
                    InvalidInputException.at(
                        "period.asOf", asOf + " is before the contract's first period"))
            .index();
    return rateAsOf(input, index, asOf);
  }

  /**
   * Rates {@code input} for period {@code periodIndex}, as of {@code asOf} when present.
   *
   * @throws InvalidInputException naming the offending element
   */
  public RatedPeriod rate(RatingInput input, int periodIndex, Optional<Instant> asOf) {
    requireNonNull(input, "input");
    SeatRatingStrategy seats =
        input.organization().licensing() == LicensingModel.NAMED ? named : concurrent;
    return PeriodRater.rate(input, periodIndex, asOf, policy, seats, usage);
  }

  /**
   * The usage history (R11) of periods {@code firstPeriod} to {@code lastPeriodInclusive} of {@code
   * input}: each period rated as by {@link #rate(RatingInput, int)}, its licences per tier and the
   * users behind them. A cancelled organization's history stops at its last period (R9).
   *
   * @throws InvalidInputException at {@code period.index} when {@code lastPeriodInclusive} is
   *     before {@code firstPeriod}, an index is out of range, or {@code firstPeriod} is after a
   *     cancelled organization's last period; naming another offending element for other invalid
   *     input
   */
  public UsageHistory usageHistory(RatingInput input, int firstPeriod, int lastPeriodInclusive) {
    requireNonNull(input, "input");
    if (lastPeriodInclusive < firstPeriod) {
      throw InvalidInputException.at(
          "period.index",
          "last period " + lastPeriodInclusive + " is before the first period " + firstPeriod);
    }
    int last = lastPeriodInclusive;
    Optional<Integer> cancelledLast = PeriodRater.lastPeriodIndex(input.organization());
    if (cancelledLast.isPresent()) {
      if (firstPeriod > cancelledLast.get()) {
        throw InvalidInputException.at(
            "period.index",
            "period "
                + firstPeriod
                + " is after the organization's last period "
                + cancelledLast.get()
                + " (cancelled "
                + input.organization().cancelledAt().orElseThrow()
                + ")");
      }
      last = Math.min(last, cancelledLast.get());
    }
    List<RatedPeriod> rated = new ArrayList<>();
    for (int index = firstPeriod; index <= last; index++) {
      rated.add(rate(input, index));
    }
    return UsageHistory.of(rated);
  }

  @Override
  public String toString() {
    return "BillingEngine{" + policy + "}";
  }
}
