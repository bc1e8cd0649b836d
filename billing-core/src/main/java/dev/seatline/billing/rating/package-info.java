/** Rating strategies: seats (R2-R6) and excess call usage (R7), under one rating policy. */
@NullMarked
package dev.seatline.billing.rating;

import org.jspecify.annotations.NullMarked;
