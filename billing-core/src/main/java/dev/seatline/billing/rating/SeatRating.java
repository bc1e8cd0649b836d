package dev.seatline.billing.rating;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.seatline.billing.model.LicenseTier;
import java.util.List;
import java.util.Map;

/**
 * What a {@link SeatRatingStrategy} made of a period (R2-R6, R12): every user's outcome, the seats
 * billed per tier, the SEAT and ADD_ON lines, and for a CONCURRENT organization the sustained peak
 * of each contact-center tier.
 *
 * <p>Immutable. Example: {@code seatsByTier} {@code {COMMUNICATE=2, PURECLOUD_2=1}}.
 *
 * @param users one outcome per input user, in input order
 * @param seatsByTier seats billed per tier; tiers without seats are absent
 * @param lines the SEAT and ADD_ON lines, in invoice order, none with quantity 0
 * @param peaks the sustained peak per contact-center tier (CONCURRENT only), by tier
 */
public record SeatRating(
    List<UserOutcome> users,
    Map<LicenseTier, Long> seatsByTier,
    List<LineItem> lines,
    List<SustainedPeak> peaks) {

  /** Copies the parts and sorts the lines in invoice order. */
  public SeatRating {
    users = ImmutableList.copyOf(users);
    seatsByTier = ImmutableSortedMap.copyOf(seatsByTier);
    lines = ImmutableList.sortedCopyOf(LineItem.INVOICE_ORDER, lines);
    peaks = ImmutableList.copyOf(requireNonNull(peaks, "peaks"));
  }

  /** Seats billed at contact-center tiers (R7: two included ports each). */
  public long contactCenterSeats() {
    long n = 0;
    for (Map.Entry<LicenseTier, Long> e : seatsByTier.entrySet()) {
      if (e.getKey().isContactCenter()) {
        n += e.getValue();
      }
    }
    return n;
  }

  /** Seats billed at COMMUNICATE (R7: one included port each). */
  public long communicateSeats() {
    return seatsByTier.getOrDefault(LicenseTier.COMMUNICATE, 0L);
  }

  /** Included call ports (R7): 2 x contact-center seats + 1 x COMMUNICATE seats. */
  public long includedPorts() {
    return 2 * contactCenterSeats() + communicateSeats();
  }
}
