package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A user's first login through a user interface in a rated window (<a
 * href="{@docRoot}/index.html#R2">R2</a>): the channel and the instant; a session already open when
 * the window starts counts as a login at its start.
 *
 * <p>Immutable. Example: {@code new Login(Channel.WEB, Instant.parse("2026-01-16T14:00:00Z"),
 * false)}.
 *
 * @param channel DESKTOP, WEB or MOBILE
 * @param at the session's start, or the window's start when it was open then
 * @param atWindowStart whether the session was open at the window's start
 */
public record Login(Channel channel, Instant at, boolean atWindowStart) {
  /**
   * Validates the parts.
   *
   * @param channel DESKTOP, WEB or MOBILE
   * @param at the session's start, or the window's start when it was open then
   * @param atWindowStart whether the session was open at the window's start
   */
  public Login {
    requireNonNull(channel, "channel");
    requireNonNull(at, "at");
    if (!channel.isUserInterface()) {
      throw new IllegalArgumentException("a login is through a user interface, not " + channel);
    }
  }
}
