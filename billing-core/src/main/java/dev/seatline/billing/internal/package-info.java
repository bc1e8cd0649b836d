/**
 * Primitive algorithms on arrays, below every other package and depending on none: interval union
 * and intersection, the sustained-peak sweep (R5), the port step function (R7), the sort of
 * instants. Not exported.
 */
@NullMarked
package dev.seatline.billing.internal;

import org.jspecify.annotations.NullMarked;
