package dev.seatline.billing.examples.cli;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.RatingInput;
import java.time.Instant;
import java.util.Optional;

/**
 * One conformance scenario (R1-R12): an organization's rating input, the period to rate and, for a
 * usage-to-date view (R11), the "as of" instant. Read by {@link ScenarioReader}.
 *
 * <p>Immutable. Example: {@code new Scenario(input, 0, Optional.empty()).rate(engine)}.
 *
 * @param input the organization, prices, users, call ports, orders and shipments
 * @param periodIndex the index of the period to rate (R1)
 * @param asOf the "as of" instant (R11), empty to rate the whole period
 */
public record Scenario(RatingInput input, int periodIndex, Optional<Instant> asOf) {
  /** Validates that the parts are present. */
  public Scenario {
    requireNonNull(input, "input");
    requireNonNull(asOf, "asOf");
  }

  /**
   * Rates the scenario with {@code engine}.
   *
   * @throws InvalidInputException naming the offending element by its JSON path, a map key that is
   *     not a plain name in bracket form ({@code prices.addOn['crm.sync']})
   */
  public RatedPeriod rate(BillingEngine engine) {
    try {
      return engine.rate(input, periodIndex, asOf);
    } catch (InvalidInputException e) {
      throw JsonPaths.fromModel(e);
    }
  }
}
