/**
 * Invoicing (<a href="{@docRoot}/index.html#R8">R8</a>, <a href="{@docRoot}/index.html#R9">R9</a>,
 * <a href="{@docRoot}/index.html#R11">R11</a>): the recurring, order and shipment invoices of a
 * rated period ({@link dev.seatline.billing.invoice.Invoicing}), the rated period itself, and the
 * usage history.
 */
@NullMarked
package dev.seatline.billing.invoice;

import org.jspecify.annotations.NullMarked;
