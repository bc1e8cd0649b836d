package dev.seatline.billing.rating;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.MeterTotal;
import java.math.BigDecimal;
import java.util.List;

/**
 * The evidence of a USAGE line (<a href="{@docRoot}/index.html#R16">R16</a>): the meter's usage in
 * the rated time (records, rounding, used), the allowance as its parts (per tier: the seats times
 * the allowance per seat; plus the organization's allowance), and the overage {@code used -
 * allowance}, all exact.
 *
 * <p>Immutable. Example: used 61.1, allowance 60 = PURECLOUD_3 2 seats x 25 + organization 10,
 * overage 1.1.
 *
 * @param usage the meter's usage in the rated time
 * @param parts the allowance per tier, in tier order; tiers with no seat or no allowance absent
 * @param perOrganization the organization's allowance
 * @param allowance the whole allowance, exact
 * @param overage {@code max(0, used - allowance)}, exact
 */
public record MeterUsage(
    MeterTotal usage,
    List<MeterUsage.TierAllowance> parts,
    BigDecimal perOrganization,
    BigDecimal allowance,
    BigDecimal overage)
    implements Evidence {

  /**
   * Validates and copies the parts.
   *
   * @param usage the meter's usage in the rated time
   * @param parts the allowance per tier, in tier order; tiers with no seat or no allowance absent
   * @param perOrganization the organization's allowance
   * @param allowance the whole allowance, exact
   * @param overage {@code max(0, used - allowance)}, exact
   */
  public MeterUsage {
    requireNonNull(usage, "usage");
    parts = List.copyOf(parts);
    requireNonNull(perOrganization, "perOrganization");
    requireNonNull(allowance, "allowance");
    requireNonNull(overage, "overage");
    if (overage.signum() < 0 || allowance.signum() < 0) {
      throw new IllegalArgumentException(
          "negative allowance " + allowance + " or overage " + overage);
    }
  }

  /**
   * The allowance of one tier: its seats (the seat basis, R14, R15) times the allowance per seat.
   *
   * @param tier the tier
   * @param seats the seats that carry the allowance
   * @param perSeat the allowance per seat
   */
  public record TierAllowance(LicenseTier tier, BigDecimal seats, BigDecimal perSeat) {
    /**
     * Validates the parts.
     *
     * @param tier the tier
     * @param seats the seats that carry the allowance
     * @param perSeat the allowance per seat
     */
    public TierAllowance {
      requireNonNull(tier, "tier");
      requireNonNull(seats, "seats");
      requireNonNull(perSeat, "perSeat");
    }

    /** {@return {@code seats x perSeat}, exact} */
    public BigDecimal allowance() {
      return seats.multiply(perSeat);
    }
  }
}
