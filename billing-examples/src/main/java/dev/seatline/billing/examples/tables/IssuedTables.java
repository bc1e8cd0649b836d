package dev.seatline.billing.examples.tables;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.correction.IssuedInvoice;
import dev.seatline.billing.correction.IssuedLine;
import dev.seatline.billing.correction.IssuedPeriod;
import dev.seatline.billing.correction.IssuedUser;
import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.InvoiceKind;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.TierCatalog;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.money.Money;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The output tables of an earlier run ({@code invoices.csv}, {@code invoice_lines.csv}, {@code
 * user_outcomes.csv} as {@link TablesRun} writes them) read back as what was issued (<a
 * href="{@docRoot}/index.html#R13">R13</a>): one {@link IssuedPeriod} per organization and period.
 *
 * <p>A row that cannot be read as a row of its table (a missing table or column, an unknown column,
 * a malformed line, no {@code org_id}, a {@code period_index} that is not a whole number) is an
 * {@link InvalidTablesException} naming the file and line, for the whole run. A value that is
 * invalid (an unknown kind, a total that is not the sum of its lines, a line of no invoice) is an
 * {@link InvalidInputException} of that organization only, at {@code issued/FILE:LINE:COLUMN}.
 *
 * <p>Every row is held in memory. Immutable once read. Example: {@code IssuedTables.read(dir)
 * .period("acme-prod", 0, tiers)}.
 */
final class IssuedTables {
  /** The root of the paths of an organization's invalid issued rows. */
  static final String ROOT = "issued";

  private static final Layout INVOICES = new Layout("invoices", InvoiceRow.COLUMNS, Set.of("ref"));
  private static final Layout LINES = new Layout("invoice_lines", InvoiceLineRow.COLUMNS, Set.of());
  private static final Layout USERS =
      new Layout("user_outcomes", UserOutcomeRow.COLUMNS, Set.of("tier", "reason"));
  private static final Pattern SEPARATOR =
      Pattern.compile(Pattern.quote(InvoiceLineRow.EXPLANATION_SEPARATOR));
  private static final Pattern ISSUED_PATH =
      Pattern.compile(
          "issued\\[0\\]\\.invoices\\[(\\d+)\\](?:\\.lines\\[(\\d+)\\])?(?:\\.(\\w+))?");

  /** An output table's columns, all required but {@code optional}. */
  private record Layout(String fileName, List<String> columns, Set<String> optional)
      implements CsvLayout {
    @Override
    public boolean required(String column) {
      return columns.contains(column) && !optional.contains(column);
    }

    @Override
    public int columnIndex(String column) {
      return columns.indexOf(column);
    }
  }

  /** One row: its line and values in column order. */
  private static final class Row {
    final long line;
    final @Nullable String[] values;

    Row(long line, @Nullable String[] values) {
      this.line = line;
      this.values = Arrays.copyOf(values, values.length);
    }
  }

  /** The rows of one organization's one period. */
  private static final class Rows {
    final List<Row> invoices = new ArrayList<>();
    final List<Row> lines = new ArrayList<>();
    final List<Row> users = new ArrayList<>();
  }

  /** An organization and a period. */
  private record Key(String orgId, int periodIndex) {}

  private final Map<Key, Rows> rows;

  private IssuedTables(Map<Key, Rows> rows) {
    this.rows = rows;
  }

  /**
   * {@return the output tables in {@code dir}}
   *
   * @param dir a directory holding invoices.csv, invoice_lines.csv and user_outcomes.csv
   * @throws InvalidTablesException for a missing table or a row that cannot be read
   */
  static IssuedTables read(Path dir) {
    Map<Key, Rows> rows = new HashMap<>();
    for (Layout layout : List.of(INVOICES, LINES, USERS)) {
      String name = layout.fileName() + ".csv";
      Path file = dir.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw new InvalidTablesException(
            ROOT + "/" + name, "missing output table of the issued run in " + dir);
      }
      CsvTableReader.read(
          file,
          layout,
          (line, v) -> {
            String index = v[1];
            long p = index == null ? -1 : Values.countOrMinus(index);
            if (p < 0 || p > Integer.MAX_VALUE) {
              throw new InvalidTablesException(
                  ROOT + "/" + name + ":" + line + ":period_index",
                  "must be a whole number from 0, was " + Values.quote(String.valueOf(index)));
            }
            Rows r = rows.computeIfAbsent(new Key(requireNonNull(v[0]), (int) p), k -> new Rows());
            Row row = new Row(line, v);
            if (layout.equals(INVOICES)) {
              r.invoices.add(row);
            } else if (layout.equals(LINES)) {
              r.lines.add(row);
            } else {
              r.users.add(row);
            }
          });
    }
    return new IssuedTables(rows);
  }

  /**
   * {@return whether any invoice was issued for period {@code periodIndex} of {@code orgId}}
   *
   * @param orgId the organization
   * @param periodIndex the period
   */
  boolean has(String orgId, int periodIndex) {
    Rows r = rows.get(new Key(orgId, periodIndex));
    return r != null && !r.invoices.isEmpty();
  }

  /**
   * {@return what was issued for period {@code periodIndex} of {@code orgId}, its tiers those of
   * {@code tiers}}
   *
   * @param orgId the organization, one that {@link #has} issued rows for the period
   * @param periodIndex the period
   * @param tiers the organization's tiers
   * @throws InvalidInputException at {@code issued/FILE:LINE:COLUMN} for an invalid value
   */
  IssuedPeriod period(String orgId, int periodIndex, TierCatalog tiers) {
    Rows r = requireNonNull(rows.get(new Key(orgId, periodIndex)), "no issued rows");
    BillingCurrency currency = null;
    Map<String, List<IssuedLine>> linesById = new LinkedHashMap<>();
    Map<String, Row> invoiceRows = new LinkedHashMap<>();
    for (Row row : r.invoices) {
      BillingCurrency c =
          Values.currency(value(row, INVOICES, "currency"), path(row, INVOICES, "currency"));
      if (currency != null && c != currency) {
        throw InvalidInputException.at(
            path(row, INVOICES, "currency"), c + " differs from the period's currency " + currency);
      }
      currency = c;
      String id = value(row, INVOICES, "invoice_id");
      if (invoiceRows.put(id, row) != null) {
        throw InvalidInputException.at(
            path(row, INVOICES, "invoice_id"), Values.quote(id) + " is given twice");
      }
      linesById.put(id, new ArrayList<>());
    }
    BillingCurrency cur = requireNonNull(currency);
    for (Row row : r.lines) {
      String invoiceId = value(row, LINES, "invoice_id");
      List<IssuedLine> list = linesById.get(invoiceId);
      if (list == null) {
        throw InvalidInputException.at(
            path(row, LINES, "invoice_id"),
            "no invoice " + Values.quote(invoiceId) + " of this period in invoices.csv");
      }
      list.add(line(row, cur));
    }
    List<IssuedInvoice> invoices = new ArrayList<>();
    for (Map.Entry<String, Row> e : invoiceRows.entrySet()) {
      invoices.add(invoice(e.getValue(), requireNonNull(linesById.get(e.getKey())), cur));
    }
    List<IssuedUser> users = new ArrayList<>();
    for (Row row : r.users) {
      users.add(user(row, tiers));
    }
    return new IssuedPeriod(orgId, periodIndex, cur, invoices, users);
  }

  /**
   * {@return {@code e}, an error a correction found in {@code period(orgId, periodIndex, ...)}, at
   * the file, line and column of the offending row} Paths other than {@code issued[0].invoices[j]
   * ...} stay as they are.
   */
  InvalidInputException located(String orgId, int periodIndex, InvalidInputException e) {
    Matcher m = ISSUED_PATH.matcher(e.path());
    Rows r = rows.get(new Key(orgId, periodIndex));
    if (!m.matches() || r == null) {
      return e;
    }
    int j = Integer.parseInt(m.group(1));
    if (j >= r.invoices.size()) {
      return e;
    }
    Row invoice = r.invoices.get(j);
    String column = m.group(3);
    if (m.group(2) == null) {
      return InvalidInputException.at(
          path(
              invoice,
              INVOICES,
              column == null || column.equals("id")
                  ? "invoice_id"
                  : OrganizationRating.snake(column)),
          e.problem());
    }
    String id = value(invoice, INVOICES, "invoice_id");
    int k = Integer.parseInt(m.group(2));
    int seen = 0;
    for (Row line : r.lines) {
      if (id.equals(line.values[2]) && seen++ == k) {
        return InvalidInputException.at(
            path(
                line,
                LINES,
                column == null || column.equals("id")
                    ? "line_id"
                    : OrganizationRating.snake(column)),
            e.problem());
      }
    }
    return e;
  }

  private static IssuedInvoice invoice(Row row, List<IssuedLine> lines, BillingCurrency currency) {
    String id = value(row, INVOICES, "invoice_id");
    InvoiceKind kind =
        Values.enumName(
            InvoiceKind.class, value(row, INVOICES, "kind"), path(row, INVOICES, "kind"));
    Optional<String> ref = Optional.ofNullable(row.values[INVOICES.columnIndex("ref")]);
    if (ref.isPresent() != kind.hasRef()) {
      throw InvalidInputException.at(
          path(row, INVOICES, "ref"),
          kind.hasRef()
              ? "is required for a " + kind + " invoice"
              : "must be empty for a " + kind + " invoice");
    }
    LocalDate issuedOn =
        Values.date(value(row, INVOICES, "issued_on"), path(row, INVOICES, "issued_on"));
    LocalDate dueOn = Values.date(value(row, INVOICES, "due_on"), path(row, INVOICES, "due_on"));
    if (!dueOn.equals(issuedOn.plusDays(Invoice.PAYMENT_TERM_DAYS))) {
      throw InvalidInputException.at(
          path(row, INVOICES, "due_on"),
          dueOn + " is not 30 days after the issue date " + issuedOn + " (net 30, R9)");
    }
    if (!value(row, INVOICES, "taxes_included").equals("false")) {
      throw InvalidInputException.at(
          path(row, INVOICES, "taxes_included"),
          "must be false (amounts never include taxes, R10)");
    }
    Money total = money(row, INVOICES, "total", currency);
    Money sum = Money.zero(currency);
    for (IssuedLine line : lines) {
      sum = sum.plus(line.amount());
    }
    if (!sum.equals(total)) {
      throw InvalidInputException.at(
          path(row, INVOICES, "total"),
          total.amount().toPlainString()
              + " is not the sum of the invoice's lines "
              + sum.amount().toPlainString());
    }
    return new IssuedInvoice(id, kind, ref, issuedOn, lines, total);
  }

  private static IssuedLine line(Row row, BillingCurrency currency) {
    String codeName = value(row, LINES, "code");
    LineCode code;
    try {
      code = LineCode.custom(codeName);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.at(path(row, LINES, "code"), String.valueOf(e.getMessage()));
    }
    return new IssuedLine(
        value(row, LINES, "line_id"),
        code,
        value(row, LINES, "item"),
        Values.decimal(value(row, LINES, "quantity"), path(row, LINES, "quantity")),
        Values.decimal(value(row, LINES, "unit_price"), path(row, LINES, "unit_price")),
        money(row, LINES, "amount", currency),
        List.of(SEPARATOR.split(value(row, LINES, "explanation"), -1)),
        Optional.empty());
  }

  private static IssuedUser user(Row row, TierCatalog tiers) {
    String billed = value(row, USERS, "billed");
    if (!billed.equals("true") && !billed.equals("false")) {
      throw InvalidInputException.at(
          path(row, USERS, "billed"), "must be true or false, was " + Values.quote(billed));
    }
    @Nullable String tierName = row.values[USERS.columnIndex("tier")];
    if ((tierName != null) != billed.equals("true")) {
      throw InvalidInputException.at(
          path(row, USERS, "tier"),
          tierName == null
              ? "is required for a billed user"
              : "must be empty for a user not billed");
    }
    Optional<LicenseTier> tier =
        tierName == null
            ? Optional.empty()
            : Optional.of(Values.tier(tierName, path(row, USERS, "tier"), tiers));
    return new IssuedUser(value(row, USERS, "user_id"), tier);
  }

  private static Money money(Row row, Layout layout, String column, BillingCurrency currency) {
    BigDecimal amount = Values.decimal(value(row, layout, column), path(row, layout, column));
    try {
      return Money.of(currency, amount);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.at(path(row, layout, column), String.valueOf(e.getMessage()));
    }
  }

  /** The required value of {@code column}. */
  private static String value(Row row, Layout layout, String column) {
    @Nullable String v = row.values[layout.columnIndex(column)];
    if (v == null) {
      throw InvalidInputException.at(path(row, layout, column), "is required");
    }
    return v;
  }

  private static String path(Row row, Layout layout, String column) {
    return ROOT + "/" + layout.fileName() + ".csv:" + row.line + ":" + column;
  }
}
