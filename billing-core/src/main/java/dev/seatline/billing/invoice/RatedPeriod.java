package dev.seatline.billing.invoice;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.rating.SeatRating;
import dev.seatline.billing.rating.UserOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The result of rating one period of one organization (<a
 * href="{@docRoot}/index.html#rules">R1-R12</a>): the invoices in listing order, every user's
 * outcome, and the seat rating and charge lines behind the recurring invoice.
 *
 * <p>Exactly one invoice is RECURRING, FINAL or PREVIEW and is always present, even without lines;
 * ORDER and SHIPMENT invoices are present for the orders and shipments of the rated time that have
 * lines.
 *
 * <p>Immutable. Made by {@code BillingEngine.rate}.
 *
 * @param organizationId the organization rated
 * @param period the billing period
 * @param end the period's end, or the cancellation instant when the organization was cancelled in
 *     this period (<a href="{@docRoot}/index.html#R9">R9</a>); an "as of" view does not change it
 *     (see {@link #ratedEnd()})
 * @param asOf the "as of" instant of a usage-to-date view (<a
 *     href="{@docRoot}/index.html#R11">R11</a>), empty otherwise
 * @param currency the currency of every amount
 * @param invoices the invoices, by issue date, then kind, then ref
 * @param seats the seat rating (<a href="{@docRoot}/index.html#R2">R2</a>-<a
 *     href="{@docRoot}/index.html#R6">R6</a>)
 * @param charges the lines of the charge rules that follow the seats (<a
 *     href="{@docRoot}/index.html#R7">R7</a> and others), in invoice order
 */
public record RatedPeriod(
    String organizationId,
    BillingPeriod period,
    Instant end,
    Optional<Instant> asOf,
    BillingCurrency currency,
    List<Invoice> invoices,
    SeatRating seats,
    List<LineItem> charges) {

  /**
   * Copies the invoices into listing order.
   *
   * @param organizationId the organization rated
   * @param period the billing period
   * @param end the period's end, or the cancellation instant when the organization was cancelled in
   *     this period (<a href="{@docRoot}/index.html#R9">R9</a>); an "as of" view does not change it
   *     (see {@link #ratedEnd()})
   * @param asOf the "as of" instant of a usage-to-date view (<a
   *     href="{@docRoot}/index.html#R11">R11</a>), empty otherwise
   * @param currency the currency of every amount
   * @param invoices the invoices, by issue date, then kind, then ref
   * @param seats the seat rating (<a href="{@docRoot}/index.html#R2">R2</a>-<a
   *     href="{@docRoot}/index.html#R6">R6</a>)
   * @param charges the lines of the charge rules that follow the seats (<a
   *     href="{@docRoot}/index.html#R7">R7</a> and others), in invoice order
   */
  public RatedPeriod {
    requireNonNull(organizationId, "organizationId");
    requireNonNull(period, "period");
    requireNonNull(end, "end");
    requireNonNull(asOf, "asOf");
    requireNonNull(currency, "currency");
    invoices = ImmutableList.sortedCopyOf(Invoice.LISTING_ORDER, invoices);
    requireNonNull(seats, "seats");
    charges = ImmutableList.sortedCopyOf(LineItem.INVOICE_ORDER, charges);
  }

  /**
   * {@return the end of the rated time: the "as of" instant of a usage-to-date view, else {@link
   * #end()}}
   */
  public Instant ratedEnd() {
    return asOf.orElse(end);
  }

  /** {@return every input user's outcome, in input order (R12)} */
  public List<UserOutcome> users() {
    return seats.users();
  }

  /**
   * {@return the stable id of {@code invoice}, one of this period's invoices ({@link StableIds})}
   *
   * @param invoice an invoice of this period
   */
  public String invoiceId(Invoice invoice) {
    return StableIds.invoice(organizationId, period.index(), invoice.kind(), invoice.ref());
  }

  /**
   * {@return the stable id of {@code line} of {@code invoice} ({@link StableIds})}
   *
   * @param invoice an invoice of this period
   * @param line a line of that invoice
   */
  public String lineId(Invoice invoice, LineItem line) {
    return StableIds.line(invoiceId(invoice), line.code(), line.item());
  }

  /** {@return the invoice with the period's recurring charges (RECURRING, FINAL or PREVIEW)} */
  public Invoice recurringInvoice() {
    for (Invoice i : invoices) {
      if (i.kind().isRecurring()) {
        return i;
      }
    }
    throw new IllegalStateException("no recurring invoice in " + invoices);
  }

  /**
   * {@return the recurring line of {@code code} and {@code item}, if the period has one}
   *
   * @param code the kind of charge
   * @param item the item charged, such as a tier name
   */
  public Optional<LineItem> line(dev.seatline.billing.model.LineCode code, String item) {
    for (LineItem l : recurringInvoice().lines()) {
      if (l.code().equals(code) && l.item().equals(item)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
