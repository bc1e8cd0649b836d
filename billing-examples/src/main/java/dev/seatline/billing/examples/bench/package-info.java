/**
 * JMH benchmarks of the rating hot paths on synthetic tenants, and the seeded generator that makes
 * those tenants. Run with {@code mvn -B -DskipTests package -Pbench}; see PERFORMANCE.md.
 */
@NullMarked
package dev.seatline.billing.examples.bench;

import org.jspecify.annotations.NullMarked;
