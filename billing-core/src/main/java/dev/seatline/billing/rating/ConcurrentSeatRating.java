package dev.seatline.billing.rating;

/** Placeholder of the ConcurrentSeatRating strategy while it is being written. */
public final class ConcurrentSeatRating implements SeatRatingStrategy {
  /** Creates the strategy. */
  public ConcurrentSeatRating() {}

  @Override
  public SeatRating rate(RatingContext context) {
    throw new IllegalStateException("ConcurrentSeatRating is being written");
  }
}
