/** Money in the eight billing currencies, one rounding per amount (R10). */
@NullMarked
package dev.seatline.billing.money;

import org.jspecify.annotations.NullMarked;
