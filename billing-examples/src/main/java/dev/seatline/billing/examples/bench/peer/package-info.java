/**
 * The side-by-side comparison with a DuckDB peer: the same CSV files rated by the engine and by the
 * SQL a data team would write, in one run. Run with {@code mvn -B -DskipTests package -Pbench
 * -Dbench.only=side-by-side}; see PERFORMANCE.md.
 */
@NullMarked
package dev.seatline.billing.examples.bench.peer;

import org.jspecify.annotations.NullMarked;
