/**
 * Seatline: rates one billing period of a contact-center organization into line items and invoices
 * (<a href="{@docRoot}/index.html#rules">R1-R12</a>). {@link dev.seatline.billing.BillingEngine} is
 * the entry point and runs the period: the rated time, the seat rule of the organization's
 * licensing model, the charge rules in order, then invoicing. The layers, each depending only on
 * those below it: this package, {@code invoice}, {@code rating}, {@code model}, {@code money};
 * {@code internal} (primitive algorithms) lies below them all and depends on none.
 */
@NullMarked
package dev.seatline.billing;

import org.jspecify.annotations.NullMarked;
