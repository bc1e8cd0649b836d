/**
 * Importers from the vendor's exports to the tables of {@code TABLES.md}: the analytics API's user
 * details (presence and routing-status segments), the licence API's snapshot with the audit API's
 * assignment events, and the Singer tap's flattened {@code user_state} rows. They write {@code
 * users.csv}, {@code sessions.csv}, {@code on_queue.csv} and {@code licenses.csv}, the input of R2,
 * R3 and R5. {@link dev.seatline.billing.examples.imports.ImportCommand} is the entry point;
 * everything else is internal.
 */
@NullMarked
package dev.seatline.billing.examples.imports;

import org.jspecify.annotations.NullMarked;
