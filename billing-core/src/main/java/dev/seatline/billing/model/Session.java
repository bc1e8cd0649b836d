package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

/**
 * One login of a user through a channel, over a half-open interval (<a
 * href="{@docRoot}/index.html#R2">R2</a>). Only sessions through a user interface make the user
 * billable; a concurrent user is on queue only inside a user-interface session (<a
 * href="{@docRoot}/index.html#R5">R5</a>).
 *
 * <p>Immutable. Example: {@code new Session(Channel.WEB, UsageInterval.of(from, to))}.
 *
 * @param channel how the user reached the service
 * @param interval the time the session covers
 */
public record Session(Channel channel, UsageInterval interval) {
  /**
   * Validates that both parts are present.
   *
   * @param channel how the user reached the service
   * @param interval the time the session covers
   */
  public Session {
    requireNonNull(channel, "channel");
    requireNonNull(interval, "interval");
  }
}
