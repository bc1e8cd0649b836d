package dev.seatline.billing.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.examples.cli.JsonValue.JArray;
import dev.seatline.billing.examples.cli.JsonValue.JBoolean;
import dev.seatline.billing.examples.cli.JsonValue.JNull;
import dev.seatline.billing.examples.cli.JsonValue.JNumber;
import dev.seatline.billing.examples.cli.JsonValue.JObject;
import dev.seatline.billing.examples.cli.JsonValue.JString;
import dev.seatline.billing.model.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTreeTest {
  private static JsonValue parse(String json) {
    return JsonTree.parse(json.getBytes(UTF_8));
  }

  private static InvalidInputException error(String json) {
    try {
      parse(json);
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("no error for " + json);
  }

  @Test
  void keepsKeyOrderAndNumberText() {
    JsonValue v = parse("{\"b\": 1.50, \"a\": [10, true, null, \"x\"]}");
    assertThat(v).isInstanceOf(JObject.class);
    JObject o = (JObject) v;
    assertThat(o.members().keySet()).containsExactly("b", "a");
    assertThat(o.members().get("b")).isEqualTo(new JNumber("1.50", false));
    assertThat(o.members().get("a"))
        .isEqualTo(
            new JArray(
                List.of(
                    new JNumber("10", true), new JBoolean(true), new JNull(), new JString("x"))));
  }

  @Test
  void aDuplicateKeyIsNamedByItsPath() {
    InvalidInputException e = error("{\"a\": [{\"k\": 1}, {\"k\": 1, \"k\": 2}]}");
    assertThat(e.path()).isEqualTo("a[1].k");
    assertThat(e.problem()).isEqualTo("duplicate key 'k': it occurs more than once in a[1]");
    assertThat(error("{\"k\": 1, \"k\": 1}").problem()).endsWith("more than once in the scenario");
  }

  @Test
  void malformedJsonIsAtTheRootWithItsPlace() {
    InvalidInputException e = error("{\n  \"a\": tru\n}");
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.problem()).startsWith("malformed JSON at line 2, column");
    for (String bad :
        List.of("{'a': 1}", "{\"a\": NaN}", "{\"a\": 01}", "{/*c*/}", "[1,]", "\"a")) {
      assertThat(error(bad).path()).as(bad).isEqualTo("$");
    }
  }

  @Test
  void limitsAreAtTheRoot() {
    String deep =
        "[".repeat(InputLimits.MAX_NESTING_DEPTH + 1)
            + "]".repeat(InputLimits.MAX_NESTING_DEPTH + 1);
    assertThat(error(deep).problem()).startsWith("input exceeds a limit");
    String ok =
        "[".repeat(InputLimits.MAX_NESTING_DEPTH) + "]".repeat(InputLimits.MAX_NESTING_DEPTH);
    assertThat(parse(ok)).isInstanceOf(JArray.class);
    assertThat(error("\"" + "s".repeat(InputLimits.MAX_STRING_LENGTH + 1) + "\"").problem())
        .startsWith("input exceeds a limit");
    assertThat(error("{\"" + "k".repeat(InputLimits.MAX_STRING_LENGTH + 1) + "\": 1}").problem())
        .startsWith("input exceeds a limit");
    assertThat(error("1" + "0".repeat(InputLimits.MAX_NUMBER_LENGTH)).problem())
        .startsWith("input exceeds a limit");
    assertThat(JsonTree.tooLarge(5).path()).isEqualTo("$");
  }

  @Test
  void describesValuesForMessages() {
    assertThat(new JString("x".repeat(100)).describe()).hasSize(93).endsWith("...'");
    assertThat(new JNumber("1e3", false).describe()).isEqualTo("the number 1e3");
    assertThat(new JNull().describe()).isEqualTo("null");
    assertThat(new JBoolean(false).describe()).isEqualTo("false");
  }
}
