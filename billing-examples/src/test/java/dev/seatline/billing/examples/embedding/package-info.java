/** Tests of {@code dev.seatline.billing.examples.embedding}. */
@NullMarked
package dev.seatline.billing.examples.embedding;

import org.jspecify.annotations.NullMarked;
