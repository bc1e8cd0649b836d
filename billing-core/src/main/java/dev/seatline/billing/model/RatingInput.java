package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.seatline.billing.InvalidInputException;
import dev.seatline.billing.internal.Require;
import dev.seatline.billing.money.CurrencyMismatchException;
import dev.seatline.billing.money.PriceBook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything needed to rate an organization (R1-R12): the organization, its price book, its users'
 * timelines, its call-port samples, its orders and its shipments. The data may span many periods;
 * each rating run picks its period.
 *
 * <p>Validation across elements, each error naming the element by its index in the lists as given:
 * user ids, order ids and shipment ids are unique ({@code users[4].id}); a shipment names an order
 * of the input ({@code shipments[0].orderId}); two port samples at one instant must not have
 * different counts ({@code callPorts[7].at}); the price book's currency is the organization's
 * ({@code prices}). Rating never depends on the order of the lists (R12).
 *
 * <p>A big tenant gives its users and call-port samples as a {@link ColumnarTimeline} instead
 * ({@link Builder#columns}), validated when that timeline was built; rating such an input gives the
 * same result as rating the same data given as value objects.
 *
 * <p>Immutable and thread-safe. Example: {@code RatingInput.builder(organization,
 * prices).user(u1).callPort(new PortSample(t, 3)).build()}.
 */
public final class RatingInput {
  private final Organization organization;
  private final PriceBook prices;
  private final ImmutableList<UserTimeline> users;
  private final ImmutableList<PortSample> callPorts;
  private final ImmutableList<Order> orders;
  private final ImmutableList<Shipment> shipments;
  private final @Nullable ColumnarTimeline columns;

  private RatingInput(Builder b) {
    this.organization = b.organization;
    this.prices = b.prices;
    this.users = ImmutableList.copyOf(b.users);
    this.callPorts = ImmutableList.copyOf(b.callPorts);
    this.orders = ImmutableList.copyOf(b.orders);
    this.shipments = ImmutableList.copyOf(b.shipments);
    this.columns = b.columns;
    if (columns != null && !(users.isEmpty() && callPorts.isEmpty())) {
      throw InvalidInputException.at(
          users.isEmpty() ? "callPorts" : "users",
          "users and call ports are given either as value objects or as columns, not both");
    }
    if (prices.currency() != organization.currency()) {
      throw new CurrencyMismatchException("prices", organization.currency(), prices.currency());
    }
    unique("users", users, UserTimeline::id);
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
    Map<Instant, Integer> sampleAt = new HashMap<>();
    for (int i = 0; i < callPorts.size(); i++) {
      PortSample s = callPorts.get(i);
      Integer previous = sampleAt.putIfAbsent(s.at(), i);
      if (previous != null && callPorts.get(previous).concurrentCalls() != s.concurrentCalls()) {
        throw InvalidInputException.at(
            Require.index("callPorts", i) + ".at",
            "two samples at "
                + s.at()
                + " with different counts: "
                + s.concurrentCalls()
                + " here and "
                + callPorts.get(previous).concurrentCalls()
                + " at "
                + Require.index("callPorts", previous));
      }
    }
  }

  private static <T> void unique(
      String list, List<T> items, java.util.function.Function<T, String> id) {
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

  /** A builder for {@code organization} priced by {@code prices}. */
  public static Builder builder(Organization organization, PriceBook prices) {
    return new Builder(organization, prices);
  }

  /** The organization. */
  public Organization organization() {
    return organization;
  }

  /** The price book, in the organization's currency. */
  public PriceBook prices() {
    return prices;
  }

  /** The users given as value objects, in input order; empty for a columnar input. */
  public ImmutableList<UserTimeline> users() {
    return users;
  }

  /**
   * The users and call-port samples of a big tenant, when they were given as columns instead of
   * value objects (then {@link #users()} and {@link #callPorts()} are empty).
   */
  public Optional<ColumnarTimeline> columns() {
    return Optional.ofNullable(columns);
  }

  /**
   * Every user, in input order: {@link #users()}, or for a columnar input a view that builds one
   * user's timeline at a time ({@link ColumnarTimeline#users()}). What the rating strategies walk.
   */
  public List<UserTimeline> allUsers() {
    return columns == null ? users : columns.users();
  }

  /** The call-port samples, in input order (R7). */
  public ImmutableList<PortSample> callPorts() {
    return callPorts;
  }

  /** The orders, in input order (R8). */
  public ImmutableList<Order> orders() {
    return orders;
  }

  /** The shipments, in input order (R8). */
  public ImmutableList<Shipment> shipments() {
    return shipments;
  }

  /** A builder holding this input's parts, to make a variant of it. */
  public Builder toBuilder() {
    Builder b =
        new Builder(organization, prices)
            .users(users)
            .callPorts(callPorts)
            .orders(orders)
            .shipments(shipments);
    if (columns != null) {
      b.columns(columns);
    }
    return b;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RatingInput r
        && organization.equals(r.organization)
        && prices.equals(r.prices)
        && users.equals(r.users)
        && callPorts.equals(r.callPorts)
        && orders.equals(r.orders)
        && shipments.equals(r.shipments)
        && Objects.equals(columns, r.columns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organization, prices, users, callPorts, orders, shipments, columns);
  }

  @Override
  public String toString() {
    return "RatingInput{"
        + organization.id()
        + ", "
        + (columns == null ? users.size() + " users, " : columns + ", ")
        + callPorts.size()
        + " port samples, "
        + orders.size()
        + " orders, "
        + shipments.size()
        + " shipments}";
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

    private Builder(Organization organization, PriceBook prices) {
      this.organization = requireNonNull(organization, "organization");
      this.prices = requireNonNull(prices, "prices");
    }

    /** Replaces the organization. */
    public Builder organization(Organization value) {
      this.organization = requireNonNull(value, "organization");
      return this;
    }

    /** Replaces the price book. */
    public Builder prices(PriceBook value) {
      this.prices = requireNonNull(value, "prices");
      return this;
    }

    /** Adds a user. */
    public Builder user(UserTimeline user) {
      users.add(requireNonNull(user, "user"));
      return this;
    }

    /** Adds users, in order. */
    public Builder users(Collection<UserTimeline> values) {
      values.forEach(this::user);
      return this;
    }

    /** Adds a call-port sample. */
    public Builder callPort(PortSample sample) {
      callPorts.add(requireNonNull(sample, "sample"));
      return this;
    }

    /** Adds call-port samples, in order. */
    public Builder callPorts(Collection<PortSample> values) {
      values.forEach(this::callPort);
      return this;
    }

    /** Adds an order. */
    public Builder order(Order order) {
      orders.add(requireNonNull(order, "order"));
      return this;
    }

    /** Adds orders, in order. */
    public Builder orders(Collection<Order> values) {
      values.forEach(this::order);
      return this;
    }

    /** Adds a shipment. */
    public Builder shipment(Shipment shipment) {
      shipments.add(requireNonNull(shipment, "shipment"));
      return this;
    }

    /** Adds shipments, in order. */
    public Builder shipments(Collection<Shipment> values) {
      values.forEach(this::shipment);
      return this;
    }

    /**
     * Gives the users and call-port samples of a big tenant as columns (R2-R7): then no user or
     * sample may be added as a value object. Replaces columns given before.
     */
    public Builder columns(ColumnarTimeline value) {
      this.columns = requireNonNull(value, "columns");
      return this;
    }

    /** Removes every user, sample, order and shipment, and the columns. */
    public Builder clearData() {
      columns = null;
      users.clear();
      callPorts.clear();
      orders.clear();
      shipments.clear();
      return this;
    }

    /**
     * The input.
     *
     * @throws InvalidInputException naming the element that breaks a cross-element rule
     */
    public RatingInput build() {
      return new RatingInput(this);
    }
  }
}
