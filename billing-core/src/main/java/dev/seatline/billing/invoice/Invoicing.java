package dev.seatline.billing.invoice;

import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.Order;
import dev.seatline.billing.model.Shipment;
import dev.seatline.billing.model.SkuQuantity;
import dev.seatline.billing.rating.Evidence;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.rating.Pricing;
import dev.seatline.billing.rating.RatingContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a rated period's lines, orders and shipments into invoices (<a
 * href="{@docRoot}/index.html#R8">R8</a>, <a href="{@docRoot}/index.html#R9">R9</a>): the recurring
 * invoice in arrears on the local date of the rated end (RECURRING, FINAL for a cancelled
 * organization's last period, PREVIEW for a usage-to-date view), one ORDER invoice per order placed
 * in the rated time and one SHIPMENT invoice per shipment shipped in it, each on its local date.
 * One line per SKU: quantities of a SKU listed twice on one order or shipment are added.
 *
 * <p>Stateless. Example: {@code Invoicing.invoices(context, kind, recurringLines)}.
 */
public final class Invoicing {
  private Invoicing() {}

  /**
   * {@return the invoices of {@code context}'s rated time: the recurring invoice of {@code kind}
   * holding {@code recurring} (present even without lines), then the order and shipment invoices}
   *
   * @param context the rated time, the input and the policy
   * @param kind RECURRING, FINAL or PREVIEW
   * @param recurring the lines of the recurring invoice
   * @throws dev.seatline.billing.model.InvalidInputException at {@code prices.oneTime.SKU} or
   *     {@code prices.hardware.SKU} for an item without a price, naming the item too
   */
  public static List<Invoice> invoices(
      RatingContext context, InvoiceKind kind, List<LineItem> recurring) {
    return invoices(context, kind, List.of(), recurring);
  }

  /**
   * {@return the invoices of {@code context}'s rated time: the ADVANCE invoice holding {@code
   * advance} on the local date of the period start when it has lines (<a
   * href="{@docRoot}/index.html#R14">R14</a>), the recurring invoice of {@code kind} holding {@code
   * recurring} (present even without lines), then the order and shipment invoices}
   *
   * @param context the rated time, the input and the policy
   * @param kind RECURRING, FINAL or PREVIEW
   * @param advance the lines of the ADVANCE invoice (COMMITTED_SEAT), possibly none
   * @param recurring the lines of the recurring invoice
   * @throws dev.seatline.billing.model.InvalidInputException at {@code prices.oneTime.SKU} or
   *     {@code prices.hardware.SKU} for an item without a price, naming the item too
   */
  public static List<Invoice> invoices(
      RatingContext context, InvoiceKind kind, List<LineItem> advance, List<LineItem> recurring) {
    if (!kind.isRecurring()) {
      throw new IllegalArgumentException(kind + " is not a recurring invoice kind");
    }
    List<Invoice> invoices = new ArrayList<>();
    if (!advance.isEmpty()) {
      invoices.add(
          Invoice.of(
              InvoiceKind.ADVANCE,
              Optional.empty(),
              localDate(context.start(), context.period()),
              context.currency(),
              advance));
    }
    invoices.add(
        Invoice.of(
            kind,
            Optional.empty(),
            localDate(context.end(), context.period()),
            context.currency(),
            recurring));
    List<Order> orders = context.input().orders();
    for (int i = 0; i < orders.size(); i++) {
      Order o = orders.get(i);
      itemInvoice(
          context,
          InvoiceKind.ORDER,
          o.id(),
          o.placedAt(),
          LineCode.ONE_TIME,
          "orders[" + i + "].oneTime",
          o.oneTime(),
          (sku, q) -> new Evidence.OrderItem(o.id(), o.placedAt(), sku, q),
          invoices);
    }
    List<Shipment> shipments = context.input().shipments();
    for (int i = 0; i < shipments.size(); i++) {
      Shipment s = shipments.get(i);
      itemInvoice(
          context,
          InvoiceKind.SHIPMENT,
          s.id(),
          s.shippedAt(),
          LineCode.HARDWARE,
          "shipments[" + i + "].items",
          s.items(),
          (sku, q) -> new Evidence.ShipmentItem(s.id(), s.orderId(), s.shippedAt(), sku, q),
          invoices);
    }
    return invoices;
  }

  private interface ItemEvidence {
    Evidence of(String sku, long quantity);
  }

  /**
   * Adds the {@code kind} invoice of the order or shipment {@code ref} at {@code at} when that lies
   * in the rated time and it has lines.
   */
  private static void itemInvoice(
      RatingContext context,
      InvoiceKind kind,
      String ref,
      Instant at,
      LineCode code,
      String itemsPath,
      List<SkuQuantity> items,
      ItemEvidence evidence,
      List<Invoice> invoices) {
    if (!inRatedTime(context, at)) {
      return;
    }
    List<LineItem> lines = lines(context, code, itemsPath, items, evidence);
    if (!lines.isEmpty()) {
      invoices.add(
          Invoice.of(
              kind, Optional.of(ref), localDate(at, context.period()), context.currency(), lines));
    }
  }

  private static List<LineItem> lines(
      RatingContext context,
      LineCode code,
      String itemsPath,
      List<SkuQuantity> items,
      ItemEvidence evidence) {
    Map<String, Long> quantities = new LinkedHashMap<>();
    Map<String, BigDecimal> prices = new LinkedHashMap<>();
    for (int j = 0; j < items.size(); j++) {
      SkuQuantity item = items.get(j);
      String itemPath = itemsPath + "[" + j + "].sku";
      prices.put(item.sku(), context.prices().require(code, item.sku(), itemPath + " is billed"));
      quantities.merge(item.sku(), item.quantity(), Math::addExact);
    }
    List<LineItem> lines = new ArrayList<>();
    prices.forEach(
        (sku, price) -> {
          long quantity = quantities.getOrDefault(sku, 0L);
          lines.add(
              Pricing.line(
                  context,
                  code,
                  sku,
                  BigDecimal.valueOf(quantity),
                  price,
                  evidence.of(sku, quantity)));
        });
    return lines;
  }

  private static boolean inRatedTime(RatingContext context, Instant instant) {
    return !instant.isBefore(context.start()) && instant.isBefore(context.end());
  }

  private static LocalDate localDate(Instant instant, BillingPeriod period) {
    return LocalDate.ofInstant(instant, period.zone());
  }
}
