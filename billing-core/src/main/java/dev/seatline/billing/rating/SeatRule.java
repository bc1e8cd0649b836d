package dev.seatline.billing.rating;

/**
 * The seat rule of one licensing model (R2-R6): rates every user of a period and bills the seats
 * and add-ons. {@link NamedSeatRating} and {@link ConcurrentSeatRating} are the rules of NAMED and
 * CONCURRENT; the engine keeps one per licensing model and a rule of one's own can replace either,
 * using the public parts {@link TierQualification}, {@link SustainedPeaks} and {@link Pricing}.
 *
 * <p>Implementations must be stateless and thread-safe, give every input user exactly one outcome
 * in input order, and not depend on the order of the input's lists (R12).
 */
@FunctionalInterface
public interface SeatRule {
  /**
   * Rates the seats of {@code context}'s rated window.
   *
   * @throws dev.seatline.billing.model.InvalidInputException naming the element the rules reject
   */
  SeatRating rate(RatingContext context);
}
