/**
 * The rules (R2-R7): a {@link dev.seatline.billing.rating.SeatRule} per licensing model, {@link
 * dev.seatline.billing.rating.ChargeRule}s after it, their reusable parts ({@link
 * dev.seatline.billing.rating.TierQualification}, {@link
 * dev.seatline.billing.rating.SustainedPeaks}, {@link dev.seatline.billing.rating.Pricing}), the
 * lines with their typed {@link dev.seatline.billing.rating.Evidence}, under one rating policy.
 */
@NullMarked
package dev.seatline.billing.rating;

import org.jspecify.annotations.NullMarked;
