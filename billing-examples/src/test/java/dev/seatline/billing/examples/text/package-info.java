@NullMarked
package dev.seatline.billing.examples.text;

import org.jspecify.annotations.NullMarked;
