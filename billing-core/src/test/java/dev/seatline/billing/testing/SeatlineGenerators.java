package dev.seatline.billing.testing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.seatline.billing.model.AccountStatus;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.Edition;
import dev.seatline.billing.model.Environment;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.Meter;
import dev.seatline.billing.model.Order;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PortSample;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.Session;
import dev.seatline.billing.model.Shipment;
import dev.seatline.billing.model.SkuQuantity;
import dev.seatline.billing.model.TierCatalog;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UsageRecord;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.money.BillingCurrency;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Generators of valid Seatline domain values, for property tests of code that uses the library
 * (R1-R12). The entry points are {@link #defaults()} and the presets below: immutable
 * configurations with fluent withers, whose methods return framework-neutral {@link Gen}s of
 * organizations, price books, user timelines, port samples, orders with shipments, and whole {@link
 * RatingInput}s. Every value they make passes the library's validation, and every whole input of
 * the defaults can be rated: {@code BillingEngine.withDefaults().rate(input,
 * generators.periodIndex())} never throws for it, since each organization's users hold one
 * contact-center tier only (R4).
 *
 * <p>Presets of input that the default engine may reject, on purpose:
 *
 * <ul>
 *   <li>{@link #mixedTiers()}: the defaults with licences of every configured tier in every
 *       organization, so that the billed users of an input often land on more than one
 *       contact-center tier: the default engine rejects such an input at {@code users} (R4), one
 *       rated with {@link dev.seatline.billing.rating.RatingPolicy.MixedTierPolicy#BILL_AT_HIGHEST}
 *       bills them all at the highest. {@link #withMixedTiers()} makes any configuration so.
 * </ul>
 *
 * <p>Defaults (every bound is included):
 *
 * <ul>
 *   <li>users per input: 0 to 12 ({@link #users}); ids {@code u0}, {@code u1} ...
 *   <li>licensing model: NAMED or CONCURRENT, half each ({@link #licensing});
 *   <li>period index: 0 ({@link #periodIndex});
 *   <li>time bounds: for {@link #ratingInputs()}, the generated organization's period {@code
 *       periodIndex} widened by one day on each side; for the other generators, {@link
 *       #DEFAULT_FROM} to {@link #DEFAULT_TO} ({@link #timeBounds}). Every generated instant lies
 *       in the bounds, except a deletion, which may lie up to one {@link #granularity} step after
 *       them;
 *   <li>granularity: 1 minute ({@link #granularity}): instants are the lower bound plus whole
 *       steps, so that intervals often touch and coincide; use 1 ns to exercise nanosecond
 *       precision;
 *   <li>channels: DESKTOP, WEB, MOBILE and API ({@link #channels}); tiers: all four ({@link
 *       #tiers}), of which {@link #ratingInputs()} gives each organization one contact-center tier,
 *       PURECLOUD_1, 2 or 3 (a third each), so that its licences are COMMUNICATE or that tier (half
 *       each) and its billed users never mix contact-center tiers (R4); {@link #userTimelines()}
 *       draws each licence from all four; add-ons: {@code SALESFORCE} and {@code ZENDESK} ({@link
 *       #addOns});
 *   <li>contract effective dates: 2020-01-01 to 2030-12-31 ({@link #contractDates}); zones:
 *       America/New_York, UTC, Europe/London, Asia/Tokyo, America/Santiago, Australia/Lord_Howe
 *       ({@link #zones}); currencies: all eight ({@link #currencies});
 *   <li>per user: 0 to 3 licence assignments, 0 to 2 add-on assignments, 0 to 4 sessions, 0 to 4
 *       on-queue intervals; one user in eight is deleted after their last session start (their
 *       licence and add-on assignments and on-queue intervals may reach past the deletion or start
 *       after it: the rules clip them there, R2);
 *   <li>port samples: 0 to 20 per input, 0 to 30 concurrent calls ({@link #portSamples});
 *   <li>orders: 0 to 3 with 0 to 2 one-time items; shipments: 0 to 3 of those orders with 1 to 2
 *       hardware items; quantities 1 to 100 ({@link #orders});
 *   <li>concurrent seats purchased 0 to 20 and add-on licences 0 to 50 (none without seats in a
 *       CONCURRENT organization); one organization in four is a TRIAL;
 *   <li>cancellations: none ({@link #withCancellations}); when enabled, one organization in three
 *       is cancelled at an instant in {@code (A(n), A(n+1)]} of period {@code n = periodIndex};
 *   <li>metered usage (R16): none ({@link #usage}); when enabled, price books carry the meters of
 *       {@link #METERS} and inputs 0 to {@code maxRecords} usage records of them.
 *   <li>R14-R17, all off by default (the defaults make the values they made before those rules):
 *       the edition ({@link #edition}; PURECLOUD_FAQ), HOURLY licensing ({@link #withHourly}),
 *       commitments ({@link #withCommitments}) and minimum monthly amounts ({@link
 *       #withMinimumMonthlyAmounts}).
 * </ul>
 *
 * <p>Seed handling: a generator's value depends only on its configuration and the {@link
 * SplittableRandom} it is given, so a seed replays a value ({@link #sample}, {@link #samples}).
 *
 * <p>Immutable and thread-safe (the generators it returns are too; each call of {@link Gen#next}
 * uses only its random source). Example: {@code SeatlineGenerators.defaults().users(1,
 * 5).licensing(LicensingModel.CONCURRENT).ratingInputs()}.
 */
public final class SeatlineGenerators {
  /** The default lower time bound: period 0 of a contract of 2026-01-15 in New York, less a day. */
  public static final Instant DEFAULT_FROM = Instant.parse("2026-01-14T05:00:00Z");

  /** The default upper time bound: the end of that period, plus a day. */
  public static final Instant DEFAULT_TO = Instant.parse("2026-02-16T05:00:00Z");

  /** One-time (enablement) SKUs on generated orders, all priced. */
  public static final List<String> ONE_TIME_SKUS =
      ImmutableList.of("ENABLEMENT_STANDARD", "ENABLEMENT_PLUS");

  /** Hardware SKUs on generated shipments, all priced. */
  public static final List<String> HARDWARE_SKUS = ImmutableList.of("HEADSET_H1", "PHONE_P2");

  /**
   * The meters of {@link #usage}: {@code API_REQUESTS} (whole requests, no increment, records of 0
   * to 60) and {@code VOICE_MINUTES} (increments of 0.1, records of 0.000 to 9.999 minutes), each
   * with an allowance of 0 to 100 per seat of every FAQ tier and 0 to 200 per organization.
   */
  public static final List<String> METERS = ImmutableList.of("API_REQUESTS", "VOICE_MINUTES");

  private static final ImmutableList<ZoneId> DEFAULT_ZONES =
      ImmutableList.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("UTC"),
          ZoneId.of("Europe/London"),
          ZoneId.of("Asia/Tokyo"),
          ZoneId.of("America/Santiago"),
          ZoneId.of("Australia/Lord_Howe"));

  private final Settings s;

  private SeatlineGenerators(Settings settings) {
    this.s = settings;
  }

  /** The entry point: the configuration with every default of the class description. */
  public static SeatlineGenerators defaults() {
    return new SeatlineGenerators(new Settings());
  }

  /**
   * The preset of inputs that mix contact-center tiers: the defaults with {@link
   * #withMixedTiers()}. About a third of its inputs are rejected by {@code
   * BillingEngine.withDefaults()} at {@code users} (R4); all of them rate under {@code
   * MixedTierPolicy.BILL_AT_HIGHEST}. Example: {@code SeatlineGenerators.mixedTiers().users(2,
   * 12).ratingInputs()}.
   */
  public static SeatlineGenerators mixedTiers() {
    return defaults().withMixedTiers();
  }

  /** The value {@code gen} makes from {@code seed}: the same seed always gives the same value. */
  public static <T> T sample(Gen<T> gen, long seed) {
    return gen.next(new SplittableRandom(seed));
  }

  /** {@code count} values of {@code gen} from the seeds {@code seed}, {@code seed + 1} ... */
  public static <T> List<T> samples(Gen<T> gen, long seed, int count) {
    List<T> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(sample(gen, seed + i));
    }
    return out;
  }

  // ---- configuration ----

  /**
   * Users per input from {@code min} to {@code max} (both included; default 0 to 12).
   *
   * @throws IllegalArgumentException if {@code min < 0} or {@code max < min}
   */
  public SeatlineGenerators users(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("users: need 0 <= min <= max, was " + min + ", " + max);
    }
    return with(
        c -> {
          c.minUsers = min;
          c.maxUsers = max;
        });
  }

  /** Organizations licensed {@code model} only (default: NAMED or CONCURRENT, half each). */
  public SeatlineGenerators licensing(LicensingModel model) {
    requireNonNull(model, "model");
    return with(c -> c.licensing = model);
  }

  /**
   * Activity around period {@code index} of each organization (default 0).
   *
   * @throws IllegalArgumentException if {@code index} is not from 0 to 600 (both included)
   */
  public SeatlineGenerators periodIndex(int index) {
    if (index < 0 || index > 600) {
      throw new IllegalArgumentException("periodIndex: need 0 to 600, was " + index);
    }
    return with(c -> c.periodIndex = index);
  }

  /**
   * Generated instants in {@code [from, to]} (both included), for every generator; see the class
   * description for the defaults.
   *
   * @throws IllegalArgumentException if {@code to} is not after {@code from}
   */
  public SeatlineGenerators timeBounds(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("timeBounds: 'to' " + to + " is not after " + from);
    }
    return with(
        c -> {
          c.from = from;
          c.to = to;
        });
  }

  /**
   * Instants on steps of {@code step} from the lower bound (default 1 minute).
   *
   * @throws IllegalArgumentException if {@code step} is not positive
   */
  public SeatlineGenerators granularity(Duration step) {
    requireNonNull(step, "step");
    if (step.isNegative() || step.isZero()) {
      throw new IllegalArgumentException("granularity: must be positive, was " + step);
    }
    return with(c -> c.granularity = step);
  }

  /** Sessions through these channels only (default all four); at least one. */
  public SeatlineGenerators channels(Channel... values) {
    ImmutableList<Channel> list = nonEmpty(ImmutableList.copyOf(values));
    return with(c -> c.channels = list);
  }

  /**
   * Licence assignments of these tiers only (default all four); at least one. In {@link
   * #ratingInputs()} each organization uses those that are not contact-center tiers and one of
   * those that are, drawn per organization with equal chances (unless {@link #withMixedTiers()}),
   * so that {@code tiers(COMMUNICATE, PURECLOUD_2)} gives every organization PURECLOUD_2.
   */
  public SeatlineGenerators tiers(LicenseTier... values) {
    ImmutableList<LicenseTier> list = nonEmpty(ImmutableList.copyOf(values));
    return with(c -> c.tiers = list);
  }

  /** Add-ons assigned, purchased and priced (default SALESFORCE and ZENDESK); may be none. */
  public SeatlineGenerators addOns(String... names) {
    ImmutableList<String> list = ImmutableList.copyOf(names);
    return with(c -> c.addOns = list);
  }

  /**
   * Contract effective dates from {@code first} to {@code last} (both included; default 2020-01-01
   * to 2030-12-31).
   *
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public SeatlineGenerators contractDates(LocalDate first, LocalDate last) {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("contractDates: " + last + " is before " + first);
    }
    return with(
        c -> {
          c.firstContract = first;
          c.lastContract = last;
        });
  }

  /** Billing zones drawn from these (default: the six zones above); at least one. */
  public SeatlineGenerators zones(ZoneId... values) {
    ImmutableList<ZoneId> list = nonEmpty(ImmutableList.copyOf(values));
    return with(c -> c.zones = list);
  }

  /** Currencies drawn from these (default all eight); at least one. */
  public SeatlineGenerators currencies(BillingCurrency... values) {
    ImmutableList<BillingCurrency> list = nonEmpty(ImmutableList.copyOf(values));
    return with(c -> c.currencies = list);
  }

  /**
   * 0 to {@code maxSamples} port samples per input, of 0 to {@code maxCalls} concurrent calls (both
   * included; default 20 and 30).
   *
   * @throws IllegalArgumentException if either is negative or {@code maxCalls} is above
   *     1,000,000,000
   */
  public SeatlineGenerators portSamples(int maxSamples, long maxCalls) {
    if (maxSamples < 0 || maxCalls < 0 || maxCalls > 1_000_000_000L) {
      throw new IllegalArgumentException(
          "portSamples: need 0 <= maxSamples and 0 <= maxCalls <= 1e9, was "
              + maxSamples
              + ", "
              + maxCalls);
    }
    return with(
        c -> {
          c.maxPortSamples = maxSamples;
          c.maxConcurrentCalls = maxCalls;
        });
  }

  /**
   * 0 to {@code max} orders and 0 to {@code max} shipments per input (both included; default 3).
   *
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public SeatlineGenerators orders(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("orders: need max >= 0, was " + max);
    }
    return with(c -> c.maxOrders = max);
  }

  /**
   * Metered usage (R16): price books with the meters of {@link #METERS}, and 0 to {@code
   * maxRecords} usage records per input in the time bounds (default: no meter and no record; 0
   * turns it off again).
   *
   * @throws IllegalArgumentException if {@code maxRecords} is negative
   */
  public SeatlineGenerators usage(int maxRecords) {
    if (maxRecords < 0) {
      throw new IllegalArgumentException("usage: need maxRecords >= 0, was " + maxRecords);
    }
    return with(c -> c.maxUsageRecords = maxRecords);
  }

  /**
   * Organizations of {@code edition} (R17; default: none set, so PURECLOUD_FAQ): their tiers and
   * currencies become the edition's (configure {@link #tiers} and {@link #currencies} after this to
   * narrow them), and price books price the edition's tiers.
   */
  public SeatlineGenerators edition(Edition edition) {
    requireNonNull(edition, "edition");
    ImmutableList<LicenseTier> tiers = ImmutableList.copyOf(edition.tiers().tiers());
    ImmutableList<BillingCurrency> currencies = ImmutableList.copyOf(edition.currencies());
    return with(
        c -> {
          c.edition = edition;
          c.tiers = tiers;
          c.currencies = currencies;
        });
  }

  /**
   * Draws the licensing model from NAMED, CONCURRENT and HOURLY, a third each (R15), unless {@link
   * #licensing} fixes it (default: NAMED or CONCURRENT); price books then price every tier's hour
   * too.
   */
  public SeatlineGenerators withHourly() {
    return with(c -> c.hourly = true);
  }

  /**
   * Gives NAMED and CONCURRENT organizations commitments (R14): each configured tier, one time in
   * two, a commitment of 0 to {@code maxSeats} seats (default: no commitments); price books then
   * carry every tier's prepaid and on-demand prices.
   *
   * @throws IllegalArgumentException if {@code maxSeats} is negative
   */
  public SeatlineGenerators withCommitments(long maxSeats) {
    if (maxSeats < 0) {
      throw new IllegalArgumentException("withCommitments: need maxSeats >= 0, was " + maxSeats);
    }
    return with(c -> c.maxCommitment = maxSeats);
  }

  /**
   * Gives one organization in two a minimum monthly amount of 0 to 2,000 whole units of its
   * currency (R14; default: none).
   */
  public SeatlineGenerators withMinimumMonthlyAmounts() {
    return with(c -> c.minimums = true);
  }

  /** Cancels one organization in three during period {@code periodIndex} (default: none). */
  public SeatlineGenerators withCancellations() {
    return with(c -> c.cancellations = true);
  }

  /**
   * Draws every licence of {@link #ratingInputs()} from all the configured tiers, so that the users
   * of one organization may hold different contact-center tiers (default: one contact-center tier
   * per organization). The default engine rejects an input whose billed users land on more than one
   * of them (R4); see {@link #mixedTiers()}.
   */
  public SeatlineGenerators withMixedTiers() {
    return with(c -> c.mixedTiers = true);
  }

  /** The period index in force: the period the generated activity surrounds. */
  public int periodIndex() {
    return s.periodIndex;
  }

  // ---- generators ----

  /** Valid organizations, as configured. */
  public Gen<Organization> organizations() {
    return r -> {
      LicensingModel model =
          s.licensing != null
              ? s.licensing
              : s.hourly
                  ? pick(r, List.of(LicensingModel.values()))
                  : r.nextBoolean() ? LicensingModel.NAMED : LicensingModel.CONCURRENT;
      long days = s.lastContract.toEpochDay() - s.firstContract.toEpochDay();
      LocalDate contract = s.firstContract.plusDays(r.nextLong(days + 1));
      Organization.Builder b =
          Organization.builder("org-" + r.nextInt(1000), pick(r, s.currencies), model, contract)
              .environment(pick(r, List.of(Environment.values())))
              .status(r.nextInt(4) == 0 ? AccountStatus.TRIAL : AccountStatus.PAID)
              .timeZone(pick(r, s.zones));
      long seats = r.nextInt(3) == 0 ? 0 : r.nextLong(21);
      b.concurrentSeatsPurchased(seats);
      for (String addOn : s.addOns) {
        if (r.nextBoolean()) {
          b.addOnLicensesPurchased(
              addOn, model == LicensingModel.CONCURRENT && seats == 0 ? 0 : r.nextLong(51));
        }
      }
      if (s.edition != null) {
        b.edition(s.edition);
      }
      if (s.maxCommitment >= 0 && model != LicensingModel.HOURLY) {
        for (LicenseTier tier : s.tiers) {
          if (r.nextBoolean()) {
            b.commitment(tier, r.nextLong(s.maxCommitment + 1));
          }
        }
      }
      if (s.minimums && r.nextBoolean()) {
        b.minimumMonthlyAmount(BigDecimal.valueOf(r.nextLong(2_001)));
      }
      if (s.cancellations && r.nextInt(3) == 0) {
        BillingPeriod p = b.build().calendar().period(s.periodIndex);
        long seconds = p.length().toSeconds();
        b.cancelledAt(p.start().plusSeconds(1 + r.nextLong(seconds)));
      }
      return b.build();
    };
  }

  /** Complete price books in a configured currency: every tier, add-on, SKU and the port rate. */
  public Gen<PriceBook> priceBooks() {
    return r -> priceBook(r, pick(r, s.currencies));
  }

  /** A complete price book in {@code currency}, as {@link #priceBooks()}. */
  public Gen<PriceBook> priceBooks(BillingCurrency currency) {
    requireNonNull(currency, "currency");
    return r -> priceBook(r, currency);
  }

  /** Valid user timelines with the id {@code u0}, in the time bounds, of every configured tier. */
  public Gen<UserTimeline> userTimelines() {
    return r -> userTimeline(r, "u0", lower(), upper(), s.tiers);
  }

  /** Port samples in the time bounds, never two with different counts at one instant. */
  public Gen<List<PortSample>> portSamples() {
    return r -> portSamples(r, lower(), upper());
  }

  /**
   * Usage records of the meters of {@link #METERS} in the time bounds, 0 to the configured maximum
   * ({@link #usage}; none by default).
   */
  public Gen<List<UsageRecord>> usageRecords() {
    return r -> usageRecords(r, lower(), upper());
  }

  /** Orders and shipments of those orders, in the time bounds, with unique ids. */
  public Gen<OrdersAndShipments> ordersAndShipments() {
    return r -> ordersAndShipments(r, lower(), upper());
  }

  /**
   * Whole valid inputs: an organization, a complete price book and the activity around it; unless
   * {@link #withMixedTiers()}, the organization's users hold one contact-center tier only.
   */
  public Gen<RatingInput> ratingInputs() {
    return r -> {
      Organization org = organizations().next(r);
      List<LicenseTier> tiers = s.mixedTiers ? s.tiers : oneContactCenterTier(r);
      Instant lo = s.from;
      Instant hi = s.to;
      if (lo == null || hi == null) {
        BillingPeriod p = org.calendar().period(s.periodIndex);
        lo = p.start().minus(Duration.ofDays(1));
        hi = p.end().plus(Duration.ofDays(1));
      }
      RatingInput.Builder b = RatingInput.builder(org, priceBook(r, org.currency()));
      int n = s.minUsers + r.nextInt(s.maxUsers - s.minUsers + 1);
      for (int i = 0; i < n; i++) {
        b.user(userTimeline(r, "u" + i, lo, hi, tiers));
      }
      b.callPorts(portSamples(r, lo, hi));
      OrdersAndShipments purchases = ordersAndShipments(r, lo, hi);
      b.orders(purchases.orders());
      b.shipments(purchases.shipments());
      if (s.maxUsageRecords > 0) {
        b.usage(usageRecords(r, lo, hi));
      }
      return b.build();
    };
  }

  /**
   * Orders and the shipments of those orders, as generated together.
   *
   * @param orders orders with unique ids {@code o0}, {@code o1} ...
   * @param shipments shipments with unique ids {@code s0} ..., each of one of {@code orders}
   */
  public record OrdersAndShipments(List<Order> orders, List<Shipment> shipments) {
    /** Copies the lists. */
    public OrdersAndShipments {
      orders = ImmutableList.copyOf(orders);
      shipments = ImmutableList.copyOf(shipments);
    }
  }

  // ---- implementation ----

  /**
   * The configured tiers that are not contact-center tiers and one of those that are, in the
   * configured order. The draw happens only when there is a choice, so that a configuration of at
   * most one contact-center tier makes the same values with and without {@link #withMixedTiers()}.
   */
  private List<LicenseTier> oneContactCenterTier(SplittableRandom r) {
    List<LicenseTier> contactCenter =
        s.tiers.stream().filter(LicenseTier::isContactCenter).toList();
    if (contactCenter.size() < 2) {
      return s.tiers;
    }
    LicenseTier chosen = pick(r, contactCenter);
    return s.tiers.stream().filter(t -> !t.isContactCenter() || t.equals(chosen)).toList();
  }

  private Instant lower() {
    return s.from != null ? s.from : DEFAULT_FROM;
  }

  private Instant upper() {
    return s.to != null ? s.to : DEFAULT_TO;
  }

  private PriceBook priceBook(SplittableRandom r, BillingCurrency currency) {
    PriceBook.Builder b = PriceBook.builder(currency);
    List<LicenseTier> priced =
        s.edition != null ? s.edition.tiers().tiers() : TierCatalog.faq().tiers();
    for (LicenseTier tier : priced) {
      b.seat(tier, price(r, 50_000, currency.scale()));
    }
    for (String addOn : s.addOns) {
      b.addOn(addOn, price(r, 5_000, currency.scale()));
    }
    b.excessPortHour(BigDecimal.valueOf(r.nextLong(1_000), 4));
    for (String sku : ONE_TIME_SKUS) {
      b.oneTime(sku, price(r, 1_000_000, currency.scale()));
    }
    for (String sku : HARDWARE_SKUS) {
      b.hardware(sku, price(r, 50_000, currency.scale()));
    }
    if (s.maxUsageRecords > 0) {
      for (String name : METERS) {
        Meter.Builder m = Meter.builder(name, price(r, 1_000, currency.scale() + 2));
        if (name.equals("VOICE_MINUTES")) {
          m.increment(new BigDecimal("0.1"));
        }
        for (LicenseTier tier : priced) {
          m.allowancePerSeat(tier, BigDecimal.valueOf(r.nextLong(101)));
        }
        m.allowancePerOrganization(BigDecimal.valueOf(r.nextLong(201)));
        b.meter(m.build());
      }
    }
    if (s.maxCommitment >= 0) {
      for (LicenseTier tier : priced) {
        b.committedSeat(tier, price(r, 40_000, currency.scale()));
        b.overageSeat(tier, price(r, 60_000, currency.scale()));
      }
    }
    if (s.hourly || s.licensing == LicensingModel.HOURLY) {
      for (LicenseTier tier : priced) {
        b.seatHour(tier, BigDecimal.valueOf(r.nextLong(100_000), 4));
      }
    }
    return b.build();
  }

  private static BigDecimal price(SplittableRandom r, long maxUnscaled, int scale) {
    return BigDecimal.valueOf(r.nextLong(maxUnscaled + 1), scale);
  }

  private UserTimeline userTimeline(
      SplittableRandom r, String id, Instant lo, Instant hi, List<LicenseTier> tiers) {
    UserTimeline.Builder b = UserTimeline.builder(id);
    Duration window = Duration.between(lo, hi);
    int licences = r.nextInt(4);
    for (int i = 0; i < licences; i++) {
      b.license(pick(r, tiers), assignment(r, lo, hi, window));
    }
    int addOnCount = s.addOns.isEmpty() ? 0 : r.nextInt(3);
    for (int i = 0; i < addOnCount; i++) {
      b.addOn(pick(r, s.addOns), assignment(r, lo, hi, window));
    }
    int sessionCount = r.nextInt(5);
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < sessionCount; i++) {
      sessions.add(new Session(pick(r, s.channels), interval(r, lo, hi, Duration.ofHours(12), 10)));
    }
    sessions.forEach(x -> b.session(x.channel(), x.interval()));
    int queueCount = r.nextInt(5);
    for (int i = 0; i < queueCount; i++) {
      b.onQueue(interval(r, lo, hi, Duration.ofHours(10), 12));
    }
    if (r.nextInt(8) == 0) {
      Instant deletion;
      if (sessions.isEmpty()) {
        deletion = instant(r, lo, hi);
      } else {
        Instant after = latestStart(sessions).plus(s.granularity);
        deletion = after.isAfter(hi) ? after : instant(r, after, hi);
      }
      b.deletedAt(deletion);
    }
    return b.build();
  }

  private static Instant latestStart(List<Session> sessions) {
    Instant latest = sessions.get(0).interval().start();
    for (Session x : sessions) {
      if (x.interval().start().isAfter(latest)) {
        latest = x.interval().start();
      }
    }
    return latest;
  }

  /**
   * Licence or add-on assignments: a third open, a third around the 4-hour minimum, a third long.
   */
  private UsageInterval assignment(SplittableRandom r, Instant lo, Instant hi, Duration window) {
    return switch (r.nextInt(3)) {
      case 0 -> UsageInterval.ofUnboundedEnd(instant(r, lo, hi));
      case 1 -> interval(r, lo, hi, Duration.ofHours(8), 0);
      default -> interval(r, lo, hi, window, 0);
    };
  }

  /**
   * An interval starting in the bounds, of one step to {@code maxLength} and ending no later than
   * the upper bound; open one time in {@code openOneIn} (never when 0).
   */
  private UsageInterval interval(
      SplittableRandom r, Instant lo, Instant hi, Duration maxLength, int openOneIn) {
    Instant start = instant(r, lo, hi);
    if (openOneIn > 0 && r.nextInt(openOneIn) == 0) {
      return UsageInterval.ofUnboundedEnd(start);
    }
    long maxSteps = Math.max(1, maxLength.dividedBy(s.granularity));
    Instant end = start.plus(s.granularity.multipliedBy(1 + r.nextLong(maxSteps)));
    if (end.isAfter(hi)) {
      end = hi.isAfter(start) ? hi : start.plus(s.granularity);
    }
    return UsageInterval.of(start, end);
  }

  /** An instant {@code lo + k * granularity} in {@code [lo, hi]}. */
  private Instant instant(SplittableRandom r, Instant lo, Instant hi) {
    long steps = Duration.between(lo, hi).dividedBy(s.granularity);
    return lo.plus(s.granularity.multipliedBy(r.nextLong(steps + 1)));
  }

  private List<PortSample> portSamples(SplittableRandom r, Instant lo, Instant hi) {
    int n = r.nextInt(s.maxPortSamples + 1);
    Map<Instant, Long> byInstant = new HashMap<>();
    List<PortSample> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Instant at = instant(r, lo, hi);
      long calls = byInstant.computeIfAbsent(at, k -> r.nextLong(s.maxConcurrentCalls + 1));
      out.add(new PortSample(at, calls));
    }
    return out;
  }

  private List<UsageRecord> usageRecords(SplittableRandom r, Instant lo, Instant hi) {
    int n = r.nextInt(s.maxUsageRecords + 1);
    List<UsageRecord> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String meter = pick(r, METERS);
      BigDecimal quantity =
          meter.equals("VOICE_MINUTES")
              ? BigDecimal.valueOf(r.nextLong(10_000), 3)
              : BigDecimal.valueOf(r.nextLong(61));
      out.add(new UsageRecord(meter, instant(r, lo, hi), quantity));
    }
    return out;
  }

  private OrdersAndShipments ordersAndShipments(SplittableRandom r, Instant lo, Instant hi) {
    List<Order> orders = new ArrayList<>();
    int n = r.nextInt(s.maxOrders + 1);
    for (int i = 0; i < n; i++) {
      orders.add(new Order("o" + i, instant(r, lo, hi), items(r, ONE_TIME_SKUS, 0)));
    }
    List<Shipment> shipments = new ArrayList<>();
    int m = orders.isEmpty() ? 0 : r.nextInt(s.maxOrders + 1);
    for (int i = 0; i < m; i++) {
      Order order = pick(r, orders);
      shipments.add(
          new Shipment("s" + i, order.id(), instant(r, lo, hi), items(r, HARDWARE_SKUS, 1)));
    }
    return new OrdersAndShipments(orders, shipments);
  }

  private static List<SkuQuantity> items(SplittableRandom r, List<String> skus, int min) {
    int n = min + r.nextInt(3 - min);
    List<SkuQuantity> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new SkuQuantity(pick(r, skus), 1 + r.nextLong(100)));
    }
    return out;
  }

  private static <T> T pick(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  private static <T> ImmutableList<T> nonEmpty(ImmutableList<T> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("at least one value is needed");
    }
    return values;
  }

  /** The configuration's values: copied on every change, never changed once shared. */
  private static final class Settings {
    int minUsers = 0;
    int maxUsers = 12;
    @Nullable LicensingModel licensing;
    int periodIndex = 0;
    @Nullable Instant from;
    @Nullable Instant to;
    Duration granularity = Duration.ofMinutes(1);
    ImmutableList<Channel> channels = ImmutableList.copyOf(Channel.values());
    ImmutableList<LicenseTier> tiers = ImmutableList.copyOf(TierCatalog.faq().tiers());
    ImmutableList<String> addOns = ImmutableList.of("SALESFORCE", "ZENDESK");
    LocalDate firstContract = LocalDate.of(2020, 1, 1);
    LocalDate lastContract = LocalDate.of(2030, 12, 31);
    ImmutableList<ZoneId> zones = DEFAULT_ZONES;
    ImmutableList<BillingCurrency> currencies =
        ImmutableList.copyOf(Edition.PURECLOUD_FAQ.currencies());
    int maxPortSamples = 20;
    long maxConcurrentCalls = 30;
    int maxOrders = 3;
    boolean cancellations = false;
    boolean mixedTiers = false;
    int maxUsageRecords = 0;
    @Nullable Edition edition;
    boolean hourly = false;
    long maxCommitment = -1;
    boolean minimums = false;

    Settings copy() {
      Settings c = new Settings();
      c.minUsers = minUsers;
      c.maxUsers = maxUsers;
      c.licensing = licensing;
      c.periodIndex = periodIndex;
      c.from = from;
      c.to = to;
      c.granularity = granularity;
      c.channels = channels;
      c.tiers = tiers;
      c.addOns = addOns;
      c.firstContract = firstContract;
      c.lastContract = lastContract;
      c.zones = zones;
      c.currencies = currencies;
      c.maxPortSamples = maxPortSamples;
      c.maxConcurrentCalls = maxConcurrentCalls;
      c.maxOrders = maxOrders;
      c.cancellations = cancellations;
      c.mixedTiers = mixedTiers;
      c.maxUsageRecords = maxUsageRecords;
      c.edition = edition;
      c.hourly = hourly;
      c.maxCommitment = maxCommitment;
      c.minimums = minimums;
      return c;
    }
  }

  private SeatlineGenerators with(Consumer<Settings> change) {
    Settings c = s.copy();
    change.accept(c);
    return new SeatlineGenerators(c);
  }

  /** The configuration, for failure reports. */
  @Override
  public String toString() {
    return "SeatlineGenerators{users "
        + s.minUsers
        + ".."
        + s.maxUsers
        + ", licensing "
        + Optional.ofNullable(s.licensing).map(Enum::name).orElse("any")
        + ", period "
        + s.periodIndex
        + ", bounds "
        + (s.from == null ? "around the period" : "[" + s.from + ", " + s.to + "]")
        + ", granularity "
        + s.granularity
        + ", channels "
        + s.channels
        + ", tiers "
        + s.tiers
        + (s.mixedTiers ? " mixed" : " (one contact-center tier per organization)")
        + (s.cancellations ? ", with cancellations" : "")
        + (s.maxUsageRecords > 0 ? ", up to " + s.maxUsageRecords + " usage records" : "")
        + (s.edition == null ? "" : ", edition " + s.edition)
        + (s.hourly ? ", with HOURLY" : "")
        + (s.maxCommitment < 0 ? "" : ", commitments up to " + s.maxCommitment)
        + (s.minimums ? ", with minimum monthly amounts" : "")
        + "}";
  }
}
