/**
 * The rules (<a href="{@docRoot}/index.html#R2">R2</a>-<a href="{@docRoot}/index.html#R7">R7</a>):
 * a {@link dev.seatline.billing.rating.SeatRule} per licensing model, {@link
 * dev.seatline.billing.rating.ChargeRule}s after it, their reusable parts ({@link
 * dev.seatline.billing.rating.TierQualification}, {@link
 * dev.seatline.billing.rating.SustainedPeaks}, {@link dev.seatline.billing.rating.Pricing}), the
 * lines with their typed {@link dev.seatline.billing.rating.Evidence}, under one rating policy.
 */
@NullMarked
package dev.seatline.billing.rating;

import org.jspecify.annotations.NullMarked;
