/**
 * The HTML report of a rated period ({@code billing-rate.jar --html REPORT.html}, the demo): one
 * self-contained page with the users on queue and the concurrent calls drawn as inline SVG, the
 * invoices and the users not billed (R5, R7, R9, R12). {@link
 * dev.seatline.billing.examples.report.HtmlReport} writes it; {@link
 * dev.seatline.billing.examples.report.ReportFormat} writes times and amounts for people.
 */
@NullMarked
package dev.seatline.billing.examples.report;

import org.jspecify.annotations.NullMarked;
