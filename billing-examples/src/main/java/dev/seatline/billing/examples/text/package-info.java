/**
 * Text forms shared by the readers of the command line (scenario files, and tables later): {@link
 * dev.seatline.billing.examples.text.IsoInstants} parses the ISO-8601 instants of {@code
 * conformance/FORMAT.md} straight into epoch values (R12: nanosecond precision, no rounding).
 */
@NullMarked
package dev.seatline.billing.examples.text;

import org.jspecify.annotations.NullMarked;
