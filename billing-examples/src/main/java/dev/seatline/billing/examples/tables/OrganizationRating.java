package dev.seatline.billing.examples.tables;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.correction.CorrectedPeriod;
import dev.seatline.billing.correction.IssuedPeriod;
import dev.seatline.billing.examples.cli.ResultNumbers;
import dev.seatline.billing.examples.cli.ScenarioReader;
import dev.seatline.billing.examples.tables.OrganizationRows.IntervalRows;
import dev.seatline.billing.examples.tables.OrganizationRows.PortRows;
import dev.seatline.billing.examples.tables.OrganizationRows.Problem;
import dev.seatline.billing.examples.tables.OrganizationRows.Sources;
import dev.seatline.billing.examples.tables.OrganizationRows.TextRows;
import dev.seatline.billing.examples.text.IsoInstants;
import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.AccountStatus;
import dev.seatline.billing.model.BillingCalendar;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.ColumnarTimeline;
import dev.seatline.billing.model.Edition;
import dev.seatline.billing.model.Environment;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.Meter;
import dev.seatline.billing.model.MeteredUsage;
import dev.seatline.billing.model.Order;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.Shipment;
import dev.seatline.billing.model.SkuQuantity;
import dev.seatline.billing.model.TierCatalog;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.rating.UserOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Rates one organization's rows of a set of tables ({@code TABLES.md}, <a
 * href="{@docRoot}/index.html#R1">R1</a>-<a href="{@docRoot}/index.html#R17">R17</a>) under a
 * {@link Selection}: builds the same read model as a scenario file ({@link RatingInput} over a
 * {@link ColumnarTimeline} filled in bulk from primitive columns), rates every selected period with
 * the same engine, and gives the output rows, or exactly one error row (the organization's first
 * problem, its path naming table file, line and column, {@code users} for the users as a whole), or
 * nothing to rate.
 *
 * <p>Decisions where the contract is open: users are registered in order of {@code user_id}, and
 * orders, shipments and their items in order of id, so that the order of rows never changes a
 * result (R12); the first problem is looked for table by table in the order of {@link Table}, each
 * table's rows in the order added; tiers are those of the organization's edition (R17); meters are
 * built in order of name, usage records added in the order of the rows, from primitive values
 * (R16); a model path that names no row ({@code prices.seat.PURECLOUD_3} for a missing price) is
 * kept as FORMAT.md writes it.
 *
 * <p>Stateless and thread-safe: one instance may rate many organizations in parallel. Example:
 * {@code OrganizationRating.withDefaults().rate(rows, new Selection.Period(0))}.
 */
public final class OrganizationRating {
  private static final Pattern ELEMENT =
      Pattern.compile("(licenses|addOns|sessions|onQueue|callPorts)\\[(\\d+)\\](?:\\.(\\w+))?");
  private static final Pattern USER = Pattern.compile("users\\[(\\d+)\\](?:\\.(\\w+))?.*");
  private static final Pattern LISTED =
      Pattern.compile(
          "(orders|shipments)\\[(\\d+)\\](?:\\.(\\w+))?(?:\\[(\\d+)\\](?:\\.(\\w+))?)?");
  private static final Pattern USAGE_RECORD = Pattern.compile("usage\\[(\\d+)\\](?:\\.(\\w+))?");
  private static final int MAX_PERIODS = 12 * 200;

  private final BillingEngine engine;

  private OrganizationRating(BillingEngine engine) {
    this.engine = engine;
  }

  /** {@return a rating with the default engine ({@link BillingEngine#withDefaults()})} */
  public static OrganizationRating withDefaults() {
    return new OrganizationRating(BillingEngine.withDefaults());
  }

  /**
   * {@return a rating with {@code engine}}
   *
   * @param engine the engine that rates each period
   */
  public static OrganizationRating of(BillingEngine engine) {
    return new OrganizationRating(requireNonNull(engine, "engine"));
  }

  /**
   * {@return the output of {@code rows} under {@code selection}: the rows of every selected period,
   * or one error row, or nothing to rate}
   *
   * @param rows the organization's rows
   * @param selection what to rate
   */
  public OrganizationOutput rate(OrganizationRows rows, Selection selection) {
    return rate(rows, selection, false);
  }

  /**
   * As {@link #rate(OrganizationRows, Selection)}, dropping the rows' interval and port columns
   * once the timeline holds them (when {@code release}), so that an organization's rows and its
   * timeline are not both held while it is rated; released rows cannot be rated again.
   */
  OrganizationOutput rate(OrganizationRows rows, Selection selection, boolean release) {
    requireNonNull(selection, "selection");
    Loaded loaded;
    try {
      loaded = load(rows, release);
    } catch (InvalidInputException e) {
      return OrganizationOutput.failed(new ErrorRow(rows.orgId(), e.path(), e.problem()));
    }
    return rate(loaded, selection);
  }

  /**
   * {@return the rating input of {@code rows}, the read model a scenario file gives}
   *
   * @param rows the organization's rows
   * @throws InvalidInputException at the table path of the first problem
   */
  public static RatingInput input(OrganizationRows rows) {
    return load(rows, false).input;
  }

  /**
   * {@return every period {@code selection} rates of {@code input}, rated: empty when it has
   * nothing to rate}
   *
   * @param input an organization's rating input, as {@link #input(OrganizationRows)} gives it
   * @param selection what to rate
   * @throws InvalidInputException naming the offending element by its model path
   */
  public List<RatedPeriod> ratePeriods(RatingInput input, Selection selection) {
    List<RatedPeriod> out = new ArrayList<>();
    for (Selected s : periods(input.organization(), selection)) {
      out.add(engine.rate(input, s.index(), s.asOf()));
    }
    return out;
  }

  /** The periods {@code selection} rates of {@code organization}, with their "as of" instant. */
  static List<Selected> periods(Organization organization, Selection selection) {
    BillingCalendar calendar = organization.calendar();
    Optional<Instant> cancelled = organization.cancelledAt();
    List<Selected> out = new ArrayList<>();
    if (selection instanceof Selection.Period p) {
      if (startsBeforeCancellation(calendar.start(p.index()), cancelled)) {
        out.add(new Selected(p.index(), Optional.empty()));
      }
    } else if (selection instanceof Selection.PeriodContaining c) {
      calendar
          .periodContaining(c.instant())
          .filter(period -> startsBeforeCancellation(period.start(), cancelled))
          .ifPresent(period -> out.add(new Selected(period.index(), Optional.empty())));
    } else if (selection instanceof Selection.AsOf a) {
      Optional<BillingPeriod> period = calendar.periodContaining(a.instant());
      if (period.isPresent()
          && (cancelled.isEmpty() || a.instant().isBefore(cancelled.get()))
          && startsBeforeCancellation(period.get().start(), cancelled)) {
        out.add(new Selected(period.get().index(), Optional.of(a.instant())));
      }
    } else if (selection instanceof Selection.ClosedBetween w) {
      // Period n closes at A(n+1), or at the cancellation X in its last period.
      Optional<BillingPeriod> first = calendar.periodContaining(w.from());
      int m = first.map(p -> p.start().equals(w.from()) ? p.index() : p.index() + 1).orElse(1);
      m = Math.max(m, 1);
      for (; m <= BillingCalendar.MAX_INDEX && out.size() < MAX_PERIODS; m++) {
        int n = m - 1;
        Instant start = calendar.start(n);
        if (!startsBeforeCancellation(start, cancelled)) {
          break;
        }
        Instant end = calendar.start(m);
        if (cancelled.isPresent() && !cancelled.get().isAfter(end)) {
          Instant x = cancelled.get();
          if (!x.isBefore(w.from()) && x.isBefore(w.to())) {
            out.add(new Selected(n, Optional.empty()));
          }
          break;
        }
        if (!end.isBefore(w.to())) {
          break;
        }
        out.add(new Selected(n, Optional.empty()));
      }
      if (cancelled.isPresent() && out.isEmpty()) {
        // the cancellation may close a period whose regular end lies after the window
        Optional<BillingPeriod> last = calendar.periodContaining(cancelled.get());
        last.ifPresent(
            p -> {
              Instant x = cancelled.get();
              int n = p.start().equals(x) ? p.index() - 1 : p.index();
              if (n >= 0 && !x.isBefore(w.from()) && x.isBefore(w.to())) {
                out.add(new Selected(n, Optional.empty()));
              }
            });
      }
    }
    return out;
  }

  private static boolean startsBeforeCancellation(Instant start, Optional<Instant> cancelled) {
    return cancelled.isEmpty() || cancelled.get().isAfter(start);
  }

  /** A period to rate and its "as of" instant. */
  record Selected(int index, Optional<Instant> asOf) {}

  private OrganizationOutput rate(Loaded loaded, Selection selection) {
    String orgId = loaded.input.organization().id();
    List<InvoiceRow> invoices = new ArrayList<>();
    List<InvoiceLineRow> lines = new ArrayList<>();
    List<UserOutcomeRow> users = new ArrayList<>();
    List<Selected> periods = periods(loaded.input.organization(), selection);
    try {
      for (Selected s : periods) {
        requireSupportedEnd(loaded, s.index());
        RatedPeriod rated = engine.rate(loaded.input, s.index(), s.asOf());
        rows(rated, invoices, lines, users);
      }
    } catch (InvalidInputException e) {
      return OrganizationOutput.failed(loaded.error(e));
    }
    return new OrganizationOutput(orgId, invoices, lines, users, Optional.empty(), periods.size());
  }

  /**
   * {@return the corrections (R13) of {@code rows} under {@code selection} against what {@code
   * issued} holds for each selected period, issued on the local date of {@code at}: the rows of the
   * CORRECTION invoices, the new ORDER and SHIPMENT invoices and the users' new outcomes, or one
   * error row (also when nothing was issued for a selected period, or the issued rows of the
   * organization are invalid), or nothing to rate}
   */
  OrganizationOutput correct(
      OrganizationRows rows, Selection selection, IssuedTables issued, Instant at) {
    Loaded loaded;
    try {
      loaded = load(rows, true);
    } catch (InvalidInputException e) {
      return OrganizationOutput.failed(new ErrorRow(rows.orgId(), e.path(), e.problem()));
    }
    String orgId = loaded.input.organization().id();
    List<InvoiceRow> invoices = new ArrayList<>();
    List<InvoiceLineRow> lines = new ArrayList<>();
    List<UserOutcomeRow> users = new ArrayList<>();
    List<Selected> periods = periods(loaded.input.organization(), selection);
    for (Selected s : periods) {
      int index = s.index();
      try {
        requireSupportedEnd(loaded, index);
      } catch (InvalidInputException e) {
        return OrganizationOutput.failed(loaded.error(e));
      }
      if (!issued.has(orgId, index)) {
        return OrganizationOutput.failed(
            new ErrorRow(
                orgId,
                IssuedTables.ROOT,
                "nothing issued for period "
                    + index
                    + " in the issued invoices.csv: a correction needs the invoices already"
                    + " issued"));
      }
      IssuedPeriod period;
      CorrectedPeriod corrected;
      try {
        period = issued.period(orgId, index, loaded.input.organization().tiers());
      } catch (InvalidInputException e) {
        return OrganizationOutput.failed(new ErrorRow(orgId, e.path(), e.problem()));
      }
      try {
        corrected = engine.correct(loaded.input, index, List.of(period), at);
      } catch (InvalidInputException e) {
        if (e.path().equals("at")) {
          return OrganizationOutput.failed(new ErrorRow(orgId, "--at", e.problem()));
        }
        if (e.path().startsWith(IssuedTables.ROOT)) {
          InvalidInputException located = issued.located(orgId, index, e);
          return OrganizationOutput.failed(new ErrorRow(orgId, located.path(), located.problem()));
        }
        return OrganizationOutput.failed(loaded.error(e));
      }
      rows(corrected, invoices, lines, users);
    }
    return new OrganizationOutput(orgId, invoices, lines, users, Optional.empty(), periods.size());
  }

  private static void requireSupportedEnd(Loaded loaded, int index) {
    Organization o = loaded.input.organization();
    Instant end = o.calendar().start(index + 1);
    Optional<Instant> x = o.cancelledAt();
    Instant rated = x.isPresent() && x.get().isBefore(end) ? x.get() : end;
    if (rated.isAfter(ScenarioReader.LATEST_PERIOD_END)) {
      throw InvalidInputException.at(
          "organization.contractEffectiveDate",
          "period "
              + index
              + " would end at "
              + rated
              + ", after "
              + ScenarioReader.LATEST_PERIOD_END
              + ", the latest supported period end");
    }
  }

  /** Appends the output rows of {@code rated}. */
  static void rows(
      RatedPeriod rated,
      List<InvoiceRow> invoices,
      List<InvoiceLineRow> lines,
      List<UserOutcomeRow> users) {
    rows(
        rated.organizationId(),
        rated.period().index(),
        rated.currency(),
        rated.invoices(),
        rated::invoiceId,
        rated::lineId,
        rated.users(),
        invoices,
        lines,
        users);
  }

  /** Appends the output rows of {@code corrected}: its invoices and the users' new outcomes. */
  static void rows(
      CorrectedPeriod corrected,
      List<InvoiceRow> invoices,
      List<InvoiceLineRow> lines,
      List<UserOutcomeRow> users) {
    rows(
        corrected.organizationId(),
        corrected.period().index(),
        corrected.currency(),
        corrected.invoices(),
        corrected::invoiceId,
        corrected::lineId,
        corrected.users(),
        invoices,
        lines,
        users);
  }

  private static void rows(
      String org,
      int p,
      BillingCurrency currency,
      List<Invoice> issued,
      Function<Invoice, String> invoiceId,
      BiFunction<Invoice, LineItem, String> lineId,
      List<UserOutcome> outcomes,
      List<InvoiceRow> invoices,
      List<InvoiceLineRow> lines,
      List<UserOutcomeRow> users) {
    for (Invoice invoice : issued) {
      String id = invoiceId.apply(invoice);
      invoices.add(
          new InvoiceRow(
              org,
              p,
              id,
              invoice.kind().name(),
              invoice.ref().orElse(null),
              invoice.issuedOn().toString(),
              invoice.dueOn().toString(),
              currency.name(),
              ResultNumbers.amount(invoice.total()),
              invoice.taxesIncluded()));
      for (LineItem line : invoice.lines()) {
        lines.add(
            new InvoiceLineRow(
                org,
                p,
                id,
                lineId.apply(invoice, line),
                line.code().name(),
                line.item(),
                ResultNumbers.quantity(line),
                ResultNumbers.unitPrice(line),
                ResultNumbers.amount(line.amount()),
                String.join(InvoiceLineRow.EXPLANATION_SEPARATOR, line.explanation())));
      }
    }
    for (UserOutcome u : outcomes) {
      users.add(
          new UserOutcomeRow(
              org,
              p,
              u.userId(),
              u.billed(),
              u.tier().map(LicenseTier::name).orElse(null),
              u.reason().map(r -> r.text()).orElse(null)));
    }
  }

  // ---- loading: rows to the read model ----

  /** The read model of an organization and how to map its model paths back to rows. */
  private static final class Loaded {
    final RatingInput input;
    final PathMap paths;

    Loaded(RatingInput input, PathMap paths) {
      this.input = input;
      this.paths = paths;
    }

    ErrorRow error(InvalidInputException e) {
      return new ErrorRow(input.organization().id(), paths.map(e.path(), e.problem()), e.problem());
    }
  }

  private static Loaded load(OrganizationRows rows, boolean release) {
    if (rows.released()) {
      throw new IllegalStateException("the rows of '" + rows.orgId() + "' were released");
    }
    PathMap paths = new PathMap(rows);
    try {
      return new Loaded(build(rows, paths, release), paths);
    } catch (InvalidInputException e) {
      throw InvalidInputException.at(paths.map(e.path(), e.problem()), e.problem());
    }
  }

  private static RatingInput build(OrganizationRows rows, PathMap paths, boolean release) {
    String orgId = rows.orgId();
    TextRows orgRows = rows.text(Table.ORGANIZATIONS);
    if (orgRows.size() == 0) {
      String where = rows.anyRowPath();
      throw at(
          where == null ? Table.ORGANIZATIONS.fileName() + ".csv" : where,
          "organization " + Values.quote(orgId) + " has no row in organizations.csv");
    }
    if (orgRows.size() > 1) {
      throw at(
          orgRows.sources.path(Table.ORGANIZATIONS, 1, "org_id"),
          "duplicate organization "
              + Values.quote(orgId)
              + ", already at "
              + orgRows.sources.source(Table.ORGANIZATIONS, 0));
    }
    Organization organization = organization(rows, orgRows);
    TierCatalog tiers = organization.tiers();
    PriceBook prices = prices(rows, organization.currency(), tiers);
    ColumnarTimeline columns = timeline(rows, paths, tiers, release);
    List<Order> orders = orders(rows, paths);
    List<Shipment> shipments = shipments(rows, paths);
    MeteredUsage usage = usage(rows, prices);
    return RatingInput.builder(organization, prices)
        .columns(columns)
        .orders(orders)
        .shipments(shipments)
        .usageColumns(usage)
        .build();
  }

  /**
   * The timeline of {@code rows}; the builder is this method's alone, so that its columns can be
   * collected once the timeline is built.
   */
  private static ColumnarTimeline timeline(
      OrganizationRows rows, PathMap paths, TierCatalog tiers, boolean release) {
    ColumnarTimeline.Builder timeline = ColumnarTimeline.builder();
    int[] userOf = users(rows, timeline, paths);
    intervals(rows, timeline, userOf, paths, tiers);
    ports(rows, timeline);
    if (release) {
      rows.releaseColumns();
    }
    return timeline.build();
  }

  private static InvalidInputException at(String path, String problem) {
    return InvalidInputException.at(path, problem);
  }

  private static Organization organization(OrganizationRows rows, TextRows orgRows) {
    Table t = Table.ORGANIZATIONS;
    Row r = new Row(t, orgRows, 0);
    Environment environment =
        Values.enumName(Environment.class, r.required("environment"), r.path("environment"));
    AccountStatus status =
        Values.enumName(AccountStatus.class, r.required("status"), r.path("status"));
    BillingCurrency currency = Values.currency(r.required("currency"), r.path("currency"));
    String licensingName = r.required("licensing");
    LicensingModel licensing =
        Values.enumName(LicensingModel.class, licensingName, r.path("licensing"));
    LocalDate date =
        Values.date(r.required("contract_effective_date"), r.path("contract_effective_date"));
    Organization.Builder b =
        Organization.builder(rows.orgId(), currency, licensing, date)
            .environment(environment)
            .status(status);
    String zone = r.get("time_zone");
    if (zone != null) {
      b.timeZone(Values.zone(zone, r.path("time_zone")));
    }
    String seats = r.get("concurrent_seats_purchased");
    if (seats != null) {
      b.concurrentSeatsPurchased(Values.count(seats, r.path("concurrent_seats_purchased"), 0));
    }
    String cancelled = r.get("cancelled_at");
    if (cancelled != null) {
      b.cancelledAt(Values.instant(cancelled, r.path("cancelled_at")));
    }
    String edition = r.get("edition");
    if (edition != null) {
      b.edition(Values.enumName(Edition.class, edition, r.path("edition")));
    }
    String minimum = r.get("minimum_monthly_amount");
    if (minimum != null) {
      b.minimumMonthlyAmount(Values.decimal(minimum, r.path("minimum_monthly_amount")));
    }
    // Commitments in order of tier name; a tier is looked up in the edition's catalogue by build().
    TextRows commitments = rows.text(Table.COMMITMENTS);
    Map<String, Integer> commitmentRows = new HashMap<>();
    for (int i = 0; i < commitments.size(); i++) {
      Row c = new Row(Table.COMMITMENTS, commitments, i);
      String tier = c.required("tier");
      Integer previous = commitmentRows.putIfAbsent(tier, i);
      if (previous != null) {
        throw at(
            c.path("tier"),
            "duplicate commitment for tier "
                + Values.quote(tier)
                + ", already at "
                + commitments.sources.source(Table.COMMITMENTS, previous));
      }
      b.commitment(tier, Values.count(c.required("seats"), c.path("seats"), 0));
    }
    TextRows addOns = rows.text(Table.ADD_ONS_PURCHASED);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < addOns.size(); i++) {
      Row a = new Row(Table.ADD_ONS_PURCHASED, addOns, i);
      String name = a.required("add_on");
      if (!seen.add(name)) {
        throw at(a.path("add_on"), "duplicate add-on " + Values.quote(name));
      }
      long count = Values.count(a.required("quantity"), a.path("quantity"), 0);
      within(a.path("add_on"), () -> b.addOnLicensesPurchased(name, count));
    }
    try {
      return b.build();
    } catch (InvalidInputException e) {
      if (e.path().startsWith("commitments.")) {
        Integer row = commitmentRows.get(e.path().substring("commitments.".length()));
        if (row != null) {
          Row c = new Row(Table.COMMITMENTS, commitments, row);
          boolean count = e.problem().startsWith("must") || e.problem().contains("count");
          throw at(c.path(count ? "seats" : "tier"), e.problem());
        }
      }
      String key = e.path().isEmpty() ? "org_id" : snake(e.path().replaceFirst("[.\\[].*", ""));
      throw at(r.path(t.columnIndex(key) >= 0 ? key : "org_id"), e.problem());
    }
  }

  private static PriceBook prices(
      OrganizationRows rows, BillingCurrency currency, TierCatalog tiers) {
    TextRows prices = rows.text(Table.PRICES);
    PriceBook.Builder b = PriceBook.builder(currency);
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < prices.size(); i++) {
      Row r = new Row(Table.PRICES, prices, i);
      String kind = r.required("kind");
      PriceKind k = Values.enumName(PriceKind.class, kind, r.path("kind"));
      String item = r.get("item");
      if (k == PriceKind.EXCESS_PORT_HOUR) {
        if (item != null) {
          throw at(r.path("item"), "must be empty for EXCESS_PORT_HOUR, was " + Values.quote(item));
        }
      } else if (item == null) {
        throw at(r.path("item"), "is required for " + kind);
      }
      String key = kind + "/" + (item == null ? "" : item);
      String previous = seen.putIfAbsent(key, r.source().location());
      if (previous != null) {
        throw at(
            r.path(item == null ? "kind" : "item"),
            "duplicate price for "
                + kind
                + (item == null ? "" : " " + Values.quote(item))
                + ", already at "
                + previous);
      }
      BigDecimal price = Values.decimal(r.required("unit_price"), r.path("unit_price"));
      String itemName = item == null ? "" : item;
      String pricePath = r.path("unit_price");
      switch (k) {
        case SEAT -> {
          LicenseTier tier = Values.tier(itemName, r.path("item"), tiers);
          within(pricePath, () -> b.seat(tier, price));
        }
        case COMMITTED_SEAT -> {
          LicenseTier tier = Values.tier(itemName, r.path("item"), tiers);
          within(pricePath, () -> b.committedSeat(tier, price));
        }
        case OVERAGE_SEAT -> {
          LicenseTier tier = Values.tier(itemName, r.path("item"), tiers);
          within(pricePath, () -> b.overageSeat(tier, price));
        }
        case SEAT_HOUR -> {
          LicenseTier tier = Values.tier(itemName, r.path("item"), tiers);
          within(pricePath, () -> b.seatHour(tier, price));
        }
        case ADD_ON -> within(pricePath, () -> b.addOn(itemName, price));
        case EXCESS_PORT_HOUR -> within(pricePath, () -> b.excessPortHour(price));
        case ONE_TIME -> within(pricePath, () -> b.oneTime(itemName, price));
        case HARDWARE -> within(pricePath, () -> b.hardware(itemName, price));
      }
    }
    meters(rows, tiers).forEach(b::meter);
    return b.build();
  }

  /**
   * The meters of {@code meters} with their allowances per seat of {@code meter_allowances} (R16),
   * in order of name; a meter named twice, an allowance of a meter with no meters row and two
   * allowances of one meter and tier are errors.
   */
  private static List<Meter> meters(OrganizationRows rows, TierCatalog tiers) {
    TextRows meters = rows.text(Table.METERS);
    TextRows allowances = rows.text(Table.METER_ALLOWANCES);
    TreeMap<String, Integer> byName = new TreeMap<>();
    for (int i = 0; i < meters.size(); i++) {
      Row r = new Row(Table.METERS, meters, i);
      String name = r.required("meter");
      Integer previous = byName.putIfAbsent(name, i);
      if (previous != null) {
        throw at(
            r.path("meter"),
            "duplicate meter "
                + Values.quote(name)
                + ", already at "
                + meters.sources.source(Table.METERS, previous));
      }
    }
    Map<String, List<Integer>> allowanceRows = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < allowances.size(); i++) {
      Row r = new Row(Table.METER_ALLOWANCES, allowances, i);
      String name = r.required("meter");
      if (!byName.containsKey(name)) {
        throw at(
            r.path("meter"),
            "names meter " + Values.quote(name) + ", which has no row in meters.csv");
      }
      String tier = r.required("tier");
      Integer previous = seen.putIfAbsent(name + "/" + tier, i);
      if (previous != null) {
        throw at(
            r.path("tier"),
            "duplicate allowance of meter "
                + Values.quote(name)
                + " for tier "
                + Values.quote(tier)
                + ", already at "
                + allowances.sources.source(Table.METER_ALLOWANCES, previous));
      }
      allowanceRows.computeIfAbsent(name, x -> new ArrayList<>()).add(i);
    }
    List<Meter> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : byName.entrySet()) {
      Row r = new Row(Table.METERS, meters, e.getValue());
      BigDecimal overage = Values.decimal(r.required("overage"), r.path("overage"));
      Meter.Builder m = meterTerm(r.path("overage"), () -> Meter.builder(e.getKey(), overage));
      String increment = r.get("increment");
      if (increment != null) {
        BigDecimal v = Values.decimal(increment, r.path("increment"));
        meterTerm(r.path("increment"), () -> m.increment(v));
      }
      String perOrganization = r.get("allowance_per_organization");
      if (perOrganization != null) {
        String path = r.path("allowance_per_organization");
        BigDecimal v = Values.decimal(perOrganization, path);
        meterTerm(path, () -> m.allowancePerOrganization(v));
      }
      for (int i : allowanceRows.getOrDefault(e.getKey(), List.of())) {
        Row a = new Row(Table.METER_ALLOWANCES, allowances, i);
        LicenseTier tier = Values.tier(a.required("tier"), a.path("tier"), tiers);
        String path = a.path("allowance_per_seat");
        BigDecimal v = Values.decimal(a.required("allowance_per_seat"), path);
        meterTerm(path, () -> m.allowancePerSeat(tier, v));
      }
      out.add(meterTerm(r.path("meter"), m::build));
    }
    return out;
  }

  /**
   * Runs a step of a meter's builder; its error ({@code name}: the meter) is put at {@code path}.
   */
  private static <T> T meterTerm(String path, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (InvalidInputException e) {
      throw at(
          e.path().equals("name") ? path.replaceFirst(":[a-z_]+$", ":meter") : path, e.problem());
    }
  }

  /**
   * The usage records of {@code usage} in the order of the rows (R16), added to the columnar usage
   * from primitive values: no object per record. A record of a meter with no meters row is an error
   * at its {@code meter}.
   */
  private static MeteredUsage usage(OrganizationRows rows, PriceBook prices) {
    TextRows usage = rows.text(Table.USAGE);
    MeteredUsage.Builder b = MeteredUsage.builder();
    long[] instant = rows.scratch();
    int[] scale = new int[1];
    Map<String, Integer> meterIndex = new HashMap<>();
    for (int i = 0; i < usage.size(); i++) {
      Row r = new Row(Table.USAGE, usage, i);
      String meter = r.required("meter");
      Integer m = meterIndex.get(meter);
      if (m == null) {
        if (!prices.meters().containsKey(meter)) {
          throw at(
              r.path("meter"),
              "names meter " + Values.quote(meter) + ", which has no row in meters.csv");
        }
        m = within(r.path("meter"), () -> b.meter(meter));
        meterIndex.put(meter, m);
      }
      String at = r.required("at");
      IsoInstants.Problem parsed = Values.instantNanos(at, instant);
      if (parsed != null) {
        throw at(r.path("at"), Values.instantProblem(parsed, at));
      }
      String quantityPath = r.path("quantity");
      long unscaled = Values.unscaledDecimal(r.required("quantity"), quantityPath, scale);
      int meterNumber = m;
      long nanos = instant[0];
      within(quantityPath, () -> b.record(meterNumber, nanos, unscaled, scale[0]));
    }
    return b.build();
  }

  /** The price kinds this build rates. */
  enum PriceKind {
    SEAT,
    COMMITTED_SEAT,
    OVERAGE_SEAT,
    SEAT_HOUR,
    ADD_ON,
    EXCESS_PORT_HOUR,
    ONE_TIME,
    HARDWARE
  }

  /**
   * Registers the users in order of id; returns, for each user number of the interval tables, the
   * user's index in the timeline.
   */
  private static int[] users(
      OrganizationRows rows, ColumnarTimeline.Builder timeline, PathMap paths) {
    TextRows users = rows.text(Table.USERS);
    TreeMap<String, Integer> byId = new TreeMap<>();
    for (int i = 0; i < users.size(); i++) {
      Row r = new Row(Table.USERS, users, i);
      String id = r.required("user_id");
      Integer previous = byId.putIfAbsent(id, i);
      if (previous != null) {
        throw at(
            r.path("user_id"),
            "duplicate user "
                + Values.quote(id)
                + ", already at "
                + users.sources.source(Table.USERS, previous));
      }
    }
    int[] rowOfIndex = new int[byId.size()];
    Map<String, Integer> indexOf = new HashMap<>();
    for (Map.Entry<String, Integer> e : byId.entrySet()) {
      Row r = new Row(Table.USERS, users, e.getValue());
      int u;
      try {
        u = timeline.user(e.getKey());
      } catch (InvalidInputException x) {
        throw at(r.path("user_id"), x.problem());
      }
      rowOfIndex[u] = e.getValue();
      indexOf.put(e.getKey(), u);
      String deleted = r.get("deleted_at");
      if (deleted != null) {
        Instant d = Values.instant(deleted, r.path("deleted_at"));
        try {
          timeline.deletedAt(u, d);
        } catch (InvalidInputException x) {
          throw at(r.path("deleted_at"), x.problem());
        }
      }
    }
    paths.userRows = rowOfIndex;
    List<String> names = rows.userNames();
    int[] userOf = new int[names.size()];
    for (int n = 0; n < names.size(); n++) {
      Integer u = indexOf.get(names.get(n));
      userOf[n] = u == null ? -1 : u;
    }
    return userOf;
  }

  private static final Table[] INTERVAL_TABLES = {
    Table.LICENSES, Table.ADD_ONS, Table.SESSIONS, Table.ON_QUEUE
  };

  private static void intervals(
      OrganizationRows rows,
      ColumnarTimeline.Builder timeline,
      int[] userOf,
      PathMap paths,
      TierCatalog tiers) {
    // First problem of each table in table order: unparsable values, then users without a row.
    for (Table t : INTERVAL_TABLES) {
      IntervalRows r = rows.intervals(t);
      if (r == null) {
        continue;
      }
      Problem p = r.problem;
      int firstOrphan = -1;
      for (int i = 0; i < r.size && firstOrphan < 0; i++) {
        if (r.user[i] >= 0 && userOf[r.user[i]] < 0) {
          firstOrphan = i;
        }
      }
      if (p != null && (firstOrphan < 0 || p.row() < firstOrphan)) {
        throw at(r.sources.path(t, p.row(), p.column()), p.message());
      }
      if (firstOrphan >= 0) {
        throw at(
            r.sources.path(t, firstOrphan, "user_id"),
            "user "
                + Values.quote(rows.userNames().get(r.user[firstOrphan]))
                + " has no row in users.csv for organization "
                + Values.quote(rows.orgId()));
      }
    }
    for (Table t : INTERVAL_TABLES) {
      IntervalRows r = rows.intervals(t);
      if (r != null) {
        feed(t, r, timeline, userOf, paths, tiers);
      }
    }
  }

  /** Adds one interval table in bulk, one label at a time; records each element's row. */
  private static void feed(
      Table t,
      IntervalRows r,
      ColumnarTimeline.Builder timeline,
      int[] userOf,
      PathMap paths,
      TierCatalog tiers) {
    int labels = t == Table.ON_QUEUE ? 1 : r.labels.size();
    if (labels == 1) {
      // One label: the columns go to the builder as they are, only the users renumbered.
      int[] users = new int[r.size];
      for (int i = 0; i < r.size; i++) {
        users[i] = userOf[r.user[i]];
      }
      paths.elements.put(t, null);
      add(
          t,
          r,
          timeline,
          r.labels.isEmpty() ? "" : r.labels.get(0),
          0,
          users,
          r.from,
          r.to,
          r.size,
          tiers);
      return;
    }
    int[] order = new int[r.size];
    int[] users = new int[r.size];
    long[] from = new long[r.size];
    long[] to = new long[r.size];
    int k = 0;
    // Labels in order of name, so that rows of one user starting at one instant are stored in
    // the same order whatever the order of the rows (R12).
    Integer[] byName = new Integer[labels];
    for (int l = 0; l < labels; l++) {
      byName[l] = l;
    }
    java.util.Arrays.sort(byName, Comparator.comparing(r.labels::get));
    for (int n0 = 0; n0 < labels; n0++) {
      int l = byName[n0];
      int start = k;
      for (int i = 0; i < r.size; i++) {
        if (r.label[i] == l) {
          order[k] = i;
          users[k] = userOf[r.user[i]];
          from[k] = r.from[i];
          to[k] = r.to[i];
          k++;
        }
      }
      int n = k - start;
      int[] u = slice(users, start, n);
      long[] f = slice(from, start, n);
      long[] e = slice(to, start, n);
      paths.elements.put(t, order);
      String label = t == Table.ON_QUEUE ? "" : r.labels.get(l);
      add(t, r, timeline, label, n == 0 ? 0 : order[start], u, f, e, n, tiers);
    }
  }

  private static void add(
      Table t,
      IntervalRows r,
      ColumnarTimeline.Builder timeline,
      String label,
      int firstRow,
      int[] u,
      long[] f,
      long[] e,
      int n,
      TierCatalog tiers) {
    switch (t) {
      case LICENSES -> {
        LicenseTier tier = Values.tier(label, r.sources.path(t, firstRow, "tier"), tiers);
        timeline.licenses(tier, u, f, e, n, TimeUnit.NANOSECONDS);
      }
      case ADD_ONS -> timeline.addOns(label, u, f, e, n, TimeUnit.NANOSECONDS);
      case SESSIONS -> {
        Channel channel =
            Values.enumName(Channel.class, label, r.sources.path(t, firstRow, "channel"));
        timeline.sessions(channel, u, f, e, n, TimeUnit.NANOSECONDS);
      }
      default -> timeline.onQueue(u, f, e, n, TimeUnit.NANOSECONDS);
    }
  }

  private static int[] slice(int[] a, int start, int n) {
    if (start == 0 && n == a.length) {
      return a;
    }
    int[] s = new int[n];
    System.arraycopy(a, start, s, 0, n);
    return s;
  }

  private static long[] slice(long[] a, int start, int n) {
    if (start == 0 && n == a.length) {
      return a;
    }
    long[] s = new long[n];
    System.arraycopy(a, start, s, 0, n);
    return s;
  }

  private static void ports(OrganizationRows rows, ColumnarTimeline.Builder timeline) {
    PortRows p = rows.ports();
    if (p.problem != null) {
      throw at(
          p.sources.path(Table.CALL_PORTS, p.problem.row(), p.problem.column()),
          p.problem.message());
    }
    long[] at = java.util.Arrays.copyOf(p.at, p.size);
    long[] calls = java.util.Arrays.copyOf(p.calls, p.size);
    timeline.callPorts(at, calls, TimeUnit.NANOSECONDS);
  }

  private static List<Order> orders(OrganizationRows rows, PathMap paths) {
    TextRows orders = rows.text(Table.ORDERS);
    TextRows items = rows.text(Table.ORDER_ITEMS);
    TreeMap<String, Integer> byId = new TreeMap<>();
    for (int i = 0; i < orders.size(); i++) {
      Row r = new Row(Table.ORDERS, orders, i);
      String id = r.required("order_id");
      Integer previous = byId.putIfAbsent(id, i);
      if (previous != null) {
        throw at(
            r.path("order_id"),
            "duplicate order "
                + Values.quote(id)
                + ", already at "
                + orders.sources.source(Table.ORDERS, previous));
      }
    }
    Map<String, List<Integer>> itemRows = itemsById(items, Table.ORDER_ITEMS, "order_id", byId);
    List<Order> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : byId.entrySet()) {
      Row r = new Row(Table.ORDERS, orders, e.getValue());
      Instant placed = Values.instant(r.required("placed_at"), r.path("placed_at"));
      List<Integer> mine = itemRows.getOrDefault(e.getKey(), List.of());
      List<SkuQuantity> skus = skus(items, Table.ORDER_ITEMS, mine);
      paths.orderRows.add(e.getValue());
      paths.orderItemRows.add(mine);
      out.add(within(r.path("order_id"), () -> new Order(e.getKey(), placed, skus)));
    }
    return out;
  }

  private static List<Shipment> shipments(OrganizationRows rows, PathMap paths) {
    TextRows shipments = rows.text(Table.SHIPMENTS);
    TextRows items = rows.text(Table.SHIPMENT_ITEMS);
    TreeMap<String, Integer> byId = new TreeMap<>();
    for (int i = 0; i < shipments.size(); i++) {
      Row r = new Row(Table.SHIPMENTS, shipments, i);
      String id = r.required("shipment_id");
      Integer previous = byId.putIfAbsent(id, i);
      if (previous != null) {
        throw at(
            r.path("shipment_id"),
            "duplicate shipment "
                + Values.quote(id)
                + ", already at "
                + shipments.sources.source(Table.SHIPMENTS, previous));
      }
    }
    Map<String, List<Integer>> itemRows =
        itemsById(items, Table.SHIPMENT_ITEMS, "shipment_id", byId);
    List<Shipment> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : byId.entrySet()) {
      Row r = new Row(Table.SHIPMENTS, shipments, e.getValue());
      String orderId = r.required("order_id");
      Instant shipped = Values.instant(r.required("shipped_at"), r.path("shipped_at"));
      List<Integer> mine = itemRows.getOrDefault(e.getKey(), List.of());
      List<SkuQuantity> skus = skus(items, Table.SHIPMENT_ITEMS, mine);
      paths.shipmentRows.add(e.getValue());
      paths.shipmentItemRows.add(mine);
      out.add(
          within(r.path("shipment_id"), () -> new Shipment(e.getKey(), orderId, shipped, skus)));
    }
    return out;
  }

  /** The rows of an items table by the id they belong to; an item of no such id is an error. */
  private static Map<String, List<Integer>> itemsById(
      TextRows items, Table table, String idColumn, Map<String, Integer> ids) {
    Map<String, List<Integer>> out = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Row r = new Row(table, items, i);
      String id = r.required(idColumn);
      if (!ids.containsKey(id)) {
        String parent = table == Table.ORDER_ITEMS ? "orders" : "shipments";
        throw at(
            r.path(idColumn),
            "names " + Values.quote(id) + ", which has no row in " + parent + ".csv");
      }
      out.computeIfAbsent(id, x -> new ArrayList<>()).add(i);
    }
    for (List<Integer> list : out.values()) {
      list.sort(
          Comparator.comparing((Integer i) -> requireNonNull(items.values.get(i)[2]))
              .thenComparing(i -> String.valueOf(items.values.get(i)[3])));
    }
    return out;
  }

  private static List<SkuQuantity> skus(TextRows items, Table table, List<Integer> rows) {
    List<SkuQuantity> out = new ArrayList<>();
    for (int i : rows) {
      Row r = new Row(table, items, i);
      String sku = r.required("sku");
      long quantity = Values.count(r.required("quantity"), r.path("quantity"), 1);
      out.add(within(r.path("sku"), () -> new SkuQuantity(sku, quantity)));
    }
    return out;
  }

  /** Runs {@code build}; a model error it throws is put at the table path {@code path}. */
  private static <T> T within(String path, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidInputException e) {
      throw at(path, e.problem());
    }
  }

  /** {@code camelCase} as {@code camel_case}. */
  static String snake(String camel) {
    StringBuilder b = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        b.append('_').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** A text row of a table, its values by column name. */
  private static final class Row {
    private final Table table;
    private final @Nullable String[] values;
    private final Sources sources;
    private final int index;

    Row(Table table, TextRows rows, int index) {
      this.table = table;
      this.values = rows.values.get(index);
      this.sources = rows.sources;
      this.index = index;
    }

    @Nullable String get(String column) {
      return values[table.columnIndex(column)];
    }

    String required(String column) {
      String v = get(column);
      if (v == null) {
        throw at(path(column), "is required");
      }
      return v;
    }

    RowSource source() {
      return sources.source(table, index);
    }

    String path(String column) {
      return sources.path(table, index, column);
    }
  }

  /** Maps the model's paths ({@code onQueue[12].from}, {@code users[3]}) back to table rows. */
  private static final class PathMap {
    private final OrganizationRows rows;

    /** For each interval table, the row of each element in the order fed; null: the same. */
    final Map<Table, int @Nullable []> elements = new java.util.EnumMap<>(Table.class);

    int[] userRows = new int[0];
    final List<Integer> orderRows = new ArrayList<>();
    final List<List<Integer>> orderItemRows = new ArrayList<>();
    final List<Integer> shipmentRows = new ArrayList<>();
    final List<List<Integer>> shipmentItemRows = new ArrayList<>();

    PathMap(OrganizationRows rows) {
      this.rows = rows;
    }

    String map(String modelPath, String problem) {
      if (modelPath.contains(".csv")) {
        return modelPath;
      }
      Matcher m = ELEMENT.matcher(modelPath);
      if (m.matches()) {
        Table t = elementTable(m.group(1));
        int k = Integer.parseInt(m.group(2));
        String key = m.group(3);
        String column =
            key == null
                ? (t == Table.CALL_PORTS ? "at" : "to")
                : t == Table.CALL_PORTS && key.equals("at") ? "at" : snake(key);
        int[] order = elements.get(t);
        if (t == Table.CALL_PORTS) {
          return rows.ports().sources.path(t, k, column);
        }
        IntervalRows r = rows.intervals(t);
        if (r != null && k < r.size) {
          if (key == null && !problem.startsWith("'to'")) {
            column = "from"; // a session at or after its user's deletion
          }
          return r.sources.path(t, order == null ? k : order[k], column);
        }
        return modelPath;
      }
      Matcher q = USAGE_RECORD.matcher(modelPath);
      if (q.matches()) {
        int i = Integer.parseInt(q.group(1));
        String key = q.group(2);
        TextRows usage = rows.text(Table.USAGE);
        if (i < usage.size()) {
          return usage.sources.path(Table.USAGE, i, key == null ? "meter" : key);
        }
        return modelPath;
      }
      Matcher u = USER.matcher(modelPath);
      if (u.matches()) {
        int i = Integer.parseInt(u.group(1));
        String key = u.group(2);
        if (i < userRows.length) {
          String column = key == null || key.equals("id") ? "user_id" : snake(key);
          return rows.text(Table.USERS).sources.path(Table.USERS, userRows[i], column);
        }
        return modelPath;
      }
      Matcher l = LISTED.matcher(modelPath);
      if (l.matches()) {
        boolean orders = l.group(1).equals("orders");
        int i = Integer.parseInt(l.group(2));
        List<Integer> parents = orders ? orderRows : shipmentRows;
        if (i >= parents.size()) {
          return modelPath;
        }
        Table t = orders ? Table.ORDERS : Table.SHIPMENTS;
        if (l.group(4) != null) {
          List<Integer> items = (orders ? orderItemRows : shipmentItemRows).get(i);
          int j = Integer.parseInt(l.group(4));
          Table it = orders ? Table.ORDER_ITEMS : Table.SHIPMENT_ITEMS;
          String key = l.group(5);
          if (j < items.size()) {
            return rows.text(it).sources.path(it, items.get(j), key == null ? "sku" : snake(key));
          }
        }
        String key = l.group(3);
        String column =
            key == null || key.equals("id") ? (orders ? "order_id" : "shipment_id") : snake(key);
        if (t.columnIndex(column) < 0) {
          column = orders ? "order_id" : "shipment_id";
        }
        return rows.text(t).sources.path(t, parents.get(i), column);
      }
      if (modelPath.startsWith("organization.") || modelPath.equals("organization")) {
        String key = modelPath.equals("organization") ? "org_id" : snake(modelPath.substring(13));
        Table t = Table.ORGANIZATIONS;
        return rows.text(t).sources.path(t, 0, t.columnIndex(key) >= 0 ? key : "org_id");
      }
      return modelPath.isEmpty() ? "$" : modelPath;
    }

    private static Table elementTable(String name) {
      return switch (name) {
        case "licenses" -> Table.LICENSES;
        case "addOns" -> Table.ADD_ONS;
        case "sessions" -> Table.SESSIONS;
        case "onQueue" -> Table.ON_QUEUE;
        default -> Table.CALL_PORTS;
      };
    }
  }
}
