package dev.seatline.billing.examples.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.examples.cli.RateScenario;
import dev.seatline.billing.examples.tables.InvoiceLineRow;
import dev.seatline.billing.examples.tables.InvoiceRow;
import dev.seatline.billing.examples.tables.OrganizationOutput;
import dev.seatline.billing.examples.tables.OrganizationRating;
import dev.seatline.billing.examples.tables.OrganizationRows;
import dev.seatline.billing.examples.tables.RowSource;
import dev.seatline.billing.examples.tables.Selection;
import dev.seatline.billing.examples.tables.Table;
import dev.seatline.billing.examples.tables.UserOutcomeRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The README's end-to-end import example, run as written: its commands are read from the README
 * (the block after {@code <!-- import-example -->}), {@code mkdir -p} and {@code cp} done here, and
 * every {@code java -jar billing-rate.jar --import} line run through the main entry ({@link
 * RateScenario#run}), paths taken from the repository root. The last line must be the {@code
 * --tables} rating of the tables written; they are rated here with {@link OrganizationRating}, the
 * rating behind that command, and the result is the one the README states, worked out by hand in
 * the test.
 */
class ReadmeImportExampleTest {
  private static final Path ROOT =
      java.util.Objects.requireNonNull(Path.of("").toAbsolutePath().getParent(), "root");
  private static final String JAR = "billing-examples/target/billing-rate.jar";

  /** The example's commands, continuation lines joined, split into words ('...' quoted). */
  static List<List<String>> commands() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), UTF_8);
    int marker = readme.indexOf("<!-- import-example -->");
    assertThat(marker).as("the README's import example").isPositive();
    int open = readme.indexOf("```\n", marker) + 4;
    String block = readme.substring(open, readme.indexOf("```", open));
    List<List<String>> commands = new ArrayList<>();
    for (String line : block.replace("\\\n", " ").lines().toList()) {
      if (!line.isBlank()) {
        commands.add(words(line));
      }
    }
    return commands;
  }

  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          words.add(w.toString());
        }
        w.setLength(0);
        any = false;
      } else {
        w.append(c);
        any = true;
      }
    }
    if (any) {
      words.add(w.toString());
    }
    return words;
  }

  /** A relative path of the README as a path from the repository root. */
  private static String fromRoot(String arg) {
    return arg.startsWith("billing-examples/") ? ROOT.resolve(arg).toString() : arg;
  }

  @Test
  void theReadmeExampleImportsAndRatesAsItSays() throws IOException {
    deleteTree(ROOT.resolve("billing-examples/target/import-example"));
    List<List<String>> commands = commands();
    assertThat(commands.get(0)).containsExactly("mvn", "-B", "-q", "-DskipTests", "package");
    List<String> rate = commands.get(commands.size() - 1);
    assertThat(rate.subList(0, 4)).containsExactly("java", "-jar", JAR, "--tables");
    for (List<String> c : commands.subList(1, commands.size() - 1)) {
      assertThat(c).doesNotContain("--tables");
      switch (c.get(0)) {
        case "mkdir" -> {
          assertThat(c.get(1)).isEqualTo("-p");
          Files.createDirectories(Path.of(fromRoot(c.get(2))));
        }
        case "cp" -> {
          Path to = Path.of(fromRoot(c.get(c.size() - 1)));
          for (String from : c.subList(1, c.size() - 1)) {
            Path source = Path.of(fromRoot(from));
            Files.copy(source, to.resolve(source.getFileName()));
          }
        }
        case "java" -> {
          assertThat(c.subList(0, 3)).containsExactly("java", "-jar", JAR);
          String[] args =
              c.subList(3, c.size()).stream().map(a -> fromRoot(a)).toArray(String[]::new);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          ByteArrayOutputStream err = new ByteArrayOutputStream();
          int status =
              RateScenario.run(
                  args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
          assertThat(status).as(err.toString(UTF_8)).isZero();
        }
        default -> throw new AssertionError("a command the example may not use: " + c);
      }
    }
    Path tables = Path.of(fromRoot(rate.get(4)));
    OrganizationOutput rated =
        OrganizationRating.withDefaults().rate(read(tables, "acme-prod"), new Selection.Period(0));
    assertThat(rated.error()).isEmpty();
    // period 0 of a contract of 2026-01-01 in UTC is January; the recurring invoice is issued at
    // its end, 2026-02-01, and due 30 days later, 2026-03-03 (R1, R9)
    assertThat(rated.invoices())
        .extracting(
            InvoiceRow::invoiceId, InvoiceRow::issuedOn, InvoiceRow::dueOn, InvoiceRow::total)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "acme-prod/0/RECURRING", "2026-02-01", "2026-03-03", "355.00"));
    // carol's COMMUNICATE seat, and the PURECLOUD_2 seats of alice, bob (upgraded Jan 20, held
    // 11 days 9 hours) and erin: 25.00 + 3 x 110.00 (R3, R10)
    assertThat(rated.lines())
        .extracting(
            InvoiceLineRow::code,
            InvoiceLineRow::item,
            InvoiceLineRow::quantity,
            InvoiceLineRow::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SEAT", "COMMUNICATE", "1", "25.00"),
            org.assertj.core.groups.Tuple.tuple("SEAT", "PURECLOUD_2", "3", "330.00"));
    // dave holds cx2 but was only OFFLINE: no session, not billed (R2)
    assertThat(rated.users())
        .extracting(UserOutcomeRow::userId, UserOutcomeRow::billed, UserOutcomeRow::tier)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("alice", true, "PURECLOUD_2"),
            org.assertj.core.groups.Tuple.tuple("bob", true, "PURECLOUD_2"),
            org.assertj.core.groups.Tuple.tuple("carol", true, "COMMUNICATE"),
            org.assertj.core.groups.Tuple.tuple("dave", false, null),
            org.assertj.core.groups.Tuple.tuple("erin", true, "PURECLOUD_2"));
  }

  /** The rows of {@code orgId} in the CSV tables of {@code dir}. */
  private static OrganizationRows read(Path dir, String orgId) throws IOException {
    OrganizationRows rows = new OrganizationRows(orgId);
    for (Table table : Table.values()) {
      Path file = dir.resolve(table.fileName() + ".csv");
      if (!Files.exists(file)) {
        continue;
      }
      try (CsvInput in = CsvInput.open(file, file.toString(), List.of(), table.columns())) {
        while (in.next()) {
          @Nullable String[] values = new @Nullable String[table.columns().size()];
          for (int i = 0; i < values.length; i++) {
            values[i] = in.nullable(table.columns().get(i));
          }
          rows.add(table, RowSource.csv(table, in.line()), values);
        }
      }
    }
    return rows;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
