package dev.seatline.billing.examples.tables;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of the output table {@code invoice_lines} ({@code TABLES.md}, <a
 * href="{@docRoot}/index.html#R10">R10</a>, <a href="{@docRoot}/index.html#R12">R12</a>, <a
 * href="{@docRoot}/index.html#R13">R13</a>): every field is the exact text written to the CSV,
 * numbers as the result JSON writes them, the explanation strings joined with {@code " | "}.
 *
 * <p>Immutable. Example: {@code acme-prod,0,acme-prod/0/RECURRING,acme-prod/0/RECURRING/SEAT/
 * PURECLOUD_3,SEAT,PURECLOUD_3,1,150.00,150.00,u1: ...}.
 *
 * @param orgId the organization
 * @param periodIndex the period rated
 * @param invoiceId the stable id of the line's invoice
 * @param lineId the stable line id
 * @param code the line code
 * @param item the item charged
 * @param quantity the quantity as the result JSON writes it
 * @param unitPrice the unit price
 * @param amount the amount at the currency's scale
 * @param explanation the explanation strings joined with {@code " | "}
 */
public record InvoiceLineRow(
    String orgId,
    int periodIndex,
    String invoiceId,
    String lineId,
    String code,
    String item,
    String quantity,
    String unitPrice,
    String amount,
    String explanation) {
  /** The column names, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "org_id",
          "period_index",
          "invoice_id",
          "line_id",
          "code",
          "item",
          "quantity",
          "unit_price",
          "amount",
          "explanation");

  /** The separator of the explanation strings. */
  public static final String EXPLANATION_SEPARATOR = " | ";

  /** Validates that every field is present. */
  public InvoiceLineRow {
    requireNonNull(orgId, "orgId");
    requireNonNull(invoiceId, "invoiceId");
    requireNonNull(lineId, "lineId");
    requireNonNull(code, "code");
    requireNonNull(item, "item");
    requireNonNull(quantity, "quantity");
    requireNonNull(unitPrice, "unitPrice");
    requireNonNull(amount, "amount");
    requireNonNull(explanation, "explanation");
  }

  /** {@return the fields as CSV text, in the order of {@link #COLUMNS}} */
  public List<@Nullable String> values() {
    return Collections.unmodifiableList(
        Arrays.<@Nullable String>asList(
            orgId,
            Integer.toString(periodIndex),
            invoiceId,
            lineId,
            code,
            item,
            quantity,
            unitPrice,
            amount,
            explanation));
  }
}
