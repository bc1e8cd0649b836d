package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Everything needed to rate an organization (<a href="{@docRoot}/index.html#rules">R1-R12</a>): the
 * organization, its price book, its users' timelines and call-port samples (held in one {@link
 * ColumnarTimeline}, whichever way they were given), its orders and its shipments, and its metered
 * usage (<a href="{@docRoot}/index.html#R16">R16</a>, held in one {@link MeteredUsage}). The data
 * may span many periods; each rating run picks its period and reads it through a {@link
 * RatedWindow}.
 *
 * <p>Users and samples are given either as value objects ({@link Builder#user}, {@link
 * Builder#callPort}), converted into columns when the input is built, or as a {@link
 * ColumnarTimeline} for a big tenant ({@link Builder#columns}); both rate alike, and {@link
 * #users()} and {@link #callPorts()} show them as value objects either way.
 *
 * <p>Validation across elements, each error naming the element by its index in the lists as given:
 * user ids, order ids and shipment ids are unique ({@code users[4].id}); every licence tier is one
 * of the organization's catalogue ({@code users[2].licenses[0].tier}); a shipment names an order of
 * the input ({@code shipments[0].orderId}); two port samples at one instant must not have different
 * counts ({@code callPorts[7].at}); the price book's currency is the organization's ({@code
 * prices}); every usage record's meter is one of the price book's meters ({@code usage[3].meter},
 * the first record of that meter); every tier of a meter's allowances is one of the organization's
 * ({@code prices.meters.VOICE_MINUTES.allowancePerSeat.CX_9}). Rating never depends on the order of
 * the lists (<a href="{@docRoot}/index.html#R12">R12</a>).
 *
 * <p>Immutable and thread-safe. Example: {@code RatingInput.builder(organization,
 * prices).user(u1).callPort(new PortSample(t, 3)).build()}.
 */
public final class RatingInput {
  private final Organization organization;
  private final PriceBook prices;
  private final ColumnarTimeline timeline;
  private final List<Order> orders;
  private final List<Shipment> shipments;
  private final MeteredUsage usage;

  private RatingInput(Builder b) {
    this.organization = b.organization;
    this.prices = b.prices;
    this.orders = List.copyOf(b.orders);
    this.shipments = List.copyOf(b.shipments);
    if (b.columns != null && !(b.users.isEmpty() && b.callPorts.isEmpty())) {
      throw InvalidInputException.at(
          b.users.isEmpty() ? "callPorts" : "users",
          "users and call ports are given either as value objects or as columns, not both");
    }
    if (prices.currency() != organization.currency()) {
      throw InvalidInputException.at(
          "prices",
          "currency "
              + prices.currency()
              + " does not match the organization's currency "
              + organization.currency());
    }
    unique("users", b.users, UserTimeline::id);
    unique("orders", orders, Order::id);
    unique("shipments", shipments, Shipment::id);
    Map<String, Order> byId = new HashMap<>();
    orders.forEach(o -> byId.put(o.id(), o));
    for (int i = 0; i < shipments.size(); i++) {
      String orderId = shipments.get(i).orderId();
      if (!byId.containsKey(orderId)) {
        throw InvalidInputException.at(
            Require.index("shipments", i) + ".orderId",
            "names order '" + orderId + "', which is not in the input");
      }
    }
    this.usage = usage(b);
    if (b.columns != null) {
      this.timeline = b.columns;
      checkTiers(timeline.columns());
    } else {
      TierCatalog tiers = organization.tiers();
      ColumnarTimeline.Builder columns = ColumnarTimeline.builder();
      for (int i = 0; i < b.users.size(); i++) {
        UserTimeline user = b.users.get(i);
        for (int j = 0; j < user.licenses().size(); j++) {
          LicenseTier tier = user.licenses().get(j).tier();
          if (!tiers.contains(tier)) {
            throw notInCatalogue(
                Require.index("users", i) + "." + Require.index("licenses", j) + ".tier", tier);
          }
        }
        columns.user(user);
      }
      for (PortSample s : b.callPorts) {
        columns.callPort(s.at(), s.concurrentCalls());
      }
      this.timeline = columns.build();
    }
  }

  private MeteredUsage usage(Builder b) {
    MeteredUsage u;
    if (b.usageColumns != null && (b.usage.isEmpty() || b.usageColumns.size() > 0)) {
      if (!b.usage.isEmpty()) {
        throw InvalidInputException.at(
            "usage", "usage records are given either as value objects or as columns, not both");
      }
      u = b.usageColumns;
    } else if (b.usage.isEmpty()) {
      u = MeteredUsage.empty();
    } else {
      MeteredUsage.Builder columns = MeteredUsage.builder();
      b.usage.forEach(columns::record);
      u = columns.build();
    }
    for (Meter meter : prices.meters().values()) {
      for (LicenseTier tier : meter.allowancePerSeat().keySet()) {
        if (!organization.tiers().contains(tier)) {
          throw notInCatalogue(
              "prices.meters." + meter.name() + ".allowancePerSeat." + tier.name(), tier);
        }
      }
    }
    List<String> names = u.meterNames();
    boolean[] checked = new boolean[names.size()];
    int left = names.size();
    for (int i = 0; i < u.size() && left > 0; i++) {
      int m = u.meter[i];
      if (!checked[m]) {
        checked[m] = true;
        left--;
        if (!prices.meters().containsKey(names.get(m))) {
          throw InvalidInputException.at(
              Require.index("usage", i) + ".meter",
              "meter '"
                  + names.get(m)
                  + "' has no price: prices.meters defines "
                  + prices.meters().keySet()
                  + " (R16)");
        }
      }
    }
    return u;
  }

  private void checkTiers(Columns c) {
    for (LicenseTier tier : c.labelTier) {
      if (tier != null && !organization.tiers().contains(tier)) {
        throw notInCatalogue("licenses", tier);
      }
    }
  }

  private InvalidInputException notInCatalogue(String path, LicenseTier tier) {
    return InvalidInputException.at(
        path,
        "tier "
            + tier
            + " is not one of the organization's tiers "
            + organization.tiers()
            + " (R3)");
  }

  private static <T> void unique(String list, List<T> items, Function<T, String> id) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String key = id.apply(items.get(i));
      Integer previous = seen.putIfAbsent(key, i);
      if (previous != null) {
        throw InvalidInputException.at(
            Require.index(list, i) + ".id",
            "duplicate id '" + key + "', already used by " + Require.index(list, previous));
      }
    }
  }

  /**
   * {@return a builder for {@code organization} priced by {@code prices}}
   *
   * @param organization the organization rated
   * @param prices its price book
   */
  public static Builder builder(Organization organization, PriceBook prices) {
    return new Builder(organization, prices);
  }

  /** {@return the organization} */
  public Organization organization() {
    return organization;
  }

  /** {@return the price book, in the organization's currency} */
  public PriceBook prices() {
    return prices;
  }

  /** {@return the users and call-port samples, as columns: the one storage every rule reads} */
  public ColumnarTimeline timeline() {
    return timeline;
  }

  /**
   * {@return every user as a value object, in input order: a read-only view over the columns that
   * builds one user at a time ({@link ColumnarTimeline#users()})}
   */
  public List<UserTimeline> users() {
    return timeline.users();
  }

  /** {@return the call-port samples, in time order (R7): a read-only view over the columns} */
  public List<PortSample> callPorts() {
    return timeline.portSamples();
  }

  /** {@return the metered usage records (R16), as columns: the one storage the rules read} */
  public MeteredUsage usage() {
    return usage;
  }

  /**
   * {@return the metered usage records as value objects, in input order (R16): a read-only view
   * over the columns}
   */
  public List<UsageRecord> usageRecords() {
    return usage.records();
  }

  /** {@return the orders, in input order (R8)} */
  public List<Order> orders() {
    return orders;
  }

  /** {@return the shipments, in input order (R8)} */
  public List<Shipment> shipments() {
    return shipments;
  }

  /**
   * {@return the window {@code [start, end)} of this input, as the rules read it}
   *
   * @param start the start of the window
   * @param end the end of the window, excluded
   */
  public RatedWindow window(Instant start, Instant end) {
    return RatedWindow.of(this, start, end);
  }

  /**
   * A builder holding this input's parts (its users and samples as columns), to make a variant.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(organization, prices)
        .columns(timeline)
        .orders(orders)
        .shipments(shipments)
        .usageColumns(usage);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RatingInput r
        && organization.equals(r.organization)
        && prices.equals(r.prices)
        && timeline.equals(r.timeline)
        && orders.equals(r.orders)
        && shipments.equals(r.shipments)
        && usage.equals(r.usage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organization, prices, timeline, orders, shipments, usage);
  }

  @Override
  public String toString() {
    return "RatingInput{"
        + organization.id()
        + ", "
        + timeline.userCount()
        + " users, "
        + timeline.intervalCount()
        + " intervals, "
        + timeline.portSampleCount()
        + " port samples, "
        + orders.size()
        + " orders, "
        + shipments.size()
        + " shipments"
        + (usage.size() == 0 ? "" : ", " + usage.size() + " usage records")
        + "}";
  }

  /** Collects a rating input; {@link #build()} validates it. Not thread-safe. */
  public static final class Builder {
    private Organization organization;
    private PriceBook prices;
    private final List<UserTimeline> users = new ArrayList<>();
    private final List<PortSample> callPorts = new ArrayList<>();
    private final List<Order> orders = new ArrayList<>();
    private final List<Shipment> shipments = new ArrayList<>();
    private @Nullable ColumnarTimeline columns;
    private final List<UsageRecord> usage = new ArrayList<>();
    private @Nullable MeteredUsage usageColumns;

    private Builder(Organization organization, PriceBook prices) {
      this.organization = requireNonNull(organization, "organization");
      this.prices = requireNonNull(prices, "prices");
    }

    /**
     * Replaces the organization.
     *
     * @param value the organization
     * @return this builder
     */
    public Builder organization(Organization value) {
      this.organization = requireNonNull(value, "organization");
      return this;
    }

    /**
     * Replaces the price book.
     *
     * @param value the price book
     * @return this builder
     */
    public Builder prices(PriceBook value) {
      this.prices = requireNonNull(value, "prices");
      return this;
    }

    /**
     * Adds a user.
     *
     * @param user the user
     * @return this builder
     */
    public Builder user(UserTimeline user) {
      users.add(requireNonNull(user, "user"));
      return this;
    }

    /**
     * Adds users, in order.
     *
     * @param values the users
     * @return this builder
     */
    public Builder users(Collection<UserTimeline> values) {
      values.forEach(this::user);
      return this;
    }

    /**
     * Adds a call-port sample.
     *
     * @param sample the sample
     * @return this builder
     */
    public Builder callPort(PortSample sample) {
      callPorts.add(requireNonNull(sample, "sample"));
      return this;
    }

    /**
     * Adds call-port samples, in order.
     *
     * @param values the samples
     * @return this builder
     */
    public Builder callPorts(Collection<PortSample> values) {
      values.forEach(this::callPort);
      return this;
    }

    /**
     * Adds an order.
     *
     * @param order the order
     * @return this builder
     */
    public Builder order(Order order) {
      orders.add(requireNonNull(order, "order"));
      return this;
    }

    /**
     * Adds orders, in order.
     *
     * @param values the orders
     * @return this builder
     */
    public Builder orders(Collection<Order> values) {
      values.forEach(this::order);
      return this;
    }

    /**
     * Adds a shipment.
     *
     * @param shipment the shipment
     * @return this builder
     */
    public Builder shipment(Shipment shipment) {
      shipments.add(requireNonNull(shipment, "shipment"));
      return this;
    }

    /**
     * Adds shipments, in order.
     *
     * @param values the shipments
     * @return this builder
     */
    public Builder shipments(Collection<Shipment> values) {
      values.forEach(this::shipment);
      return this;
    }

    /**
     * Gives the users and call-port samples as columns (R2-R7): then no user or sample may be added
     * as a value object. Replaces columns given before.
     *
     * @param value the users and samples as columns
     * @return this builder
     */
    public Builder columns(ColumnarTimeline value) {
      this.columns = requireNonNull(value, "columns");
      return this;
    }

    /**
     * Adds a metered usage record (R16).
     *
     * @param record the record
     * @return this builder
     */
    public Builder usage(UsageRecord record) {
      usage.add(requireNonNull(record, "record"));
      return this;
    }

    /**
     * Adds metered usage records, in order (R16).
     *
     * @param values the records
     * @return this builder
     */
    public Builder usage(Collection<UsageRecord> values) {
      values.forEach(this::usage);
      return this;
    }

    /**
     * Gives the metered usage records as columns (R16), as a loader of big tables builds them: then
     * no record may be added as a value object, unless the columns hold no record. Replaces columns
     * given before.
     *
     * @param value the records as columns
     * @return this builder
     */
    public Builder usageColumns(MeteredUsage value) {
      this.usageColumns = requireNonNull(value, "usage");
      return this;
    }

    /**
     * Removes every user, sample, order, shipment and usage record, and the columns.
     *
     * @return this builder
     */
    public Builder clearData() {
      usage.clear();
      usageColumns = null;
      columns = null;
      users.clear();
      callPorts.clear();
      orders.clear();
      shipments.clear();
      return this;
    }

    /**
     * {@return the input}
     *
     * @throws InvalidInputException naming the element that breaks a cross-element rule
     */
    public RatingInput build() {
      return new RatingInput(this);
    }
  }
}
