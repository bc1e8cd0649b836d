/**
 * The demo: a built-in sample organization, generated from a fixed seed, rated NAMED and
 * CONCURRENT, with its invoices printed as a table and its biggest charges explained (R1-R12).
 */
@NullMarked
package dev.seatline.billing.examples.demo;

import org.jspecify.annotations.NullMarked;
