/**
 * Money in the eight billing currencies, one rounding per amount (<a
 * href="{@docRoot}/index.html#R10">R10</a>).
 */
@NullMarked
package dev.seatline.billing.money;

import org.jspecify.annotations.NullMarked;
