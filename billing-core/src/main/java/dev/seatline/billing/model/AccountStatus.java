package dev.seatline.billing.model;

/**
 * Whether the organization pays (<a href="{@docRoot}/index.html#R9">R9</a>). A TRIAL organization
 * keeps its recurring quantities at a unit price of zero; its orders and shipments are invoiced as
 * usual.
 */
public enum AccountStatus {
  /** A paying organization. */
  PAID,
  /** A trial: licences and call usage are charged nothing. */
  TRIAL
}
