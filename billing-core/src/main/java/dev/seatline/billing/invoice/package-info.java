/**
 * Invoices: recurring, order, shipment, final and preview invoices, and usage history (R8, R9,
 * R11).
 */
@NullMarked
package dev.seatline.billing.invoice;

import org.jspecify.annotations.NullMarked;
