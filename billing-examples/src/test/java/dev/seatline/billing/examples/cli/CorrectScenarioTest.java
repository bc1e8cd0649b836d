package dev.seatline.billing.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.correction.Corrections;
import dev.seatline.billing.correction.IssuedPeriod;
import dev.seatline.billing.examples.cli.TestScenarios.Run;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.Order;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.testing.PropertyCheck;
import dev.seatline.billing.testing.SeatlineGenerators;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code billing-rate --correct ISSUED.json SCENARIO.json --at INSTANT} (R13): the issued result
 * read back from its JSON, the correction printed as a result, and its errors with their paths. The
 * base is {@link TestScenarios#BASE}: SEAT COMMUNICATE 25.00 (u2), SEAT PURECLOUD_3 150.00 (u1),
 * ADD_ON SALESFORCE 10.00, 3 ports included, 5 calls for 4 h = 8 excess port-hours = 0.10.
 */
class CorrectScenarioTest {
  private static final String AT = "2026-02-20T15:00:00Z";

  @TempDir Path dir;

  private Path file(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, UTF_8);
    return p;
  }

  private Path issued() throws Exception {
    Run original = TestScenarios.rate(TestScenarios.BASE);
    assertThat(original.status()).isZero();
    return file("issued.json", original.out());
  }

  /** The base with a late COMMUNICATE user u3 who logged in on Jan 21. */
  private static String late() {
    return TestScenarios.with(
        root -> {
          ObjectNode u3 = TestScenarios.array(root, "users").addObject();
          u3.put("id", "u3");
          u3.putArray("licenses")
              .addObject()
              .put("tier", "COMMUNICATE")
              .put("from", "2026-01-10T05:00:00Z");
          u3.putArray("sessions")
              .addObject()
              .put("channel", "WEB")
              .put("from", "2026-01-21T14:00:00Z")
              .put("to", "2026-01-21T15:00:00Z");
        });
  }

  private Run correct(Path issued, String scenario, String at) throws Exception {
    return TestScenarios.run(
        "--correct", issued.toString(), file("late.json", scenario).toString(), "--at", at);
  }

  @Test
  void aLateLoginIsCorrectedFromTheIssuedResultJson() throws Exception {
    // u3 adds a COMMUNICATE seat: +1 x 25.00; and one included port: 4 ports, 1 excess port for
    // 4 h = 4 port-hours = 0.05, so the port line is 4.0000 - 8.0000 = -4.0000, 0.05 - 0.10 =
    // -0.05. Total 25.00 - 0.05 = 24.95, issued 2026-02-20, due 2026-03-22.
    Run run = correct(issued(), late(), AT);
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    JsonNode result = VectorChecker.parse(run.out());
    assertThat(result.get("invoices")).hasSize(1);
    JsonNode invoice = result.get("invoices").get(0);
    assertThat(invoice.get("id").textValue()).isEqualTo("acme-prod/0/CORRECTION/1/RECURRING");
    assertThat(invoice.get("kind").textValue()).isEqualTo("CORRECTION");
    assertThat(invoice.get("ref").textValue()).isEqualTo("acme-prod/0/RECURRING");
    assertThat(invoice.get("issuedOn").textValue()).isEqualTo("2026-02-20");
    assertThat(invoice.get("dueOn").textValue()).isEqualTo("2026-03-22");
    assertThat(invoice.get("total").textValue()).isEqualTo("24.95");
    JsonNode seat = invoice.get("lines").get(0);
    assertThat(seat.get("id").textValue())
        .isEqualTo("acme-prod/0/CORRECTION/1/RECURRING/SEAT/COMMUNICATE");
    assertThat(seat.get("quantity").textValue()).isEqualTo("1");
    assertThat(seat.get("amount").textValue()).isEqualTo("25.00");
    assertThat(seat.get("explanation").toString()).contains("users added: u3 (not billed before)");
    JsonNode ports = invoice.get("lines").get(1);
    assertThat(ports.get("quantity").textValue()).isEqualTo("-4.0000");
    assertThat(ports.get("amount").textValue()).isEqualTo("-0.05");
    assertThat(ports.get("explanation").toString())
        .contains("excess port-seconds now 14400; included ports now 4")
        .contains("as invoiced: included ports 3");
    assertThat(result.get("users")).hasSize(3);
  }

  @Test
  void correctingAgainAgainstTheArrayOfResultsGivesNoInvoice() throws Exception {
    Path issued = issued();
    Run first = correct(issued, late(), AT);
    String both = "[" + Files.readString(issued, UTF_8) + "," + first.out() + "]";
    Run again = correct(file("both.json", both), late(), "2026-02-21T15:00:00Z");
    assertThat(again.err()).isEmpty();
    assertThat(again.status()).isZero();
    assertThat(VectorChecker.parse(again.out()).get("invoices")).isEmpty();
  }

  @Test
  void theScenarioMayComeFromStandardInput() throws Exception {
    Run run =
        TestScenarios.runWithInput(
            new ByteArrayInputStream(late().getBytes(UTF_8)),
            "--at",
            AT,
            "--correct",
            issued().toString(),
            "-");
    assertThat(run.status()).isZero();
    assertThat(VectorChecker.parse(run.out()).get("invoices")).hasSize(1);
  }

  private void invalid(Run run, String path) {
    assertThat(run.out()).isEmpty();
    assertThat(run.status()).isEqualTo(RateScenario.INVALID_INPUT);
    assertThat(run.err()).startsWith(path + ": ");
    assertThat(run.err().strip().lines()).hasSize(1);
  }

  private String issuedWith(Consumer<ObjectNode> change) throws Exception {
    ObjectNode root = (ObjectNode) VectorChecker.parse(Files.readString(issued(), UTF_8));
    change.accept(root);
    return root.toString();
  }

  @Test
  void issuedInvoicesOfAnotherOrganizationPeriodOrCurrencyAreInvalid() throws Exception {
    invalid(
        correct(
            issued(),
            TestScenarios.with(r -> TestScenarios.at(r, "organization").put("id", "globex")),
            AT),
        "issued.organization");
    invalid(
        correct(
            issued(),
            TestScenarios.with(r -> TestScenarios.at(r, "organization").put("currency", "EUR")),
            AT),
        "issued.currency");
    invalid(
        correct(
            file("p1.json", issuedWith(r -> TestScenarios.at(r, "period").put("index", 1))),
            late(),
            AT),
        "issued.period.index");
  }

  @Test
  void aPreviewIsNeverCorrected() throws Exception {
    String preview =
        TestScenarios.with(r -> TestScenarios.at(r, "period").put("asOf", "2026-02-01T00:00:00Z"));
    invalid(
        correct(file("preview.json", TestScenarios.rate(preview).out()), late(), AT),
        "issued.invoices[2].kind");
    invalid(correct(issued(), preview, AT), "period.asOf");
  }

  @Test
  void anIdThatMatchesNothingIsInvalid() throws Exception {
    Path issued = issued();
    ObjectNode stray = (ObjectNode) VectorChecker.parse(correct(issued, late(), AT).out());
    ObjectNode correction = (ObjectNode) stray.get("invoices").get(0);
    correction.put("ref", "acme-prod/0/ORDER/nope");
    String both = "[" + Files.readString(issued, UTF_8) + "," + stray + "]";
    invalid(correct(file("both.json", both), late(), AT), "issued[1].invoices[0].ref");
    invalid(
        correct(
            file(
                "renamed.json",
                issuedWith(
                    r -> ((ObjectNode) r.get("invoices").get(0)).put("id", "acme-prod/0/ORDER/x"))),
            late(),
            AT),
        "issued.invoices[0].id");
  }

  @Test
  void theIssuedResultIsReadStrictly() throws Exception {
    invalid(correct(file("x.json", issuedWith(r -> r.put("foo", 1))), late(), AT), "issued.foo");
    invalid(
        correct(
            file(
                "total.json",
                issuedWith(r -> ((ObjectNode) r.get("invoices").get(0)).put("total", "1.00"))),
            late(),
            AT),
        "issued.invoices[0].total");
    invalid(
        correct(
            file(
                "noid.json",
                issuedWith(
                    r -> ((ObjectNode) r.get("invoices").get(0).get("lines").get(0)).remove("id"))),
            late(),
            AT),
        "issued.invoices[0].lines[0].id");
    invalid(correct(file("bad.json", "{\"organization\": "), late(), AT), "issued");
    invalid(correct(file("empty.json", "[]"), late(), AT), "issued");
  }

  @Test
  void theCorrectionInstantIsCheckedAtDashDashAt() throws Exception {
    invalid(correct(issued(), late(), "2026-02-20"), "--at");
    invalid(correct(issued(), late(), "2026-02-15T04:59:59Z"), "--at");
  }

  @Test
  void usageErrorsAreFailuresInWords() throws Exception {
    Path issued = issued();
    Path scenario = file("late.json", late());
    Run noAt = TestScenarios.run("--correct", issued.toString(), scenario.toString());
    assertThat(noAt.status()).isEqualTo(RateScenario.FAILURE);
    assertThat(noAt.err().strip()).isEqualTo(CorrectScenario.USAGE);
    Run html =
        TestScenarios.run(
            "--correct", issued.toString(), scenario.toString(), "--at", AT, "--html", "r.html");
    assertThat(html.status()).isEqualTo(RateScenario.FAILURE);
    assertThat(html.err()).contains("option '--html' is not available with --correct");
    Run missing =
        TestScenarios.run(
            "--correct", dir.resolve("nope.json").toString(), scenario.toString(), "--at", AT);
    assertThat(missing.status()).isEqualTo(RateScenario.FAILURE);
    assertThat(missing.err()).contains("cannot read").contains("no such file");
    Run bothStdin = TestScenarios.run("--correct", "-", "-", "--at", AT);
    assertThat(bothStdin.status()).isEqualTo(RateScenario.FAILURE);
    assertThat(bothStdin.out()).isEmpty();
  }

  @Test
  void readingTheIssuedResultBackGivesTheSameCorrectionAsTheTypedOne() {
    // Over generated inputs and late data (the first user and the last order gone, a copy of the
    // last user added), the correction against the result JSON read back equals the one against
    // the typed issued invoices, apart from the explanations.
    BillingEngine engine = BillingEngine.withDefaults();
    SeatlineGenerators g = SeatlineGenerators.defaults().users(1, 6);
    PropertyCheck.forAll(
        "the result JSON read back corrects as the typed issued invoices",
        40,
        g.ratingInputs(),
        input -> {
          RatedPeriod original = engine.rate(input, g.periodIndex());
          RatedPeriod fresh = engine.rate(late(input), g.periodIndex());
          Instant at = original.end().plusSeconds(86_400);
          String typed =
              ResultWriter.toJson(
                  Corrections.correct(fresh, List.of(IssuedPeriod.of(original)), at));
          String read =
              ResultWriter.toJson(
                  Corrections.correct(
                      fresh, ResultReader.read(ResultWriter.write(original)).periods(), at));
          try {
            assertThat(withoutExplanations(read)).isEqualTo(withoutExplanations(typed));
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  private static RatingInput late(RatingInput input) {
    List<UserTimeline> users = new ArrayList<>(input.users().subList(1, input.users().size()));
    UserTimeline last = input.users().get(input.users().size() - 1);
    UserTimeline.Builder copy = UserTimeline.builder("late-copy");
    last.licenses().forEach(l -> copy.license(l.tier(), l.interval()));
    last.sessions().forEach(s -> copy.session(s.channel(), s.interval()));
    last.onQueue().forEach(copy::onQueue);
    last.deletedAt().ifPresent(copy::deletedAt);
    users.add(copy.build());
    List<Order> orders = new ArrayList<>(input.orders());
    List<String> gone = new ArrayList<>();
    if (!orders.isEmpty()) {
      gone.add(orders.remove(orders.size() - 1).id());
    }
    return input.toBuilder()
        .clearData()
        .users(users)
        .callPorts(input.callPorts())
        .orders(orders)
        .shipments(input.shipments().stream().filter(s -> !gone.contains(s.orderId())).toList())
        .build();
  }

  private static JsonNode withoutExplanations(String json) throws Exception {
    JsonNode root = VectorChecker.parse(json);
    for (JsonNode invoice : root.get("invoices")) {
      for (JsonNode line : (ArrayNode) invoice.get("lines")) {
        ((ObjectNode) line).remove("explanation");
      }
    }
    return root;
  }

  @Test
  void anAdvanceInvoiceReadBackWithoutARefIsCorrectedLikeAnyOther() throws Exception {
    // Vector 19 (R14) issues an ADVANCE invoice (COMMITTED_SEAT, no ref) and a RECURRING one.
    // Its result read back and corrected against the same scenario changes nothing: no invoice.
    Path vector =
        Path.of(
            java.util.Objects.requireNonNull(
                    getClass()
                        .getResource(
                            "/conformance/vectors/19-commitment-and-overage.scenario.json"))
                .toURI());
    String scenario = Files.readString(vector, UTF_8);
    Run original = TestScenarios.rate(scenario);
    assertThat(original.status()).isZero();
    JsonNode issued = VectorChecker.parse(original.out()).get("invoices");
    assertThat(issued.get(0).get("kind").textValue()).isEqualTo("ADVANCE");
    assertThat(issued.get(0).get("ref").isNull()).isTrue();

    Run run = correct(file("issued.json", original.out()), scenario, AT);

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(VectorChecker.parse(run.out()).get("invoices")).isEmpty();
  }
}
