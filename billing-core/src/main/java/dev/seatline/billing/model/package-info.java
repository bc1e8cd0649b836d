/**
 * The immutable domain model: organizations, users' timelines, call ports, orders and shipments
 * (R1-R4, R7-R9, R12).
 */
@NullMarked
package dev.seatline.billing.model;

import org.jspecify.annotations.NullMarked;
