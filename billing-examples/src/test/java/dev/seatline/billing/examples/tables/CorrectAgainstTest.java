package dev.seatline.billing.examples.tables;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.correction.CorrectedPeriod;
import dev.seatline.billing.correction.IssuedInvoice;
import dev.seatline.billing.correction.IssuedLine;
import dev.seatline.billing.correction.IssuedPeriod;
import dev.seatline.billing.model.RatingInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tables form of corrections (R13): {@link TablesRun#correct}. */
class CorrectAgainstTest {
  private static final BillingEngine ENGINE = BillingEngine.withDefaults();
  private static final Selection PERIOD = new Selection.Period(0);
  // Long after period 0 of every generated organization has closed.
  private static final Instant AT = Instant.parse("2099-06-01T12:00:00Z");
  private static final Table[] USER_TABLES = {
    Table.USERS, Table.LICENSES, Table.ADD_ONS, Table.SESSIONS, Table.ON_QUEUE
  };

  @TempDir Path temp;

  /** {@code rows} with a late user: a copy, under a new id, of the user of the first licence. */
  private static Map<Table, List<@Nullable String[]>> withLateUser(
      Map<Table, List<@Nullable String[]>> rows) {
    String user = requireUser(rows);
    for (Table t : USER_TABLES) {
      List<@Nullable String[]> list = rows.get(t);
      if (list == null) {
        continue;
      }
      List<@Nullable String[]> copies = new ArrayList<>();
      for (@Nullable String[] row : list) {
        if (user.equals(row[1])) {
          @Nullable String[] copy = Arrays.copyOf(row, row.length);
          copy[1] = user + "-late";
          copies.add(copy);
        }
      }
      list.addAll(copies);
    }
    return rows;
  }

  private static String requireUser(Map<Table, List<@Nullable String[]>> rows) {
    List<@Nullable String[]> licenses = rows.getOrDefault(Table.LICENSES, List.of());
    return licenses.isEmpty() ? "" : String.valueOf(licenses.get(0)[1]);
  }

  private static OrganizationRows organizationRows(
      String orgId, Map<Table, List<@Nullable String[]>> rows) {
    OrganizationRows out = new OrganizationRows(orgId);
    rows.forEach(
        (table, list) -> {
          for (int i = 0; i < list.size(); i++) {
            out.add(table, RowSource.csv(table, i + 2L), list.get(i));
          }
        });
    return out;
  }

  /** The expected rows: the value model's correction of {@code late} against {@code issued}. */
  private static OrganizationOutput corrected(RatingInput issued, RatingInput late) {
    List<InvoiceRow> invoices = new ArrayList<>();
    List<InvoiceLineRow> lines = new ArrayList<>();
    List<UserOutcomeRow> users = new ArrayList<>();
    List<OrganizationRating.Selected> periods =
        OrganizationRating.periods(late.organization(), PERIOD);
    for (OrganizationRating.Selected s : periods) {
      IssuedPeriod before = asText(IssuedPeriod.of(ENGINE.rate(issued, s.index())));
      CorrectedPeriod c = ENGINE.correct(late, s.index(), List.of(before), AT);
      OrganizationRating.rows(c, invoices, lines, users);
    }
    return new OrganizationOutput(
        late.organization().id(), invoices, lines, users, java.util.Optional.empty(), 0);
  }

  /**
   * {@code period} as any text form holds it: every line without its typed evidence, so that a
   * correction quotes the issued explanation, as it does for the result JSON.
   */
  private static IssuedPeriod asText(IssuedPeriod period) {
    List<IssuedInvoice> invoices = new ArrayList<>();
    for (IssuedInvoice i : period.invoices()) {
      List<IssuedLine> lines = new ArrayList<>();
      for (IssuedLine l : i.lines()) {
        lines.add(
            new IssuedLine(
                l.id(),
                l.code(),
                l.item(),
                l.quantity(),
                l.unitPrice(),
                l.amount(),
                l.explanation(),
                java.util.Optional.empty()));
      }
      invoices.add(new IssuedInvoice(i.id(), i.kind(), i.ref(), i.issuedOn(), lines, i.total()));
    }
    return new IssuedPeriod(
        period.organizationId(), period.periodIndex(), period.currency(), invoices, period.users());
  }

  private static List<List<String>> body(Path file) throws IOException {
    List<List<String>> rows = TablesRunTest.readCsv(file);
    return rows.subList(1, rows.size());
  }

  private static <R> List<List<String>> text(
      List<R> rows, java.util.function.Function<R, List<@Nullable String>> values) {
    List<List<String>> all = TablesRunTest.expected(List.of(), rows, values);
    return all.subList(1, all.size());
  }

  @Test
  void lateDataGetsTheValueModelsCorrectionsAndUnchangedOrganizationsNoInvoice()
      throws IOException {
    List<RatingInput> inputs = TablesRunTest.organizations(10, 61);
    Path first = Files.createDirectories(temp.resolve("first"));
    TableFixtures.writeCsv(first, inputs, 3);
    Path issued = temp.resolve("issued");
    TablesRun.run(first, issued, PERIOD, TablesRun.Settings.defaults().withThreads(1));

    // Late users for org-01, org-04 and org-07 (when they have a licence to copy).
    List<Map<Table, List<@Nullable String[]>>> sets = new ArrayList<>();
    List<RatingInput> late = new ArrayList<>();
    List<Boolean> changed = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Map<Table, List<@Nullable String[]>> rows = TableFixtures.rows(inputs.get(i));
      if (i % 3 == 1 && !requireUser(rows).isEmpty()) {
        rows = withLateUser(rows);
        changed.add(true);
        late.add(
            OrganizationRating.input(organizationRows(inputs.get(i).organization().id(), rows)));
      } else {
        late.add(inputs.get(i));
        changed.add(false);
      }
      sets.add(rows);
    }
    Path second = Files.createDirectories(temp.resolve("second"));
    TableFixtures.writeRows(second, sets, 9);

    // Broken issued rows for org-02: its first invoice's total no longer the sum of its lines.
    Path invoicesCsv = issued.resolve("invoices.csv");
    List<String> invoiceLines = Files.readAllLines(invoicesCsv, UTF_8);
    int broken = -1;
    for (int n = 1; n < invoiceLines.size(); n++) {
      if (invoiceLines.get(n).startsWith("org-02,")) {
        String[] f = invoiceLines.get(n).split(",", -1);
        f[8] = "987654";
        invoiceLines.set(n, String.join(",", f));
        broken = n + 1; // the header is line 1
        break;
      }
    }
    assertThat(broken).as("org-02 has an issued invoice").isPositive();
    Files.write(invoicesCsv, invoiceLines, UTF_8);
    // Nothing issued for org-05: its rows dropped from every issued table.
    for (String name : List.of("invoices.csv", "invoice_lines.csv", "user_outcomes.csv")) {
      Path f = issued.resolve(name);
      List<String> kept =
          Files.readAllLines(f, UTF_8).stream()
              .filter(l -> !l.startsWith("org-05,"))
              .collect(Collectors.toList());
      Files.write(f, kept, UTF_8);
    }

    for (TablesRun.Settings settings :
        List.of(
            TablesRun.Settings.defaults().withThreads(1),
            TablesRun.Settings.defaults().withPartitionBytes(4_000).withThreads(2))) {
      Path out = temp.resolve("out-" + settings.threads());
      TablesRun.Summary summary = TablesRun.correct(second, out, PERIOD, issued, AT, settings);

      List<InvoiceRow> invoices = new ArrayList<>();
      List<InvoiceLineRow> lines = new ArrayList<>();
      List<UserOutcomeRow> users = new ArrayList<>();
      long rated = 0;
      for (int i = 0; i < inputs.size(); i++) {
        String id = inputs.get(i).organization().id();
        OrganizationOutput expected = corrected(inputs.get(i), late.get(i));
        boolean ratesPeriod =
            !OrganizationRating.periods(late.get(i).organization(), PERIOD).isEmpty();
        if (id.equals("org-02") || id.equals("org-05")) {
          continue;
        }
        rated += ratesPeriod ? 1 : 0;
        if (!changed.get(i)) {
          assertThat(expected.invoices()).as("%s is unchanged", id).isEmpty();
        }
        invoices.addAll(expected.invoices());
        lines.addAll(expected.lines());
        users.addAll(expected.users());
      }
      assertThat(body(out.resolve("invoices.csv"))).isEqualTo(text(invoices, InvoiceRow::values));
      assertThat(body(out.resolve("invoice_lines.csv")))
          .isEqualTo(text(lines, InvoiceLineRow::values));
      assertThat(body(out.resolve("user_outcomes.csv")))
          .isEqualTo(text(users, UserOutcomeRow::values));
      // The late users add seats: at least one CORRECTION invoice is written.
      assertThat(invoices).extracting(InvoiceRow::kind).contains("CORRECTION");

      List<List<String>> errors = body(out.resolve("errors.csv"));
      assertThat(errors).hasSize(2);
      assertThat(errors.get(0).get(0)).isEqualTo("org-02");
      assertThat(errors.get(0).get(1)).isEqualTo("issued/invoices.csv:" + broken + ":total");
      assertThat(errors.get(0).get(2)).contains("is not the sum of the invoice's lines");
      assertThat(errors.get(1).get(0)).isEqualTo("org-05");
      assertThat(errors.get(1).get(1)).isEqualTo("issued");
      assertThat(errors.get(1).get(2)).contains("nothing issued for period 0");
      assertThat(summary.inErrors()).isEqualTo(2);
      assertThat(summary.rated()).isEqualTo(rated);
    }
  }

  @Test
  void anIssuedRowThatCannotBeReadStopsTheRunNamingFileAndLine() throws IOException {
    List<RatingInput> inputs = TablesRunTest.organizations(2, 5);
    Path dir = Files.createDirectories(temp.resolve("in"));
    TableFixtures.writeCsv(dir, inputs, 1);
    Path issued = temp.resolve("issued");
    TablesRun.run(dir, issued, PERIOD, TablesRun.Settings.defaults());
    Path users = issued.resolve("user_outcomes.csv");
    List<String> text = Files.readAllLines(users, UTF_8);
    text.set(1, text.get(1).replaceFirst(",0,", ",zero,"));
    Files.write(users, text, UTF_8);
    TablesRun.Settings settings = TablesRun.Settings.defaults();
    Path out = temp.resolve("out");
    assertThatThrownBy(() -> TablesRun.correct(dir, out, PERIOD, issued, AT, settings))
        .isInstanceOf(InvalidTablesException.class)
        .hasMessageStartingWith("issued/user_outcomes.csv:2:period_index");
    Files.delete(users);
    assertThatThrownBy(() -> TablesRun.correct(dir, out, PERIOD, issued, AT, settings))
        .hasMessageStartingWith("issued/user_outcomes.csv: missing output table");
  }
}
