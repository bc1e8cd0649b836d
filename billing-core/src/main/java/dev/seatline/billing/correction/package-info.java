/**
 * Corrections of a closed period (<a href="{@docRoot}/index.html#R13">R13</a>): the invoices
 * already issued for a period as plain values ({@link
 * dev.seatline.billing.correction.IssuedPeriod}, made from a rated period or read back from any
 * text form), and {@link dev.seatline.billing.correction.Corrections}, which rates a period's new
 * data against them into CORRECTION invoices of differences and new ORDER and SHIPMENT invoices
 * ({@link dev.seatline.billing.correction.CorrectedPeriod}).
 */
@NullMarked
package dev.seatline.billing.correction;

import org.jspecify.annotations.NullMarked;
