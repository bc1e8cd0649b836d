package dev.seatline.billing.model;

/**
 * How a session reached the service (<a href="{@docRoot}/index.html#R2">R2</a>). Only the user
 * interfaces (DESKTOP, WEB, MOBILE) make a user billable; API sessions never do.
 */
public enum Channel {
  /** The desktop application. */
  DESKTOP,
  /** The web application. */
  WEB,
  /** The mobile application. */
  MOBILE,
  /** Programmatic access and integrations: never billable. */
  API;

  /** {@return whether a session through this channel makes its user billable (R2)} */
  public boolean isUserInterface() {
    return this != API;
  }
}
