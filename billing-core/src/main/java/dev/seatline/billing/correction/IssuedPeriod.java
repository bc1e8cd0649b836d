package dev.seatline.billing.correction;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.rating.UserOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What was issued for one period of one organization in one run (<a
 * href="{@docRoot}/index.html#R13">R13</a>): the invoices with their stable ids and the users'
 * outcomes, as plain values. It is made from a {@link RatedPeriod} ({@link #of(RatedPeriod)}), from
 * an earlier {@link CorrectedPeriod} ({@link #of(CorrectedPeriod)}), or by a reader of any text
 * form of the result (the result JSON, output tables) with the constructor.
 *
 * <p>Immutable. Example: {@code IssuedPeriod.of(engine.rate(input, 0))}.
 *
 * @param organizationId the organization
 * @param periodIndex the index of the billing period
 * @param currency the currency of every amount
 * @param invoices the invoices issued in that run
 * @param users the users' outcomes of that run
 */
public record IssuedPeriod(
    String organizationId,
    int periodIndex,
    BillingCurrency currency,
    List<IssuedInvoice> invoices,
    List<IssuedUser> users) {

  /**
   * Validates and copies the parts.
   *
   * @param organizationId the organization
   * @param periodIndex the index of the billing period
   * @param currency the currency of every amount
   * @param invoices the invoices issued in that run
   * @param users the users' outcomes of that run
   */
  public IssuedPeriod {
    requireNonNull(organizationId, "organizationId");
    requireNonNull(currency, "currency");
    invoices = List.copyOf(invoices);
    users = List.copyOf(users);
  }

  /**
   * {@return the invoices of {@code rated} as issued, with their ids and typed evidence}
   *
   * @param rated a rated period
   */
  public static IssuedPeriod of(RatedPeriod rated) {
    List<IssuedInvoice> invoices = new ArrayList<>();
    for (Invoice invoice : rated.invoices()) {
      invoices.add(issued(rated.invoiceId(invoice), invoice));
    }
    return new IssuedPeriod(
        rated.organizationId(),
        rated.period().index(),
        rated.currency(),
        invoices,
        users(rated.users()));
  }

  /**
   * {@return the invoices of {@code corrected} as issued: its CORRECTION invoices and new ORDER and
   * SHIPMENT invoices, with their ids and typed evidence, and its users' outcomes}
   *
   * @param corrected a correction
   */
  public static IssuedPeriod of(CorrectedPeriod corrected) {
    List<IssuedInvoice> invoices = new ArrayList<>();
    for (Invoice invoice : corrected.invoices()) {
      invoices.add(issued(corrected.invoiceId(invoice), invoice));
    }
    return new IssuedPeriod(
        corrected.organizationId(),
        corrected.period().index(),
        corrected.currency(),
        invoices,
        users(corrected.users()));
  }

  private static IssuedInvoice issued(String id, Invoice invoice) {
    List<IssuedLine> lines = new ArrayList<>();
    for (LineItem line : invoice.lines()) {
      lines.add(
          new IssuedLine(
              dev.seatline.billing.invoice.StableIds.line(id, line.code(), line.item()),
              line.code(),
              line.item(),
              line.quantity(),
              line.unitPrice(),
              line.amount(),
              line.explanation(),
              Optional.of(line.evidence())));
    }
    return new IssuedInvoice(
        id, invoice.kind(), invoice.ref(), invoice.issuedOn(), lines, invoice.total());
  }

  private static List<IssuedUser> users(List<UserOutcome> outcomes) {
    List<IssuedUser> users = new ArrayList<>(outcomes.size());
    for (UserOutcome u : outcomes) {
      users.add(new IssuedUser(u.userId(), u.tier()));
    }
    return users;
  }
}
