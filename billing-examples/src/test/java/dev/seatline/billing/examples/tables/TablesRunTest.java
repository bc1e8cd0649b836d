package dev.seatline.billing.examples.tables;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.testing.SeatlineGenerators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablesRunTest {
  private static final CsvMapper CSV = new CsvMapper();

  static {
    CSV.enable(CsvParser.Feature.WRAP_AS_ARRAY);
  }

  @TempDir Path temp;

  /** The rows of an output CSV file, header first, every field as text. */
  static List<List<String>> readCsv(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(file.toFile())) {
      while (it.hasNext()) {
        rows.add(Arrays.asList(it.next()));
      }
    }
    return rows;
  }

  /** The expected CSV rows (header first) of the given rows, null written as an empty field. */
  static <R> List<List<String>> expected(
      List<String> columns, List<R> rows, Function<R, List<@Nullable String>> values) {
    List<List<String>> out = new ArrayList<>();
    out.add(columns);
    for (R r : rows) {
      List<String> text = new ArrayList<>();
      for (String v : values.apply(r)) {
        text.add(v == null ? "" : v);
      }
      out.add(text);
    }
    return out;
  }

  /** Many generated organizations, ids org-00 ... in order, as the law's inputs. */
  static List<RatingInput> organizations(int count, long seed) {
    List<RatingInput> inputs = new ArrayList<>();
    List<RatingInput> generated =
        SeatlineGenerators.samples(
            SeatlineGenerators.defaults().withCancellations().ratingInputs(), seed, count);
    for (int i = 0; i < count; i++) {
      inputs.add(TableFixtures.normalized(generated.get(i), String.format("org-%02d", i)));
    }
    return inputs;
  }

  private void assertOutputs(Path out, List<OrganizationOutput> expected) throws IOException {
    List<InvoiceRow> invoices = new ArrayList<>();
    List<InvoiceLineRow> lines = new ArrayList<>();
    List<UserOutcomeRow> users = new ArrayList<>();
    List<ErrorRow> errors = new ArrayList<>();
    for (OrganizationOutput o : expected) {
      invoices.addAll(o.invoices());
      lines.addAll(o.lines());
      users.addAll(o.users());
      o.error().ifPresent(errors::add);
    }
    assertThat(readCsv(out.resolve("invoices.csv")))
        .isEqualTo(expected(InvoiceRow.COLUMNS, invoices, InvoiceRow::values));
    assertThat(readCsv(out.resolve("invoice_lines.csv")))
        .isEqualTo(expected(InvoiceLineRow.COLUMNS, lines, InvoiceLineRow::values));
    assertThat(readCsv(out.resolve("user_outcomes.csv")))
        .isEqualTo(expected(UserOutcomeRow.COLUMNS, users, UserOutcomeRow::values));
    assertThat(readCsv(out.resolve("errors.csv")))
        .isEqualTo(expected(ErrorRow.COLUMNS, errors, ErrorRow::values));
  }

  @Test
  void manyOrganizationsInShuffledTablesRateAsTheValueModelAndAsScenarioFiles() throws IOException {
    List<RatingInput> inputs = organizations(12, 41);
    Path dir = Files.createDirectories(temp.resolve("in"));
    TableFixtures.writeCsv(dir, inputs, 7);
    int run = 0;
    for (Selection selection : OrganizationRatingTest.selections(inputs.get(0))) {
      List<OrganizationOutput> viaValues = new ArrayList<>();
      List<OrganizationOutput> viaScenarios = new ArrayList<>();
      long nothing = 0;
      for (RatingInput input : inputs) {
        viaValues.add(OrganizationRatingTest.throughValueModel(input, selection));
        viaScenarios.add(OrganizationRatingTest.throughScenarios(input, selection));
        nothing += viaValues.get(viaValues.size() - 1).nothingToRate() ? 1 : 0;
      }
      // Once loaded whole on one thread, once split into many partitions rated on two threads.
      for (TablesRun.Settings settings :
          List.of(
              TablesRun.Settings.defaults().withThreads(1),
              TablesRun.Settings.defaults().withPartitionBytes(4_000).withThreads(2))) {
        Path out = temp.resolve("out" + run++);
        TablesRun.Summary summary = TablesRun.run(dir, out, selection, settings);
        assertOutputs(out, viaValues);
        assertOutputs(out, viaScenarios);
        assertThat(summary.inErrors()).isZero();
        assertThat(summary.nothingToRate()).as("%s", selection).isEqualTo(nothing);
        assertThat(summary.rated()).isEqualTo(inputs.size() - nothing);
      }
    }
  }

  @Test
  void problemsOfTheTablesThemselvesStopTheRunNamingFileAndLine() throws IOException {
    List<RatingInput> inputs = organizations(2, 5);
    Path dir = Files.createDirectories(temp.resolve("bad"));
    TableFixtures.writeCsv(dir, inputs, 1);
    Path out = temp.resolve("out");
    Selection period = new Selection.Period(0);
    TablesRun.Settings settings = TablesRun.Settings.defaults();

    Path sessions = dir.resolve("sessions.csv");
    String original = Files.readString(sessions, UTF_8);
    Files.writeString(sessions, original.replaceFirst("\n", ",extra\n"), UTF_8);
    assertThatThrownBy(() -> TablesRun.run(dir, out, period, settings))
        .isInstanceOf(InvalidTablesException.class)
        .hasMessageStartingWith("sessions.csv:1: unknown column 'extra'");

    String header = original.substring(0, original.indexOf('\n'));
    Files.writeString(
        sessions, header.replace("channel,", "").replace(",channel", "") + "\n", UTF_8);
    assertThatThrownBy(() -> TablesRun.run(dir, out, period, settings))
        .hasMessageStartingWith("sessions.csv:1: missing required column 'channel'");

    Files.writeString(sessions, header + "\norg-00,x\n", UTF_8);
    assertThatThrownBy(() -> TablesRun.run(dir, out, period, settings))
        .hasMessageStartingWith("sessions.csv:2: 2 fields, the header has 5 columns");

    Files.writeString(sessions, header + "\n\"org-00,x\n", UTF_8);
    assertThatThrownBy(() -> TablesRun.run(dir, out, period, settings))
        .hasMessageContaining("sessions.csv:")
        .hasMessageContaining("malformed CSV");

    Files.writeString(sessions, original, UTF_8);
    Files.delete(dir.resolve("prices.csv"));
    assertThatThrownBy(() -> TablesRun.run(dir, out, period, settings))
        .hasMessageStartingWith("prices.csv: missing required table");

    Files.writeString(dir.resolve("prices.csv"), "org_id,kind,unit_price\n", UTF_8);
    Files.writeString(dir.resolve("sesions.csv"), "org_id\n", UTF_8);
    assertThatThrownBy(() -> TablesRun.run(dir, out, period, settings))
        .hasMessageStartingWith("sesions.csv: not an input table");
  }

  @Test
  void theOutputListsEachTableOnceEvenWithoutRows() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("empty"));
    for (Table t : Table.values()) {
      if (!t.optionalTable()) {
        Files.writeString(
            dir.resolve(t.fileName() + ".csv"),
            String.join(",", t.requiredColumns()) + "\n",
            UTF_8);
      }
    }
    TablesRun.Summary summary =
        TablesRun.run(
            dir, temp.resolve("o"), new Selection.Period(0), TablesRun.Settings.defaults());
    assertThat(summary.organizations()).isZero();
    assertThat(summary.rowsRead()).isZero();
    for (String name : List.of("invoices", "invoice_lines", "user_outcomes", "errors")) {
      assertThat(readCsv(temp.resolve("o").resolve(name + ".csv"))).hasSize(1);
    }
  }
}
