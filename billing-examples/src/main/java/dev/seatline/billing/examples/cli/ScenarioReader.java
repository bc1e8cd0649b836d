package dev.seatline.billing.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableSet;
import dev.seatline.billing.examples.cli.JsonValue.JArray;
import dev.seatline.billing.examples.cli.JsonValue.JNull;
import dev.seatline.billing.examples.cli.JsonValue.JNumber;
import dev.seatline.billing.examples.cli.JsonValue.JObject;
import dev.seatline.billing.examples.cli.JsonValue.JString;
import dev.seatline.billing.model.AccountStatus;
import dev.seatline.billing.model.BillingCalendar;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.Environment;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.Order;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PortSample;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.Shipment;
import dev.seatline.billing.model.SkuQuantity;
import dev.seatline.billing.model.TierCatalog;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.money.BillingCurrency;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern INSTANT =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.(\\d+))?)?(?:Z|[+-]\\d{2}:\\d{2})");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  private static final int MAX_FRACTION_DIGITS = 9;

  private static final Set<String> ROOT_KEYS =
      ImmutableSet.of(
          "organization", "period", "prices", "users", "callPorts", "orders", "shipments");
  private static final Set<String> ORGANIZATION_KEYS =
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
          "cancelledAt");
  private static final Set<String> PERIOD_KEYS = ImmutableSet.of("index", "asOf");
  private static final Set<String> PRICE_KEYS =
      ImmutableSet.of("seat", "addOn", "excessPortHour", "oneTime", "hardware");
  private static final Set<String> USER_KEYS =
      ImmutableSet.of("id", "licenses", "addOns", "sessions", "onQueue", "deletedAt");
  private static final Set<String> LICENSE_KEYS = ImmutableSet.of("tier", "from", "to");
  private static final Set<String> ADD_ON_KEYS = ImmutableSet.of("addOn", "from", "to");
  private static final Set<String> SESSION_KEYS = ImmutableSet.of("channel", "from", "to");
  private static final Set<String> INTERVAL_KEYS = ImmutableSet.of("from", "to");
  private static final Set<String> PORT_KEYS = ImmutableSet.of("at", "concurrentCalls");
  private static final Set<String> ORDER_KEYS = ImmutableSet.of("id", "placedAt", "oneTime");
  private static final Set<String> SHIPMENT_KEYS =
      ImmutableSet.of("id", "orderId", "shippedAt", "items");
  private static final Set<String> ITEM_KEYS = ImmutableSet.of("sku", "quantity");

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
        .build();
  }

  /**
   * The scenario of the UTF-8 JSON document {@code json}.
   *
   * @throws InvalidInputException naming the offending element by its JSON path
   */
  public static Scenario read(byte[] json) {
    return scenario(JsonTree.parse(json));
  }

  /**
   * The scenario of the JSON text {@code json}.
   *
   * @throws InvalidInputException naming the offending element by its JSON path
   */
  public static Scenario read(String json) {
    return read(json.getBytes(UTF_8));
  }

  private static Scenario scenario(JsonValue json) {
    Obj root = new Obj(json, "", ROOT_KEYS);
    Organization organization = organization(root.required("organization"), "organization");
    Obj period = new Obj(root.required("period"), "period", PERIOD_KEYS);
    int index = periodIndex(period.required("index"), period.path("index"));
    requireSupportedEnd(organization, index, period.path("index"));
    Optional<Instant> asOf = period.optional("asOf").map(v -> instant(v, period.path("asOf")));
    PriceBook prices = prices(root.required("prices"), "prices", organization.currency());
    RatingInput.Builder input = RatingInput.builder(organization, prices);
    List<JsonValue> users = root.list("users", true);
    for (int i = 0; i < users.size(); i++) {
      input.user(user(users.get(i), "users[" + i + "]"));
    }
    List<JsonValue> ports = root.list("callPorts", false);
    for (int i = 0; i < ports.size(); i++) {
      input.callPort(portSample(ports.get(i), "callPorts[" + i + "]"));
    }
    List<JsonValue> orders = root.list("orders", false);
    for (int i = 0; i < orders.size(); i++) {
      input.order(order(orders.get(i), "orders[" + i + "]"));
    }
    List<JsonValue> shipments = root.list("shipments", false);
    for (int i = 0; i < shipments.size(); i++) {
      input.shipment(shipment(shipments.get(i), "shipments[" + i + "]"));
    }
    // Cross-element errors of the input already carry scenario paths (users[4].id, ...).
    return new Scenario(input.build(), index, asOf);
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

  private static PriceBook prices(JsonValue json, String path, BillingCurrency currency) {
    Obj o = new Obj(json, path, PRICE_KEYS);
    PriceBook.Builder b = PriceBook.builder(currency);
    o.optional("seat")
        .ifPresent(
            v -> {
              String seatPath = o.path("seat");
              for (Map.Entry<String, JsonValue> e : object(v, seatPath).entrySet()) {
                String entryPath = JsonPaths.key(seatPath, e.getKey());
                LicenseTier tier = tier(e.getKey(), entryPath);
                optionalPrice(e.getValue(), entryPath)
                    .ifPresent(p -> within(path, () -> b.seat(tier, p)));
              }
            });
    priceMap(o, "addOn", (name, p) -> within(path, () -> b.addOn(name, p)));
    priceMap(o, "oneTime", (name, p) -> within(path, () -> b.oneTime(name, p)));
    priceMap(o, "hardware", (name, p) -> within(path, () -> b.hardware(name, p)));
    o.optional("excessPortHour")
        .flatMap(v -> optionalPrice(v, o.path("excessPortHour")))
        .ifPresent(p -> within(path, () -> b.excessPortHour(p)));
    return b.build();
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

  private static UserTimeline user(JsonValue json, String path) {
    Obj o = new Obj(json, path, USER_KEYS);
    UserTimeline.Builder b = UserTimeline.builder(string(o.required("id"), o.path("id")));
    List<JsonValue> licenses = o.list("licenses", false);
    for (int j = 0; j < licenses.size(); j++) {
      String p = o.path("licenses") + "[" + j + "]";
      Obj l = new Obj(licenses.get(j), p, LICENSE_KEYS);
      LicenseTier tier = tier(string(l.required("tier"), l.path("tier")), l.path("tier"));
      b.license(tier, interval(l));
    }
    List<JsonValue> addOns = o.list("addOns", false);
    for (int j = 0; j < addOns.size(); j++) {
      String p = o.path("addOns") + "[" + j + "]";
      Obj a = new Obj(addOns.get(j), p, ADD_ON_KEYS);
      String name = string(a.required("addOn"), a.path("addOn"));
      UsageInterval interval = interval(a);
      // The builder names its errors addOns[j].addOn itself.
      within(path, () -> b.addOn(name, interval));
    }
    List<JsonValue> sessions = o.list("sessions", false);
    for (int j = 0; j < sessions.size(); j++) {
      String p = o.path("sessions") + "[" + j + "]";
      Obj s = new Obj(sessions.get(j), p, SESSION_KEYS);
      Channel channel = enumValue(Channel.class, s.required("channel"), s.path("channel"));
      b.session(channel, interval(s));
    }
    List<JsonValue> onQueue = o.list("onQueue", false);
    for (int j = 0; j < onQueue.size(); j++) {
      String p = o.path("onQueue") + "[" + j + "]";
      b.onQueue(interval(new Obj(onQueue.get(j), p, INTERVAL_KEYS)));
    }
    o.optional("deletedAt").ifPresent(v -> b.deletedAt(instant(v, o.path("deletedAt"))));
    return within(path, b::build);
  }

  /** The interval {@code [from, to)} of an element, an error at the element's path if empty. */
  private static UsageInterval interval(Obj o) {
    Instant from = instant(o.required("from"), o.path("from"));
    Optional<Instant> to = o.optional("to").map(v -> instant(v, o.path("to")));
    return within(o.path, () -> UsageInterval.of(from, to));
  }

  private static PortSample portSample(JsonValue json, String path) {
    Obj o = new Obj(json, path, PORT_KEYS);
    Instant at = instant(o.required("at"), o.path("at"));
    long calls = count(o.required("concurrentCalls"), o.path("concurrentCalls"), 0);
    return within(path, () -> new PortSample(at, calls));
  }

  private static Order order(JsonValue json, String path) {
    Obj o = new Obj(json, path, ORDER_KEYS);
    String id = string(o.required("id"), o.path("id"));
    Instant placedAt = instant(o.required("placedAt"), o.path("placedAt"));
    List<SkuQuantity> items = items(o, "oneTime");
    return within(path, () -> new Order(id, placedAt, items));
  }

  private static Shipment shipment(JsonValue json, String path) {
    Obj o = new Obj(json, path, SHIPMENT_KEYS);
    String id = string(o.required("id"), o.path("id"));
    String orderId = string(o.required("orderId"), o.path("orderId"));
    Instant shippedAt = instant(o.required("shippedAt"), o.path("shippedAt"));
    List<SkuQuantity> items = items(o, "items");
    return within(path, () -> new Shipment(id, orderId, shippedAt, items));
  }

  private static List<SkuQuantity> items(Obj parent, String key) {
    List<JsonValue> list = parent.list(key, true);
    List<SkuQuantity> items = new ArrayList<>(list.size());
    for (int j = 0; j < list.size(); j++) {
      String p = parent.path(key) + "[" + j + "]";
      Obj o = new Obj(list.get(j), p, ITEM_KEYS);
      String sku = string(o.required("sku"), o.path("sku"));
      long quantity = count(o.required("quantity"), o.path("quantity"), 1);
      items.add(within(p, () -> new SkuQuantity(sku, quantity)));
    }
    return items;
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

  /** The tier named {@code name} of the FAQ's catalogue, the tiers of a scenario file (R3). */
  static LicenseTier tier(String name, String path) {
    List<String> names = TierCatalog.faq().tiers().stream().map(LicenseTier::name).toList();
    return TierCatalog.faq()
        .find(name)
        .orElseThrow(
            () -> {
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
    Matcher m = INSTANT.matcher(text);
    if (!m.matches()) {
      throw InvalidInputException.at(
          path,
          "not an ISO-8601 instant with an offset (like 2026-01-16T14:00:00Z): "
              + JsonValue.quote(text));
    }
    String fraction = m.group(1);
    if (fraction != null && fraction.length() > MAX_FRACTION_DIGITS) {
      throw InvalidInputException.at(
          path,
          "more than 9 fractional digits (instants have nanosecond precision): "
              + JsonValue.quote(text));
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      throw InvalidInputException.at(path, "not a valid instant: " + JsonValue.quote(text));
    }
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

    /** The elements of the array {@code key}; an optional array may be absent or null. */
    List<JsonValue> list(String key, boolean required) {
      Optional<JsonValue> v = required ? Optional.of(required(key)) : optional(key);
      if (v.isEmpty()) {
        return List.of();
      }
      if (v.get() instanceof JArray a) {
        return a.elements();
      }
      throw InvalidInputException.at(path(key), "must be an array, was " + v.get().describe());
    }
  }
}
