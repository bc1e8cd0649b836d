package dev.seatline.billing.invoice;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.money.Money;
import dev.seatline.billing.rating.LineItem;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One invoice (<a href="{@docRoot}/index.html#R9">R9</a>, <a
 * href="{@docRoot}/index.html#R10">R10</a>): its kind, the order or shipment it is for, the issue
 * date, the lines in invoice order and their total. Every invoice is due {@value
 * #PAYMENT_TERM_DAYS} days after it is issued (net 30), and no amount includes taxes.
 *
 * <p>Laws: {@code total} is the sum of the line amounts; {@code dueOn} is {@code issuedOn + 30
 * days}.
 *
 * <p>Immutable. Example: a RECURRING invoice issued 2026-02-15 is due 2026-03-17.
 *
 * @param kind the kind of invoice
 * @param ref the order or shipment id for ORDER and SHIPMENT invoices, empty otherwise
 * @param issuedOn the local issue date in the billing zone
 * @param lines the lines, sorted by code then item
 * @param total the sum of the line amounts
 */
public record Invoice(
    InvoiceKind kind, Optional<String> ref, LocalDate issuedOn, List<LineItem> lines, Money total) {

  /** Payment terms: net 30 days (R9). */
  public static final int PAYMENT_TERM_DAYS = 30;

  /** The order invoices are listed in: by issue date, then kind, then ref. */
  public static final Comparator<Invoice> LISTING_ORDER =
      Comparator.comparing(Invoice::issuedOn)
          .thenComparing(Invoice::kind)
          .thenComparing(i -> i.ref().orElse(""));

  /**
   * Validates that the total is the sum of the lines, in one currency, and sorts the lines.
   *
   * @param kind the kind of invoice
   * @param ref the order or shipment id for ORDER and SHIPMENT invoices, empty otherwise
   * @param issuedOn the local issue date in the billing zone
   * @param lines the lines, sorted by code then item
   * @param total the sum of the line amounts
   */
  public Invoice {
    requireNonNull(kind, "kind");
    requireNonNull(ref, "ref");
    requireNonNull(issuedOn, "issuedOn");
    requireNonNull(total, "total");
    lines = ImmutableList.sortedCopyOf(LineItem.INVOICE_ORDER, lines);
    Money sum = Money.zero(total.currency());
    for (LineItem line : lines) {
      sum = sum.plus(line.amount());
    }
    if (!sum.equals(total)) {
      throw new IllegalArgumentException("total " + total + " is not the sum of the lines " + sum);
    }
    if (ref.isPresent() != kind.hasRef()) {
      throw new IllegalArgumentException(kind + " invoice with ref " + ref);
    }
  }

  /**
   * {@return an invoice whose total is the sum of {@code lines}}
   *
   * @param kind the kind of invoice
   * @param ref the order or shipment id for ORDER and SHIPMENT invoices, empty otherwise
   * @param issuedOn the local issue date in the billing zone
   * @param currency the currency of the lines and the total
   * @param lines the lines, in any order
   */
  public static Invoice of(
      InvoiceKind kind,
      Optional<String> ref,
      LocalDate issuedOn,
      BillingCurrency currency,
      List<LineItem> lines) {
    Money total = Money.zero(currency);
    for (LineItem line : lines) {
      total = total.plus(line.amount());
    }
    return new Invoice(kind, ref, issuedOn, lines, total);
  }

  /** {@return the due date: {@code issuedOn} plus 30 days (R9)} */
  public LocalDate dueOn() {
    return issuedOn.plusDays(PAYMENT_TERM_DAYS);
  }

  /**
   * {@return false, always: amounts never include taxes (<a
   * href="{@docRoot}/index.html#R10">R10</a>)}
   */
  public boolean taxesIncluded() {
    return false;
  }
}
