package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

/**
 * An add-on licence (for example {@code SALESFORCE}) assigned to a user over a half-open interval
 * (<a href="{@docRoot}/index.html#R6">R6</a>). In a NAMED organization a billed user who held an
 * add-on for the minimum assignment time is billed one add-on seat.
 *
 * <p>Immutable. Example: {@code new AddOnAssignment("SALESFORCE",
 * UsageInterval.ofUnboundedEnd(from))}.
 *
 * @param addOn the add-on's name, a non-blank identifier
 * @param interval when it was assigned
 */
public record AddOnAssignment(String addOn, UsageInterval interval) {
  /**
   * Validates the name; a bad one is an invalid-input error at {@code addOn}.
   *
   * @param addOn the add-on's name, a non-blank identifier
   * @param interval when it was assigned
   */
  public AddOnAssignment {
    Require.id("addOn", requireNonNull(addOn, "addOn"));
    requireNonNull(interval, "interval");
  }
}
