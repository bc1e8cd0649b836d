package dev.seatline.billing.model;

/**
 * A licence tier, declared lowest to highest (R3): {@code COMMUNICATE < PURECLOUD_1 < PURECLOUD_2 <
 * PURECLOUD_3}. The natural order of the enum is the tier order, so {@code
 * PURECLOUD_3.compareTo(COMMUNICATE) > 0}. The three PURECLOUD tiers are the contact-center tiers
 * (R4).
 */
public enum LicenseTier {
  /** Communicate: not a contact-center tier; one included call port (R7). */
  COMMUNICATE,
  /** PureCloud 1: contact center. */
  PURECLOUD_1,
  /** PureCloud 2: contact center. */
  PURECLOUD_2,
  /** PureCloud 3: contact center. */
  PURECLOUD_3;

  /** Whether this is one of the contact-center tiers PURECLOUD_1..3. */
  public boolean isContactCenter() {
    return this != COMMUNICATE;
  }

  /** Ports included per billed seat of this tier (R7): 2 for contact center, 1 for COMMUNICATE. */
  public int includedPorts() {
    return isContactCenter() ? 2 : 1;
  }
}
