/**
 * Invoicing (R8, R9, R11): the recurring, order and shipment invoices of a rated period ({@link
 * dev.seatline.billing.invoice.Invoicing}), the rated period itself, and the usage history.
 */
@NullMarked
package dev.seatline.billing.invoice;

import org.jspecify.annotations.NullMarked;
