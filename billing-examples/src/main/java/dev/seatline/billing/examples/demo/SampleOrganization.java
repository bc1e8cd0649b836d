package dev.seatline.billing.examples.demo;

import dev.seatline.billing.model.BillingCalendar;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
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
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The demo's sample organization, generated from a seed (R1-R10): a contact center of {@value
 * #USERS} users over period 0 (2026-01-15 to 2026-02-14, New York), in a NAMED or a CONCURRENT
 * variant of the same people.
 *
 * <ul>
 *   <li>180 agents (PURECLOUD_2, 60 % with the SALESFORCE add-on) working 8-hour weekday shifts
 *       that start between 07:00 and 12:00 local time, on queue for most of each shift, with a
 *       lunch break; 5 of them leave mid-month (deleted) and 3 are hired two days before the end;
 *   <li>8 supervisors upgraded from COMMUNICATE to PURECLOUD_2 on Feb 1;
 *   <li>82 COMMUNICATE back-office users who log in on some weekdays;
 *   <li>20 people in the directory who never log in, and 10 integration users who only use the API
 *       (neither is billed, R2).
 * </ul>
 *
 * <p>Call ports are sampled every 15 minutes: about 1.2 calls per agent on queue, plus a marketing
 * campaign on Feb 3 (15:00-18:00 UTC) at 700 calls, above the included ports in both variants (R7).
 * One order (an enablement package) and one partial hardware shipment (R8).
 *
 * <p>Deterministic: the same seed gives the same input. Example: {@code
 * SampleOrganization.generate(LicensingModel.NAMED, SampleOrganization.SEED)}.
 */
public final class SampleOrganization {
  /** The demo's seed. */
  public static final long SEED = 2026_01_15L;

  /** The number of users. */
  public static final int USERS = 300;

  /** The contract effective date: period 0 starts on it. */
  public static final LocalDate CONTRACT = LocalDate.of(2026, 1, 15);

  private static final ZoneId ZONE = BillingCalendar.DEFAULT_ZONE;
  private static final int AGENTS = 180;
  private static final int LEAVERS = 5;
  private static final int NEW_HIRES = 3;
  private static final int SUPERVISORS = 8;
  private static final int BACK_OFFICE = 82;
  private static final int DIRECTORY_ONLY = 20;
  private static final int API_ONLY = 10;
  private static final Instant CAMPAIGN_START = Instant.parse("2026-02-03T15:00:00Z");
  private static final Instant CAMPAIGN_END = Instant.parse("2026-02-03T18:00:00Z");
  private static final long CAMPAIGN_CALLS = 700;

  private SampleOrganization() {}

  /** Period 0 of the sample's contract. */
  public static BillingPeriod period() {
    return BillingCalendar.of(CONTRACT, ZONE).period(0);
  }

  /**
   * The sample organization licensed {@code licensing}, generated from {@code seed}.
   *
   * @throws dev.seatline.billing.model.InvalidInputException never for the fixed shape generated
   *     here
   */
  public static RatingInput generate(LicensingModel licensing, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    boolean concurrent = licensing == LicensingModel.CONCURRENT;
    Organization.Builder org =
        Organization.builder("harbor-contact-center", BillingCurrency.USD, licensing, CONTRACT)
            .timeZone(ZONE);
    if (concurrent) {
      org.concurrentSeatsPurchased(200).addOnLicensesPurchased("SALESFORCE", 120);
    }
    RatingInput.Builder input = RatingInput.builder(org.build(), prices(concurrent));
    BillingPeriod period = period();
    Instant longAgo = period.start().minus(Duration.ofDays(60));
    List<UsageInterval> onQueueAll = new ArrayList<>();

    for (int i = 1; i <= AGENTS; i++) {
      String id = String.format("agent-%03d", i);
      Instant hired = longAgo;
      Instant deleted = null;
      if (i > AGENTS - NEW_HIRES) {
        hired = period.end().minus(Duration.ofDays(2)).plus(Duration.ofHours(9));
      } else if (i <= LEAVERS) {
        deleted = period.start().plus(Duration.ofDays(8 + random.nextInt(10)));
      }
      UserTimeline.Builder user =
          UserTimeline.builder(id)
              .license(LicenseTier.PURECLOUD_2, UsageInterval.ofUnboundedEnd(hired));
      if (random.nextInt(10) < 6) {
        user.addOn("SALESFORCE", UsageInterval.ofUnboundedEnd(hired));
      }
      int shiftStart = 7 + random.nextInt(6);
      for (LocalDate day = CONTRACT; day.isBefore(CONTRACT.plusMonths(1)); day = day.plusDays(1)) {
        Instant start = ZonedDateTime.of(day.atTime(shiftStart, 0), ZONE).toInstant();
        boolean working = isWeekday(day) && random.nextInt(10) < 9;
        if (!working || start.isBefore(hired) || (deleted != null && !start.isBefore(deleted))) {
          continue;
        }
        Instant end = start.plus(Duration.ofHours(8));
        user.session(Channel.DESKTOP, UsageInterval.of(start, end));
        Instant lunch = start.plus(Duration.ofMinutes(210 + random.nextInt(60)));
        UsageInterval morning = UsageInterval.of(start.plus(Duration.ofMinutes(10)), lunch);
        UsageInterval afternoon =
            UsageInterval.of(lunch.plus(Duration.ofMinutes(45)), end.minus(Duration.ofMinutes(10)));
        user.onQueue(morning).onQueue(afternoon);
        onQueueAll.add(morning);
        onQueueAll.add(afternoon);
      }
      if (deleted != null) {
        user.deletedAt(deleted);
      }
      input.user(user.build());
    }

    Instant upgrade = ZonedDateTime.of(LocalDate.of(2026, 2, 1).atStartOfDay(), ZONE).toInstant();
    for (int i = 1; i <= SUPERVISORS; i++) {
      UserTimeline.Builder user =
          UserTimeline.builder(String.format("supervisor-%02d", i))
              .license(LicenseTier.COMMUNICATE, UsageInterval.of(longAgo, upgrade))
              .license(LicenseTier.PURECLOUD_2, UsageInterval.ofUnboundedEnd(upgrade));
      officeDays(user, random, 8, Channel.WEB);
      input.user(user.build());
    }
    for (int i = 1; i <= BACK_OFFICE; i++) {
      UserTimeline.Builder user =
          UserTimeline.builder(String.format("office-%03d", i))
              .license(LicenseTier.COMMUNICATE, UsageInterval.ofUnboundedEnd(longAgo));
      officeDays(
          user,
          random,
          1 + random.nextInt(15),
          random.nextBoolean() ? Channel.WEB : Channel.MOBILE);
      input.user(user.build());
    }
    for (int i = 1; i <= DIRECTORY_ONLY; i++) {
      input.user(
          UserTimeline.builder(String.format("directory-%02d", i))
              .license(LicenseTier.COMMUNICATE, UsageInterval.ofUnboundedEnd(longAgo))
              .build());
    }
    for (int i = 1; i <= API_ONLY; i++) {
      input.user(
          UserTimeline.builder(String.format("integration-%02d", i))
              .license(LicenseTier.PURECLOUD_2, UsageInterval.ofUnboundedEnd(longAgo))
              .session(Channel.API, UsageInterval.ofUnboundedEnd(longAgo))
              .build());
    }

    input.callPorts(portSamples(period, onQueueAll, random));
    input.order(
        new Order(
            "ord-1001",
            Instant.parse("2026-01-15T15:30:00Z"),
            List.of(new SkuQuantity("ENABLEMENT_STANDARD", 1))));
    input.shipment(
        new Shipment(
            "shp-2001",
            "ord-1001",
            Instant.parse("2026-01-22T16:00:00Z"),
            List.of(new SkuQuantity("HEADSET_H1", 120), new SkuQuantity("DESKPHONE_P2", 10))));
    return input.build();
  }

  private static PriceBook prices(boolean concurrent) {
    return PriceBook.builder(BillingCurrency.USD)
        .seat(LicenseTier.COMMUNICATE, new BigDecimal("34.95"))
        .seat(LicenseTier.PURECLOUD_1, new BigDecimal(concurrent ? "99.90" : "74.99"))
        .seat(LicenseTier.PURECLOUD_2, new BigDecimal(concurrent ? "139.90" : "109.50"))
        .seat(LicenseTier.PURECLOUD_3, new BigDecimal(concurrent ? "189.90" : "149.95"))
        .addOn("SALESFORCE", new BigDecimal("12.50"))
        .excessPortHour(new BigDecimal("0.0125"))
        .oneTime("ENABLEMENT_STANDARD", new BigDecimal("4750.00"))
        .hardware("HEADSET_H1", new BigDecimal("89.99"))
        .hardware("DESKPHONE_P2", new BigDecimal("249.50"))
        .build();
  }

  /** Sessions of 2 to 8 hours from 09:00 local on {@code days} random weekdays. */
  private static void officeDays(
      UserTimeline.Builder user, SplittableRandom random, int days, Channel channel) {
    for (int d = 0; d < days; d++) {
      LocalDate day = CONTRACT.plusDays(random.nextInt(31));
      if (isWeekday(day)) {
        Instant start = ZonedDateTime.of(day.atTime(9, 0), ZONE).toInstant();
        user.session(
            channel, UsageInterval.of(start, start.plus(Duration.ofHours(2 + random.nextInt(7)))));
      }
    }
  }

  private static boolean isWeekday(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** A sample every 15 minutes: about 1.2 calls per agent on queue, and the campaign. */
  private static List<PortSample> portSamples(
      BillingPeriod period, List<UsageInterval> onQueue, SplittableRandom random) {
    List<PortSample> samples = new ArrayList<>();
    for (Instant t = period.start(); t.isBefore(period.end()); t = t.plus(Duration.ofMinutes(15))) {
      long agentsOnQueue = 0;
      for (UsageInterval i : onQueue) {
        if (i.contains(t)) {
          agentsOnQueue++;
        }
      }
      long calls = agentsOnQueue * 6 / 5 + random.nextInt(5);
      if (!t.isBefore(CAMPAIGN_START) && t.isBefore(CAMPAIGN_END)) {
        calls = CAMPAIGN_CALLS;
      }
      samples.add(new PortSample(t, calls));
    }
    return samples;
  }
}
