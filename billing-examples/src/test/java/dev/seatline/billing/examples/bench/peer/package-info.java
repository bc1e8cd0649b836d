/** Tests of {@code dev.seatline.billing.examples.bench.peer}. */
@NullMarked
package dev.seatline.billing.examples.bench.peer;

import org.jspecify.annotations.NullMarked;
