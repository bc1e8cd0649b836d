package dev.seatline.billing.examples.tables;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Test-side writers of a {@link RatingInput}: as the rows of the input tables (TABLES.md), as CSV
 * files of many organizations with rows shuffled, and as a scenario file (FORMAT.md). Written
 * independently of the readers, from the contracts.
 */
final class TableFixtures {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TableFixtures() {}

  /**
   * {@code input} under the organization id {@code orgId}, its users, orders, shipments and items
   * in order of id, as the tables path registers them.
   */
  static RatingInput normalized(RatingInput input, String orgId) {
    Organization o = input.organization();
    Organization.Builder b =
        Organization.builder(orgId, o.currency(), o.licensing(), o.contractEffectiveDate())
            .environment(o.environment())
            .status(o.status())
            .timeZone(o.timeZone())
            .concurrentSeatsPurchased(o.concurrentSeatsPurchased())
            .tiers(o.tiers());
    o.addOnLicensesPurchased().forEach(b::addOnLicensesPurchased);
    o.cancelledAt().ifPresent(b::cancelledAt);
    List<UserTimeline> users = new ArrayList<>(input.users());
    users.sort(Comparator.comparing(UserTimeline::id));
    List<Order> orders = new ArrayList<>();
    for (Order order : input.orders()) {
      orders.add(new Order(order.id(), order.placedAt(), sortedItems(order.oneTime())));
    }
    orders.sort(Comparator.comparing(Order::id));
    List<Shipment> shipments = new ArrayList<>();
    for (Shipment s : input.shipments()) {
      shipments.add(new Shipment(s.id(), s.orderId(), s.shippedAt(), sortedItems(s.items())));
    }
    shipments.sort(Comparator.comparing(Shipment::id));
    return RatingInput.builder(b.build(), input.prices())
        .users(users)
        .callPorts(input.callPorts())
        .orders(orders)
        .shipments(shipments)
        .build();
  }

  private static List<SkuQuantity> sortedItems(List<SkuQuantity> items) {
    List<SkuQuantity> sorted = new ArrayList<>(items);
    sorted.sort(
        Comparator.comparing(SkuQuantity::sku).thenComparing(q -> Long.toString(q.quantity())));
    return sorted;
  }

  private static @Nullable String text(Optional<?> value) {
    return value.map(Object::toString).orElse(null);
  }

  /** The rows of every table for {@code input}, values in {@link Table#columns()} order. */
  static Map<Table, List<@Nullable String[]>> rows(RatingInput input) {
    Map<Table, List<@Nullable String[]>> t = new EnumMap<>(Table.class);
    for (Table table : Table.values()) {
      t.put(table, new ArrayList<>());
    }
    Organization o = input.organization();
    String id = o.id();
    add(
        t,
        Table.ORGANIZATIONS,
        new @Nullable String[] {
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
          null
        });
    o.addOnLicensesPurchased()
        .forEach(
            (name, count) ->
                add(
                    t,
                    Table.ADD_ONS_PURCHASED,
                    new @Nullable String[] {id, name, Long.toString(count)}));
    for (LineCode code : input.prices().codes()) {
      String kind = code.equals(LineCode.EXCESS_CALL_PORTS) ? "EXCESS_PORT_HOUR" : code.name();
      for (Map.Entry<String, BigDecimal> p : input.prices().prices(code).entrySet()) {
        String item = code.equals(LineCode.EXCESS_CALL_PORTS) ? null : p.getKey();
        add(t, Table.PRICES, new @Nullable String[] {id, kind, item, p.getValue().toPlainString()});
      }
    }
    for (UserTimeline u : input.users()) {
      add(t, Table.USERS, new @Nullable String[] {id, u.id(), text(u.deletedAt())});
      for (LicenseAssignment l : u.licenses()) {
        add(t, Table.LICENSES, interval(id, u.id(), l.tier().name(), l.interval()));
      }
      for (AddOnAssignment a : u.addOns()) {
        add(t, Table.ADD_ONS, interval(id, u.id(), a.addOn(), a.interval()));
      }
      for (Session s : u.sessions()) {
        add(t, Table.SESSIONS, interval(id, u.id(), s.channel().name(), s.interval()));
      }
      for (UsageInterval q : u.onQueue()) {
        add(t, Table.ON_QUEUE, interval(id, u.id(), null, q));
      }
    }
    for (PortSample s : input.callPorts()) {
      add(
          t,
          Table.CALL_PORTS,
          new @Nullable String[] {id, s.at().toString(), Long.toString(s.concurrentCalls())});
    }
    for (Order order : input.orders()) {
      add(t, Table.ORDERS, new @Nullable String[] {id, order.id(), order.placedAt().toString()});
      for (SkuQuantity q : order.oneTime()) {
        add(
            t,
            Table.ORDER_ITEMS,
            new @Nullable String[] {id, order.id(), q.sku(), Long.toString(q.quantity())});
      }
    }
    for (Shipment s : input.shipments()) {
      add(
          t,
          Table.SHIPMENTS,
          new @Nullable String[] {id, s.id(), s.orderId(), s.shippedAt().toString()});
      for (SkuQuantity q : s.items()) {
        add(
            t,
            Table.SHIPMENT_ITEMS,
            new @Nullable String[] {id, s.id(), q.sku(), Long.toString(q.quantity())});
      }
    }
    return t;
  }

  private static void add(
      Map<Table, List<@Nullable String[]>> t, Table table, @Nullable String[] row) {
    List<@Nullable String[]> list = t.get(table);
    if (list == null) {
      throw new AssertionError(table);
    }
    list.add(row);
  }

  private static @Nullable String[] interval(
      String org, String user, @Nullable String label, UsageInterval i) {
    String from = i.start().toString();
    String to = text(i.end());
    return label == null
        ? new @Nullable String[] {org, user, from, to}
        : new @Nullable String[] {org, user, label, from, to};
  }

  /** {@code input}'s rows in one {@link OrganizationRows}, each row's source a CSV line. */
  static OrganizationRows organizationRows(RatingInput input) {
    OrganizationRows rows = new OrganizationRows(input.organization().id());
    rows(input)
        .forEach(
            (table, list) -> {
              for (int i = 0; i < list.size(); i++) {
                rows.add(table, RowSource.csv(table, i + 2L), list.get(i));
              }
            });
    return rows;
  }

  /**
   * Writes the rows of {@code inputs} as CSV files into {@code dir}, every table's rows shuffled
   * with {@code seed} and its columns in a shuffled order; every table file is written, with a
   * header only when it has no rows.
   */
  static void writeCsv(Path dir, List<RatingInput> inputs, long seed) {
    List<Map<Table, List<@Nullable String[]>>> sets = new ArrayList<>();
    for (RatingInput input : inputs) {
      sets.add(rows(input));
    }
    writeRows(dir, sets, seed);
  }

  /** Writes the rows of several organizations as {@link #writeCsv} does. */
  static void writeRows(Path dir, List<Map<Table, List<@Nullable String[]>>> sets, long seed) {
    Random random = new Random(seed);
    Map<Table, List<@Nullable String[]>> all = new EnumMap<>(Table.class);
    for (Map<Table, List<@Nullable String[]>> set : sets) {
      set.forEach((table, list) -> all.computeIfAbsent(table, x -> new ArrayList<>()).addAll(list));
    }
    for (Map.Entry<Table, List<@Nullable String[]>> e : all.entrySet()) {
      Table table = e.getKey();
      if (Extensions.unsupportedTable(table).isPresent() && e.getValue().isEmpty()) {
        continue; // the extension tables are written only where they hold rows
      }
      List<@Nullable String[]> list = new ArrayList<>(e.getValue());
      Collections.shuffle(list, random);
      List<Integer> order = new ArrayList<>();
      for (int c = 0; c < table.columns().size(); c++) {
        order.add(c);
      }
      Collections.shuffle(order, random);
      List<String> header = new ArrayList<>();
      for (int c : order) {
        header.add(table.columns().get(c));
      }
      try (CsvTableWriter w =
          CsvTableWriter.create(dir.resolve(table.fileName() + ".csv"), header)) {
        for (@Nullable String[] row : list) {
          List<@Nullable String> values = new ArrayList<>();
          for (int c : order) {
            values.add(row[c]);
          }
          w.write(values);
        }
      }
    }
  }

  /** {@code input} as a scenario file of FORMAT.md for period {@code index}, as of {@code asOf}. */
  static byte[] scenario(RatingInput input, int index, Optional<Instant> asOf) {
    ObjectNode root = JSON.createObjectNode();
    Organization o = input.organization();
    ObjectNode org = root.putObject("organization");
    org.put("id", o.id());
    org.put("environment", o.environment().name());
    org.put("status", o.status().name());
    org.put("currency", o.currency().name());
    org.put("licensing", o.licensing().name());
    org.put("contractEffectiveDate", o.contractEffectiveDate().toString());
    org.put("timeZone", o.timeZone().getId());
    org.put("concurrentSeatsPurchased", o.concurrentSeatsPurchased());
    ObjectNode addOns = org.putObject("addOnLicensesPurchased");
    o.addOnLicensesPurchased().forEach(addOns::put);
    org.put("cancelledAt", text(o.cancelledAt()));
    ObjectNode period = root.putObject("period");
    period.put("index", index);
    period.put("asOf", text(asOf));
    ObjectNode prices = root.putObject("prices");
    for (LineCode code : input.prices().codes()) {
      for (Map.Entry<String, BigDecimal> p : input.prices().prices(code).entrySet()) {
        if (code.equals(LineCode.EXCESS_CALL_PORTS)) {
          prices.put("excessPortHour", p.getValue().toPlainString());
        } else {
          ObjectNode map =
              prices.has(code.priceKey())
                  ? (ObjectNode) prices.get(code.priceKey())
                  : prices.putObject(code.priceKey());
          map.put(p.getKey(), p.getValue().toPlainString());
        }
      }
    }
    ArrayNode users = root.putArray("users");
    for (UserTimeline u : input.users()) {
      ObjectNode user = users.addObject();
      user.put("id", u.id());
      ArrayNode l = user.putArray("licenses");
      for (LicenseAssignment a : u.licenses()) {
        interval(l.addObject().put("tier", a.tier().name()), a.interval());
      }
      ArrayNode ad = user.putArray("addOns");
      for (AddOnAssignment a : u.addOns()) {
        interval(ad.addObject().put("addOn", a.addOn()), a.interval());
      }
      ArrayNode s = user.putArray("sessions");
      for (Session x : u.sessions()) {
        interval(s.addObject().put("channel", x.channel().name()), x.interval());
      }
      ArrayNode q = user.putArray("onQueue");
      for (UsageInterval i : u.onQueue()) {
        interval(q.addObject(), i);
      }
      user.put("deletedAt", text(u.deletedAt()));
    }
    ArrayNode ports = root.putArray("callPorts");
    for (PortSample p : input.callPorts()) {
      ports.addObject().put("at", p.at().toString()).put("concurrentCalls", p.concurrentCalls());
    }
    ArrayNode orders = root.putArray("orders");
    for (Order order : input.orders()) {
      ObjectNode n =
          orders.addObject().put("id", order.id()).put("placedAt", order.placedAt().toString());
      items(n.putArray("oneTime"), order.oneTime());
    }
    ArrayNode shipments = root.putArray("shipments");
    for (Shipment s : input.shipments()) {
      ObjectNode n =
          shipments
              .addObject()
              .put("id", s.id())
              .put("orderId", s.orderId())
              .put("shippedAt", s.shippedAt().toString());
      items(n.putArray("items"), s.items());
    }
    try {
      return JSON.writeValueAsString(root).getBytes(UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void interval(ObjectNode node, UsageInterval i) {
    node.put("from", i.start().toString());
    node.put("to", text(i.end()));
  }

  private static void items(ArrayNode array, List<SkuQuantity> items) {
    for (SkuQuantity q : items) {
      array.addObject().put("sku", q.sku()).put("quantity", q.quantity());
    }
  }
}
