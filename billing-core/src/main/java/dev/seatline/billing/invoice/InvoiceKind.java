package dev.seatline.billing.invoice;

/**
 * The kinds of invoice (<a href="{@docRoot}/index.html#R8">R8</a>, <a
 * href="{@docRoot}/index.html#R9">R9</a>, <a href="{@docRoot}/index.html#R11">R11</a>, <a
 * href="{@docRoot}/index.html#R13">R13</a>, <a href="{@docRoot}/index.html#R14">R14</a>), in the
 * order invoices of one issue date are listed (the declaration order is that order, FORMAT.md's).
 */
public enum InvoiceKind {
  /**
   * The committed seats of a period, in advance, issued on the local date of the period start
   * (R14).
   */
  ADVANCE,
  /** The recurring charges of a period, in arrears, issued on the local date of the period end. */
  RECURRING,
  /** The one-time fees of one order, issued on the local date it was placed. */
  ORDER,
  /** The hardware of one shipment, issued on the local date it shipped. */
  SHIPMENT,
  /**
   * The recurring charges of a cancelled organization's last period, issued on the cancellation's
   * local date.
   */
  FINAL,
  /**
   * The charges so far of a period rated "as of" an instant, dated the local date of that instant.
   */
  PREVIEW,
  /**
   * The difference between a fresh rating of a closed period and what was already invoiced for one
   * of its invoices (R13), issued on the local date of the correction; its ref is the id of the
   * corrected invoice, and its quantities and amounts may be negative (credits).
   */
  CORRECTION;

  /**
   * {@return whether this kind carries the recurring charges of a period (RECURRING, FINAL or
   * PREVIEW)}
   */
  public boolean isRecurring() {
    return this == RECURRING || this == FINAL || this == PREVIEW;
  }

  /**
   * {@return whether invoices of this kind name what they are for in a ref (ORDER, SHIPMENT, and
   * CORRECTION, whose ref is the corrected invoice's id)}
   */
  public boolean hasRef() {
    return this == ORDER || this == SHIPMENT || this == CORRECTION;
  }
}
