package dev.seatline.billing.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.seatline.billing.examples.cli.TestScenarios.Run;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the command line with mutants of the public vectors and the base scenario: keys dropped
 * and added, values of the wrong type, huge and negative numbers, reversed intervals, shifted and
 * garbled instants, other enum names, duplicated elements, deep nesting, truncation and garbage
 * bytes. Every run must exit 0 (with a result) or 2 (nothing on standard output, one line on
 * standard error, no stack trace), never 1.
 *
 * <p>The seed is fixed, so a failure is reproducible; {@value #DEFAULT_RUNS} runs by default, more
 * with {@code -Dseatline.fuzz.runs=100000} and another seed with {@code -Dseatline.fuzz.seed=N}.
 */
class RateScenarioFuzzTest {
  private static final int DEFAULT_RUNS = 3000;
  private static final long DEFAULT_SEED = 20261126L;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] ENUM_NAMES = {
    "NAMED",
    "CONCURRENT",
    "PAID",
    "TRIAL",
    "QA",
    "TRAINING",
    "COMMUNICATE",
    "PURECLOUD_1",
    "PURECLOUD_2",
    "PURECLOUD_3",
    "DESKTOP",
    "WEB",
    "MOBILE",
    "API",
    "JPY",
    "EUR",
    "XXX",
    ""
  };

  private static final List<JsonNode> SOURCES = new ArrayList<>();

  @BeforeAll
  static void loadSources() throws IOException, URISyntaxException {
    Path vectors =
        Path.of(
            Objects.requireNonNull(RateScenarioFuzzTest.class.getResource("/conformance/vectors"))
                .toURI());
    try (Stream<Path> files = Files.list(vectors)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".scenario.json")).sorted().toList()) {
        SOURCES.add(VectorChecker.load(f));
      }
    }
    SOURCES.add(TestScenarios.base());
  }

  @Test
  void everyMutantExitsZeroOrTwoWithOneLine() {
    int runs = Integer.getInteger("seatline.fuzz.runs", DEFAULT_RUNS);
    long seed = Long.getLong("seatline.fuzz.seed", DEFAULT_SEED);
    SplittableRandom random = new SplittableRandom(seed);
    List<String> failures = new ArrayList<>();
    int[] statusCounts = new int[3];
    for (int run = 0; run < runs && failures.size() < 5; run++) {
      byte[] mutant = mutant(random);
      Run result = TestScenarios.rate(mutant);
      String problem = problem(result);
      if (result.status() >= 0 && result.status() < statusCounts.length) {
        statusCounts[result.status()]++;
      }
      if (problem != null) {
        String input = new String(mutant, UTF_8);
        failures.add(
            "run "
                + run
                + " (seed "
                + seed
                + "): "
                + problem
                + "\n  input: "
                + (input.length() > 2000 ? input.substring(0, 2000) + "..." : input));
      }
    }
    assertThat(failures).isEmpty();
    // Both outcomes occur, so the mutants reach the rating as well as the validation.
    assertThat(statusCounts[0]).as("runs rated").isPositive();
    assertThat(statusCounts[2]).as("runs rejected").isPositive();
  }

  private static @Nullable String problem(Run r) {
    if (r.status() == RateScenario.OK) {
      if (!r.err().isEmpty()) {
        return "exit 0 with standard error: " + r.err();
      }
      return r.out().contains("\"invoices\"") ? null : "exit 0 without a result: " + r.out();
    }
    if (r.status() != RateScenario.INVALID_INPUT) {
      return "exit " + r.status() + ": " + r.err();
    }
    if (!r.out().isEmpty()) {
      return "exit 2 with standard output";
    }
    if (!r.err().endsWith("\n") || r.err().lines().count() != 1 || !r.err().contains(": ")) {
      return "exit 2 without one error line: " + r.err();
    }
    if (r.err().contains("\tat ")
        || r.err().matches("(?s).*\\bjava\\.[a-z.]+[A-Z]\\w*(Exception|Error)\\b.*")) {
      return "exit 2 with a stack trace or exception name: " + r.err();
    }
    return null;
  }

  private static byte[] mutant(SplittableRandom random) {
    JsonNode tree = SOURCES.get(random.nextInt(SOURCES.size())).deepCopy();
    int treeMutations = random.nextInt(4);
    for (int i = 0; i < treeMutations; i++) {
      mutateTree(tree, random);
    }
    byte[] bytes = tree.toString().getBytes(UTF_8);
    return random.nextInt(6) == 0 ? mutateBytes(bytes, random) : bytes;
  }

  /** A slot holding a value: a key of an object or an index of an array. */
  private record Slot(JsonNode parent, String key, int index) {
    JsonNode get() {
      return parent.isObject() ? parent.get(key) : parent.get(index);
    }

    void set(JsonNode value) {
      if (parent instanceof ObjectNode o) {
        o.set(key, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }

    void remove() {
      if (parent instanceof ObjectNode o) {
        o.remove(key);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }
  }

  private static List<Slot> slots(JsonNode root) {
    List<Slot> slots = new ArrayList<>();
    List<JsonNode> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      JsonNode node = todo.remove(todo.size() - 1);
      if (node.isObject()) {
        node.fieldNames().forEachRemaining(k -> slots.add(new Slot(node, k, -1)));
        node.elements().forEachRemaining(todo::add);
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          slots.add(new Slot(node, "", i));
          todo.add(node.get(i));
        }
      }
    }
    return slots;
  }

  private static void mutateTree(JsonNode root, SplittableRandom random) {
    List<Slot> slots = slots(root);
    if (slots.isEmpty()) {
      return;
    }
    Slot slot = slots.get(random.nextInt(slots.size()));
    JsonNode value = slot.get();
    switch (random.nextInt(11)) {
      case 0 -> slot.remove();
      case 1 -> slot.set(wrongType(random));
      case 2 -> slot.set(hugeNumber(random));
      case 3 -> reverseSomeInterval(slots, random);
      case 4 -> slot.set(NODES.textNode(garbage(random)));
      case 5 -> slot.set(NODES.rawValueNode(new RawValue(nesting(random.nextInt(1, 40)))));
      case 6 -> {
        if (value.isArray() && !value.isEmpty()) {
          ((ArrayNode) value).add(value.get(random.nextInt(value.size())).deepCopy());
        }
      }
      case 7 -> {
        if (value.isObject()) {
          ((ObjectNode) value).put("unknown" + random.nextInt(3), random.nextInt());
        }
      }
      case 8 -> {
        if (value.isTextual() && value.textValue().contains("T")) {
          slot.set(NODES.textNode(shiftedInstant(value.textValue(), random)));
        }
      }
      case 9 -> slot.set(NODES.textNode(ENUM_NAMES[random.nextInt(ENUM_NAMES.length)]));
      default -> {
        if (value.isNumber()) {
          slot.set(NODES.numberNode(random.nextLong(-2, 2_000)));
        }
      }
    }
  }

  private static JsonNode wrongType(SplittableRandom random) {
    return switch (random.nextInt(6)) {
      case 0 -> NODES.numberNode(random.nextInt(-5, 5));
      case 1 -> NODES.textNode("x");
      case 2 -> NODES.booleanNode(random.nextBoolean());
      case 3 -> NODES.nullNode();
      case 4 -> NODES.objectNode();
      default -> NODES.arrayNode();
    };
  }

  private static JsonNode hugeNumber(SplittableRandom random) {
    String[] texts = {
      "1e400",
      "-1e400",
      "99999999999999999999999",
      "1000000001",
      "-1",
      "1.5",
      "0.0",
      "1E+2",
      "9223372036854775808",
      "2147483648",
      "-0"
    };
    return NODES.rawValueNode(new RawValue(texts[random.nextInt(texts.length)]));
  }

  private static void reverseSomeInterval(List<Slot> slots, SplittableRandom random) {
    List<ObjectNode> intervals = new ArrayList<>();
    for (Slot s : slots) {
      if (s.get() instanceof ObjectNode o && o.has("from") && o.hasNonNull("to")) {
        intervals.add(o);
      }
    }
    if (!intervals.isEmpty()) {
      ObjectNode o = intervals.get(random.nextInt(intervals.size()));
      JsonNode from = o.get("from");
      o.set("from", o.get("to"));
      o.set("to", from);
    }
  }

  private static String garbage(SplittableRandom random) {
    String[] texts = {
      "",
      " ",
      "\u0000",
      "a\nb",
      "2026-01-15T05:00:00.1234567891Z",
      "2026-13-45T99:99:99Z",
      "2026-01-15",
      "-5",
      "1e3",
      "\u2028",
      "Etc/Unknown",
      "+05:00",
      "America/New_York",
      "2026-01-16T14:00:00Z",
      "12,50",
      "NaN",
      "\uD83D\uDE00",
      "0000-01-01T00:00:00Z",
      "9999-12-31T23:59:59.999999999-18:00",
      "1899-12-31"
    };
    return texts[random.nextInt(texts.length)];
  }

  private static String nesting(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  private static String shiftedInstant(String text, SplittableRandom random) {
    try {
      Instant t = Instant.parse(text);
      long seconds = random.nextLong(-40L * 86_400, 40L * 86_400);
      return t.plusSeconds(seconds)
          .plusNanos(random.nextInt(3) == 0 ? random.nextInt(1_000_000_000) : 0)
          .toString();
    } catch (DateTimeParseException e) {
      return text;
    }
  }

  private static byte[] mutateBytes(byte[] bytes, SplittableRandom random) {
    return switch (random.nextInt(3)) {
      case 0 -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
      case 1 -> {
        byte[] copy = bytes.clone();
        for (int i = random.nextInt(1, 8); i > 0 && copy.length > 0; i--) {
          copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        yield copy;
      }
      default -> {
        int at = random.nextInt(bytes.length + 1);
        byte[] junk = new byte[random.nextInt(1, 16)];
        for (int i = 0; i < junk.length; i++) {
          junk[i] = (byte) random.nextInt(256);
        }
        byte[] copy = new byte[bytes.length + junk.length];
        System.arraycopy(bytes, 0, copy, 0, at);
        System.arraycopy(junk, 0, copy, at, junk.length);
        System.arraycopy(bytes, at, copy, at + junk.length, bytes.length - at);
        yield copy;
      }
    };
  }
}
