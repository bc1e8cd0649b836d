package dev.seatline.billing.rating;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.seatline.billing.model.LicenseTier;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a {@link SeatRule} made of a period (<a href="{@docRoot}/index.html#R2">R2</a>-<a
 * href="{@docRoot}/index.html#R6">R6</a>, <a href="{@docRoot}/index.html#R12">R12</a>): every
 * user's outcome, the seats billed per tier, the SEAT and ADD_ON lines, and for a CONCURRENT
 * organization the sustained peak of each contact-center tier.
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
    SortedMap<LicenseTier, Long> seatsByTier,
    List<LineItem> lines,
    List<SustainedPeak> peaks) {

  /**
   * Copies the parts and sorts the lines in invoice order.
   *
   * @param users one outcome per input user, in input order
   * @param seatsByTier seats billed per tier; tiers without seats are absent
   * @param lines the SEAT and ADD_ON lines, in invoice order, none with quantity 0
   * @param peaks the sustained peak per contact-center tier (CONCURRENT only), by tier
   */
  public SeatRating {
    users = ImmutableList.copyOf(users);
    seatsByTier = Collections.unmodifiableSortedMap(new TreeMap<>(seatsByTier));
    lines = ImmutableList.sortedCopyOf(LineItem.INVOICE_ORDER, lines);
    peaks = ImmutableList.copyOf(requireNonNull(peaks, "peaks"));
  }

  /** {@return seats billed at contact-center tiers (R4, R5)} */
  public long contactCenterSeats() {
    long n = 0;
    for (Map.Entry<LicenseTier, Long> e : seatsByTier.entrySet()) {
      if (e.getKey().isContactCenter()) {
        n += e.getValue();
      }
    }
    return n;
  }

  /**
   * {@return per tier, the seats that carry per-seat entitlements, such as the allowances of
   * metered usage (<a href="{@docRoot}/index.html#R16">R16</a>): the seats billed per tier ({@link
   * #seatsByTier()}); tiers without seats are absent}
   */
  public SortedMap<LicenseTier, BigDecimal> seatBasis() {
    SortedMap<LicenseTier, BigDecimal> basis = new TreeMap<>();
    seatsByTier.forEach((tier, n) -> basis.put(tier, BigDecimal.valueOf(n)));
    return Collections.unmodifiableSortedMap(basis);
  }

  /**
   * {@return the call ports the billed seats include (R7): each tier's seats times its included
   * ports}
   */
  public long includedPorts() {
    long n = 0;
    for (Map.Entry<LicenseTier, Long> e : seatsByTier.entrySet()) {
      n += e.getValue() * e.getKey().includedPorts();
    }
    return n;
  }
}
