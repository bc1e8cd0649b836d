/** Tests of the columnar timelines and sweep algorithms. */
@NullMarked
package dev.seatline.billing.internal;

import org.jspecify.annotations.NullMarked;
