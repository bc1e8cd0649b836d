package dev.seatline.billing.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableSet;
import dev.seatline.billing.correction.IssuedInvoice;
import dev.seatline.billing.correction.IssuedLine;
import dev.seatline.billing.correction.IssuedPeriod;
import dev.seatline.billing.correction.IssuedUser;
import dev.seatline.billing.examples.cli.JsonValue.JArray;
import dev.seatline.billing.examples.cli.JsonValue.JBoolean;
import dev.seatline.billing.examples.cli.JsonValue.JString;
import dev.seatline.billing.examples.cli.ScenarioReader.Obj;
import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.InvoiceKind;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the result JSON of {@code conformance/FORMAT.md} back as the invoices already issued for a
 * period (R13): one result, or a JSON array of results and earlier corrections, oldest first, into
 * {@link IssuedPeriod}s, strictly (unknown keys, missing ids, wrong types, a total that is not the
 * sum of its lines, a due date that is not net 30, taxes included, an amount with more decimals
 * than the currency are invalid input).
 *
 * <p>Paths start with {@code issued}: {@code issued.invoices[2].lines[0].amount} in a single
 * result, {@code issued[1].invoices[0].ref} in an array. Only the ids, kinds, refs, dates,
 * quantities, prices, amounts, explanations and the users' tiers are kept; the period's instants
 * are read and checked but not kept (the fresh rating has them).
 *
 * <p>Stateless. Example: {@code ResultReader.read(Files.readAllBytes(issued)).periods()}.
 */
public final class ResultReader {
  /** The path of the issued file's root. */
  static final String ROOT = "issued";

  private static final Set<String> RESULT_KEYS =
      ImmutableSet.of("organization", "period", "currency", "invoices", "users");
  private static final Set<String> PERIOD_KEYS = ImmutableSet.of("index", "start", "end", "asOf");
  private static final Set<String> INVOICE_KEYS =
      ImmutableSet.of("id", "kind", "ref", "issuedOn", "dueOn", "taxesIncluded", "lines", "total");
  private static final Set<String> LINE_KEYS =
      ImmutableSet.of("id", "code", "item", "quantity", "unitPrice", "amount", "explanation");
  private static final Set<String> USER_KEYS = ImmutableSet.of("id", "billed", "tier", "reason");

  private ResultReader() {}

  /**
   * The results in a file, and whether the file held one result (not an array).
   *
   * @param periods the results, oldest first
   * @param single whether the file held one result, whose paths are {@code issued...} rather than
   *     {@code issued[0]...}
   */
  public record Issued(List<IssuedPeriod> periods, boolean single) {
    /** Copies the results. */
    public Issued {
      periods = List.copyOf(periods);
    }

    /**
     * {@code e} as a path of this file: {@code issued[0]...} of a single result is {@code
     * issued...}.
     */
    InvalidInputException rooted(InvalidInputException e) {
      String prefix = ROOT + "[0]";
      if (single && e.path().startsWith(prefix)) {
        return InvalidInputException.at(ROOT + e.path().substring(prefix.length()), e.problem());
      }
      return e;
    }
  }

  /**
   * The issued results in the UTF-8 JSON document {@code json}.
   *
   * @throws InvalidInputException naming the offending element, its path starting with {@code
   *     issued}
   */
  public static Issued read(byte[] json) {
    JsonValue root;
    try {
      root =
          JsonStream.read(
              json,
              in -> {
                JsonValue tree = in.tree("");
                in.requireEnd();
                return tree;
              });
    } catch (InvalidInputException e) {
      throw InvalidInputException.at(ROOT, e.problem());
    }
    if (root instanceof JArray a) {
      List<IssuedPeriod> periods = new ArrayList<>();
      for (int i = 0; i < a.elements().size(); i++) {
        periods.add(result(a.elements().get(i), ROOT + "[" + i + "]"));
      }
      if (periods.isEmpty()) {
        throw InvalidInputException.at(
            ROOT, "an empty array: give the result of the run that issued the period");
      }
      return new Issued(periods, false);
    }
    return new Issued(List.of(result(root, ROOT)), true);
  }

  /** The issued results in the JSON text {@code json}. */
  public static Issued read(String json) {
    return read(json.getBytes(UTF_8));
  }

  /** The required array {@code key} of {@code o}, its elements. */
  private static List<JsonValue> list(Obj o, String key) {
    JsonValue v = o.required(key);
    if (v instanceof JArray a) {
      return a.elements();
    }
    throw InvalidInputException.at(o.path(key), "must be an array, was " + v.describe());
  }

  private static IssuedPeriod result(JsonValue json, String path) {
    Obj o = new Obj(json, path, RESULT_KEYS);
    String organization = ScenarioReader.string(o.required("organization"), o.path("organization"));
    Obj period = new Obj(o.required("period"), o.path("period"), PERIOD_KEYS);
    int index =
        (int)
            ScenarioReader.wholeNumber(
                period.required("index"), period.path("index"), 0, Integer.MAX_VALUE);
    ScenarioReader.instant(period.required("start"), period.path("start"));
    ScenarioReader.instant(period.required("end"), period.path("end"));
    period.optional("asOf").ifPresent(v -> ScenarioReader.instant(v, period.path("asOf")));
    BillingCurrency currency = ScenarioReader.currency(o.required("currency"), o.path("currency"));
    List<IssuedInvoice> invoices = new ArrayList<>();
    List<JsonValue> list = list(o, "invoices");
    for (int j = 0; j < list.size(); j++) {
      invoices.add(invoice(list.get(j), o.path("invoices") + "[" + j + "]", currency));
    }
    List<IssuedUser> users = new ArrayList<>();
    List<JsonValue> userList = list(o, "users");
    for (int k = 0; k < userList.size(); k++) {
      users.add(user(userList.get(k), o.path("users") + "[" + k + "]"));
    }
    return new IssuedPeriod(organization, index, currency, invoices, users);
  }

  private static IssuedInvoice invoice(JsonValue json, String path, BillingCurrency currency) {
    Obj o = new Obj(json, path, INVOICE_KEYS);
    String id = ScenarioReader.string(o.required("id"), o.path("id"));
    InvoiceKind kind =
        ScenarioReader.enumValue(InvoiceKind.class, o.required("kind"), o.path("kind"));
    Optional<String> ref = o.optional("ref").map(v -> ScenarioReader.string(v, o.path("ref")));
    if (ref.isPresent() != kind.hasRef()) {
      throw InvalidInputException.at(
          o.path("ref"),
          !kind.hasRef()
              ? "must be null for a " + kind + " invoice"
              : "is required for a " + kind + " invoice");
    }
    LocalDate issuedOn = ScenarioReader.date(o.required("issuedOn"), o.path("issuedOn"));
    LocalDate dueOn = ScenarioReader.date(o.required("dueOn"), o.path("dueOn"));
    if (!dueOn.equals(issuedOn.plusDays(Invoice.PAYMENT_TERM_DAYS))) {
      throw InvalidInputException.at(
          o.path("dueOn"),
          dueOn + " is not 30 days after the issue date " + issuedOn + " (net 30, R9)");
    }
    JsonValue taxes = o.required("taxesIncluded");
    if (!(taxes instanceof JBoolean b) || b.value()) {
      throw InvalidInputException.at(
          o.path("taxesIncluded"), "must be false (amounts never include taxes, R10)");
    }
    List<IssuedLine> lines = new ArrayList<>();
    List<JsonValue> list = list(o, "lines");
    Money sum = Money.zero(currency);
    for (int k = 0; k < list.size(); k++) {
      IssuedLine line = line(list.get(k), o.path("lines") + "[" + k + "]", currency);
      lines.add(line);
      sum = sum.plus(line.amount());
    }
    Money total = money(o.required("total"), o.path("total"), currency);
    if (!total.equals(sum)) {
      throw InvalidInputException.at(
          o.path("total"),
          total.amount().toPlainString()
              + " is not the sum of the invoice's lines "
              + sum.amount().toPlainString());
    }
    return new IssuedInvoice(id, kind, ref, issuedOn, lines, total);
  }

  private static IssuedLine line(JsonValue json, String path, BillingCurrency currency) {
    Obj o = new Obj(json, path, LINE_KEYS);
    String id = ScenarioReader.string(o.required("id"), o.path("id"));
    String codeName = ScenarioReader.string(o.required("code"), o.path("code"));
    LineCode code;
    try {
      code = LineCode.custom(codeName);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.at(o.path("code"), String.valueOf(e.getMessage()));
    }
    String item = ScenarioReader.string(o.required("item"), o.path("item"));
    BigDecimal quantity = ScenarioReader.decimal(o.required("quantity"), o.path("quantity"));
    BigDecimal unitPrice = ScenarioReader.decimal(o.required("unitPrice"), o.path("unitPrice"));
    Money amount = money(o.required("amount"), o.path("amount"), currency);
    List<String> explanation = new ArrayList<>();
    List<JsonValue> sentences = list(o, "explanation");
    for (int k = 0; k < sentences.size(); k++) {
      explanation.add(
          ScenarioReader.string(sentences.get(k), o.path("explanation") + "[" + k + "]"));
    }
    if (explanation.isEmpty()) {
      throw InvalidInputException.at(o.path("explanation"), "must hold at least one sentence");
    }
    return new IssuedLine(
        id, code, item, quantity, unitPrice, amount, explanation, Optional.empty());
  }

  private static IssuedUser user(JsonValue json, String path) {
    Obj o = new Obj(json, path, USER_KEYS);
    String id = ScenarioReader.string(o.required("id"), o.path("id"));
    JsonValue billed = o.required("billed");
    if (!(billed instanceof JBoolean b)) {
      throw InvalidInputException.at(o.path("billed"), "must be true or false");
    }
    Optional<LicenseTier> tier =
        o.optional("tier")
            .map(
                v ->
                    ScenarioReader.tier(
                        ScenarioReader.string(v, o.path("tier")), o.path("tier"), null));
    if (tier.isPresent() != b.value()) {
      throw InvalidInputException.at(
          o.path("tier"),
          b.value() ? "is required for a billed user" : "must be null for a user not billed");
    }
    o.optional("reason")
        .ifPresent(
            v -> {
              if (!(v instanceof JString)) {
                throw InvalidInputException.at(o.path("reason"), "must be a string or null");
              }
            });
    return new IssuedUser(id, tier);
  }

  private static Money money(JsonValue json, String path, BillingCurrency currency) {
    BigDecimal amount = ScenarioReader.decimal(json, path);
    try {
      return Money.of(currency, amount);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.at(path, String.valueOf(e.getMessage()));
    }
  }
}
