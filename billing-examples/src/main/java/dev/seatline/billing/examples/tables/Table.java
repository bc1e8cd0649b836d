package dev.seatline.billing.examples.tables;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The input tables of {@code conformance/TABLES.md}, with their file names and columns (<a
 * href="{@docRoot}/index.html#R12">R12</a>: the same scenario as FORMAT.md, split into tables keyed
 * by organization). Every table has {@code org_id} as its first column; the columns are listed in
 * canonical order, which is also the order of the values an {@link OrganizationRows} row holds. The
 * last four tables and the columns {@code edition} and {@code minimum_monthly_amount} are the
 * extensions of <a href="{@docRoot}/index.html#R14">R14</a>-<a
 * href="{@docRoot}/index.html#R17">R17</a>.
 *
 * <p>Immutable. Example: {@code Table.byFileName("on_queue")} is {@code Optional.of(ON_QUEUE)},
 * whose columns are {@code [org_id, user_id, from, to]}.
 */
public enum Table implements CsvLayout {
  /** One row per organization: {@code organization} of a scenario. */
  ORGANIZATIONS(
      "organizations",
      false,
      "*org_id",
      "*environment",
      "*status",
      "*currency",
      "*licensing",
      "*contract_effective_date",
      "time_zone",
      "cancelled_at",
      "concurrent_seats_purchased",
      "edition",
      "minimum_monthly_amount"),
  /** {@code organization.addOnLicensesPurchased}. */
  ADD_ONS_PURCHASED("add_ons_purchased", true, "*org_id", "*add_on", "*quantity"),
  /** {@code prices}: one row per price, {@code kind} SEAT, ADD_ON, EXCESS_PORT_HOUR, ... */
  PRICES("prices", false, "*org_id", "*kind", "item", "*unit_price"),
  /** {@code users[]}. */
  USERS("users", false, "*org_id", "*user_id", "deleted_at"),
  /** {@code users[].licenses}. */
  LICENSES("licenses", true, "*org_id", "*user_id", "*tier", "*from", "to"),
  /** {@code users[].addOns}. */
  ADD_ONS("add_ons", true, "*org_id", "*user_id", "*add_on", "*from", "to"),
  /** {@code users[].sessions}. */
  SESSIONS("sessions", true, "*org_id", "*user_id", "*channel", "*from", "to"),
  /** {@code users[].onQueue}. */
  ON_QUEUE("on_queue", true, "*org_id", "*user_id", "*from", "to"),
  /** {@code callPorts}. */
  CALL_PORTS("call_ports", true, "*org_id", "*at", "*concurrent_calls"),
  /** {@code orders[]}. */
  ORDERS("orders", true, "*org_id", "*order_id", "*placed_at"),
  /** {@code orders[].oneTime}. */
  ORDER_ITEMS("order_items", true, "*org_id", "*order_id", "*sku", "*quantity"),
  /** {@code shipments[]}. */
  SHIPMENTS("shipments", true, "*org_id", "*shipment_id", "*order_id", "*shipped_at"),
  /** {@code shipments[].items}. */
  SHIPMENT_ITEMS("shipment_items", true, "*org_id", "*shipment_id", "*sku", "*quantity"),
  /** {@code organization.commitments} (R14). */
  COMMITMENTS("commitments", true, "*org_id", "*tier", "*seats"),
  /** {@code prices.meters} (R16). */
  METERS(
      "meters", true, "*org_id", "*meter", "*overage", "increment", "allowance_per_organization"),
  /** {@code prices.meters.*.allowancePerSeat} (R16). */
  METER_ALLOWANCES("meter_allowances", true, "*org_id", "*meter", "*tier", "*allowance_per_seat"),
  /** {@code usage} (R16). */
  USAGE("usage", true, "*org_id", "*meter", "*at", "*quantity");

  private final String fileName;
  private final boolean optionalTable;
  private final ImmutableList<String> columns;
  private final ImmutableSet<String> required;

  Table(String fileName, boolean optionalTable, String... columns) {
    this.fileName = fileName;
    this.optionalTable = optionalTable;
    ImmutableList.Builder<String> names = ImmutableList.builder();
    ImmutableSet.Builder<String> req = ImmutableSet.builder();
    for (String c : columns) {
      String name = c.startsWith("*") ? c.substring(1) : c;
      names.add(name);
      if (c.startsWith("*")) {
        req.add(name);
      }
    }
    this.columns = names.build();
    this.required = req.build();
  }

  /** {@return the table's name: its CSV file is this name + {@code .csv}} */
  @Override
  public String fileName() {
    return fileName;
  }

  /** {@return the columns in canonical order, {@code org_id} first} */
  @Override
  public List<String> columns() {
    return columns;
  }

  /** {@return the required columns} */
  public Set<String> requiredColumns() {
    return required;
  }

  /**
   * {@return whether {@code column} is a required column of this table} False for a column the
   * table does not have.
   *
   * @param column a column name
   */
  @Override
  public boolean required(String column) {
    return required.contains(column);
  }

  /**
   * {@return the position of {@code column} in {@link #columns()}, -1 when the table has no such
   * column}
   *
   * @param column a column name
   */
  @Override
  public int columnIndex(String column) {
    return columns.indexOf(column);
  }

  /** {@return whether the table may be absent from a set of tables} */
  public boolean optionalTable() {
    return optionalTable;
  }

  /**
   * {@return the table named {@code name} (without {@code .csv}), if any}
   *
   * @param name a table name such as {@code on_queue}
   */
  public static Optional<Table> byFileName(String name) {
    for (Table t : values()) {
      if (t.fileName.equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
