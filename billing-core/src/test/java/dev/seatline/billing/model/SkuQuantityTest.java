package dev.seatline.billing.model;

import static dev.seatline.billing.InvalidInputs.assertInvalidAt;
import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkuQuantityTest {
  @Test
  void quantitiesAreOneToOneBillion() {
    assertThat(new SkuQuantity("HEADSET_H1", 1).quantity()).isEqualTo(1);
    assertThat(new SkuQuantity("HEADSET_H1", 1_000_000_000).quantity()).isEqualTo(1_000_000_000);
    assertInvalidAt("quantity", () -> new SkuQuantity("HEADSET_H1", 0))
        .hasMessage("quantity: must be a whole number from 1 to 1000000000, was 0");
    assertInvalidAt("quantity", () -> new SkuQuantity("HEADSET_H1", 1_000_000_001));
  }

  @Test
  void theSkuIsAnIdentifier() {
    assertInvalidAt("sku", () -> new SkuQuantity(" ", 1));
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullIsRejected() {
    assertNullRejected("sku", () -> new SkuQuantity(null, 1));
  }
}
