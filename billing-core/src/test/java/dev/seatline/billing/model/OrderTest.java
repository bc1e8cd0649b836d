package dev.seatline.billing.model;

import static dev.seatline.billing.InvalidInputs.assertInvalidAt;
import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTest {
  private static final Instant T = Instant.parse("2026-01-15T15:00:00Z");

  @Test
  void copiesItsItems() {
    List<SkuQuantity> items = new ArrayList<>(List.of(new SkuQuantity("ENABLEMENT_STANDARD", 1)));
    Order o = new Order("ord-1", T, items);
    items.clear();

    assertThat(o.oneTime()).containsExactly(new SkuQuantity("ENABLEMENT_STANDARD", 1));
    assertThatThrownBy(() -> o.oneTime().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theIdIsAnIdentifier() {
    assertInvalidAt("id", () -> new Order("", T, List.of()));
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentsAreRejected() {
    assertNullRejected("id", () -> new Order(null, T, List.of()));
    assertNullRejected("placedAt", () -> new Order("o", null, List.of()));
    assertThatThrownBy(() -> new Order("o", T, null)).isInstanceOf(NullPointerException.class);
  }
}
