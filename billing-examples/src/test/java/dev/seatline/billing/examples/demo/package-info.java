/** Tests of {@code dev.seatline.billing.examples.demo}. */
@NullMarked
package dev.seatline.billing.examples.demo;

import org.jspecify.annotations.NullMarked;
