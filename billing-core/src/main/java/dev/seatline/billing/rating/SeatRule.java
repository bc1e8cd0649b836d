package dev.seatline.billing.rating;

/**
 * The seat rule of one licensing model (<a href="{@docRoot}/index.html#R2">R2</a>-<a
 * href="{@docRoot}/index.html#R6">R6</a>): rates every user of a period and bills the seats and
 * add-ons. {@link NamedSeatRating} and {@link ConcurrentSeatRating} are the rules of NAMED and
 * CONCURRENT; the engine keeps one per licensing model and a rule of one's own can replace either,
 * using the public parts {@link TierQualification}, {@link SustainedPeaks} and {@link Pricing}.
 *
 * <p>Implementations must be stateless and thread-safe, give every input user exactly one outcome
 * in input order, and not depend on the order of the input's lists (<a
 * href="{@docRoot}/index.html#R12">R12</a>).
 */
@FunctionalInterface
public interface SeatRule {
  /**
   * Rates the seats of {@code context}'s rated window.
   *
   * @param context the rated time, the input and the policy
   * @return every user's outcome, the seat lines and their evidence
   * @throws dev.seatline.billing.model.InvalidInputException naming the element the rules reject
   */
  SeatRating rate(RatingContext context);
}
