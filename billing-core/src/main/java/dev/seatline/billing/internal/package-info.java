/** Implementation details: columnar timelines and sweep algorithms. Not exported. */
@NullMarked
package dev.seatline.billing.internal;

import org.jspecify.annotations.NullMarked;
