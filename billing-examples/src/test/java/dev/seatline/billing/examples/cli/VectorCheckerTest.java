package dev.seatline.billing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The checker must find every kind of difference FORMAT.md names, and accept equal results. */
class VectorCheckerTest {
  private static final String RESULT =
      """
      {"organization": "o", "currency": "USD",
       "period": {"index": 0, "start": "2026-01-15T05:00:00Z", "end": "2026-02-15T05:00:00Z", "asOf": null},
       "invoices": [
         {"kind": "ORDER", "ref": "ord-1", "issuedOn": "2026-01-15", "dueOn": "2026-02-14",
          "taxesIncluded": false, "total": "4500.00",
          "lines": [{"code": "ONE_TIME", "item": "E", "quantity": "1", "unitPrice": "4500.00", "amount": "4500.00"}]},
         {"kind": "RECURRING", "ref": null, "issuedOn": "2026-02-15", "dueOn": "2026-03-17",
          "taxesIncluded": false, "total": "160.00",
          "lines": [{"code": "SEAT", "item": "PURECLOUD_3", "quantity": "1", "unitPrice": "150.00", "amount": "150.00"},
                    {"code": "ADD_ON", "item": "SALESFORCE", "quantity": "1", "unitPrice": "10.00", "amount": "10.00"}]}
       ],
       "users": [{"id": "u1", "billed": true, "tier": "PURECLOUD_3", "reason": null},
                 {"id": "u2", "billed": false, "tier": null, "reason": "no login"}]}
      """;

  private static JsonNode result() throws Exception {
    return VectorChecker.parse(RESULT);
  }

  private static JsonNode changed(Consumer<ObjectNode> change) throws Exception {
    ObjectNode copy = (ObjectNode) result().deepCopy();
    change.accept(copy);
    return copy;
  }

  private static ObjectNode invoice(ObjectNode result, int i) {
    return (ObjectNode) result.get("invoices").get(i);
  }

  private static ObjectNode line(ObjectNode result, int invoice, int line) {
    return (ObjectNode) invoice(result, invoice).get("lines").get(line);
  }

  @Test
  void equalResultsHaveNoDifference() throws Exception {
    assertThat(VectorChecker.compareResults(result(), result(), true)).isEmpty();
  }

  @Test
  void idsAreComparedWhereTheExpectedResultGivesThem() throws Exception {
    JsonNode expected =
        changed(
            r -> {
              invoice(r, 1).put("id", "o/0/RECURRING");
              line(r, 1, 0).put("id", "o/0/RECURRING/SEAT/PURECLOUD_3");
            });
    JsonNode wrong =
        changed(
            r -> {
              invoice(r, 1).put("id", "o/0/CORRECTION/1/RECURRING");
              line(r, 1, 0).put("id", "o/0/RECURRING/SEAT/X");
            });

    assertThat(VectorChecker.compareResults(expected, expected, true)).isEmpty();
    // The expected file without ids leaves them unchecked.
    assertThat(VectorChecker.compareResults(result(), wrong, true)).isEmpty();
    assertThat(VectorChecker.compareResults(expected, wrong, true))
        .containsExactly(
            "invoice RECURRING null: id expected \"o/0/RECURRING\" but was"
                + " \"o/0/CORRECTION/1/RECURRING\"",
            "invoice RECURRING null line SEAT PURECLOUD_3: id expected"
                + " \"o/0/RECURRING/SEAT/PURECLOUD_3\" but was \"o/0/RECURRING/SEAT/X\"");
  }

  @Test
  void numbersAndInstantsCompareByValue() throws Exception {
    JsonNode actual =
        changed(
            r -> {
              line(r, 1, 0).put("quantity", "1.0000");
              line(r, 1, 0).put("unitPrice", new BigDecimal("150"));
              ((ObjectNode) r.get("period")).put("start", "2026-01-15T00:00:00.000-05:00");
            });
    assertThat(VectorChecker.compareResults(result(), actual, true)).isEmpty();
  }

  @Test
  void findsAChangedTotalAmountAndPeriod() throws Exception {
    JsonNode actual =
        changed(
            r -> {
              invoice(r, 1).put("total", "160.01");
              line(r, 1, 1).put("amount", "9.99");
              ((ObjectNode) r.get("period")).put("end", "2026-02-15T05:00:00.000000001Z");
            });
    assertThat(VectorChecker.compareResults(result(), actual, false))
        .containsExactlyInAnyOrder(
            "period.end expected \"2026-02-15T05:00:00Z\" but was \"2026-02-15T05:00:00.000000001Z\"",
            "invoice RECURRING null: total expected \"160.00\" but was \"160.01\"",
            "invoice RECURRING null line ADD_ON SALESFORCE: amount expected \"10.00\" but was \"9.99\"");
  }

  @Test
  void findsMissingAndExtraInvoicesLinesAndUsers() throws Exception {
    JsonNode actual =
        changed(
            r -> {
              invoice(r, 0).put("ref", "ord-2");
              line(r, 1, 0).put("item", "PURECLOUD_2");
              ((ArrayNode) r.get("users")).remove(1);
              ((ArrayNode) r.get("users")).addObject().put("id", "u3").put("billed", false);
            });
    assertThat(VectorChecker.compareResults(result(), actual, false))
        .anySatisfy(p -> assertThat(p).startsWith("missing invoice ORDER ord-1"))
        .anySatisfy(p -> assertThat(p).startsWith("extra invoice ORDER ord-2"))
        .anySatisfy(p -> assertThat(p).contains("missing line SEAT PURECLOUD_3"))
        .anySatisfy(p -> assertThat(p).contains("extra line SEAT PURECLOUD_2"))
        .contains("missing user u2", "extra user u3")
        .hasSize(6);
  }

  @Test
  void findsChangedUserFieldsDatesAndNonNumbers() throws Exception {
    JsonNode actual =
        changed(
            r -> {
              ((ObjectNode) r.get("users").get(0)).put("tier", "PURECLOUD_2");
              ((ObjectNode) r.get("users").get(1)).put("billed", true);
              invoice(r, 1).put("dueOn", "2026-03-16");
              invoice(r, 1).put("taxesIncluded", true);
              line(r, 0, 0).put("quantity", "one");
            });
    assertThat(VectorChecker.compareResults(result(), actual, false))
        .containsExactlyInAnyOrder(
            "user u1: tier expected \"PURECLOUD_3\" but was \"PURECLOUD_2\"",
            "user u2: billed expected false but was true",
            "invoice RECURRING null: dueOn expected \"2026-03-17\" but was \"2026-03-16\"",
            "invoice RECURRING null: taxesIncluded expected false but was true",
            "invoice ORDER ord-1 line ONE_TIME E: quantity not a number (expected \"1\", actual"
                + " \"one\")");
  }

  @Test
  void aKeyTwiceOnOneSideIsADifference() throws Exception {
    JsonNode actual = changed(r -> ((ArrayNode) r.get("users")).add(r.get("users").get(0)));
    assertThat(VectorChecker.compareResults(result(), actual, false))
        .containsExactly("actual: user u1 occurs more than once");
  }

  @Test
  void ordersReasonsAndHeaderCountOnlyWhenStrict() throws Exception {
    JsonNode actual =
        changed(
            r -> {
              ArrayNode invoices = (ArrayNode) r.get("invoices");
              invoices.insert(0, invoices.remove(1));
              ArrayNode lines = (ArrayNode) invoice(r, 0).get("lines");
              lines.insert(0, lines.remove(1));
              ((ObjectNode) r.get("users").get(1)).putNull("reason");
              r.put("currency", "EUR");
              ((ObjectNode) r.get("period")).put("asOf", "2026-01-20T00:00:00Z");
            });
    assertThat(VectorChecker.compareResults(result(), actual, false)).isEmpty();
    assertThat(VectorChecker.compareResults(result(), actual, true))
        .containsExactlyInAnyOrder(
            "invoice order differs",
            "invoice RECURRING null: line order differs",
            "user u2: reason expected \"no login\" but was null",
            "currency expected \"USD\" but was \"EUR\"",
            "period.asOf expected null but was \"2026-01-20T00:00:00Z\"");
  }

  @Test
  void errorFormNeedsStatusTwoThePathOneLineAndNoOutput() throws Exception {
    JsonNode expected = VectorChecker.parse("{\"error\": \"users[0].sessions[0]\"}");
    assertThat(VectorChecker.compareError(expected, 2, "users[0].sessions[0]: bad\n", ""))
        .isEmpty();
    assertThat(VectorChecker.compareError(expected, 1, "users[0].sessions[1]: bad\nmore\n", "{}"))
        .containsExactly(
            "expected exit status 2 but was 1",
            "expected 'users[0].sessions[0]' on standard error but it was"
                + " 'users[0].sessions[1]: bad\nmore'",
            "expected exactly one line on standard error but there were 2",
            "expected nothing on standard output");
    assertThat(VectorChecker.compareError(result(), 2, "x: bad\n", null))
        .containsExactly("expected a result but the run exited 2 with: x: bad");
    assertThat(VectorChecker.compareResults(expected, result(), false))
        .containsExactly("expected invalid input (\"users[0].sessions[0]\") but got a result");
  }

  @Test
  void parsesInstantsExactlyAndNumbersStrictly() throws Exception {
    assertThat(VectorChecker.instant(VectorChecker.parse("\"1970-01-01T00:00:01.5Z\"")))
        .isEqualTo(BigInteger.valueOf(1_500_000_000L));
    assertThat(VectorChecker.instant(VectorChecker.parse("\"1970-01-01T01:00+01:00\"")))
        .isEqualTo(BigInteger.ZERO);
    assertThat(VectorChecker.instant(VectorChecker.parse("\"1970-01-01T00:00:00.0000000001Z\"")))
        .isNull();
    assertThat(VectorChecker.instant(VectorChecker.parse("\"1970-01-01\""))).isNull();
    assertThat(VectorChecker.number(VectorChecker.parse("true"))).isNull();
    assertThat(VectorChecker.number(VectorChecker.parse("\"1e2\""))).isEqualByComparingTo("100");
    assertThat(VectorChecker.number(VectorChecker.parse("2.50"))).isEqualByComparingTo("2.5");
  }
}
