package dev.seatline.billing.examples.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The conformance checker of FORMAT.md "Vectors": compares a rating result with an expected one.
 *
 * <p>The period's start and end are compared as instants; every invoice is matched by (kind, ref)
 * and its issuedOn, dueOn, taxesIncluded and total are compared (total as a number); within it
 * every line is matched by (code, item) and its quantity, unitPrice and amount are compared as
 * numbers; every user (matched by id) is compared on {@code billed} and {@code tier}. Where the
 * expected invoice or line gives an {@code id} (R13's stable ids), it is compared too. A missing or
 * extra invoice, line or user is a difference, and so is a key that occurs twice on one side.
 * Explanations, reasons and orders are compared only when {@code strict}, which adds the
 * organization, currency, period index and asOf, whether {@code reason} is null, and the orders of
 * invoices, lines and users.
 *
 * <p>An expected result of the form {@code {"error": TEXT}} is compared with a run by {@link
 * #compareError}: exit status 2, TEXT on standard error, exactly one line there, nothing on
 * standard output.
 */
final class VectorChecker {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final Pattern INSTANT =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:\\d{2})");

  private VectorChecker() {}

  /** The JSON document in {@code file}. */
  static JsonNode load(Path file) throws IOException {
    return MAPPER.readTree(Files.readAllBytes(file));
  }

  /** The JSON document {@code json}. */
  static JsonNode parse(String json) throws IOException {
    return MAPPER.readTree(json);
  }

  /** Whether {@code expected} is the error form {@code {"error": TEXT}}. */
  static boolean isError(JsonNode expected) {
    return expected.isObject() && expected.has("error");
  }

  /** The differences between {@code expected} and {@code actual}; empty when they agree. */
  static List<String> compareResults(JsonNode expected, JsonNode actual, boolean strict) {
    List<String> problems = new ArrayList<>();
    boolean expError = isError(expected);
    boolean actError = isError(actual);
    if (expError || actError) {
      if (expError && actError) {
        if (!text(actual.get("error")).contains(text(expected.get("error")))) {
          problems.add(
              "error expected " + expected.get("error") + " but was " + actual.get("error"));
        }
      } else if (expError) {
        problems.add("expected invalid input (" + expected.get("error") + ") but got a result");
      } else {
        problems.add("expected a result but got an error (" + actual.get("error") + ")");
      }
      return problems;
    }
    JsonNode ep = objectOrEmpty(expected.get("period"));
    JsonNode ap = objectOrEmpty(actual.get("period"));
    for (String f : List.of("start", "end")) {
      BigInteger e = instant(field(ep, f));
      BigInteger a = instant(field(ap, f));
      if (e == null || a == null || !e.equals(a)) {
        problems.add("period." + f + " expected " + field(ep, f) + " but was " + field(ap, f));
      }
    }

    Function<JsonNode, String> invoiceKey = i -> key(field(i, "kind"), field(i, "ref"));
    Map<String, JsonNode> expInv =
        index(list(expected, "invoices"), invoiceKey, "invoice", "expected", problems);
    Map<String, JsonNode> actInv =
        index(list(actual, "invoices"), invoiceKey, "invoice", "actual", problems);
    Function<JsonNode, String> invoiceDetail =
        i -> " (issuedOn " + field(i, "issuedOn") + ", total " + field(i, "total") + ")";
    unmatched("missing invoice ", expInv, actInv, invoiceDetail, problems);
    unmatched("extra invoice ", actInv, expInv, invoiceDetail, problems);
    for (Map.Entry<String, JsonNode> entry : expInv.entrySet()) {
      JsonNode a = actInv.get(entry.getKey());
      if (a == null) {
        continue;
      }
      JsonNode e = entry.getValue();
      String where = "invoice " + entry.getKey();
      for (String f : List.of("issuedOn", "dueOn", "taxesIncluded")) {
        if (!Objects.equals(field(e, f), field(a, f))) {
          problems.add(where + ": " + f + " expected " + field(e, f) + " but was " + field(a, f));
        }
      }
      compareNumbers(where, "total", field(e, "total"), field(a, "total"), problems);
      compareId(where, e, a, problems);
      Function<JsonNode, String> lineKey = l -> key(field(l, "code"), field(l, "item"));
      Map<String, JsonNode> expLines =
          index(list(e, "lines"), lineKey, where + " line", "expected", problems);
      Map<String, JsonNode> actLines =
          index(list(a, "lines"), lineKey, where + " line", "actual", problems);
      Function<JsonNode, String> lineDetail =
          l -> " (quantity " + field(l, "quantity") + ", amount " + field(l, "amount") + ")";
      unmatched(where + ": missing line ", expLines, actLines, lineDetail, problems);
      unmatched(where + ": extra line ", actLines, expLines, lineDetail, problems);
      for (Map.Entry<String, JsonNode> l : expLines.entrySet()) {
        JsonNode al = actLines.get(l.getKey());
        if (al != null) {
          for (String f : List.of("quantity", "unitPrice", "amount")) {
            compareNumbers(
                where + " line " + l.getKey(), f, field(l.getValue(), f), field(al, f), problems);
          }
          compareId(where + " line " + l.getKey(), l.getValue(), al, problems);
        }
      }
      if (strict && !keys(list(e, "lines"), lineKey).equals(keys(list(a, "lines"), lineKey))) {
        problems.add(where + ": line order differs");
      }
    }

    Function<JsonNode, String> userKey = u -> key(field(u, "id"));
    Map<String, JsonNode> expUsers =
        index(list(expected, "users"), userKey, "user", "expected", problems);
    Map<String, JsonNode> actUsers =
        index(list(actual, "users"), userKey, "user", "actual", problems);
    unmatched("missing user ", expUsers, actUsers, u -> "", problems);
    unmatched("extra user ", actUsers, expUsers, u -> "", problems);
    for (Map.Entry<String, JsonNode> u : expUsers.entrySet()) {
      JsonNode a = actUsers.get(u.getKey());
      if (a == null) {
        continue;
      }
      for (String f : List.of("billed", "tier")) {
        if (!Objects.equals(field(u.getValue(), f), field(a, f))) {
          problems.add(
              "user "
                  + u.getKey()
                  + ": "
                  + f
                  + " expected "
                  + field(u.getValue(), f)
                  + " but was "
                  + field(a, f));
        }
      }
      if (strict && (field(u.getValue(), "reason") == null) != (field(a, "reason") == null)) {
        problems.add(
            "user "
                + u.getKey()
                + ": reason expected "
                + field(u.getValue(), "reason")
                + " but was "
                + field(a, "reason"));
      }
    }

    if (strict) {
      for (String f : List.of("organization", "currency")) {
        if (!Objects.equals(field(expected, f), field(actual, f))) {
          problems.add(f + " expected " + field(expected, f) + " but was " + field(actual, f));
        }
      }
      if (!Objects.equals(field(ep, "index"), field(ap, "index"))) {
        problems.add(
            "period.index expected " + field(ep, "index") + " but was " + field(ap, "index"));
      }
      if (!Objects.equals(instant(field(ep, "asOf")), instant(field(ap, "asOf")))) {
        problems.add("period.asOf expected " + field(ep, "asOf") + " but was " + field(ap, "asOf"));
      }
      if (!keys(list(expected, "invoices"), invoiceKey)
          .equals(keys(list(actual, "invoices"), invoiceKey))) {
        problems.add("invoice order differs");
      }
      if (!keys(list(expected, "users"), userKey).equals(keys(list(actual, "users"), userKey))) {
        problems.add("user order differs");
      }
    }
    return problems;
  }

  /** Compares the stable {@code id}s (R13) when the expected side gives one. */
  private static void compareId(
      String where, JsonNode expected, JsonNode actual, List<String> problems) {
    JsonNode e = field(expected, "id");
    if (e != null && !e.equals(field(actual, "id"))) {
      problems.add(where + ": id expected " + e + " but was " + field(actual, "id"));
    }
  }

  /** Reports each key of {@code present} that {@code other} lacks: prefix, key, then detail. */
  private static void unmatched(
      String prefix,
      Map<String, JsonNode> present,
      Map<String, JsonNode> other,
      Function<JsonNode, String> detail,
      List<String> problems) {
    for (Map.Entry<String, JsonNode> e : present.entrySet()) {
      if (!other.containsKey(e.getKey())) {
        problems.add(prefix + e.getKey() + detail.apply(e.getValue()));
      }
    }
  }

  /**
   * The differences between an expected result and a run that exited {@code exitCode} with {@code
   * stderr} and {@code stdout} ({@code null} to leave standard output unchecked).
   */
  static List<String> compareError(
      JsonNode expected, int exitCode, String stderr, @Nullable String stdout) {
    List<String> problems = new ArrayList<>();
    if (!isError(expected)) {
      String first = stderr.strip().lines().findFirst().orElse("");
      problems.add(
          "expected a result but the run exited "
              + exitCode
              + (first.isEmpty() ? "" : " with: " + first));
      return problems;
    }
    String text = text(expected.get("error"));
    if (exitCode != 2) {
      problems.add("expected exit status 2 but was " + exitCode);
    }
    long lines = stderr.lines().filter(l -> !l.isBlank()).count();
    if (!stderr.contains(text)) {
      problems.add("expected '" + text + "' on standard error but it was '" + stderr.strip() + "'");
    }
    if (lines != 1) {
      problems.add("expected exactly one line on standard error but there were " + lines);
    }
    if (stdout != null && !stdout.isBlank()) {
      problems.add("expected nothing on standard output");
    }
    return problems;
  }

  private static void compareNumbers(
      String where,
      String name,
      @Nullable JsonNode e,
      @Nullable JsonNode a,
      List<String> problems) {
    BigDecimal ne = number(e);
    BigDecimal na = number(a);
    if (ne == null || na == null) {
      problems.add(where + ": " + name + " not a number (expected " + e + ", actual " + a + ")");
    } else if (ne.compareTo(na) != 0) {
      problems.add(where + ": " + name + " expected " + e + " but was " + a);
    }
  }

  /** A quantity, amount or total as a number: a JSON number or a decimal string; else null. */
  static @Nullable BigDecimal number(@Nullable JsonNode value) {
    if (value == null || value.isBoolean()) {
      return null;
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isTextual()) {
      try {
        return new BigDecimal(value.textValue().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** An ISO instant with an offset as exact nanoseconds since the epoch; null otherwise. */
  static @Nullable BigInteger instant(@Nullable JsonNode value) {
    if (value == null || !value.isTextual()) {
      return null;
    }
    Matcher m = INSTANT.matcher(value.textValue());
    if (!m.matches()) {
      return null;
    }
    try {
      String offset = m.group(3).equals("Z") ? "+00:00" : m.group(3);
      long seconds = LocalDateTime.parse(m.group(1)).toEpochSecond(ZoneOffset.of(offset));
      String fraction = m.group(2) == null ? "0" : m.group(2);
      long nanos = Long.parseLong((fraction + "000000000").substring(0, 9));
      return BigInteger.valueOf(seconds)
          .multiply(BigInteger.valueOf(1_000_000_000L))
          .add(BigInteger.valueOf(nanos));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Map<String, JsonNode> index(
      List<JsonNode> items,
      Function<JsonNode, String> key,
      String what,
      String side,
      List<String> problems) {
    Map<String, JsonNode> result = new LinkedHashMap<>();
    for (JsonNode item : items) {
      String k = key.apply(item);
      if (result.containsKey(k)) {
        problems.add(side + ": " + what + " " + k + " occurs more than once");
      }
      result.put(k, item);
    }
    return result;
  }

  private static List<String> keys(List<JsonNode> items, Function<JsonNode, String> key) {
    List<String> keys = new ArrayList<>();
    items.forEach(i -> keys.add(key.apply(i)));
    return keys;
  }

  /** A value's key part: the text of a string, JSON text otherwise, {@code null} when absent. */
  private static String key(@Nullable JsonNode... parts) {
    List<String> texts = new ArrayList<>();
    for (JsonNode p : parts) {
      texts.add(p == null ? "null" : p.isTextual() ? p.textValue() : p.toString());
    }
    return String.join(" ", texts);
  }

  private static String text(JsonNode node) {
    return node.isTextual() ? node.textValue() : node.toString();
  }

  /** The member {@code name}; null when absent or JSON null. */
  private static @Nullable JsonNode field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v;
  }

  private static List<JsonNode> list(JsonNode node, String name) {
    List<JsonNode> items = new ArrayList<>();
    JsonNode v = node.get(name);
    if (v != null && v.isArray()) {
      v.forEach(items::add);
    }
    return items;
  }

  private static JsonNode objectOrEmpty(@Nullable JsonNode node) {
    return node != null && node.isObject() ? node : MAPPER.createObjectNode();
  }
}
