package dev.seatline.billing.model;

/**
 * How contact-center users are counted for a whole period (<a
 * href="{@docRoot}/index.html#R4">R4</a>, <a href="{@docRoot}/index.html#R15">R15</a>): never
 * mixed.
 */
public enum LicensingModel {
  /** Every billable user is a named user (R2, R3). */
  NAMED,
  /** Contact-center users are counted through the sustained on-queue peak (R5). */
  CONCURRENT,
  /** Every billable user pays for the hours logged in, summed per tier and rounded up (R15). */
  HOURLY
}
