/**
 * The input and its one read model (<a href="{@docRoot}/index.html#R1">R1</a>-<a
 * href="{@docRoot}/index.html#R4">R4</a>, <a href="{@docRoot}/index.html#R7">R7</a>-<a
 * href="{@docRoot}/index.html#R9">R9</a>, <a href="{@docRoot}/index.html#R12">R12</a>):
 * organizations with their tier catalogue, users' timelines, call ports, orders and shipments,
 * prices keyed by line code and item, and invalid input with its path; every input is held as
 * columns ({@link dev.seatline.billing.model.ColumnarTimeline}) and read by the rules through a
 * {@link dev.seatline.billing.model.RatedWindow}.
 */
@NullMarked
package dev.seatline.billing.model;

import org.jspecify.annotations.NullMarked;
