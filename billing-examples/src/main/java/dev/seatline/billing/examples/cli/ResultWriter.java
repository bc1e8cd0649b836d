package dev.seatline.billing.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.seatline.billing.correction.CorrectedPeriod;
import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.invoice.StableIds;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.rating.UserOutcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a {@link RatedPeriod} as the result JSON of {@code conformance/FORMAT.md} (R8-R12): the
 * organization, the period (its {@code end} is the period end or the cancellation, never the "as
 * of" instant), the currency, the invoices in listing order with their lines in invoice order, and
 * every user's outcome in input order.
 *
 * <p>Numbers are decimal strings: amounts and totals at the currency's scale (JPY without
 * decimals), quantities whole except EXCESS_CALL_PORTS (port-hours, 4 decimals rounded HALF_UP):
 * SEAT_HOUR in whole hours (R15), COMMITTED_SEAT and OVERAGE in seats, MINIMUM_TRUE_UP 1 (R14);
 * unit prices as priced (the true-up's is its shortfall). An ADVANCE invoice (R14) is written like
 * the others, with a null {@code ref}. {@code ref} is null for recurring kinds; {@code reason} is
 * the {@link dev.seatline.billing.rating.NotBilledReason} text, null when the user is billed. Every
 * invoice and line carries its stable {@code id} ({@link dev.seatline.billing.invoice.StableIds}).
 *
 * <p>Stateless and thread-safe. Example: {@code ResultWriter.toJson(rated)} starts with {@code
 * {"organization": "acme-prod", "period": {"index": 0, ...}}}.
 */
public final class ResultWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private ResultWriter() {}

  /** The result JSON of {@code rated}, as UTF-8 text. */
  public static byte[] write(RatedPeriod rated) {
    return write(
        new View(
            rated.organizationId(),
            rated.period(),
            rated.end(),
            rated.asOf(),
            rated.currency(),
            rated.invoices(),
            rated::invoiceId,
            rated.users()));
  }

  /**
   * The result JSON of a correction (R13), as UTF-8 text: the same shape, with the CORRECTION
   * invoices and any new ORDER and SHIPMENT invoices (each with its id; a CORRECTION's {@code ref}
   * is the id of the invoice it corrects, its quantities and amounts may be negative) and the
   * users' new outcomes; {@code period.asOf} is null.
   */
  public static byte[] write(CorrectedPeriod corrected) {
    return write(
        new View(
            corrected.organizationId(),
            corrected.period(),
            corrected.end(),
            Optional.empty(),
            corrected.currency(),
            corrected.invoices(),
            corrected::invoiceId,
            corrected.users()));
  }

  /** The result JSON of a correction (R13). */
  public static String toJson(CorrectedPeriod corrected) {
    return new String(write(corrected), UTF_8);
  }

  /** What a result shows, whichever run made it. */
  private record View(
      String organizationId,
      BillingPeriod period,
      Instant end,
      Optional<Instant> asOf,
      BillingCurrency currency,
      List<Invoice> invoices,
      Function<Invoice, String> invoiceId,
      List<UserOutcome> users) {}

  private static byte[] write(View rated) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(indenter)
              .withArrayIndenter(indenter));
      result(g, rated);
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The result JSON of {@code rated}. */
  public static String toJson(RatedPeriod rated) {
    return new String(write(rated), UTF_8);
  }

  private static void result(JsonGenerator g, View rated) throws IOException {
    g.writeStartObject();
    g.writeStringField("organization", rated.organizationId());
    g.writeObjectFieldStart("period");
    g.writeNumberField("index", rated.period().index());
    g.writeStringField("start", rated.period().start().toString());
    g.writeStringField("end", rated.end().toString());
    nullableString(g, "asOf", rated.asOf().map(Instant::toString));
    g.writeEndObject();
    g.writeStringField("currency", rated.currency().name());
    g.writeArrayFieldStart("invoices");
    for (Invoice invoice : rated.invoices()) {
      invoice(g, rated, invoice);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("users");
    for (UserOutcome user : rated.users()) {
      g.writeStartObject();
      g.writeStringField("id", user.userId());
      g.writeBooleanField("billed", user.billed());
      nullableString(g, "tier", user.tier().map(LicenseTier::name));
      nullableString(g, "reason", user.reason().map(r -> r.text()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void invoice(JsonGenerator g, View rated, Invoice invoice) throws IOException {
    g.writeStartObject();
    String id = rated.invoiceId().apply(invoice);
    g.writeStringField("id", id);
    g.writeStringField("kind", invoice.kind().name());
    nullableString(g, "ref", invoice.ref());
    g.writeStringField("issuedOn", invoice.issuedOn().toString());
    g.writeStringField("dueOn", invoice.dueOn().toString());
    g.writeBooleanField("taxesIncluded", invoice.taxesIncluded());
    g.writeArrayFieldStart("lines");
    for (LineItem line : invoice.lines()) {
      g.writeStartObject();
      g.writeStringField("id", StableIds.line(id, line.code(), line.item()));
      g.writeStringField("code", line.code().name());
      g.writeStringField("item", line.item());
      g.writeStringField("quantity", ResultNumbers.quantity(line));
      g.writeStringField("unitPrice", ResultNumbers.unitPrice(line));
      g.writeStringField("amount", ResultNumbers.amount(line.amount()));
      g.writeArrayFieldStart("explanation");
      for (String sentence : line.explanation()) {
        g.writeString(sentence);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("total", ResultNumbers.amount(invoice.total()));
    g.writeEndObject();
  }

  /** The quantity of {@code line} as the result writes it ({@link ResultNumbers#quantity}). */
  static String quantity(LineItem line) {
    return ResultNumbers.quantity(line);
  }

  private static void nullableString(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }
}
