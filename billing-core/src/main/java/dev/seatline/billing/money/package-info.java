/** Money in the eight billing currencies, and the price book (R10). */
@NullMarked
package dev.seatline.billing.money;

import org.jspecify.annotations.NullMarked;
