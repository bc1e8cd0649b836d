package dev.seatline.billing.model;

import static dev.seatline.billing.InvalidInputs.assertInvalidAt;
import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShipmentTest {
  private static final Instant T = Instant.parse("2026-01-20T15:00:00Z");

  @Test
  void copiesItsItems() {
    List<SkuQuantity> items = new ArrayList<>(List.of(new SkuQuantity("HEADSET_H1", 10)));
    Shipment s = new Shipment("shp-1", "ord-1", T, items);
    items.clear();

    assertThat(s.items()).containsExactly(new SkuQuantity("HEADSET_H1", 10));
  }

  @Test
  void theIdsAreIdentifiers() {
    assertInvalidAt("id", () -> new Shipment(" shp", "ord-1", T, List.of()));
    assertInvalidAt("orderId", () -> new Shipment("shp", "", T, List.of()));
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentsAreRejected() {
    assertNullRejected("id", () -> new Shipment(null, "o", T, List.of()));
    assertNullRejected("orderId", () -> new Shipment("s", null, T, List.of()));
    assertNullRejected("shippedAt", () -> new Shipment("s", "o", null, List.of()));
    assertThatThrownBy(() -> new Shipment("s", "o", T, null))
        .isInstanceOf(NullPointerException.class);
  }
}
