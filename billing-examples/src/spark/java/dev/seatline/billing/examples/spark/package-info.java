/**
 * The Spark runner ({@code billing-spark.jar}, Maven profile {@code -Pspark}): rates every
 * organization of the input tables of {@code TABLES.md} on Apache Spark with the same engine and
 * the same selection as the single-machine tables path (R1-R12 through {@link
 * dev.seatline.billing.examples.tables.OrganizationRating}). {@link
 * dev.seatline.billing.examples.spark.SparkRating} is the entry point; {@link
 * dev.seatline.billing.examples.spark.SparkTables} reads the tables into one data set of tagged
 * rows, {@link dev.seatline.billing.examples.spark.GroupRating} rates one organization's group and
 * {@link dev.seatline.billing.examples.spark.SparkOutput} writes the output tables.
 */
@NullMarked
package dev.seatline.billing.examples.spark;

import org.jspecify.annotations.NullMarked;
