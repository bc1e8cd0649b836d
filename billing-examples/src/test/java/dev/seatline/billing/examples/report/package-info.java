/** Tests of {@code dev.seatline.billing.examples.report}. */
@NullMarked
package dev.seatline.billing.examples.report;

import org.jspecify.annotations.NullMarked;
