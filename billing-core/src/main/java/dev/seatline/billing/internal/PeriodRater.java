package dev.seatline.billing.internal;

import dev.seatline.billing.InvalidInputException;
import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.InvoiceKind;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.Order;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.Shipment;
import dev.seatline.billing.model.SkuQuantity;
import dev.seatline.billing.rating.LineCode;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.rating.PortUsage;
import dev.seatline.billing.rating.RatingContext;
import dev.seatline.billing.rating.RatingPolicy;
import dev.seatline.billing.rating.SeatRating;
import dev.seatline.billing.rating.SeatRatingStrategy;
import dev.seatline.billing.rating.UsageRatingStrategy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rates one period: works out the rated time (R9 cancellation, R11 "as of"), runs the seat and
 * usage strategies, and turns their lines and the period's orders and shipments into invoices (R8,
 * R9).
 */
public final class PeriodRater {
  private PeriodRater() {}

  /**
   * Rates period {@code index} of {@code input}, up to {@code asOf} when present.
   *
   * @throws InvalidInputException for input the rules reject, naming the element
   */
  public static RatedPeriod rate(
      RatingInput input,
      int index,
      Optional<Instant> asOf,
      RatingPolicy policy,
      SeatRatingStrategy seatStrategy,
      UsageRatingStrategy usageStrategy) {
    BillingPeriod period = input.organization().calendar().period(index);
    Instant end = period.end();
    boolean cancelled = false;
    Optional<Instant> cancelledAt = input.organization().cancelledAt();
    if (cancelledAt.isPresent()) {
      Instant x = cancelledAt.get();
      if (!x.isAfter(period.start())) {
        throw InvalidInputException.at(
            "period.index",
            "period "
                + index
                + " starts at "
                + period.start()
                + ", at or after the cancellation (organization.cancelledAt "
                + x
                + ")");
      }
      if (!x.isAfter(period.end())) {
        end = x;
        cancelled = true;
      }
    }
    Instant periodEnd = end;
    if (asOf.isPresent()) {
      Instant a = asOf.get();
      if (a.isBefore(period.start()) || !a.isBefore(end)) {
        throw InvalidInputException.at(
            "period.asOf", a + " is not in the rated period [" + period.start() + ", " + end + ")");
      }
      end = a;
    }
    RatingContext context = new RatingContext(input, period, period.start(), end, policy);
    SeatRating seats = seatStrategy.rate(context);
    PortUsage ports = usageStrategy.rate(context, seats);

    List<Invoice> invoices = new ArrayList<>();
    List<LineItem> recurring = new ArrayList<>(seats.lines());
    ports.line().ifPresent(recurring::add);
    InvoiceKind kind =
        asOf.isPresent()
            ? InvoiceKind.PREVIEW
            : cancelled ? InvoiceKind.FINAL : InvoiceKind.RECURRING;
    invoices.add(
        Invoice.of(kind, Optional.empty(), localDate(end, period), context.currency(), recurring));
    addOrderInvoices(context, invoices);
    addShipmentInvoices(context, invoices);
    return new RatedPeriod(
        input.organization().id(),
        period,
        periodEnd,
        asOf,
        context.currency(),
        invoices,
        seats,
        ports);
  }

  /**
   * The index of a cancelled organization's last period (R9): the period n with {@code A(n) < X <=
   * A(n+1)} for the cancellation X; empty when the organization is not cancelled.
   */
  public static Optional<Integer> lastPeriodIndex(Organization organization) {
    Optional<Instant> cancelledAt = organization.cancelledAt();
    if (cancelledAt.isEmpty()) {
      return Optional.empty();
    }
    Instant x = cancelledAt.get();
    return organization
        .calendar()
        .periodContaining(x)
        .map(p -> p.start().equals(x) ? p.index() - 1 : p.index());
  }

  private static void addOrderInvoices(RatingContext context, List<Invoice> invoices) {
    List<Order> orders = context.input().orders();
    for (int i = 0; i < orders.size(); i++) {
      Order order = orders.get(i);
      if (inRatedTime(context, order.placedAt())) {
        String explanation = "order " + order.id() + " placed " + order.placedAt();
        List<LineItem> lines =
            lines(
                context,
                LineCode.ONE_TIME,
                Require.index("orders", i) + ".oneTime",
                order.oneTime(),
                explanation);
        if (!lines.isEmpty()) {
          invoices.add(
              Invoice.of(
                  InvoiceKind.ORDER,
                  Optional.of(order.id()),
                  localDate(order.placedAt(), context.period()),
                  context.currency(),
                  lines));
        }
      }
    }
  }

  private static void addShipmentInvoices(RatingContext context, List<Invoice> invoices) {
    List<Shipment> shipments = context.input().shipments();
    for (int i = 0; i < shipments.size(); i++) {
      Shipment shipment = shipments.get(i);
      if (inRatedTime(context, shipment.shippedAt())) {
        String explanation =
            "shipment "
                + shipment.id()
                + " of order "
                + shipment.orderId()
                + " shipped "
                + shipment.shippedAt();
        List<LineItem> lines =
            lines(
                context,
                LineCode.HARDWARE,
                Require.index("shipments", i) + ".items",
                shipment.items(),
                explanation);
        if (!lines.isEmpty()) {
          invoices.add(
              Invoice.of(
                  InvoiceKind.SHIPMENT,
                  Optional.of(shipment.id()),
                  localDate(shipment.shippedAt(), context.period()),
                  context.currency(),
                  lines));
        }
      }
    }
  }

  /** One line per SKU: quantities of a SKU listed twice on one order or shipment are added. */
  private static List<LineItem> lines(
      RatingContext context,
      LineCode code,
      String itemsPath,
      List<SkuQuantity> items,
      String explanation) {
    Map<String, Long> quantities = new LinkedHashMap<>();
    Map<String, BigDecimal> prices = new LinkedHashMap<>();
    for (int j = 0; j < items.size(); j++) {
      SkuQuantity item = items.get(j);
      String itemPath = Require.index(itemsPath, j) + ".sku";
      BigDecimal price =
          code == LineCode.ONE_TIME
              ? context.input().prices().requireOneTime(item.sku(), itemPath)
              : context.input().prices().requireHardware(item.sku(), itemPath);
      prices.put(item.sku(), price);
      quantities.merge(item.sku(), item.quantity(), Math::addExact);
    }
    List<LineItem> lines = new ArrayList<>();
    prices.forEach(
        (sku, price) -> {
          long quantity = quantities.getOrDefault(sku, 0L);
          lines.add(
              LineItem.priced(
                  code,
                  sku,
                  quantity,
                  price,
                  context.currency(),
                  context.policy().moneyRounding(),
                  List.of(explanation + ": " + quantity + " x " + sku)));
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
