package dev.seatline.billing.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.InvoiceKind;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.BillingCalendar;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.rating.Evidence;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.rating.NotBilledReason;
import dev.seatline.billing.rating.SeatRating;
import dev.seatline.billing.rating.UserOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Formatting of a hand-made rated period. */
class InvoiceTableTest {
  private static final BillingPeriod PERIOD =
      BillingCalendar.of(LocalDate.of(2026, 1, 15), BillingCalendar.DEFAULT_ZONE).period(0);

  private static LineItem line(LineCode code, String item, long quantity, String price, int why) {
    List<String> evidence = new java.util.ArrayList<>();
    for (int i = 1; i <= why; i++) {
      evidence.add(item + " evidence " + i);
    }
    return LineItem.priced(
        code,
        item,
        quantity,
        new BigDecimal(price),
        BillingCurrency.USD,
        RoundingMode.HALF_UP,
        new Evidence.Text(evidence));
  }

  private static RatedPeriod rated() {
    Invoice recurring =
        Invoice.of(
            InvoiceKind.RECURRING,
            Optional.empty(),
            LocalDate.of(2026, 2, 15),
            BillingCurrency.USD,
            List.of(
                line(LineCode.SEAT, "PURECLOUD_2", 3, "109.50", 3),
                line(LineCode.ADD_ON, "SALESFORCE", 1, "12.50", 1)));
    Invoice order =
        Invoice.of(
            InvoiceKind.ORDER,
            Optional.of("ord-1"),
            LocalDate.of(2026, 1, 15),
            BillingCurrency.USD,
            List.of(line(LineCode.ONE_TIME, "ENABLEMENT_STANDARD", 1, "4750.00", 1)));
    SeatRating seats =
        new SeatRating(
            List.of(
                UserOutcome.billed(
                    "a",
                    LicenseTier.PURECLOUD_2,
                    LicensingModel.NAMED,
                    new Evidence.Text(List.of("x"))),
                UserOutcome.billed(
                    "b",
                    LicenseTier.PURECLOUD_2,
                    LicensingModel.NAMED,
                    new Evidence.Text(List.of("x"))),
                UserOutcome.notBilled(
                    "c",
                    LicensingModel.NAMED,
                    NotBilledReason.NO_USER_INTERFACE_LOGIN,
                    new Evidence.Text(List.of("y")))),
            new java.util.TreeMap<>(Map.of(LicenseTier.PURECLOUD_2, 2L)),
            List.of(),
            List.of());
    return new RatedPeriod(
        "acme",
        PERIOD,
        PERIOD.end(),
        Optional.empty(),
        BillingCurrency.USD,
        List.of(recurring, order),
        seats,
        List.of());
  }

  @Test
  void listsEveryInvoiceWithItsLinesAndTotal() {
    String nl = System.lineSeparator();
    assertThat(InvoiceTable.invoices(rated()))
        .startsWith("ORDER ord-1 issued 2026-01-15, due 2026-02-14 (taxes excluded)" + nl)
        .contains(
            "  SEAT               PURECLOUD_2                     3     109.50       328.50" + nl)
        .contains("RECURRING issued 2026-02-15, due 2026-03-17 (taxes excluded)" + nl)
        .contains(
            "  total                                                       USD       341.00" + nl);
  }

  @Test
  void countsUsersByTierAndReason() {
    String nl = System.lineSeparator();
    assertThat(InvoiceTable.users(rated()))
        .isEqualTo(
            "Users: 3 in the input"
                + nl
                + "  billed (named)   PURECLOUD_2      2 users = 2 seats"
                + nl
                + "  not billed: no login through a user interface in the period: 1"
                + nl);
  }

  @Test
  void showsTheLargestLinesFirstWithTheirEvidence() {
    String nl = System.lineSeparator();
    assertThat(InvoiceTable.biggestCharges(rated(), 2))
        .isEqualTo(
            "Biggest recurring charges, and why:\n"
                + "1. SEAT PURECLOUD_2: 3 x 109.50 = USD 328.50"
                + nl
                + "   - PURECLOUD_2 evidence 1\n"
                + "   - PURECLOUD_2 evidence 2\n"
                + "   - ... and 1 more"
                + nl
                + "2. ADD_ON SALESFORCE: 1 x 12.50 = USD 12.50"
                + nl
                + "   - SALESFORCE evidence 1\n");
  }
}
