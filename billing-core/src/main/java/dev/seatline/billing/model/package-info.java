/**
 * The input and its one read model (R1-R4, R7-R9, R12): organizations with their tier catalogue,
 * users' timelines, call ports, orders and shipments, prices keyed by line code and item, and
 * invalid input with its path; every input is held as columns ({@link
 * dev.seatline.billing.model.ColumnarTimeline}) and read by the rules through a {@link
 * dev.seatline.billing.model.RatedWindow}.
 */
@NullMarked
package dev.seatline.billing.model;

import org.jspecify.annotations.NullMarked;
