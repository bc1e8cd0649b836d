package dev.seatline.billing.examples.tables;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of the output table <i>invoices</i> ({@code TABLES.md}, <a
 * href="{@docRoot}/index.html#R9">R9</a>, <a href="{@docRoot}/index.html#R13">R13</a>): every field
 * is the exact text written to the CSV, null for an empty field.
 *
 * <p>Immutable. Example: {@code acme-prod,0,acme-prod/0/RECURRING,RECURRING,,2026-02-15,2026-03-17,
 * USD,168.89,false}.
 *
 * @param orgId the organization
 * @param periodIndex the period rated
 * @param invoiceId the stable invoice id
 * @param kind the invoice kind
 * @param ref the order or shipment id, null for the recurring kinds
 * @param issuedOn the issue date
 * @param dueOn the due date
 * @param currency the currency code
 * @param total the total at the currency's scale
 * @param taxesIncluded whether taxes are included
 */
public record InvoiceRow(
    String orgId,
    int periodIndex,
    String invoiceId,
    String kind,
    @Nullable String ref,
    String issuedOn,
    String dueOn,
    String currency,
    String total,
    boolean taxesIncluded) {
  /** The column names, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "org_id",
          "period_index",
          "invoice_id",
          "kind",
          "ref",
          "issued_on",
          "due_on",
          "currency",
          "total",
          "taxes_included");

  /** Validates that the required fields are present. */
  public InvoiceRow {
    requireNonNull(orgId, "orgId");
    requireNonNull(invoiceId, "invoiceId");
    requireNonNull(kind, "kind");
    requireNonNull(issuedOn, "issuedOn");
    requireNonNull(dueOn, "dueOn");
    requireNonNull(currency, "currency");
    requireNonNull(total, "total");
  }

  /** {@return the fields as CSV text, in the order of {@link #COLUMNS}} */
  public List<@Nullable String> values() {
    return Collections.unmodifiableList(
        Arrays.<@Nullable String>asList(
            orgId,
            Integer.toString(periodIndex),
            invoiceId,
            kind,
            ref,
            issuedOn,
            dueOn,
            currency,
            total,
            Boolean.toString(taxesIncluded)));
  }
}
