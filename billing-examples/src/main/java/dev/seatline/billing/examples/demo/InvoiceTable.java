package dev.seatline.billing.examples.demo;

import dev.seatline.billing.examples.report.ReportFormat;
import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.money.Money;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.rating.NotBilledReason;
import dev.seatline.billing.rating.UserOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Formats a rated period for people (R9, R12): every invoice as a fixed-width table of its lines,
 * who was billed and why not, and the biggest recurring charges with the evidence behind them.
 * Quantities, prices and amounts carry thousands separators ({@code 4,750.00}); the times in the
 * evidence are local times of the billing zone with their offset ({@code 2026-01-20 09:00 −05:00}).
 *
 * <p>Stateless. Example: {@code InvoiceTable.invoices(rated)} starts with {@code ORDER ord-1001
 * issued 2026-01-15, due 2026-02-14}.
 */
public final class InvoiceTable {
  private static final String LINE_FORMAT = "  %-18s %-20s %12s %10s %12s%n";
  private static final int EVIDENCE_SHOWN = 2;

  private InvoiceTable() {}

  /** Every invoice with its lines and total, in listing order. */
  public static String invoices(RatedPeriod rated) {
    StringBuilder out = new StringBuilder();
    for (Invoice invoice : rated.invoices()) {
      out.append(
          String.format(
              "%s%s issued %s, due %s (taxes excluded)%n",
              invoice.kind(),
              invoice.ref().map(r -> " " + r).orElse(""),
              invoice.issuedOn(),
              invoice.dueOn()));
      out.append(String.format(LINE_FORMAT, "charge", "item", "quantity", "unit", "amount"));
      for (LineItem line : invoice.lines()) {
        out.append(
            String.format(
                LINE_FORMAT,
                line.code(),
                line.item(),
                ReportFormat.grouped(line.quantity()),
                ReportFormat.grouped(line.unitPrice()),
                ReportFormat.grouped(line.amount().amount())));
      }
      out.append(
          String.format(
              "  %-18s %-20s %12s %10s %12s%n%n",
              "total", "", "", rated.currency(), ReportFormat.grouped(invoice.total().amount())));
    }
    return out.toString();
  }

  /**
   * How many users were billed per tier and how many were not billed per reason (R12). A NAMED user
   * is one seat; users counted CONCURRENT are counted on queue, and the seats billed for their tier
   * are the sustained peak (R5), shown beside them.
   */
  public static String users(RatedPeriod rated) {
    Map<LicenseTier, Integer> named = new TreeMap<>();
    Map<LicenseTier, Integer> onQueue = new TreeMap<>();
    Map<NotBilledReason, Integer> notBilled = new EnumMap<>(NotBilledReason.class);
    for (UserOutcome u : rated.users()) {
      Map<LicenseTier, Integer> counts =
          u.countedAs() == LicensingModel.CONCURRENT ? onQueue : named;
      u.tier().ifPresent(t -> counts.merge(t, 1, Integer::sum));
      u.reason().ifPresent(r -> notBilled.merge(r, 1, Integer::sum));
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format("Users: %d in the input%n", rated.users().size()));
    named.forEach(
        (t, n) ->
            out.append(
                String.format(
                    "  billed (named)   %-12s %5d %s = %d %s%n",
                    t, n, n == 1 ? "user" : "users", n, n == 1 ? "seat" : "seats")));
    onQueue.forEach(
        (t, n) -> {
          long seats = rated.seats().seatsByTier().getOrDefault(t, 0L);
          out.append(
              String.format(
                  "  counted on queue %-12s %5d %s; billed seats: %d (the sustained peak)%n",
                  t, n, n == 1 ? "user" : "users", seats));
        });
    notBilled.forEach((r, n) -> out.append(String.format("  not billed: %s: %d%n", r.text(), n)));
    return out.toString();
  }

  /**
   * The {@code count} largest lines of the period's recurring invoice (seats, add-ons, call usage),
   * each with the first of its evidence (R12).
   */
  public static String biggestCharges(RatedPeriod rated, int count) {
    List<LineItem> lines = new ArrayList<>(rated.recurringInvoice().lines());
    lines.sort(
        Comparator.comparing((LineItem l) -> l.amount().amount())
            .reversed()
            .thenComparing(LineItem.INVOICE_ORDER));
    StringBuilder out = new StringBuilder("Biggest recurring charges, and why:\n");
    for (int i = 0; i < Math.min(count, lines.size()); i++) {
      LineItem line = lines.get(i);
      out.append(
          String.format(
              "%d. %s %s: %s x %s = %s%n",
              i + 1,
              line.code(),
              line.item(),
              ReportFormat.grouped(line.quantity()),
              ReportFormat.grouped(line.unitPrice()),
              amount(line.amount())));
      List<String> evidence = line.explanation();
      for (int e = 0; e < Math.min(EVIDENCE_SHOWN, evidence.size()); e++) {
        out.append("   - ")
            .append(ReportFormat.localTimes(evidence.get(e), rated.period().zone()))
            .append('\n');
      }
      if (evidence.size() > EVIDENCE_SHOWN) {
        out.append(String.format("   - ... and %d more%n", evidence.size() - EVIDENCE_SHOWN));
      }
    }
    return out.toString();
  }

  /** {@code USD 4,750.00}. */
  public static String amount(Money money) {
    return money.currency() + " " + ReportFormat.grouped(money.amount());
  }
}
