/**
 * Generators of valid domain values and the in-house property-test harness, shipped in the
 * test-jar.
 */
@NullMarked
package dev.seatline.billing.testing;

import org.jspecify.annotations.NullMarked;
