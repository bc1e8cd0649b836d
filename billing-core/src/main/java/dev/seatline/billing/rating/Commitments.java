package dev.seatline.billing.rating;

import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.Organization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Commitments and overage (<a href="{@docRoot}/index.html#R14">R14</a>): the step between a {@link
 * SeatRule} and the charge rules, for every seat rule, applied by the engine to each period of an
 * organization with commitments ({@link Organization#commitments()}).
 *
 * <ul>
 *   <li>{@link #advance}: one COMMITTED_SEAT line per tier with a commitment above 0, quantity =
 *       the commitment, unit price {@code prices.committedSeat.TIER} (0 for a TRIAL), whatever the
 *       use; the engine puts them on the period's ADVANCE invoice, issued on the local date of the
 *       period start. A cancellation refunds nothing.
 *   <li>{@link #arrears}: a tier with a commitment has no SEAT line; the seats billed above the
 *       commitment are an OVERAGE line at {@code prices.overageSeat.TIER}; seats within it are not
 *       charged again and unused ones are not refunded. A commitment of one tier never covers users
 *       billed at another. Tiers without a commitment keep their SEAT lines. The returned rating
 *       carries the commitments, so that {@link SeatRating#seatBasis()} (included ports, R7) is
 *       max(billed, committed) per tier.
 * </ul>
 *
 * <p>Without commitments both are identities: no ADVANCE line, the seat rating unchanged.
 * Stateless. Example: 100 PURECLOUD_3 committed, 120 billed: COMMITTED_SEAT 100 in advance, OVERAGE
 * 20 in arrears.
 */
public final class Commitments {
  private Commitments() {}

  /**
   * {@return the COMMITTED_SEAT lines of the period's ADVANCE invoice, none without commitments}
   *
   * @param context the rated time, the input and the policy
   * @param seats the seat rating of the period (for the seats billed each line reports)
   * @throws dev.seatline.billing.model.InvalidInputException at {@code prices.committedSeat.TIER}
   *     when a tier with a commitment has no prepaid price
   */
  public static List<LineItem> advance(RatingContext context, SeatRating seats) {
    List<LineItem> lines = new ArrayList<>();
    for (Map.Entry<LicenseTier, Long> e : context.organization().commitments().entrySet()) {
      LicenseTier tier = e.getKey();
      long committed = e.getValue();
      if (committed == 0) {
        continue;
      }
      long billed = seats.seatsByTier().getOrDefault(tier, 0L);
      lines.add(
          Pricing.recurring(
              context,
              LineCode.COMMITTED_SEAT,
              tier.name(),
              committed,
              "organization.commitments." + tier + " commits " + committed + " seats",
              new Evidence.CommittedSeats(tier, committed, billed, context.start())));
    }
    return lines;
  }

  /**
   * {@return {@code seats} with each committed tier's SEAT line replaced by its OVERAGE line (none
   * when the seats billed do not exceed the commitment), and the commitments recorded}
   *
   * @param context the rated time, the input and the policy
   * @param seats the seat rating of the seat rule
   * @throws dev.seatline.billing.model.InvalidInputException at {@code prices.overageSeat.TIER}
   *     when seats above a commitment have no on-demand price
   */
  public static SeatRating arrears(RatingContext context, SeatRating seats) {
    SortedMap<LicenseTier, Long> commitments = context.organization().commitments();
    if (commitments.isEmpty()) {
      return seats;
    }
    List<LineItem> lines = new ArrayList<>();
    for (LineItem line : seats.lines()) {
      if (!line.code().equals(LineCode.SEAT)) {
        lines.add(line);
        continue;
      }
      LicenseTier tier = context.tiers().find(line.item()).orElse(null);
      Long committed = tier == null ? null : commitments.get(tier);
      if (tier == null || committed == null) {
        lines.add(line);
        continue;
      }
      long billed = line.quantity().longValueExact();
      if (billed > committed) {
        lines.add(
            Pricing.recurring(
                context,
                LineCode.OVERAGE,
                tier.name(),
                billed - committed,
                (billed - committed) + " seats of " + tier + " are billed above the commitment",
                new Evidence.Overage(tier, committed, billed, line.evidence())));
      }
    }
    return new SeatRating(
        seats.users(), seats.seatsByTier(), lines, seats.peaks(), commitments, seats.hourly());
  }
}
