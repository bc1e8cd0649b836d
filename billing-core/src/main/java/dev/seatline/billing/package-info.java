/**
 * Seatline: rates one billing period of a contact-center organization into line items and invoices
 * (R1-R12). {@link dev.seatline.billing.BillingEngine} is the entry point; the domain model is in
 * {@code model}, money and prices in {@code money}, the pluggable seat and usage strategies in
 * {@code rating}, and invoices in {@code invoice}.
 */
@NullMarked
package dev.seatline.billing;

import org.jspecify.annotations.NullMarked;
