package dev.seatline.billing.correction;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.InvoiceKind;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.invoice.StableIds;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.rating.UserOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The correction of a closed period (<a href="{@docRoot}/index.html#R13">R13</a>): the CORRECTION
 * invoices (one per issued invoice whose lines changed, its ref the id of that invoice) and the new
 * ORDER and SHIPMENT invoices, each with its stable id, the users' new outcomes, and the fresh
 * rating they were worked out from. Empty invoices mean nothing changed.
 *
 * <p>Immutable. Made by {@link Corrections#correct}. Example: {@code corrected.invoices()} holds
 * {@code acme-prod/0/CORRECTION/1/RECURRING} with a SEAT line of quantity 1 (a late login).
 */
public final class CorrectedPeriod {
  private final RatedPeriod fresh;
  private final Instant at;
  private final List<Invoice> invoices;
  private final List<String> ids;

  CorrectedPeriod(RatedPeriod fresh, Instant at, List<Invoice> invoices, List<String> ids) {
    this.fresh = requireNonNull(fresh, "fresh");
    this.at = requireNonNull(at, "at");
    if (invoices.size() != ids.size()) {
      throw new IllegalArgumentException("one id per invoice");
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < invoices.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Invoice.LISTING_ORDER.compare(invoices.get(a), invoices.get(b)));
    List<Invoice> sortedInvoices = new ArrayList<>();
    List<String> sortedIds = new ArrayList<>();
    for (int i : order) {
      sortedInvoices.add(invoices.get(i));
      sortedIds.add(ids.get(i));
    }
    this.invoices = List.copyOf(sortedInvoices);
    this.ids = List.copyOf(sortedIds);
  }

  /** {@return the fresh rating of the new data the correction was worked out from} */
  public RatedPeriod fresh() {
    return fresh;
  }

  /** {@return the correction instant; every invoice here is issued on its local date} */
  public Instant at() {
    return at;
  }

  /** {@return the organization} */
  public String organizationId() {
    return fresh.organizationId();
  }

  /** {@return the billing period corrected} */
  public BillingPeriod period() {
    return fresh.period();
  }

  /** {@return the period's end, or the cancellation instant in its last period} */
  public Instant end() {
    return fresh.end();
  }

  /** {@return the currency of every amount} */
  public BillingCurrency currency() {
    return fresh.currency();
  }

  /**
   * {@return the CORRECTION invoices and the new ORDER and SHIPMENT invoices, in listing order
   * (CORRECTION invoices by the id of the invoice they correct)}
   */
  public List<Invoice> invoices() {
    return invoices;
  }

  /** {@return the CORRECTION invoices only} */
  public List<Invoice> corrections() {
    return invoices.stream().filter(i -> i.kind() == InvoiceKind.CORRECTION).toList();
  }

  /** {@return whether nothing changed: no invoice at all} */
  public boolean isEmpty() {
    return invoices.isEmpty();
  }

  /** {@return every input user's fresh outcome, in input order} */
  public List<UserOutcome> users() {
    return fresh.users();
  }

  /**
   * {@return the stable id of {@code invoice}, one of {@link #invoices()} ({@link StableIds})}
   *
   * @param invoice an invoice of this correction
   * @throws IllegalArgumentException if it is not one of them
   */
  public String invoiceId(Invoice invoice) {
    int i = invoices.indexOf(invoice);
    if (i < 0) {
      throw new IllegalArgumentException("not an invoice of this correction: " + invoice);
    }
    return ids.get(i);
  }

  /**
   * {@return the stable id of {@code line} of {@code invoice} ({@link StableIds})}
   *
   * @param invoice an invoice of this correction
   * @param line a line of that invoice
   */
  public String lineId(Invoice invoice, LineItem line) {
    return StableIds.line(invoiceId(invoice), line.code(), line.item());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CorrectedPeriod c
        && fresh.equals(c.fresh)
        && at.equals(c.at)
        && invoices.equals(c.invoices)
        && ids.equals(c.ids);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(fresh, at, invoices, ids);
  }

  @Override
  public String toString() {
    return "CorrectedPeriod{"
        + organizationId()
        + "/"
        + period().index()
        + " at "
        + at
        + ", "
        + ids
        + "}";
  }
}
