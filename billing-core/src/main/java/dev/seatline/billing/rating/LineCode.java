package dev.seatline.billing.rating;

/**
 * What a line charges, in the order lines are listed on an invoice (R6-R9): seats (item = tier),
 * add-ons (item = add-on name), excess call usage (item = {@code PORT_HOUR}), one-time fees and
 * hardware (item = SKU).
 */
public enum LineCode {
  /** Seats of one tier (R3, R5). */
  SEAT,
  /** Seats of one add-on (R6). */
  ADD_ON,
  /** Excess call-port usage, in port-hours (R7). */
  EXCESS_CALL_PORTS,
  /** A one-time enablement fee (R8). */
  ONE_TIME,
  /** Shipped hardware (R8). */
  HARDWARE
}
