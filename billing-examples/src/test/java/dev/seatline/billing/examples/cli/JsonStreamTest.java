package dev.seatline.billing.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import dev.seatline.billing.examples.cli.JsonValue.JArray;
import dev.seatline.billing.examples.cli.JsonValue.JBoolean;
import dev.seatline.billing.examples.cli.JsonValue.JNull;
import dev.seatline.billing.examples.cli.JsonValue.JNumber;
import dev.seatline.billing.examples.cli.JsonValue.JObject;
import dev.seatline.billing.examples.cli.JsonValue.JString;
import dev.seatline.billing.model.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonStreamTest {
  /** The document read whole, as the scenario reader reads its small sections. */
  private static JsonValue parse(String json) {
    return JsonStream.read(
        json.getBytes(UTF_8),
        in -> {
          JsonValue v = in.tree("");
          in.requireEnd();
          return v;
        });
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
    assertThat(JsonStream.tooLarge(5).path()).isEqualTo("$");
  }

  private static final ImmutableSet<String> KEYS = ImmutableSet.of("a", "b");

  /**
   * The problem of {@code json} when a reader rejects the value of its first member {@code a}
   * (content it does not accept) and stops there.
   */
  private static InvalidInputException rejectingTheFirstMember(String json) {
    try {
      JsonStream.read(
          json.getBytes(UTF_8),
          in -> {
            JsonStream.Members root = in.members("", KEYS);
            root.next();
            if (in.isInteger()) {
              throw InvalidInputException.at(root.path(), "content");
            }
            JsonStream.Members inner = in.members(root.path(), null);
            inner.next();
            throw InvalidInputException.at(inner.path(), "content");
          });
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("no error for " + json);
  }

  @Test
  void aProblemOfTheJsonLaterInTheDocumentComesBeforeAProblemOfTheContent() {
    InvalidInputException e = rejectingTheFirstMember("{\"a\": 1, \"b\": [{\"k\": 1, \"k\": 2}]}");
    assertThat(e.path()).isEqualTo("b[0].k");
    assertThat(e.problem()).isEqualTo("duplicate key 'k': it occurs more than once in b[0]");
    e = rejectingTheFirstMember("{\"a\": {\"x\": 1, \"x\": 2}}");
    assertThat(e.path()).isEqualTo("a.x");
    assertThat(e.problem()).startsWith("duplicate key 'x'");
    assertThat(rejectingTheFirstMember("{\"a\": 1, \"b\": tru}").problem())
        .startsWith("malformed JSON at line 1");
    e = rejectingTheFirstMember("{\"a\": 1, \"b\": [\"ok\", \"\\ud800\"]}");
    assertThat(e.path()).isEqualTo("b[1]");
    assertThat(e.problem()).startsWith("the string holds a lone surrogate \\ud800");
    assertThat(rejectingTheFirstMember("{\"a\": 1} {}").problem())
        .endsWith(": content after the end of the scenario");
    // Nothing wrong with the JSON: the content's problem.
    e = rejectingTheFirstMember("{\"a\": 1, \"b\": [{\"k\": \"\\ud83d\\ude00\"}]}");
    assertThat(e.path()).isEqualTo("a");
    assertThat(e.problem()).isEqualTo("content");
  }

  @Test
  void anUnknownKeyOfAnEnclosingObjectComesBeforeAProblemInside() {
    InvalidInputException e = rejectingTheFirstMember("{\"a\": {\"x\": 1}, \"b\": 2, \"bb\": 3}");
    assertThat(e.path()).isEqualTo("bb");
    assertThat(e.problem()).isEqualTo("unknown key 'bb'; did you mean 'b'?");
  }

  @Test
  void membersAreCheckedAsTheyAreWalked() {
    InvalidInputException e = rejectingTheFirstMember("{\"zz\": 1}");
    assertThat(e.path()).isEqualTo("zz");
    assertThat(e.problem()).isEqualTo("unknown key 'zz'; expected one of [a, b]");
    e = rejectingTheFirstMember("[1]");
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.problem()).isEqualTo("must be an object, was an array");
    e = rejectingTheFirstMember("{\"a\": [1]}");
    assertThat(e.path()).isEqualTo("a");
    assertThat(e.problem()).isEqualTo("must be an object, was an array");
  }

  @Test
  void describesValuesForMessages() {
    assertThat(new JString("x".repeat(100)).describe()).hasSize(93).endsWith("...'");
    assertThat(new JNumber("1e3", false).describe()).isEqualTo("the number 1e3");
    assertThat(new JNull().describe()).isEqualTo("null");
    assertThat(new JBoolean(false).describe()).isEqualTo("false");
  }
}
