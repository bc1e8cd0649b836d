package dev.seatline.billing.examples.imports;

import dev.seatline.billing.examples.tables.OrganizationRows;
import dev.seatline.billing.examples.tables.RowSource;
import dev.seatline.billing.examples.tables.Table;
import dev.seatline.billing.model.AddOnAssignment;
import dev.seatline.billing.model.LicenseAssignment;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.Order;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PortSample;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.Session;
import dev.seatline.billing.model.Shipment;
import dev.seatline.billing.model.SkuQuantity;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserTimeline;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A generated input's rows of the tables of {@code TABLES.md}, in one {@link OrganizationRows}: all
 * of them, or all but the users, sessions and on-queue time (which an import supplies).
 */
final class GeneratedRows {
  private final OrganizationRows rows;
  private final Map<Table, Long> lines = new EnumMap<>(Table.class);

  private GeneratedRows(String orgId) {
    this.rows = new OrganizationRows(orgId);
  }

  /** Every table's rows of {@code input}. */
  static OrganizationRows all(RatingInput input) {
    GeneratedRows g = new GeneratedRows(input.organization().id());
    g.rest(input);
    String id = input.organization().id();
    for (UserTimeline u : input.users()) {
      g.add(Table.USERS, id, u.id(), text(u.deletedAt()));
      for (Session s : u.sessions()) {
        g.add(Table.SESSIONS, id, u.id(), s.channel().name(), from(s.interval()), to(s.interval()));
      }
      for (UsageInterval q : u.onQueue()) {
        g.add(Table.ON_QUEUE, id, u.id(), from(q), to(q));
      }
    }
    return g.rows;
  }

  /**
   * {@code input}'s rows but users, sessions and on-queue time, plus {@code imported}'s rows of
   * those three tables (each a list of CSV rows, values in the table's column order, an empty field
   * absent).
   */
  static OrganizationRows withImported(RatingInput input, Map<Table, Iterable<String[]>> imported) {
    GeneratedRows g = new GeneratedRows(input.organization().id());
    g.rest(input);
    imported.forEach(
        (table, list) ->
            list.forEach(
                row -> {
                  @Nullable String[] values = row.clone();
                  for (int i = 0; i < values.length; i++) {
                    values[i] = row[i].isEmpty() ? null : row[i];
                  }
                  g.add(table, values);
                }));
    return g.rows;
  }

  private void rest(RatingInput input) {
    Organization o = input.organization();
    String id = o.id();
    add(
        Table.ORGANIZATIONS,
        id,
        o.environment().name(),
        o.status().name(),
        o.currency().name(),
        o.licensing().name(),
        o.contractEffectiveDate().toString(),
        o.timeZone().getId(),
        text(o.cancelledAt()),
        Long.toString(o.concurrentSeatsPurchased()),
        null,
        null);
    o.addOnLicensesPurchased()
        .forEach((name, n) -> add(Table.ADD_ONS_PURCHASED, id, name, Long.toString(n)));
    for (LineCode code : input.prices().codes()) {
      boolean ports = code.equals(LineCode.EXCESS_CALL_PORTS);
      for (Map.Entry<String, BigDecimal> p : input.prices().prices(code).entrySet()) {
        add(
            Table.PRICES,
            id,
            ports ? "EXCESS_PORT_HOUR" : code.name(),
            ports ? null : p.getKey(),
            p.getValue().toPlainString());
      }
    }
    for (UserTimeline u : input.users()) {
      for (LicenseAssignment l : u.licenses()) {
        add(Table.LICENSES, id, u.id(), l.tier().name(), from(l.interval()), to(l.interval()));
      }
      for (AddOnAssignment a : u.addOns()) {
        add(Table.ADD_ONS, id, u.id(), a.addOn(), from(a.interval()), to(a.interval()));
      }
    }
    for (PortSample s : input.callPorts()) {
      add(Table.CALL_PORTS, id, s.at().toString(), Long.toString(s.concurrentCalls()));
    }
    for (Order order : input.orders()) {
      add(Table.ORDERS, id, order.id(), order.placedAt().toString());
      for (SkuQuantity q : order.oneTime()) {
        add(Table.ORDER_ITEMS, id, order.id(), q.sku(), Long.toString(q.quantity()));
      }
    }
    for (Shipment s : input.shipments()) {
      add(Table.SHIPMENTS, id, s.id(), s.orderId(), s.shippedAt().toString());
      for (SkuQuantity q : s.items()) {
        add(Table.SHIPMENT_ITEMS, id, s.id(), q.sku(), Long.toString(q.quantity()));
      }
    }
  }

  private void add(Table table, @Nullable String... values) {
    long line = lines.merge(table, 1L, Long::sum) + 1;
    rows.add(table, RowSource.csv(table, line), values);
  }

  private static String from(UsageInterval i) {
    return i.start().toString();
  }

  private static @Nullable String to(UsageInterval i) {
    return text(i.end());
  }

  private static @Nullable String text(Optional<?> value) {
    return value.map(Object::toString).orElse(null);
  }
}
