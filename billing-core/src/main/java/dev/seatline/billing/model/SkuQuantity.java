package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

/**
 * A quantity of one catalogue item on an order or a shipment (<a
 * href="{@docRoot}/index.html#R8">R8</a>, <a href="{@docRoot}/index.html#R9">R9</a>): a whole
 * number from 1 to 1,000,000,000.
 *
 * <p>Immutable. Example: {@code new SkuQuantity("HEADSET_H1", 10)}.
 *
 * @param sku the item's catalogue code
 * @param quantity how many, at least 1
 */
public record SkuQuantity(String sku, long quantity) {
  /**
   * Validates both parts; errors name {@code sku} or {@code quantity}.
   *
   * @param sku the item's catalogue code
   * @param quantity how many, at least 1
   */
  public SkuQuantity {
    Require.id("sku", requireNonNull(sku, "sku"));
    Require.positiveCount("quantity", quantity);
  }
}
