package dev.seatline.billing;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.correction.CorrectedPeriod;
import dev.seatline.billing.correction.Corrections;
import dev.seatline.billing.correction.IssuedPeriod;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.invoice.UsageHistory;
import dev.seatline.billing.model.Edition;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.rating.ChargeRule;
import dev.seatline.billing.rating.ConcurrentSeatRating;
import dev.seatline.billing.rating.ExcessCallPortRating;
import dev.seatline.billing.rating.HourlySeatRating;
import dev.seatline.billing.rating.MeteredUsageRating;
import dev.seatline.billing.rating.NamedSeatRating;
import dev.seatline.billing.rating.RatingPolicy;
import dev.seatline.billing.rating.SeatRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entry point: rates a period of an organization into invoices (<a
 * href="{@docRoot}/index.html#rules">R1-R12</a>).
 *
 * <p>Rules are open slots: a {@link SeatRule} per licensing model ({@link NamedSeatRating} for
 * NAMED, {@link ConcurrentSeatRating} for CONCURRENT, {@link HourlySeatRating} for HOURLY, <a
 * href="{@docRoot}/index.html#R15">R15</a>), then an ordered list of {@link ChargeRule}s whose
 * lines follow the seats ({@link ExcessCallPortRating}, then {@link MeteredUsageRating}, <a
 * href="{@docRoot}/index.html#R16">R16</a>); each can be replaced or added to. Between them the
 * engine applies an organization's commitments ({@link dev.seatline.billing.rating.Commitments}:
 * the ADVANCE invoice and OVERAGE lines, <a href="{@docRoot}/index.html#R14">R14</a>), and after
 * them its minimum monthly amount ({@link dev.seatline.billing.rating.MinimumTrueUp}). The policy
 * is chosen by the organization's edition (<a href="{@docRoot}/index.html#R17">R17</a>): {@link
 * #policy(Edition)}. An organization whose licensing model has no seat rule is invalid input at
 * {@code organization.licensing}. The rated time is the period, cut at a cancellation (<a
 * href="{@docRoot}/index.html#R9">R9</a>) or at an "as of" instant (<a
 * href="{@docRoot}/index.html#R11">R11</a>); {@link #usageHistory} lists the licences of a run of
 * periods (R11); {@link #correct} rates a closed period's new data against the invoices already
 * issued for it (<a href="{@docRoot}/index.html#R13">R13</a>).
 *
 * <p>Immutable and thread-safe: one engine may rate many organizations in parallel. Example: {@code
 * BillingEngine.withDefaults().rate(input, 0).invoices()}.
 */
public final class BillingEngine {
  private final Map<Edition, RatingPolicy> policies;
  private final Map<LicensingModel, SeatRule> seatRules;
  private final List<ChargeRule> chargeRules;

  private BillingEngine(
      Map<Edition, RatingPolicy> policies,
      Map<LicensingModel, SeatRule> seatRules,
      List<ChargeRule> chargeRules) {
    Map<Edition, RatingPolicy> byEdition = new EnumMap<>(Edition.class);
    for (Edition e : Edition.values()) {
      byEdition.put(e, requireNonNull(policies.get(e), "policy of " + e));
    }
    this.policies = byEdition;
    Map<LicensingModel, SeatRule> copy = new EnumMap<>(LicensingModel.class);
    copy.putAll(seatRules);
    this.seatRules = copy;
    this.chargeRules = List.copyOf(chargeRules);
  }

  /**
   * {@return an engine with each edition's defaults ({@link RatingPolicy#defaults(Edition)}) and
   * the default rules}
   */
  public static BillingEngine withDefaults() {
    return of(RatingPolicy.defaults());
  }

  /**
   * {@return an engine with {@code policy} for PURECLOUD_FAQ organizations, the defaults of each
   * other edition for theirs ({@link #withPolicy}), and the default rules}
   *
   * @param policy the rating policy of PURECLOUD_FAQ organizations
   */
  public static BillingEngine of(RatingPolicy policy) {
    Map<LicensingModel, SeatRule> seats = new EnumMap<>(LicensingModel.class);
    seats.put(LicensingModel.NAMED, new NamedSeatRating());
    seats.put(LicensingModel.CONCURRENT, new ConcurrentSeatRating());
    seats.put(LicensingModel.HOURLY, new HourlySeatRating());
    Map<Edition, RatingPolicy> policies = new EnumMap<>(Edition.class);
    for (Edition e : Edition.values()) {
      policies.put(e, RatingPolicy.defaults(e));
    }
    policies.put(Edition.PURECLOUD_FAQ, requireNonNull(policy, "policy"));
    return new BillingEngine(
        policies, seats, List.of(new ExcessCallPortRating(), new MeteredUsageRating()));
  }

  /** {@return the policy of PURECLOUD_FAQ organizations} */
  public RatingPolicy policy() {
    return policy(Edition.PURECLOUD_FAQ);
  }

  /**
   * {@return the policy of organizations of {@code edition} (R17)}
   *
   * @param edition the edition
   */
  public RatingPolicy policy(Edition edition) {
    RatingPolicy policy = policies.get(requireNonNull(edition, "edition"));
    return requireNonNull(policy, "policy");
  }

  /**
   * {@return a copy that rates organizations of {@code edition} with {@code policy}}
   *
   * @param edition the edition
   * @param policy its rating policy
   */
  public BillingEngine withPolicy(Edition edition, RatingPolicy policy) {
    Map<Edition, RatingPolicy> copy = new EnumMap<>(policies);
    copy.put(requireNonNull(edition, "edition"), requireNonNull(policy, "policy"));
    return new BillingEngine(copy, seatRules, chargeRules);
  }

  /** {@return the seat rule of each licensing model} */
  public Map<LicensingModel, SeatRule> seatRules() {
    return java.util.Collections.unmodifiableMap(seatRules);
  }

  /** {@return the charge rules, in the order they run} */
  public List<ChargeRule> chargeRules() {
    return chargeRules;
  }

  /**
   * {@return a copy that rates organizations of {@code model} with {@code rule}}
   *
   * @param model the licensing model
   * @param rule the seat rule for it
   */
  public BillingEngine withSeatRule(LicensingModel model, SeatRule rule) {
    Map<LicensingModel, SeatRule> seats = new EnumMap<>(seatRules);
    seats.put(requireNonNull(model, "model"), requireNonNull(rule, "rule"));
    return new BillingEngine(policies, seats, chargeRules);
  }

  /**
   * {@return a copy whose charge rules are {@code rules}, run in that order}
   *
   * @param rules the charge rules, in the order they run
   */
  public BillingEngine withChargeRules(List<ChargeRule> rules) {
    return new BillingEngine(policies, seatRules, requireNonNull(rules, "rules"));
  }

  /**
   * {@return a copy that also runs {@code rule}, after the charge rules it has}
   *
   * @param rule the charge rule to add
   */
  public BillingEngine withChargeRule(ChargeRule rule) {
    List<ChargeRule> rules = new ArrayList<>(chargeRules);
    rules.add(requireNonNull(rule, "rule"));
    return new BillingEngine(policies, seatRules, rules);
  }

  /**
   * Rates period {@code periodIndex} (R1) of {@code input}: its RECURRING invoice (FINAL when the
   * organization was cancelled in it) and the ORDER and SHIPMENT invoices of its orders and
   * shipments.
   *
   * @param input the organization, its prices and its data
   * @param periodIndex the index {@code n} of the period, from 0
   * @return the rated period
   * @throws InvalidInputException naming the offending element, for input the rules reject
   */
  public RatedPeriod rate(RatingInput input, int periodIndex) {
    return rate(input, periodIndex, Optional.empty());
  }

  /**
   * Rates period {@code periodIndex} of {@code input} as of {@code asOf} (R11): the same rules over
   * {@code [start, asOf)}, with a PREVIEW invoice dated the local date of {@code asOf}.
   *
   * @param input the organization, its prices and its data
   * @param periodIndex the index {@code n} of the period, from 0
   * @param asOf the instant the usage is rated up to, inside the period
   * @return the rated part of the period
   * @throws InvalidInputException at {@code period.asOf} when {@code asOf} is not in the rated
   *     period, or naming another offending element
   */
  public RatedPeriod rateAsOf(RatingInput input, int periodIndex, Instant asOf) {
    return rate(input, periodIndex, Optional.of(requireNonNull(asOf, "asOf")));
  }

  /**
   * Rates {@code input} as of {@code asOf} in the period that contains it.
   *
   * @param input the organization, its prices and its data
   * @param asOf the instant the usage is rated up to
   * @return the rated part of the period
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
   * @param input the organization, its prices and its data
   * @param periodIndex the index {@code n} of the period, from 0
   * @param asOf the instant the usage is rated up to, or empty for the whole period
   * @return the rated period, or the rated part of it
   * @throws InvalidInputException naming the offending element
   */
  public RatedPeriod rate(RatingInput input, int periodIndex, Optional<Instant> asOf) {
    requireNonNull(input, "input");
    LicensingModel model = input.organization().licensing();
    SeatRule seats = seatRules.get(model);
    if (seats == null) {
      throw InvalidInputException.at(
          "organization.licensing", "no seat rule rates licensing model " + model);
    }
    return PeriodRating.rate(
        input, periodIndex, asOf, policy(input.organization().edition()), seats, chargeRules);
  }

  /**
   * Corrects period {@code periodIndex} of {@code input} (R13): rates the period's new data as
   * {@link #rate(RatingInput, int)} does and works out, against every invoice already issued for
   * the period ({@code issued}, oldest first: the original and any earlier corrections), the
   * CORRECTION invoices of the differences and the new ORDER and SHIPMENT invoices, issued on the
   * local date of {@code at} ({@link Corrections#correct}).
   *
   * @param input the organization, its prices and its new data for the period
   * @param periodIndex the index {@code n} of the period, from 0
   * @param issued what was issued for the period, oldest first
   * @param at the correction instant, at or after the period's end
   * @return the correction; no invoices when nothing changed
   * @throws InvalidInputException naming the offending element: of the input, or of {@code issued}
   *     (another organization, period or currency, a PREVIEW, an id that matches nothing), or
   *     {@code at}
   */
  public CorrectedPeriod correct(
      RatingInput input, int periodIndex, List<IssuedPeriod> issued, Instant at) {
    return Corrections.correct(rate(input, periodIndex), issued, at);
  }

  /**
   * {@return the usage history (R11) of periods {@code firstPeriod} to {@code lastPeriodInclusive}
   * of {@code input}: each period rated as by {@link #rate(RatingInput, int)}, its licences per
   * tier and the users behind them} A cancelled organization's history stops at its last period
   * (R9).
   *
   * @param input the organization, its prices and its data
   * @param firstPeriod the index of the first period
   * @param lastPeriodInclusive the index of the last period, included
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
    Optional<Integer> cancelledLast = PeriodRating.lastPeriodIndex(input.organization());
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
    return "BillingEngine{"
        + policy()
        + ", "
        + Edition.GENESYS_CLOUD
        + " "
        + policy(Edition.GENESYS_CLOUD)
        + "}";
  }
}
