package dev.seatline.billing.model;

/**
 * The kind of organization. All four are rated exactly alike (<a
 * href="{@docRoot}/index.html#R10">R10</a>): no discount, no special terms.
 */
public enum Environment {
  /** The production organization. */
  PRODUCTION,
  /** A development organization, billed like production. */
  DEVELOPMENT,
  /** A QA organization, billed like production. */
  QA,
  /** A training organization, billed like production. */
  TRAINING
}
