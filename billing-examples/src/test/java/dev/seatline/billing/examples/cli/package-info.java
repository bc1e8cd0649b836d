/** Tests of {@code dev.seatline.billing.examples.cli}. */
@NullMarked
package dev.seatline.billing.examples.cli;

import org.jspecify.annotations.NullMarked;
