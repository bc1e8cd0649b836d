package dev.seatline.billing.correction;

import dev.seatline.billing.model.AddOnAssignment;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.LicenseAssignment;
import dev.seatline.billing.model.Order;
import dev.seatline.billing.model.PortSample;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.Session;
import dev.seatline.billing.model.Shipment;
import dev.seatline.billing.model.SkuQuantity;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.testing.SeatlineGenerators;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Late data for a generated input (R13): the same organization and prices with one to four changes,
 * each valid by construction: a user added (a copy of another under a new id), a user removed, one
 * interval of a user lengthened or cut, call-port samples added, an order (with its shipments)
 * removed, an order added.
 */
final class LateData {
  private LateData() {}

  /** {@code input} with one to four random changes drawn from {@code r}, in period {@code p}. */
  static RatingInput of(RatingInput input, BillingPeriod p, SplittableRandom r) {
    List<UserTimeline> users = new ArrayList<>(input.users());
    List<PortSample> ports = new ArrayList<>(input.callPorts());
    List<Order> orders = new ArrayList<>(input.orders());
    List<Shipment> shipments = new ArrayList<>(input.shipments());
    int changes = 1 + r.nextInt(4);
    for (int k = 0; k < changes; k++) {
      switch (r.nextInt(7)) {
        case 0 -> {
          if (!users.isEmpty()) {
            UserTimeline u = users.get(r.nextInt(users.size()));
            users.add(copy(u, "late-" + k + "-" + r.nextInt(1000), UnaryOperator.identity()));
          }
        }
        case 1 -> {
          if (!users.isEmpty()) {
            users.remove(r.nextInt(users.size()));
          }
        }
        case 2, 3 -> {
          if (!users.isEmpty()) {
            int i = r.nextInt(users.size());
            boolean lengthen = r.nextBoolean();
            long minutes = 1L + r.nextInt(24 * 60);
            int which = r.nextInt(4);
            int[] seen = {0};
            int target = r.nextInt(8);
            UnaryOperator<UsageInterval> change =
                interval -> seen[0]++ == target ? changed(interval, lengthen, minutes) : interval;
            users.set(i, copy(users.get(i), users.get(i).id(), which, change));
          }
        }
        case 4 -> {
          Set<Instant> taken = new HashSet<>();
          ports.forEach(s -> taken.add(s.at()));
          int n = 1 + r.nextInt(3);
          for (int s = 0; s < n; s++) {
            Instant at = p.start().plus(Duration.ofMinutes(r.nextLong(p.length().toMinutes())));
            if (taken.add(at)) {
              ports.add(new PortSample(at, r.nextInt(31)));
            }
          }
        }
        case 5 -> {
          if (!orders.isEmpty()) {
            Order gone = orders.remove(r.nextInt(orders.size()));
            shipments.removeIf(s -> s.orderId().equals(gone.id()));
          }
        }
        default -> {
          Instant placed =
              p.start()
                  .minus(Duration.ofHours(12))
                  .plus(Duration.ofMinutes(r.nextLong(p.length().toMinutes() + 24 * 60)));
          String sku =
              SeatlineGenerators.ONE_TIME_SKUS.get(
                  r.nextInt(SeatlineGenerators.ONE_TIME_SKUS.size()));
          orders.add(
              new Order(
                  "late-o" + k + "-" + r.nextInt(1000),
                  placed,
                  List.of(new SkuQuantity(sku, 1 + r.nextInt(100)))));
        }
      }
    }
    return input.toBuilder()
        .clearData()
        .users(users)
        .callPorts(ports)
        .orders(orders)
        .shipments(shipments)
        .build();
  }

  private static UsageInterval changed(UsageInterval interval, boolean lengthen, long minutes) {
    Duration by = Duration.ofMinutes(minutes);
    if (interval.isUnboundedEnd()) {
      return lengthen ? interval : UsageInterval.of(interval.start(), interval.start().plus(by));
    }
    Instant end = interval.endOrThrow();
    if (lengthen) {
      return UsageInterval.of(interval.start(), end.plus(by));
    }
    Duration length = interval.duration();
    Duration cut = by.compareTo(length) < 0 ? length.minus(by) : length.dividedBy(2);
    return cut.isZero() ? interval : UsageInterval.of(interval.start(), interval.start().plus(cut));
  }

  private static UserTimeline copy(UserTimeline u, String id, UnaryOperator<UsageInterval> all) {
    return copy(u, id, -1, all);
  }

  /** {@code u} under {@code id}, with {@code change} applied to intervals of kind {@code which}. */
  private static UserTimeline copy(
      UserTimeline u, String id, int which, UnaryOperator<UsageInterval> change) {
    UnaryOperator<UsageInterval> licenses = which == 0 ? change : UnaryOperator.identity();
    UnaryOperator<UsageInterval> addOns = which == 1 ? change : UnaryOperator.identity();
    UnaryOperator<UsageInterval> sessions = which == 2 ? change : UnaryOperator.identity();
    UnaryOperator<UsageInterval> onQueue = which == 3 ? change : UnaryOperator.identity();
    if (which < 0) {
      licenses = change;
      addOns = change;
      sessions = change;
      onQueue = change;
    }
    UserTimeline.Builder b = UserTimeline.builder(id);
    for (LicenseAssignment l : u.licenses()) {
      b.license(l.tier(), licenses.apply(l.interval()));
    }
    for (AddOnAssignment a : u.addOns()) {
      b.addOn(a.addOn(), addOns.apply(a.interval()));
    }
    for (Session s : u.sessions()) {
      b.session(s.channel(), sessions.apply(s.interval()));
    }
    for (UsageInterval q : u.onQueue()) {
      b.onQueue(onQueue.apply(q));
    }
    u.deletedAt().ifPresent(b::deletedAt);
    return b.build();
  }
}
