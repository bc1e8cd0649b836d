package dev.seatline.billing.rating;

/**
 * Rates the excess call usage of one period (R7), given the seats billed (which set the included
 * ports). The default is {@link ExcessCallPortRating}.
 *
 * <p>Implementations must be stateless or immutable, deterministic and independent of the order of
 * their inputs (R12).
 */
@FunctionalInterface
public interface UsageRatingStrategy {
  /**
   * Rates the call usage of {@code context}.
   *
   * @throws dev.seatline.billing.InvalidInputException for input the rules reject
   */
  PortUsage rate(RatingContext context, SeatRating seats);
}
