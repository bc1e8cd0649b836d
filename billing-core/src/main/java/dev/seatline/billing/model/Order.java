package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;

/**
 * An order placed by the organization (<a href="{@docRoot}/index.html#R8">R8</a>): its enablement
 * service packages are a one-time fee, invoiced on the local date the order is placed. Hardware on
 * an order is invoiced by its {@link Shipment}s.
 *
 * <p>Immutable. Example: {@code new Order("ord-1", placedAt, List.of(new
 * SkuQuantity("ENABLEMENT_STANDARD", 1)))}.
 *
 * @param id the order's identifier, unique within the input
 * @param placedAt when the order was placed
 * @param oneTime the one-time items, in input order
 */
public record Order(String id, Instant placedAt, List<SkuQuantity> oneTime) {
  /**
   * Validates the id and copies the items.
   *
   * @param id the order's identifier, unique within the input
   * @param placedAt when the order was placed
   * @param oneTime the one-time items, in input order
   */
  public Order {
    Require.id("id", requireNonNull(id, "id"));
    requireNonNull(placedAt, "placedAt");
    oneTime = ImmutableList.copyOf(oneTime);
  }
}
