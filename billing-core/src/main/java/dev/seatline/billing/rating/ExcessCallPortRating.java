package dev.seatline.billing.rating;

/** Placeholder of the ExcessCallPortRating strategy while it is being written. */
public final class ExcessCallPortRating implements UsageRatingStrategy {
  /** Creates the strategy. */
  public ExcessCallPortRating() {}

  @Override
  public PortUsage rate(RatingContext context, SeatRating seats) {
    throw new IllegalStateException("ExcessCallPortRating is being written");
  }
}
