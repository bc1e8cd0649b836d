package dev.seatline.billing.rating;

import java.util.List;

/**
 * A recurring charge rated after the seats (<a href="{@docRoot}/index.html#R7">R7</a> and the
 * charges that follow seats): the engine runs an ordered list of them, and every line they return
 * lands on the period's recurring invoice. {@link ExcessCallPortRating} is the default one; a rule
 * of one's own is added to the list.
 *
 * <p>Implementations must be stateless and thread-safe, return lines with typed {@link Evidence},
 * and not depend on the order of the input's lists (<a href="{@docRoot}/index.html#R12">R12</a>).
 */
@FunctionalInterface
public interface ChargeRule {
  /**
   * The lines this rule charges for {@code context}'s rated window, given the billed {@code seats}.
   *
   * @param context the rated time, the input and the policy
   * @param seats the seat rating of the same time
   * @return the lines, possibly none
   * @throws dev.seatline.billing.model.InvalidInputException naming the element the rules reject,
   *     such as a missing price
   */
  List<LineItem> rate(RatingContext context, SeatRating seats);
}
