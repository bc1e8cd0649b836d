package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a line charges, and where its unit price is found in a {@link PriceBook} (<a
 * href="{@docRoot}/index.html#R6">R6</a>-<a href="{@docRoot}/index.html#R9">R9</a>, <a
 * href="{@docRoot}/index.html#R14">R14</a>, <a href="{@docRoot}/index.html#R15">R15</a>, <a
 * href="{@docRoot}/index.html#R16">R16</a>). The standard codes, listed on an invoice in this
 * order: {@link #COMMITTED_SEAT} (item = tier), {@link #SEAT} (item = tier), {@link #OVERAGE} (item
 * = tier), {@link #SEAT_HOUR} (item = tier), {@link #ADD_ON} (item = add-on name), {@link
 * #EXCESS_CALL_PORTS} (item = {@code PORT_HOUR}), {@link #USAGE} (item = meter), {@link
 * #MINIMUM_TRUE_UP} (item = {@code MINIMUM}), {@link #ONE_TIME} and {@link #HARDWARE} (item = SKU);
 * the order is the one of {@link #standard()}, kept in one list. A rule of its own may charge under
 * a code of its own ({@link #custom}); such codes follow the standard ones on an invoice, by name.
 *
 * <p>The price key is the code's name in a price book's paths: {@code prices.seat.PURECLOUD_3},
 * {@code prices.excessPortHour} (a code with a single price has no item in its path), {@code
 * prices.committedSeat.CX_1}, {@code prices.overageSeat.CX_1}, {@code prices.seatHour.CX_1}.
 *
 * <p>Immutable; equal when the names are equal. Example: {@code LineCode.SEAT.pricePath("CX_1")} is
 * {@code prices.seat.CX_1}.
 */
public final class LineCode implements Comparable<LineCode> {
  /** Committed (prepaid) seats of one tier, on the ADVANCE invoice (R14); item = tier. */
  public static final LineCode COMMITTED_SEAT =
      new LineCode("COMMITTED_SEAT", "committedSeat", false);

  /** Seats of one tier (R3, R5). */
  public static final LineCode SEAT = new LineCode("SEAT", "seat", false);

  /** Seats billed above a tier's commitment, at the on-demand price (R14); item = tier. */
  public static final LineCode OVERAGE = new LineCode("OVERAGE", "overageSeat", false);

  /** Hours logged in by the users of one tier, in whole hours (R15); item = tier. */
  public static final LineCode SEAT_HOUR = new LineCode("SEAT_HOUR", "seatHour", false);

  /** Seats of one add-on (R6). */
  public static final LineCode ADD_ON = new LineCode("ADD_ON", "addOn", false);

  /** Excess call-port usage, in port-hours (R7); one price, the port-hour rate. */
  public static final LineCode EXCESS_CALL_PORTS =
      new LineCode("EXCESS_CALL_PORTS", "excessPortHour", true);

  /**
   * Metered usage above the allowances of one meter (R16); its unit price is the meter's overage
   * price in {@link PriceBook#meters()}, at {@code prices.meters.METER.overage}.
   */
  public static final LineCode USAGE = new LineCode("USAGE", "meters", false);

  /**
   * What falls short of the minimum monthly amount (R14); item {@code MINIMUM}, quantity 1, unit
   * price the shortfall. Its price is the organization's minimum, not a price book's.
   */
  public static final LineCode MINIMUM_TRUE_UP =
      new LineCode("MINIMUM_TRUE_UP", "minimumMonthlyAmount", false);

  /** A one-time enablement fee (R8). */
  public static final LineCode ONE_TIME = new LineCode("ONE_TIME", "oneTime", false);

  /** Shipped hardware (R8). */
  public static final LineCode HARDWARE = new LineCode("HARDWARE", "hardware", false);

  /**
   * The standard codes in invoice order: the one place that order is kept (FORMAT.md:
   * COMMITTED_SEAT, SEAT, OVERAGE, SEAT_HOUR, ADD_ON, EXCESS_CALL_PORTS, USAGE, MINIMUM_TRUE_UP,
   * ONE_TIME, HARDWARE).
   */
  private static final List<LineCode> STANDARD =
      List.of(
          COMMITTED_SEAT,
          SEAT,
          OVERAGE,
          SEAT_HOUR,
          ADD_ON,
          EXCESS_CALL_PORTS,
          USAGE,
          MINIMUM_TRUE_UP,
          ONE_TIME,
          HARDWARE);

  private static final Map<String, Integer> RANKS = ranks();

  private static final Comparator<LineCode> ORDER =
      Comparator.comparingInt(LineCode::rank).thenComparing(c -> c.name);

  private final String name;
  private final String priceKey;
  private final boolean singlePrice;

  private LineCode(String name, String priceKey, boolean singlePrice) {
    this.name = name;
    this.priceKey = priceKey;
    this.singlePrice = singlePrice;
  }

  private static Map<String, Integer> ranks() {
    Map<String, Integer> ranks = new HashMap<>();
    for (int i = 0; i < STANDARD.size(); i++) {
      ranks.put(STANDARD.get(i).name, i);
    }
    return Map.copyOf(ranks);
  }

  /** The position in {@link #STANDARD}; custom codes come after every standard one. */
  private int rank() {
    return RANKS.getOrDefault(name, STANDARD.size());
  }

  /** {@return the standard codes, in invoice order} */
  public static List<LineCode> standard() {
    return STANDARD;
  }

  /**
   * {@return the code named {@code name}: a standard one, or a custom code priced per item under
   * the price key {@code name}}
   *
   * @param name the code's name
   * @throws IllegalArgumentException when {@code name} is not an upper-case identifier ({@code
   *     [A-Z][A-Z0-9_]*})
   */
  public static LineCode custom(String name) {
    requireNonNull(name, "name");
    for (LineCode c : STANDARD) {
      if (c.name.equals(name)) {
        return c;
      }
    }
    if (!name.matches("[A-Z][A-Z0-9_]*")) {
      throw new IllegalArgumentException(
          "a line code is an upper-case identifier ([A-Z][A-Z0-9_]*), was '" + name + "'");
    }
    return new LineCode(name, name, false);
  }

  /** {@return the code's name, as in the result JSON ({@code SEAT})} */
  public String name() {
    return name;
  }

  /** {@return the key of the code's prices in a price book ({@code seat})} */
  public String priceKey() {
    return priceKey;
  }

  /**
   * {@return whether the code has a single price, whatever the item ({@link #EXCESS_CALL_PORTS})}
   */
  public boolean isSinglePrice() {
    return singlePrice;
  }

  /**
   * {@return the path of the price of {@code item}: {@code prices.seat.ITEM}, or {@code
   * prices.KEY}}
   *
   * @param item the item, such as a tier name; ignored by a single-price code
   */
  public String pricePath(String item) {
    return singlePrice ? "prices." + priceKey : "prices." + priceKey + "." + item;
  }

  /** Invoice order: the standard codes first, in their order, then custom codes by name. */
  @Override
  public int compareTo(LineCode other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LineCode c && name.equals(c.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** The name. */
  @Override
  public String toString() {
    return name;
  }
}
