/**
 * Small runnable programs that embed the library: rate a named organization, rate a concurrent one
 * under a custom rating policy, view usage to date and print a usage history (R1-R12).
 */
@NullMarked
package dev.seatline.billing.examples.embedding;

import org.jspecify.annotations.NullMarked;
