package dev.seatline.billing.rating;

/** Placeholder of the NamedSeatRating strategy while it is being written. */
public final class NamedSeatRating implements SeatRatingStrategy {
  /** Creates the strategy. */
  public NamedSeatRating() {}

  @Override
  public SeatRating rate(RatingContext context) {
    throw new IllegalStateException("NamedSeatRating is being written");
  }
}
