package dev.seatline.billing.rating;

/**
 * Rates the seats and add-ons of one period (R2-R6). The organization's licensing model picks the
 * strategy: {@link NamedSeatRating} for NAMED, {@link ConcurrentSeatRating} for CONCURRENT.
 *
 * <p>Implementations must be stateless or immutable, so one instance can rate many organizations in
 * parallel, and deterministic and independent of the order of their inputs (R12).
 */
@FunctionalInterface
public interface SeatRatingStrategy {
  /**
   * Rates the seats of {@code context}.
   *
   * @throws dev.seatline.billing.InvalidInputException for input the rules reject
   */
  SeatRating rate(RatingContext context);
}
