package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;

/**
 * A shipment of hardware for an order (<a href="{@docRoot}/index.html#R8">R8</a>): invoiced on the
 * local date it ships, for the quantity shipped; partial shipments are invoiced as they ship.
 *
 * <p>Immutable. Example: {@code new Shipment("shp-1", "ord-1", shippedAt, List.of(new
 * SkuQuantity("HEADSET_H1", 10)))}.
 *
 * @param id the shipment's identifier, unique within the input
 * @param orderId the order it ships, which must be in the same input
 * @param shippedAt when it shipped
 * @param items the hardware shipped, in input order
 */
public record Shipment(String id, String orderId, Instant shippedAt, List<SkuQuantity> items) {
  /**
   * Validates the ids and copies the items.
   *
   * @param id the shipment's identifier, unique within the input
   * @param orderId the order it ships, which must be in the same input
   * @param shippedAt when it shipped
   * @param items the hardware shipped, in input order
   */
  public Shipment {
    Require.id("id", requireNonNull(id, "id"));
    Require.id("orderId", requireNonNull(orderId, "orderId"));
    requireNonNull(shippedAt, "shippedAt");
    items = ImmutableList.copyOf(items);
  }
}
