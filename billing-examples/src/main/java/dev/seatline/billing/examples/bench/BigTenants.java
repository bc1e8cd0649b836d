package dev.seatline.billing.examples.bench;

import dev.seatline.billing.model.ColumnarTimeline;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.RatingInput;

/** Turns a generated columnar tenant into the engine's rating input. */
final class BigTenants {
  private BigTenants() {}

  static RatingInput input(Organization organization, ColumnarTimeline timeline) {
    return RatingInput.builder(organization, SyntheticTenants.prices()).columns(timeline).build();
  }
}
