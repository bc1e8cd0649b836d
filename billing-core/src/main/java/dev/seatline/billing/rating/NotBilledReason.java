package dev.seatline.billing.rating;

/**
 * Why a user of the input is not billed (<a href="{@docRoot}/index.html#R2">R2</a>-<a
 * href="{@docRoot}/index.html#R5">R5</a>, <a href="{@docRoot}/index.html#R12">R12</a>): every user
 * is billed or has one of these.
 */
public enum NotBilledReason {
  /** No session through DESKTOP, WEB or MOBILE overlaps the rated window (R2). */
  NO_USER_INTERFACE_LOGIN("no login through a user interface in the period"),
  /** Logged in, but no tier was held for the minimum assignment time (R3). */
  NO_LICENSE_FOR_MINIMUM_TIME("no licence held for the minimum time"),
  /** A concurrent user never on queue inside a user-interface session (R5). */
  NEVER_ON_QUEUE("concurrent user never on queue inside a user-interface session");

  private final String text;

  NotBilledReason(String text) {
    this.text = text;
  }

  /** {@return the reason in words, as shown in results} */
  public String text() {
    return text;
  }
}
