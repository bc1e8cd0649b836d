package dev.seatline.billing.examples.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.examples.cli.RateScenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's end-to-end import example, run as written: its commands are read from the README
 * (the block after {@code <!-- import-example -->}), {@code mkdir -p} and {@code cp} done here, and
 * every {@code java -jar billing-rate.jar} line (the imports and the {@code --tables} rating) run
 * through the main entry ({@link RateScenario#run}), paths taken from the repository root. The
 * output tables hold the result the README states, worked out by hand in the test.
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
    for (List<String> c : commands.subList(1, commands.size())) {
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
    Path rated = Path.of(fromRoot(rate.get(rate.indexOf("--out") + 1)));
    // period 0 of a contract of 2026-01-01 in UTC is January; the recurring invoice is issued at
    // its end, 2026-02-01, and due 30 days later, 2026-03-03 (R1, R9)
    assertThat(columns(rated.resolve("invoices.csv"), "invoice_id", "issued_on", "due_on", "total"))
        .containsExactly("acme-prod/0/RECURRING,2026-02-01,2026-03-03,355.00");
    // carol's COMMUNICATE seat, and the PURECLOUD_2 seats of alice, bob (upgraded Jan 20, held
    // 11 days 9 hours) and erin: 25.00 + 3 x 110.00 (R3, R10)
    assertThat(columns(rated.resolve("invoice_lines.csv"), "code", "item", "quantity", "amount"))
        .containsExactly("SEAT,COMMUNICATE,1,25.00", "SEAT,PURECLOUD_2,3,330.00");
    // dave holds cx2 but was only OFFLINE: no session, not billed (R2)
    assertThat(columns(rated.resolve("user_outcomes.csv"), "user_id", "billed", "tier"))
        .containsExactly(
            "alice,true,PURECLOUD_2",
            "bob,true,PURECLOUD_2",
            "carol,true,COMMUNICATE",
            "dave,false,",
            "erin,true,PURECLOUD_2");
    assertThat(columns(rated.resolve("errors.csv"), "org_id")).isEmpty();
  }

  /** The rows of {@code file}, each the values of {@code names} joined with commas. */
  private static List<String> columns(Path file, String... names) throws IOException {
    List<String> rows = new ArrayList<>();
    try (CsvInput in = CsvInput.open(file, file.toString(), List.of(names), List.of())) {
      while (in.next()) {
        List<String> values = new ArrayList<>();
        for (String n : names) {
          values.add(in.optional(n).orElse(""));
        }
        rows.add(String.join(",", values));
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
