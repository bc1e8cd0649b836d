package dev.seatline.billing;

import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.AccountStatus;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.Order;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PortSample;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.Shipment;
import dev.seatline.billing.model.SkuQuantity;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.rating.Evidence;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.rating.NotBilledReason;
import dev.seatline.billing.rating.RatingContext;
import dev.seatline.billing.rating.SeatRating;
import dev.seatline.billing.rating.SeatRule;
import dev.seatline.billing.rating.UserOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test fixtures for invoicing: organizations, price books, inputs, and a hand-made seat strategy
 * that stands in for the real seat rules so that invoicing and call usage can be tested on their
 * own.
 */
public final class InvoicingFixtures {
  /** The contract date of the scenario format's example. */
  public static final LocalDate JAN_15 = LocalDate.of(2026, 1, 15);

  private InvoicingFixtures() {}

  /** A NAMED USD PRODUCTION organization of 2026-01-15 in America/New_York. */
  public static Organization.Builder org() {
    return org(BillingCurrency.USD, JAN_15);
  }

  /** A NAMED PRODUCTION organization in America/New_York. */
  public static Organization.Builder org(BillingCurrency currency, LocalDate contract) {
    return Organization.builder("acme-prod", currency, LicensingModel.NAMED, contract);
  }

  /** The scenario format's prices in {@code currency} (JPY prices are whole yen). */
  public static PriceBook prices(BillingCurrency currency) {
    boolean yen = currency == BillingCurrency.JPY;
    return PriceBook.builder(currency)
        .seat(LicenseTier.COMMUNICATE, new BigDecimal(yen ? "2500" : "25.00"))
        .seat(LicenseTier.PURECLOUD_3, new BigDecimal(yen ? "16500" : "150.00"))
        .excessPortHour(new BigDecimal(yen ? "2" : "0.0125"))
        .oneTime("ENABLEMENT_STANDARD", new BigDecimal(yen ? "495000" : "4500.00"))
        .hardware("HEADSET_H1", new BigDecimal(yen ? "10890" : "99.00"))
        .build();
  }

  /** A user with an open PURECLOUD_3 licence and one WEB session {@code [from, to)}. */
  public static UserTimeline user(String id, String from, String to) {
    return UserTimeline.builder(id)
        .license(LicenseTier.PURECLOUD_3, UsageInterval.ofUnboundedEnd(Instant.parse(from)))
        .session(Channel.WEB, UsageInterval.of(Instant.parse(from), Instant.parse(to)))
        .build();
  }

  /** An order of {@code quantity} ENABLEMENT_STANDARD. */
  public static Order order(String id, String placedAt, long quantity) {
    return new Order(
        id, Instant.parse(placedAt), List.of(new SkuQuantity("ENABLEMENT_STANDARD", quantity)));
  }

  /** A shipment of {@code quantity} HEADSET_H1 for {@code orderId}. */
  public static Shipment shipment(String id, String orderId, String shippedAt, long quantity) {
    return new Shipment(
        id, orderId, Instant.parse(shippedAt), List.of(new SkuQuantity("HEADSET_H1", quantity)));
  }

  /** A port sample. */
  public static PortSample port(String at, long calls) {
    return new PortSample(Instant.parse(at), calls);
  }

  /** The scenario format's example input: u1, 3 calls, ord-1 and shp-1. */
  public static RatingInput formatExample(Organization organization) {
    return RatingInput.builder(organization, prices(organization.currency()))
        .user(user("u1", "2026-01-16T14:00:00Z", "2026-01-16T22:00:00Z"))
        .callPort(port("2026-01-16T14:00:00Z", 3))
        .order(order("ord-1", "2026-01-15T15:00:00Z", 1))
        .shipment(shipment("shp-1", "ord-1", "2026-01-20T15:00:00Z", 10))
        .build();
  }

  /**
   * A stand-in seat strategy: every user with a session that starts inside the rated time is billed
   * one PURECLOUD_3 seat (a TRIAL organization at unit price 0); the others are not billed.
   */
  public static final SeatRule SESSION_STARTS_IN_RATED_TIME = InvoicingFixtures::rateBySessionStart;

  private static SeatRating rateBySessionStart(RatingContext ctx) {
    List<UserOutcome> users = new ArrayList<>();
    long billed = 0;
    for (UserTimeline u : ctx.input().users()) {
      boolean in =
          u.sessions().stream()
              .anyMatch(
                  s ->
                      !s.interval().start().isBefore(ctx.start())
                          && s.interval().start().isBefore(ctx.end()));
      if (in) {
        billed++;
        users.add(
            UserOutcome.billed(
                u.id(),
                LicenseTier.PURECLOUD_3,
                LicensingModel.NAMED,
                new Evidence.Text(List.of("in"))));
      } else {
        users.add(
            UserOutcome.notBilled(
                u.id(),
                LicensingModel.NAMED,
                NotBilledReason.NO_USER_INTERFACE_LOGIN,
                new Evidence.Text(List.of("out"))));
      }
    }
    if (billed == 0) {
      return new SeatRating(users, new TreeMap<>(), List.of(), List.of());
    }
    BigDecimal price =
        dev.seatline.billing.rating.Pricing.recurringPrice(
            ctx, LineCode.SEAT, "PURECLOUD_3", "seats of PURECLOUD_3 are billed");
    LineItem line =
        LineItem.priced(
            LineCode.SEAT,
            LicenseTier.PURECLOUD_3.name(),
            billed,
            price,
            ctx.currency(),
            ctx.policy().moneyRounding(),
            new Evidence.Text(List.of(billed + " users logged in")));
    return new SeatRating(
        users, new TreeMap<>(Map.of(LicenseTier.PURECLOUD_3, billed)), List.of(line), List.of());
  }

  /** An engine with the default policy and {@link #SESSION_STARTS_IN_RATED_TIME} for NAMED. */
  public static BillingEngine engine() {
    return BillingEngine.withDefaults()
        .withSeatRule(LicensingModel.NAMED, SESSION_STARTS_IN_RATED_TIME);
  }

  /** A TRIAL copy of {@code organization}'s builder settings. */
  public static Organization.Builder trial() {
    return org().status(AccountStatus.TRIAL);
  }

  /** The exact excess port-seconds of {@code rated}'s EXCESS_CALL_PORTS line, 0 without one. */
  static BigDecimal excessPortSeconds(RatedPeriod rated) {
    return rated
        .line(LineCode.EXCESS_CALL_PORTS, "PORT_HOUR")
        .map(l -> ((dev.seatline.billing.rating.PortUsage) l.evidence()).excessPortSeconds())
        .orElse(BigDecimal.ZERO);
  }
}
