package dev.seatline.billing.correction;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.invoice.InvoiceKind;
import dev.seatline.billing.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One invoice already issued for a period (<a href="{@docRoot}/index.html#R13">R13</a>), as plain
 * values independent of any text form: its stable id, kind, ref (the order or shipment, or for a
 * CORRECTION the id of the corrected invoice), issue date, lines and total.
 *
 * <p>Law: {@code total} is the sum of the line amounts, in one currency.
 *
 * <p>Immutable. Example: {@code acme-prod/0/RECURRING}, RECURRING, issued 2026-02-15, USD 168.89.
 *
 * @param id the invoice's stable id ({@link dev.seatline.billing.invoice.StableIds})
 * @param kind the kind of invoice
 * @param ref the order or shipment id, the corrected invoice's id for a CORRECTION, empty for the
 *     recurring kinds
 * @param issuedOn the local issue date
 * @param lines the lines
 * @param total the sum of the line amounts
 */
public record IssuedInvoice(
    String id,
    InvoiceKind kind,
    Optional<String> ref,
    LocalDate issuedOn,
    List<IssuedLine> lines,
    Money total) {

  /**
   * Validates the parts and that the total is the sum of the lines.
   *
   * @param id the invoice's stable id ({@link dev.seatline.billing.invoice.StableIds})
   * @param kind the kind of invoice
   * @param ref the order or shipment id, the corrected invoice's id for a CORRECTION, empty for the
   *     recurring kinds
   * @param issuedOn the local issue date
   * @param lines the lines
   * @param total the sum of the line amounts
   * @throws IllegalArgumentException if the total is not the sum of the lines, or a ref is present
   *     on a recurring kind or missing on another
   */
  public IssuedInvoice {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(ref, "ref");
    requireNonNull(issuedOn, "issuedOn");
    lines = List.copyOf(lines);
    requireNonNull(total, "total");
    Money sum = Money.zero(total.currency());
    for (IssuedLine line : lines) {
      sum = sum.plus(line.amount());
    }
    if (!sum.equals(total)) {
      throw new IllegalArgumentException(
          "total " + total + " of " + id + " is not the sum of the lines " + sum);
    }
    if (ref.isPresent() != kind.hasRef()) {
      throw new IllegalArgumentException(kind + " invoice with ref " + ref);
    }
  }
}
