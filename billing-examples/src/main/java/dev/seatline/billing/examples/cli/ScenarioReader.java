package dev.seatline.billing.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableSet;
import dev.seatline.billing.examples.cli.JsonValue.JNull;
import dev.seatline.billing.examples.cli.JsonValue.JNumber;
import dev.seatline.billing.examples.cli.JsonValue.JObject;
import dev.seatline.billing.examples.cli.JsonValue.JString;
import dev.seatline.billing.examples.text.IsoInstants;
import dev.seatline.billing.model.AccountStatus;
import dev.seatline.billing.model.BillingCalendar;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.ColumnarTimeline;
import dev.seatline.billing.model.Edition;
import dev.seatline.billing.model.Environment;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.Meter;
import dev.seatline.billing.model.Order;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.Shipment;
import dev.seatline.billing.model.SkuQuantity;
import dev.seatline.billing.model.TierCatalog;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UsageRecord;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.money.BillingCurrency;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a conformance scenario (the JSON format of {@code conformance/FORMAT.md}) into a {@link
 * Scenario}, strictly: unknown keys, duplicate keys, wrong JSON types, unknown enum names,
 * malformed instants, dates and decimals, instants with more than 9 fractional digits, counts that
 * are not whole numbers from 0 (1 for item quantities) to 1,000,000,000, unknown currencies and
 * zone ids are all invalid input (R10, R12). Every error is an {@link InvalidInputException} whose
 * path is the JSON path of the offending element: {@code users[3].sessions[0]}, {@code
 * prices.seat.PURECLOUD_3}, {@code organization.foo} for an unknown key, {@code $} for malformed
 * JSON or a limit of {@link InputLimits} exceeded; a key that is not a plain name is written in
 * bracket form, as in {@code prices.addOn['crm.sync']} (see {@code JsonPaths}). An unknown key,
 * enum name or currency close to an allowed one names it ({@code Suggestions}): {@code
 * organization.timezone: unknown key 'timezone'; did you mean 'timeZone'?}. Errors of the domain
 * model are re-rooted at the JSON element the model value was built from.
 *
 * <p>Decisions where the format leaves room: instants are {@code yyyy-MM-ddTHH:mm[:ss[.f]]} with
 * {@code Z} or a {@code ±HH:MM} offset, 1 to 9 fractional digits; counts and {@code period.index}
 * are JSON integers (no fraction, no exponent); prices are decimal strings ({@code "12.50"}, no
 * exponent); {@code timeZone} is a zone id of the IANA time-zone database ({@code
 * America/New_York}, not {@code +05:00}; {@code EST}, {@code MST}, {@code HST} are fixed offsets,
 * {@code SystemV/*} is rejected: see {@code TimeZones}); {@code environment}, {@code status},
 * {@code prices} and {@code users} are required; a price given as {@code null} is absent; a period
 * that would end after {@link #LATEST_PERIOD_END} is invalid input at {@code period.index} ({@code
 * organization.contractEffectiveDate} when even period 0 would).
 *
 * <p>The document is read as a stream ({@link JsonStream}), never held whole: the small sections
 * ({@code organization}, {@code period}, {@code prices}) are read as trees, the arrays ({@code
 * users} with their licenses, add-ons, sessions and time on queue, {@code callPorts}, {@code
 * orders}, {@code shipments}) element by element, each element checked and converted as soon as it
 * is read, sessions and time on queue straight into a {@link ColumnarTimeline} from epoch
 * nanoseconds ({@link IsoInstants}). The first problem ends the read; a problem of the JSON itself
 * later in the file is still reported first.
 *
 * <p>Stateless and thread-safe. Example: {@code ScenarioReader.read(Files.readAllBytes(path))}.
 */
public final class ScenarioReader {
  /** The largest count a scenario may hold (R12). */
  public static final long MAX_COUNT = 1_000_000_000L;

  /**
   * The latest end of a rated period, 9999-12-31T23:59:59.999999999Z: a period whose end (its
   * {@code period.end} in the result, the cancellation for a cancelled organization's last period)
   * is later is invalid input, so that no result prints an instant past the year 9999.
   */
  public static final Instant LATEST_PERIOD_END = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  /** The columns' mark of an interval without end; no instant read is held as this value. */
  private static final long UNBOUNDED = Long.MAX_VALUE;

  private static final List<Channel> CHANNELS = List.of(Channel.values());

  private static final ImmutableSet<String> ROOT_KEYS =
      ImmutableSet.of(
          "organization", "period", "prices", "users", "callPorts", "orders", "shipments", "usage");
  private static final ImmutableSet<String> ORGANIZATION_KEYS =
      ImmutableSet.of(
          "id",
          "environment",
          "status",
          "currency",
          "licensing",
          "contractEffectiveDate",
          "timeZone",
          "concurrentSeatsPurchased",
          "addOnLicensesPurchased",
          "cancelledAt",
          "edition",
          "commitments",
          "minimumMonthlyAmount");
  private static final ImmutableSet<String> PERIOD_KEYS = ImmutableSet.of("index", "asOf");
  private static final ImmutableSet<String> PRICE_KEYS =
      ImmutableSet.of(
          "seat",
          "addOn",
          "excessPortHour",
          "oneTime",
          "hardware",
          "committedSeat",
          "overageSeat",
          "seatHour",
          "meters");
  private static final ImmutableSet<String> METER_KEYS =
      ImmutableSet.of("overage", "increment", "allowancePerSeat", "allowancePerOrganization");
  private static final ImmutableSet<String> USAGE_KEYS = ImmutableSet.of("meter", "at", "quantity");
  private static final ImmutableSet<String> USER_KEYS =
      ImmutableSet.of("id", "licenses", "addOns", "sessions", "onQueue", "deletedAt");
  private static final ImmutableSet<String> LICENSE_KEYS = ImmutableSet.of("tier", "from", "to");
  private static final ImmutableSet<String> ADD_ON_KEYS = ImmutableSet.of("addOn", "from", "to");
  private static final ImmutableSet<String> SESSION_KEYS = ImmutableSet.of("channel", "from", "to");
  private static final ImmutableSet<String> INTERVAL_KEYS = ImmutableSet.of("from", "to");
  private static final ImmutableSet<String> PORT_KEYS = ImmutableSet.of("at", "concurrentCalls");
  private static final ImmutableSet<String> ORDER_KEYS =
      ImmutableSet.of("id", "placedAt", "oneTime");
  private static final ImmutableSet<String> SHIPMENT_KEYS =
      ImmutableSet.of("id", "orderId", "shippedAt", "items");
  private static final ImmutableSet<String> ITEM_KEYS = ImmutableSet.of("sku", "quantity");

  private ScenarioReader() {}

  /** Every key a scenario may hold, at any level. */
  static Set<String> keys() {
    return ImmutableSet.<String>builder()
        .addAll(ROOT_KEYS)
        .addAll(ORGANIZATION_KEYS)
        .addAll(PERIOD_KEYS)
        .addAll(PRICE_KEYS)
        .addAll(USER_KEYS)
        .addAll(LICENSE_KEYS)
        .addAll(ADD_ON_KEYS)
        .addAll(SESSION_KEYS)
        .addAll(INTERVAL_KEYS)
        .addAll(PORT_KEYS)
        .addAll(ORDER_KEYS)
        .addAll(SHIPMENT_KEYS)
        .addAll(ITEM_KEYS)
        .addAll(METER_KEYS)
        .addAll(USAGE_KEYS)
        .build();
  }

  /**
   * The scenario of the UTF-8 JSON document {@code json}.
   *
   * @throws InvalidInputException naming the offending element by its JSON path
   */
  public static Scenario read(byte[] json) {
    return JsonStream.read(json, ScenarioReader::scenario);
  }

  /**
   * The scenario of the JSON text {@code json}.
   *
   * @throws InvalidInputException naming the offending element by its JSON path
   */
  public static Scenario read(String json) {
    return read(json.getBytes(UTF_8));
  }

  /**
   * Reads the root object section by section, in input order: the small sections ({@code
   * organization}, {@code period}, {@code prices}) as trees, the arrays element by element. The
   * period and the prices need the organization, so when they come before it they are converted
   * once it is read.
   */
  private static Scenario scenario(JsonStream in) throws IOException {
    JsonStream.Members root = in.members("", ROOT_KEYS);
    @Nullable Organization organization = null;
    @Nullable JsonValue period = null;
    @Nullable JsonValue prices = null;
    Timeline timeline = new Timeline();
    List<Order> orders = new ArrayList<>();
    List<Shipment> shipments = new ArrayList<>();
    List<UsageRecord> usage = new ArrayList<>();
    while (root.next()) {
      switch (root.key()) {
        case "organization" -> {
          organization = organization(required(in, root), "organization");
          timeline.tiers = organization.tiers();
        }
        case "period" -> period = required(in, root);
        case "prices" -> prices = required(in, root);
        case "users" -> users(in, root, timeline);
        case "callPorts" -> callPorts(in, root, timeline);
        case "orders" -> elements(in, root, orders, ScenarioReader::order);
        case "shipments" -> elements(in, root, shipments, ScenarioReader::shipment);
        case "usage" -> elements(in, root, usage, ScenarioReader::usageRecord);
        default -> throw new IllegalStateException("unhandled key " + root.key());
      }
    }
    in.requireEnd();
    if (organization == null) {
      throw InvalidInputException.at("organization", "is required");
    }
    if (period == null) {
      throw InvalidInputException.at("period", "is required");
    }
    Obj p = new Obj(period, "period", PERIOD_KEYS);
    int index = periodIndex(p.required("index"), p.path("index"));
    requireSupportedEnd(organization, index, p.path("index"));
    Optional<Instant> asOf = p.optional("asOf").map(v -> instant(v, p.path("asOf")));
    if (prices == null) {
      throw InvalidInputException.at("prices", "is required");
    }
    PriceBook priceBook = prices(prices, "prices", organization);
    if (!root.had("users")) {
      throw InvalidInputException.at("users", "is required");
    }
    // Cross-element errors of the input already carry scenario paths (users[4].id, ...).
    RatingInput input =
        RatingInput.builder(organization, priceBook)
            .columns(timeline.build(organization))
            .orders(orders)
            .shipments(shipments)
            .usage(usage)
            .build();
    return new Scenario(input, index, asOf);
  }

  /** The current value, read whole; null is an error ({@code is required ...}). */
  private static JsonValue required(JsonStream in, JsonStream.Members at) throws IOException {
    if (in.isNull()) {
      throw InvalidInputException.at(at.path(), "is required and must not be null");
    }
    return in.tree(at.path());
  }

  private static Organization organization(JsonValue json, String path) {
    Obj o = new Obj(json, path, ORGANIZATION_KEYS);
    String id = string(o.required("id"), o.path("id"));
    Environment environment =
        enumValue(Environment.class, o.required("environment"), o.path("environment"));
    AccountStatus status = enumValue(AccountStatus.class, o.required("status"), o.path("status"));
    BillingCurrency currency = currency(o.required("currency"), o.path("currency"));
    LicensingModel licensing =
        enumValue(LicensingModel.class, o.required("licensing"), o.path("licensing"));
    LocalDate contractDate =
        date(o.required("contractEffectiveDate"), o.path("contractEffectiveDate"));
    Organization.Builder b =
        Organization.builder(id, currency, licensing, contractDate)
            .environment(environment)
            .status(status);
    edition(o, b);
    commitments(o, b);
    o.optional("timeZone").ifPresent(v -> b.timeZone(zone(v, o.path("timeZone"))));
    o.optional("concurrentSeatsPurchased")
        .ifPresent(
            v -> b.concurrentSeatsPurchased(count(v, o.path("concurrentSeatsPurchased"), 0)));
    o.optional("addOnLicensesPurchased")
        .ifPresent(
            v -> {
              String mapPath = o.path("addOnLicensesPurchased");
              for (Map.Entry<String, JsonValue> e : object(v, mapPath).entrySet()) {
                String entryPath = JsonPaths.key(mapPath, e.getKey());
                b.addOnLicensesPurchased(e.getKey(), count(e.getValue(), entryPath, 0));
              }
            });
    o.optional("cancelledAt").ifPresent(v -> b.cancelledAt(instant(v, o.path("cancelledAt"))));
    return within(path, b::build);
  }

  /** {@code organization.edition} (R17): PURECLOUD_FAQ when absent. */
  private static void edition(Obj o, Organization.Builder b) {
    o.optional("edition").ifPresent(v -> b.edition(enumValue(Edition.class, v, o.path("edition"))));
  }

  /**
   * {@code organization.commitments}, a tier to a count, and {@code
   * organization.minimumMonthlyAmount}, a decimal string (R14). The organization checks the tiers
   * against its edition's catalogue and the amount against its currency.
   */
  private static void commitments(Obj o, Organization.Builder b) {
    o.optional("commitments")
        .ifPresent(
            v -> {
              String mapPath = o.path("commitments");
              for (Map.Entry<String, JsonValue> e : object(v, mapPath).entrySet()) {
                String entryPath = JsonPaths.key(mapPath, e.getKey());
                b.commitment(e.getKey(), count(e.getValue(), entryPath, 0));
              }
            });
    o.optional("minimumMonthlyAmount")
        .ifPresent(v -> b.minimumMonthlyAmount(decimal(v, o.path("minimumMonthlyAmount"))));
  }

  /** One of the {@link BillingCurrency} codes; a code that is close to one names it. */
  static BillingCurrency currency(JsonValue json, String path) {
    String code = string(json, path);
    List<String> codes = Arrays.stream(BillingCurrency.values()).map(Enum::name).toList();
    String suggestion = codes.contains(code) ? "" : Suggestions.didYouMean(code, codes);
    if (!suggestion.isEmpty()) {
      throw InvalidInputException.at(
          path, "unsupported currency " + JsonValue.quote(code) + suggestion);
    }
    return BillingCurrency.find(code)
        .orElseThrow(
            () ->
                InvalidInputException.at(
                    path,
                    "unsupported currency "
                        + JsonValue.quote(code)
                        + "; supported: "
                        + Arrays.toString(BillingCurrency.values())));
  }

  /**
   * Rejects a period that would end after {@link #LATEST_PERIOD_END}: at {@code
   * organization.contractEffectiveDate} when even period 0 would, else at {@code period.index},
   * naming the last period that can be rated.
   */
  private static void requireSupportedEnd(Organization organization, int index, String indexPath) {
    Instant end = ratedEnd(organization, index);
    if (!end.isAfter(LATEST_PERIOD_END)) {
      return;
    }
    String latest = ", after " + LATEST_PERIOD_END + ", the latest supported period end";
    int last = lastSupportedIndex(organization);
    if (last < 0) {
      throw InvalidInputException.at(
          "organization.contractEffectiveDate",
          "period 0 of a contract effective "
              + organization.contractEffectiveDate()
              + " in "
              + organization.timeZone()
              + " would end at "
              + ratedEnd(organization, 0)
              + latest);
    }
    throw InvalidInputException.at(
        indexPath,
        "period "
            + index
            + " would end at "
            + end
            + latest
            + "; the last period of this contract that can be rated is "
            + last);
  }

  /** The end of period {@code index} as rated: its end, or the cancellation within it. */
  private static Instant ratedEnd(Organization organization, int index) {
    Instant end = organization.calendar().start(index + 1);
    Optional<Instant> cancelledAt = organization.cancelledAt();
    return cancelledAt.isPresent() && cancelledAt.get().isBefore(end) ? cancelledAt.get() : end;
  }

  /** The last period index whose end is not after {@link #LATEST_PERIOD_END}; -1 for none. */
  private static int lastSupportedIndex(Organization organization) {
    long months =
        ChronoUnit.MONTHS.between(
            organization.contractEffectiveDate(),
            LATEST_PERIOD_END.atZone(ZoneOffset.UTC).toLocalDate());
    int n = (int) Math.min(months + 1, BillingCalendar.MAX_INDEX);
    while (n >= 0 && organization.calendar().start(n + 1).isAfter(LATEST_PERIOD_END)) {
      n--;
    }
    return n;
  }

  private static int periodIndex(JsonValue json, String path) {
    return (int) wholeNumber(json, path, 0, BillingCalendar.MAX_INDEX);
  }

  private static PriceBook prices(JsonValue json, String path, Organization organization) {
    Obj o = new Obj(json, path, PRICE_KEYS);
    PriceBook.Builder b = PriceBook.builder(organization.currency());
    TierCatalog tiers = organization.tiers();
    tierPrices(o, "seat", LineCode.SEAT, tiers, b);
    tierPrices(o, "committedSeat", LineCode.COMMITTED_SEAT, tiers, b);
    tierPrices(o, "overageSeat", LineCode.OVERAGE, tiers, b);
    tierPrices(o, "seatHour", LineCode.SEAT_HOUR, tiers, b);
    priceMap(o, "addOn", (name, p) -> within(path, () -> b.addOn(name, p)));
    priceMap(o, "oneTime", (name, p) -> within(path, () -> b.oneTime(name, p)));
    priceMap(o, "hardware", (name, p) -> within(path, () -> b.hardware(name, p)));
    o.optional("excessPortHour")
        .flatMap(v -> optionalPrice(v, o.path("excessPortHour")))
        .ifPresent(p -> within(path, () -> b.excessPortHour(p)));
    o.optional("meters").ifPresent(v -> meters(v, o.path("meters"), tiers, b));
    return b.build();
  }

  /** {@code prices.meters}: a meter name to its terms (R16). */
  private static void meters(
      JsonValue json, String path, TierCatalog tiers, PriceBook.Builder prices) {
    for (Map.Entry<String, JsonValue> e : object(json, path).entrySet()) {
      prices.meter(meter(e.getKey(), e.getValue(), JsonPaths.key(path, e.getKey()), tiers));
    }
  }

  /** One meter's terms: overage required, increment and allowances optional (R16). */
  private static Meter meter(String name, JsonValue json, String path, TierCatalog tiers) {
    Obj o = new Obj(json, path, METER_KEYS);
    BigDecimal overage = decimal(o.required("overage"), o.path("overage"));
    Meter.Builder b = withinMeter(path, () -> Meter.builder(name, overage));
    o.optional("increment")
        .ifPresent(v -> withinMeter(path, () -> b.increment(decimal(v, o.path("increment")))));
    o.optional("allowancePerSeat")
        .ifPresent(
            v -> {
              String mapPath = o.path("allowancePerSeat");
              for (Map.Entry<String, JsonValue> e : object(v, mapPath).entrySet()) {
                String entryPath = JsonPaths.key(mapPath, e.getKey());
                LicenseTier tier = tier(e.getKey(), entryPath, tiers);
                BigDecimal allowance = decimal(e.getValue(), entryPath);
                withinMeter(path, () -> b.allowancePerSeat(tier, allowance));
              }
            });
    o.optional("allowancePerOrganization")
        .ifPresent(
            v ->
                withinMeter(
                    path,
                    () ->
                        b.allowancePerOrganization(
                            decimal(v, o.path("allowancePerOrganization")))));
    return withinMeter(path, b::build);
  }

  /** Runs {@code build}; a meter's error (at {@code overage}, ...) is put under {@code path}. */
  private static <T> T withinMeter(String path, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidInputException e) {
      throw e.path().startsWith(path) ? e : e.within(path);
    }
  }

  /** One element of {@code usage} (R16), read whole (it is small) and checked. */
  private static UsageRecord usageRecord(JsonStream in, String path) throws IOException {
    return usageRecord(in.tree(path), path);
  }

  private static UsageRecord usageRecord(JsonValue json, String path) {
    Obj o = new Obj(json, path, USAGE_KEYS);
    String meter = string(o.required("meter"), o.path("meter"));
    Instant at = instant(o.required("at"), o.path("at"));
    BigDecimal quantity = decimal(o.required("quantity"), o.path("quantity"));
    return within(path, () -> new UsageRecord(meter, at, quantity));
  }

  /** A map of prices per tier of {@code tiers}, such as {@code prices.seat} (R3, R14, R15). */
  private static void tierPrices(
      Obj prices, String key, LineCode code, TierCatalog tiers, PriceBook.Builder b) {
    prices
        .optional(key)
        .ifPresent(
            v -> {
              String mapPath = prices.path(key);
              for (Map.Entry<String, JsonValue> e : object(v, mapPath).entrySet()) {
                String entryPath = JsonPaths.key(mapPath, e.getKey());
                LicenseTier tier = tier(e.getKey(), entryPath, tiers);
                optionalPrice(e.getValue(), entryPath)
                    .ifPresent(p -> within(prices.path, () -> b.price(code, tier.name(), p)));
              }
            });
  }

  private static void priceMap(Obj prices, String key, BiConsumer<String, BigDecimal> add) {
    prices
        .optional(key)
        .ifPresent(
            v -> {
              String mapPath = prices.path(key);
              for (Map.Entry<String, JsonValue> e : object(v, mapPath).entrySet()) {
                String entryPath = JsonPaths.key(mapPath, e.getKey());
                optionalPrice(e.getValue(), entryPath).ifPresent(p -> add.accept(e.getKey(), p));
              }
            });
  }

  private static Optional<BigDecimal> optionalPrice(JsonValue json, String path) {
    return json instanceof JNull ? Optional.empty() : Optional.of(decimal(json, path));
  }

  // ---- the arrays, element by element ----

  /**
   * The elements of the array that is the value of the current member; null when an optional array
   * is null.
   */
  private static JsonStream.@Nullable Elements list(
      JsonStream in, JsonStream.Members at, boolean required) throws IOException {
    if (in.isNull()) {
      if (required) {
        throw InvalidInputException.at(at.path(), "is required and must not be null");
      }
      return null;
    }
    return in.elements(at.path());
  }

  private static void users(JsonStream in, JsonStream.Members root, Timeline timeline)
      throws IOException {
    JsonStream.Elements users = Objects.requireNonNull(list(in, root, true));
    while (users.next()) {
      user(in, users.path(), timeline);
    }
  }

  /** One user: its licenses and add-ons as values, its sessions and time on queue as columns. */
  private static void user(JsonStream in, String path, Timeline timeline) throws IOException {
    JsonStream.Members o = in.members(path, USER_KEYS);
    timeline.startUser();
    while (o.next()) {
      switch (o.key()) {
        case "id" -> timeline.id = requiredString(in, o);
        case "licenses" -> licenses(in, o, timeline);
        case "addOns" -> addOns(in, o, timeline);
        case "sessions" -> sessions(in, o, timeline);
        case "onQueue" -> onQueue(in, o, timeline);
        case "deletedAt" -> timeline.deletedAt = in.isNull() ? null : instant(in, o);
        default -> throw new IllegalStateException("unhandled key " + o.key());
      }
    }
    if (!o.had("id")) {
      throw InvalidInputException.at(o.path("id"), "is required");
    }
    timeline.endUser(path);
  }

  private static void licenses(JsonStream in, JsonStream.Members user, Timeline timeline)
      throws IOException {
    JsonStream.Elements list = list(in, user, false);
    if (list == null) {
      return;
    }
    Span span = new Span();
    while (list.next()) {
      JsonStream.Members l = in.members(list.path(), LICENSE_KEYS);
      @Nullable LicenseTier tier = null;
      span.reset();
      while (l.next()) {
        switch (l.key()) {
          case "tier" -> tier = tier(requiredString(in, l), l.path(), timeline.tiers);
          case "from", "to" -> span.read(in, l);
          default -> throw new IllegalStateException("unhandled key " + l.key());
        }
      }
      if (tier == null) {
        throw InvalidInputException.at(l.path("tier"), "is required");
      }
      timeline.licenseTiers.add(tier);
      timeline.licenseIntervals.add(span.interval(l));
    }
  }

  private static void addOns(JsonStream in, JsonStream.Members user, Timeline timeline)
      throws IOException {
    JsonStream.Elements list = list(in, user, false);
    if (list == null) {
      return;
    }
    Span span = new Span();
    while (list.next()) {
      JsonStream.Members a = in.members(list.path(), ADD_ON_KEYS);
      @Nullable String name = null;
      span.reset();
      while (a.next()) {
        switch (a.key()) {
          case "addOn" -> name = requiredString(in, a);
          case "from", "to" -> span.read(in, a);
          default -> throw new IllegalStateException("unhandled key " + a.key());
        }
      }
      if (name == null) {
        throw InvalidInputException.at(a.path("addOn"), "is required");
      }
      timeline.addOnNames.add(name);
      timeline.addOnIntervals.add(span.interval(a));
    }
  }

  private static void sessions(JsonStream in, JsonStream.Members user, Timeline timeline)
      throws IOException {
    JsonStream.Elements list = list(in, user, false);
    if (list == null) {
      return;
    }
    Span span = new Span();
    while (list.next()) {
      JsonStream.Members s = in.members(list, SESSION_KEYS);
      @Nullable Channel channel = null;
      span.reset();
      while (s.next()) {
        switch (s.key()) {
          case "channel" -> channel = channel(in, s);
          case "from", "to" -> span.read(in, s);
          default -> throw new IllegalStateException("unhandled key " + s.key());
        }
      }
      if (channel == null) {
        throw InvalidInputException.at(s.path("channel"), "is required");
      }
      span.requireColumnar(s);
      timeline.session(channel, span.from, span.hasTo ? span.to : UNBOUNDED);
    }
  }

  private static void onQueue(JsonStream in, JsonStream.Members user, Timeline timeline)
      throws IOException {
    JsonStream.Elements list = list(in, user, false);
    if (list == null) {
      return;
    }
    Span span = new Span();
    while (list.next()) {
      JsonStream.Members q = in.members(list, INTERVAL_KEYS);
      span.reset();
      while (q.next()) {
        span.read(in, q);
      }
      span.requireColumnar(q);
      timeline.onQueue(span.from, span.hasTo ? span.to : UNBOUNDED);
    }
  }

  private static void callPorts(JsonStream in, JsonStream.Members root, Timeline timeline)
      throws IOException {
    JsonStream.Elements list = list(in, root, false);
    if (list == null) {
      return;
    }
    Span at = new Span();
    while (list.next()) {
      JsonStream.Members o = in.members(list, PORT_KEYS);
      at.reset();
      long calls = -1;
      while (o.next()) {
        switch (o.key()) {
          case "at" -> at.readFrom(in, o);
          case "concurrentCalls" -> calls = count(in, o, 0);
          default -> throw new IllegalStateException("unhandled key " + o.key());
        }
      }
      if (!at.hasFrom) {
        throw InvalidInputException.at(o.path("at"), "is required");
      }
      if (calls < 0) {
        throw InvalidInputException.at(o.path("concurrentCalls"), "is required");
      }
      if (at.farFrom != null) {
        throw outsideColumns(o.path("at"), at.farFrom);
      }
      timeline.callPort(at.from, calls);
    }
  }

  /** Reads one element of an array at {@code path}. */
  @FunctionalInterface
  private interface ElementReader<T> {
    T read(JsonStream in, String path) throws IOException;
  }

  /**
   * Reads the optional array that is the value of the current member element by element into {@code
   * into} (orders, shipments, usage records).
   */
  private static <T> void elements(
      JsonStream in, JsonStream.Members root, List<T> into, ElementReader<T> read)
      throws IOException {
    JsonStream.Elements list = list(in, root, false);
    if (list == null) {
      return;
    }
    while (list.next()) {
      into.add(read.read(in, list.path()));
    }
  }

  private static Order order(JsonStream in, String path) throws IOException {
    JsonStream.Members o = in.members(path, ORDER_KEYS);
    @Nullable String id = null;
    @Nullable Instant placedAt = null;
    @Nullable List<SkuQuantity> items = null;
    while (o.next()) {
      switch (o.key()) {
        case "id" -> id = requiredString(in, o);
        case "placedAt" -> placedAt = requiredInstant(in, o);
        case "oneTime" -> items = items(in, o);
        default -> throw new IllegalStateException("unhandled key " + o.key());
      }
    }
    String i = present(id, o, "id");
    Instant p = present(placedAt, o, "placedAt");
    List<SkuQuantity> s = present(items, o, "oneTime");
    return within(path, () -> new Order(i, p, s));
  }

  private static Shipment shipment(JsonStream in, String path) throws IOException {
    JsonStream.Members o = in.members(path, SHIPMENT_KEYS);
    @Nullable String id = null;
    @Nullable String orderId = null;
    @Nullable Instant shippedAt = null;
    @Nullable List<SkuQuantity> items = null;
    while (o.next()) {
      switch (o.key()) {
        case "id" -> id = requiredString(in, o);
        case "orderId" -> orderId = requiredString(in, o);
        case "shippedAt" -> shippedAt = requiredInstant(in, o);
        case "items" -> items = items(in, o);
        default -> throw new IllegalStateException("unhandled key " + o.key());
      }
    }
    String i = present(id, o, "id");
    String order = present(orderId, o, "orderId");
    Instant at = present(shippedAt, o, "shippedAt");
    List<SkuQuantity> s = present(items, o, "items");
    return within(path, () -> new Shipment(i, order, at, s));
  }

  private static List<SkuQuantity> items(JsonStream in, JsonStream.Members parent)
      throws IOException {
    JsonStream.Elements list = Objects.requireNonNull(list(in, parent, true));
    List<SkuQuantity> items = new ArrayList<>();
    while (list.next()) {
      String p = list.path();
      JsonStream.Members o = in.members(p, ITEM_KEYS);
      @Nullable String sku = null;
      long quantity = -1;
      while (o.next()) {
        switch (o.key()) {
          case "sku" -> sku = requiredString(in, o);
          case "quantity" -> quantity = count(in, o, 1);
          default -> throw new IllegalStateException("unhandled key " + o.key());
        }
      }
      String s = present(sku, o, "sku");
      if (quantity < 0) {
        throw InvalidInputException.at(o.path("quantity"), "is required");
      }
      long q = quantity;
      items.add(within(p, () -> new SkuQuantity(s, q)));
    }
    return items;
  }

  /** {@code value}, read for the key {@code key} of {@code o}; absent is an error. */
  private static <T> T present(@Nullable T value, JsonStream.Members o, String key) {
    if (value == null) {
      throw InvalidInputException.at(o.path(key), "is required");
    }
    return value;
  }

  // ---- streamed scalars: each error names the element's path, built only then ----

  private static String requiredString(JsonStream in, JsonStream.Members at) throws IOException {
    if (in.isNull()) {
      throw InvalidInputException.at(at.path(), "is required and must not be null");
    }
    String s = in.validString();
    return s != null ? s : in.string(at.path());
  }

  private static Instant requiredInstant(JsonStream in, JsonStream.Members at) throws IOException {
    if (in.isNull()) {
      throw InvalidInputException.at(at.path(), "is required and must not be null");
    }
    return instant(in, at);
  }

  private static Instant instant(JsonStream in, JsonStream.Members at) throws IOException {
    if (in.isString()) {
      int offset = in.textOffset();
      try {
        return IsoInstants.parseInstant(in.textCharacters(), offset, offset + in.textLength());
      } catch (IsoInstants.InvalidInstantException e) {
        throw instantError(e.problem(), in.string(at.path()), at.path());
      }
    }
    throw InvalidInputException.at(at.path(), "must be a string, was " + in.describe(at.path()));
  }

  private static Channel channel(JsonStream in, JsonStream.Members at) throws IOException {
    String name = requiredString(in, at);
    for (Channel c : CHANNELS) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    return enumName(Channel.class, name, at.path());
  }

  private static long count(JsonStream in, JsonStream.Members at, long min) throws IOException {
    if (in.isNull()) {
      throw InvalidInputException.at(at.path(), "is required and must not be null");
    }
    if (!in.isInteger()) {
      throw InvalidInputException.at(
          at.path(), range(min, MAX_COUNT) + ", was " + in.describe(at.path()));
    }
    long value = in.longValueOrMin();
    if (value < min || value > MAX_COUNT) {
      throw InvalidInputException.at(
          at.path(), range(min, MAX_COUNT) + ", was " + JsonValue.shorten(in.numberText()));
    }
    return value;
  }

  private static String range(long min, long max) {
    return "must be a whole number from " + min + " to " + max;
  }

  /** The error of the columnar model for an instant it cannot hold, at {@code path}. */
  private static InvalidInputException outsideColumns(String path, Instant instant) {
    return InvalidInputException.at(
        path, instant + " is outside the columnar time range (1677-09-21 to 2262-04-11)");
  }

  /**
   * The {@code from} and {@code to} of one element as read: epoch nanoseconds, or the instant when
   * the columns cannot hold it (checked, in the model's words, once the element is complete).
   */
  private static final class Span {
    boolean hasFrom;
    long from;
    @Nullable Instant farFrom;
    boolean hasTo;
    long to;
    @Nullable Instant farTo;

    void reset() {
      hasFrom = false;
      farFrom = null;
      hasTo = false;
      farTo = null;
    }

    /** Reads the member {@code from} or {@code to} (null: absent) of an interval. */
    void read(JsonStream in, JsonStream.Members at) throws IOException {
      if (at.key().equals("from")) {
        readFrom(in, at);
      } else if (!in.isNull()) {
        hasTo = true;
        to = nanos(in, at);
        farTo = far;
      }
    }

    /** Reads a required instant into {@code from}. */
    void readFrom(JsonStream in, JsonStream.Members at) throws IOException {
      if (in.isNull()) {
        throw InvalidInputException.at(at.path(), "is required and must not be null");
      }
      hasFrom = true;
      from = nanos(in, at);
      farFrom = far;
    }

    private @Nullable Instant far;

    private long nanos(JsonStream in, JsonStream.Members at) throws IOException {
      far = null;
      if (!in.isString()) {
        throw InvalidInputException.at(
            at.path(), "must be a string, was " + in.describe(at.path()));
      }
      char[] text = in.textCharacters();
      int offset = in.textOffset();
      int end = offset + in.textLength();
      try {
        long nanos = IsoInstants.parseEpochNanos(text, offset, end);
        if (nanos != UNBOUNDED) {
          return nanos;
        }
      } catch (IsoInstants.InvalidInstantException e) {
        if (e.problem() != IsoInstants.Problem.OUTSIDE_EPOCH_NANOS) {
          throw instantError(e.problem(), in.string(at.path()), at.path());
        }
      }
      far = IsoInstants.parseInstant(in.textCharacters(), offset, end);
      return 0;
    }

    /** The interval {@code [from, to)} as a value; an error at the element's path if empty. */
    UsageInterval interval(JsonStream.Members element) {
      if (!hasFrom) {
        throw InvalidInputException.at(element.path("from"), "is required");
      }
      Instant f = farFrom != null ? farFrom : ofNanos(from);
      Optional<Instant> t =
          !hasTo ? Optional.empty() : Optional.of(farTo != null ? farTo : ofNanos(to));
      return within(element.objectPath(), () -> UsageInterval.of(f, t));
    }

    /**
     * Checks the interval as {@link #interval} does, and that the columns can hold it, with the
     * model's errors.
     */
    void requireColumnar(JsonStream.Members element) {
      if (!hasFrom) {
        throw InvalidInputException.at(element.path("from"), "is required");
      }
      if (farFrom == null && farTo == null && (!hasTo || to > from)) {
        return;
      }
      interval(element);
      if (farFrom != null) {
        throw outsideColumns(element.path("from"), farFrom);
      }
      if (farTo != null) {
        throw outsideColumns(element.path("to"), farTo);
      }
    }
  }

  private static Instant ofNanos(long epochNanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(epochNanos, NANOS_PER_SECOND), Math.floorMod(epochNanos, NANOS_PER_SECOND));
  }

  /**
   * The users and call-port samples as read, into one {@link ColumnarTimeline}: each user's
   * licenses and add-ons go through a {@link UserTimeline} (the model's checks and error paths),
   * its sessions and time on queue straight into the columns from epoch nanoseconds.
   */
  private static final class Timeline {
    private final ColumnarTimeline.Builder columns = ColumnarTimeline.builder();
    private int users;

    /** The first use of each tier, by path, to check against the organization's catalogue. */
    private final Map<LicenseTier, String> firstUse = new LinkedHashMap<>();

    /** The organization's tiers, once it is read. */
    @Nullable TierCatalog tiers;

    @Nullable String id;
    @Nullable Instant deletedAt;
    final List<LicenseTier> licenseTiers = new ArrayList<>();
    final List<UsageInterval> licenseIntervals = new ArrayList<>();
    final List<String> addOnNames = new ArrayList<>();
    final List<UsageInterval> addOnIntervals = new ArrayList<>();
    private Channel[] channel = new Channel[16];
    private long[] sessionFrom = new long[16];
    private long[] sessionTo = new long[16];
    private int sessions;
    private long[] queueFrom = new long[16];
    private long[] queueTo = new long[16];
    private int queued;
    private long[] portAt = new long[16];
    private long[] portCalls = new long[16];
    private int ports;

    void startUser() {
      id = null;
      deletedAt = null;
      licenseTiers.clear();
      licenseIntervals.clear();
      addOnNames.clear();
      addOnIntervals.clear();
      sessions = 0;
      queued = 0;
    }

    void session(Channel c, long from, long to) {
      if (sessions == sessionFrom.length) {
        channel = Arrays.copyOf(channel, sessions * 2);
        sessionFrom = Arrays.copyOf(sessionFrom, sessions * 2);
        sessionTo = Arrays.copyOf(sessionTo, sessions * 2);
      }
      channel[sessions] = c;
      sessionFrom[sessions] = from;
      sessionTo[sessions] = to;
      sessions++;
    }

    void onQueue(long from, long to) {
      if (queued == queueFrom.length) {
        queueFrom = Arrays.copyOf(queueFrom, queued * 2);
        queueTo = Arrays.copyOf(queueTo, queued * 2);
      }
      queueFrom[queued] = from;
      queueTo[queued] = to;
      queued++;
    }

    void callPort(long at, long calls) {
      if (ports == portAt.length) {
        portAt = Arrays.copyOf(portAt, ports * 2);
        portCalls = Arrays.copyOf(portCalls, ports * 2);
      }
      portAt[ports] = at;
      portCalls[ports] = calls;
      ports++;
    }

    /** Checks the user read and adds it to the columns, its errors at {@code path}. */
    void endUser(String path) {
      UserTimeline.Builder b = UserTimeline.builder(Objects.requireNonNull(id));
      for (int j = 0; j < licenseTiers.size(); j++) {
        LicenseTier tier = licenseTiers.get(j);
        if (!firstUse.containsKey(tier)) {
          firstUse.put(tier, path + ".licenses[" + j + "].tier");
        }
        b.license(tier, licenseIntervals.get(j));
      }
      for (int j = 0; j < addOnNames.size(); j++) {
        String name = addOnNames.get(j);
        UsageInterval interval = addOnIntervals.get(j);
        // The builder names its errors addOns[j].addOn itself.
        within(path, () -> b.addOn(name, interval));
      }
      Instant deleted = deletedAt;
      if (deleted != null) {
        b.deletedAt(deleted);
      }
      UserTimeline user = within(path, b::build);
      if (deleted != null) {
        for (int j = 0; j < sessions; j++) {
          Instant start = ofNanos(sessionFrom[j]);
          if (!start.isBefore(deleted)) {
            throw InvalidInputException.at(
                path + ".sessions[" + j + "]",
                "starts at "
                    + start
                    + ", at or after the user's deletion (deletedAt "
                    + deleted
                    + ")");
          }
        }
      }
      // Duplicate ids and instants the columns cannot hold are named by the columns themselves.
      columns.user(user);
      int u = users++;
      for (int j = 0; j < sessions; ) {
        int k = j;
        while (k < sessions && channel[k] == channel[j] && sessionTo[k] != UNBOUNDED) {
          k++;
        }
        Channel c = channel[j];
        if (k == j) {
          columns.session(u, c, UsageInterval.ofUnboundedEnd(ofNanos(sessionFrom[j])));
          k = j + 1;
        } else {
          columns.sessions(
              c,
              owners(u, k - j),
              Arrays.copyOfRange(sessionFrom, j, k),
              Arrays.copyOfRange(sessionTo, j, k),
              TimeUnit.NANOSECONDS);
        }
        j = k;
      }
      for (int j = 0; j < queued; ) {
        int k = j;
        while (k < queued && queueTo[k] != UNBOUNDED) {
          k++;
        }
        if (k == j) {
          columns.onQueue(u, UsageInterval.ofUnboundedEnd(ofNanos(queueFrom[j])));
          k = j + 1;
        } else {
          columns.onQueue(
              owners(u, k - j),
              Arrays.copyOfRange(queueFrom, j, k),
              Arrays.copyOfRange(queueTo, j, k),
              TimeUnit.NANOSECONDS);
        }
        j = k;
      }
    }

    private static int[] owners(int user, int n) {
      int[] owners = new int[n];
      Arrays.fill(owners, user);
      return owners;
    }

    /** The columns, once every tier used is checked against {@code organization}'s catalogue. */
    ColumnarTimeline build(Organization organization) {
      for (Map.Entry<LicenseTier, String> e : firstUse.entrySet()) {
        if (!organization.tiers().contains(e.getKey())) {
          throw InvalidInputException.at(
              e.getValue(),
              "tier "
                  + e.getKey()
                  + " is not one of the organization's tiers "
                  + organization.tiers()
                  + " (R3)");
        }
      }
      columns.callPorts(
          Arrays.copyOf(portAt, ports), Arrays.copyOf(portCalls, ports), TimeUnit.NANOSECONDS);
      return columns.build();
    }
  }

  // ---- scalar conversions: each error names the element's path ----

  static String string(JsonValue json, String path) {
    if (json instanceof JString s) {
      return s.value();
    }
    throw InvalidInputException.at(path, "must be a string, was " + json.describe());
  }

  static Map<String, JsonValue> object(JsonValue json, String path) {
    if (json instanceof JObject o) {
      return o.members();
    }
    throw InvalidInputException.at(path, "must be an object, was " + json.describe());
  }

  /**
   * The tier named {@code name} of the organization's catalogue, its edition's (R3, R17); while the
   * organization is not yet read (its key comes after {@code users}), of any edition's catalogue,
   * checked against the organization's once it is.
   */
  static LicenseTier tier(String name, String path, @Nullable TierCatalog tiers) {
    List<TierCatalog> catalogues =
        tiers != null ? List.of(tiers) : List.of(TierCatalog.faq(), TierCatalog.genesysCloud());
    for (TierCatalog c : catalogues) {
      Optional<LicenseTier> found = c.find(name);
      if (found.isPresent()) {
        return found.get();
      }
    }
    return catalogues
        .get(0)
        .find(name)
        .orElseThrow(
            () -> {
              List<String> names =
                  catalogues.stream()
                      .flatMap(c -> c.tiers().stream())
                      .map(LicenseTier::name)
                      .distinct()
                      .toList();
              String suggestion = Suggestions.didYouMean(name, names);
              return InvalidInputException.at(
                  path,
                  "unknown LicenseTier "
                      + JsonValue.quote(name)
                      + (suggestion.isEmpty() ? "; expected one of " + names : suggestion));
            });
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, JsonValue json, String path) {
    return enumName(type, string(json, path), path);
  }

  static <E extends Enum<E>> E enumName(Class<E> type, String name, String path) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    String suggestion = Suggestions.didYouMean(name, names);
    throw InvalidInputException.at(
        path,
        "unknown "
            + type.getSimpleName()
            + " "
            + JsonValue.quote(name)
            + (suggestion.isEmpty() ? "; expected one of " + names : suggestion));
  }

  static Instant instant(JsonValue json, String path) {
    String text = string(json, path);
    try {
      return IsoInstants.parseInstant(text, 0, text.length());
    } catch (IsoInstants.InvalidInstantException e) {
      throw instantError(e.problem(), text, path);
    }
  }

  /** The error for the text {@code text} at {@code path}, which is not an instant. */
  private static InvalidInputException instantError(
      IsoInstants.Problem problem, String text, String path) {
    return switch (problem) {
      case NOT_ISO_8601 ->
          InvalidInputException.at(
              path,
              "not an ISO-8601 instant with an offset (like 2026-01-16T14:00:00Z): "
                  + JsonValue.quote(text));
      case MORE_THAN_NINE_FRACTION_DIGITS ->
          InvalidInputException.at(
              path,
              "more than 9 fractional digits (instants have nanosecond precision): "
                  + JsonValue.quote(text));
      case NOT_A_VALID_INSTANT, OUTSIDE_EPOCH_NANOS ->
          InvalidInputException.at(path, "not a valid instant: " + JsonValue.quote(text));
    };
  }

  static LocalDate date(JsonValue json, String path) {
    String text = string(json, path);
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        // reported below
      }
    }
    throw InvalidInputException.at(
        path, "not an ISO-8601 date (like 2026-01-15): " + JsonValue.quote(text));
  }

  static BigDecimal decimal(JsonValue json, String path) {
    if (!(json instanceof JString s)) {
      throw InvalidInputException.at(
          path, "must be a decimal string like \"12.50\", was " + json.describe());
    }
    String text = s.value();
    if (!DECIMAL.matcher(text).matches()) {
      throw InvalidInputException.at(
          path, "not a decimal like \"12.50\": " + JsonValue.quote(text));
    }
    return new BigDecimal(text);
  }

  private static ZoneId zone(JsonValue json, String path) {
    return TimeZones.parse(string(json, path), path);
  }

  private static long count(JsonValue json, String path, long min) {
    return wholeNumber(json, path, min, MAX_COUNT);
  }

  static long wholeNumber(JsonValue json, String path, long min, long max) {
    String range = "must be a whole number from " + min + " to " + max;
    if (!(json instanceof JNumber n) || !n.integral()) {
      throw InvalidInputException.at(path, range + ", was " + json.describe());
    }
    BigInteger value = new BigInteger(n.text());
    if (value.compareTo(BigInteger.valueOf(min)) < 0
        || value.compareTo(BigInteger.valueOf(max)) > 0) {
      throw InvalidInputException.at(path, range + ", was " + JsonValue.shorten(n.text()));
    }
    return value.longValueExact();
  }

  /** Runs {@code build}; a domain error it throws is re-rooted at the JSON element {@code path}. */
  private static <T> T within(String path, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidInputException e) {
      throw JsonPaths.fromModel(e.within(path));
    }
  }

  /** A JSON object at {@code path} whose keys must all be among {@code keys}. */
  static final class Obj {
    private final String path;
    private final Map<String, JsonValue> members;

    Obj(JsonValue json, String path, Set<String> keys) {
      this.path = path;
      if (!(json instanceof JObject o)) {
        throw InvalidInputException.at(
            path.isEmpty() ? "$" : path, "must be an object, was " + json.describe());
      }
      this.members = o.members();
      for (String key : members.keySet()) {
        if (!keys.contains(key)) {
          String suggestion = Suggestions.didYouMean(key, keys);
          throw InvalidInputException.at(
              path(key),
              "unknown key "
                  + JsonValue.quote(key)
                  + (suggestion.isEmpty() ? "; expected one of " + keys : suggestion));
        }
      }
    }

    String path(String key) {
      return JsonPaths.key(path, key);
    }

    /** The value of {@code key}; absent or null is an error. */
    JsonValue required(String key) {
      JsonValue v = members.get(key);
      if (v == null) {
        throw InvalidInputException.at(path(key), "is required");
      }
      if (v instanceof JNull) {
        throw InvalidInputException.at(path(key), "is required and must not be null");
      }
      return v;
    }

    /** The value of {@code key}; empty when absent or null. */
    Optional<JsonValue> optional(String key) {
      JsonValue v = members.get(key);
      return v == null || v instanceof JNull ? Optional.empty() : Optional.of(v);
    }
  }
}
