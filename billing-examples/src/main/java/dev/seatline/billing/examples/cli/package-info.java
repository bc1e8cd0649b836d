/**
 * The scenario command line ({@code billing-rate.jar}): reads one conformance scenario (JSON),
 * rates it with the library and prints the result JSON (R1-R12 through {@link
 * dev.seatline.billing.BillingEngine}). {@link dev.seatline.billing.examples.cli.RateScenario} is
 * the entry point; {@link dev.seatline.billing.examples.cli.ScenarioReader} and {@link
 * dev.seatline.billing.examples.cli.ResultWriter} map JSON to the model and back.
 */
@NullMarked
package dev.seatline.billing.examples.cli;

import org.jspecify.annotations.NullMarked;
