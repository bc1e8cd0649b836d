package dev.seatline.billing.invoice;

import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.money.CurrencyMismatchException;
import dev.seatline.billing.money.Money;
import dev.seatline.billing.rating.Evidence;
import dev.seatline.billing.rating.LineItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvoiceTest {
  private static final LocalDate FEB_15 = LocalDate.of(2026, 2, 15);

  private static LineItem line(LineCode code, String item, String price) {
    return LineItem.priced(
        code,
        item,
        1,
        new BigDecimal(price),
        BillingCurrency.USD,
        RoundingMode.HALF_UP,
        new Evidence.Text(List.of("because")));
  }

  private static Money usd(String amount) {
    return Money.of(BillingCurrency.USD, new BigDecimal(amount));
  }

  @Test
  void theTotalIsTheSumOfTheLinesAndTheLinesAreSorted() {
    LineItem port = line(LineCode.EXCESS_CALL_PORTS, "PORT_HOUR", "8.89");
    LineItem seat = line(LineCode.SEAT, "PURECLOUD_3", "150.00");
    LineItem addOn = line(LineCode.ADD_ON, "SALESFORCE", "10.00");

    Invoice i =
        Invoice.of(
            InvoiceKind.RECURRING,
            Optional.empty(),
            FEB_15,
            BillingCurrency.USD,
            List.of(port, seat, addOn));

    assertThat(i.total()).isEqualTo(usd("168.89"));
    assertThat(i.lines()).containsExactly(seat, addOn, port);
    assertThat(i.kind()).isEqualTo(InvoiceKind.RECURRING);
    assertThat(i.ref()).isEmpty();
    assertThat(i.issuedOn()).isEqualTo(FEB_15);
  }

  @Test
  void anInvoiceWithoutLinesTotalsZero() {
    Invoice i =
        Invoice.of(InvoiceKind.PREVIEW, Optional.empty(), FEB_15, BillingCurrency.JPY, List.of());

    assertThat(i.total()).isEqualTo(Money.zero(BillingCurrency.JPY));
    assertThat(i.lines()).isEmpty();
  }

  @Test
  void dueNet30AndTaxesExcluded() {
    Invoice i =
        Invoice.of(InvoiceKind.RECURRING, Optional.empty(), FEB_15, BillingCurrency.USD, List.of());
    Invoice order =
        Invoice.of(
            InvoiceKind.ORDER,
            Optional.of("ord-1"),
            LocalDate.of(2026, 1, 15),
            BillingCurrency.USD,
            List.of(line(LineCode.ONE_TIME, "E", "1")));

    assertThat(Invoice.PAYMENT_TERM_DAYS).isEqualTo(30);
    assertThat(i.dueOn()).isEqualTo(LocalDate.of(2026, 3, 17));
    assertThat(order.dueOn()).isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(i.taxesIncluded()).isFalse();
    assertThat(order.taxesIncluded()).isFalse();
  }

  @Test
  void aTotalThatIsNotTheSumIsRejected() {
    List<LineItem> lines = List.of(line(LineCode.SEAT, "PURECLOUD_1", "75.00"));

    assertThatThrownBy(
            () -> new Invoice(InvoiceKind.RECURRING, Optional.empty(), FEB_15, lines, usd("75.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total USD 75.01 is not the sum of the lines USD 75.00");
    assertThat(
            new Invoice(InvoiceKind.RECURRING, Optional.empty(), FEB_15, lines, usd("75")).total())
        .isEqualTo(usd("75.00"));
  }

  @Test
  void linesInAnotherCurrencyAreRejected() {
    List<LineItem> lines = List.of(line(LineCode.SEAT, "PURECLOUD_1", "75.00"));

    assertThatThrownBy(
            () ->
                Invoice.of(
                    InvoiceKind.RECURRING, Optional.empty(), FEB_15, BillingCurrency.EUR, lines))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void orderAndShipmentInvoicesHaveARefTheRecurringOnesNone() {
    for (InvoiceKind kind :
        List.of(InvoiceKind.RECURRING, InvoiceKind.FINAL, InvoiceKind.PREVIEW)) {
      assertThatThrownBy(
              () -> Invoice.of(kind, Optional.of("x"), FEB_15, BillingCurrency.USD, List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(kind + " invoice with ref Optional[x]");
    }
    for (InvoiceKind kind : List.of(InvoiceKind.ORDER, InvoiceKind.SHIPMENT)) {
      assertThatThrownBy(
              () -> Invoice.of(kind, Optional.empty(), FEB_15, BillingCurrency.USD, List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(kind + " invoice with ref Optional.empty");
    }
  }

  @Test
  void listingOrderIsIssueDateThenKindThenRef() {
    Invoice recurring =
        Invoice.of(InvoiceKind.RECURRING, Optional.empty(), FEB_15, BillingCurrency.USD, List.of());
    Invoice orderB =
        Invoice.of(InvoiceKind.ORDER, Optional.of("b"), FEB_15, BillingCurrency.USD, List.of());
    Invoice orderA =
        Invoice.of(InvoiceKind.ORDER, Optional.of("a"), FEB_15, BillingCurrency.USD, List.of());
    Invoice shipment =
        Invoice.of(InvoiceKind.SHIPMENT, Optional.of("a"), FEB_15, BillingCurrency.USD, List.of());
    Invoice early =
        Invoice.of(
            InvoiceKind.SHIPMENT,
            Optional.of("z"),
            FEB_15.minusDays(1),
            BillingCurrency.USD,
            List.of());
    List<Invoice> invoices = new ArrayList<>(List.of(shipment, orderB, recurring, orderA, early));

    invoices.sort(Invoice.LISTING_ORDER);

    assertThat(invoices).containsExactly(early, recurring, orderA, orderB, shipment);
  }

  @Test
  void kindsThatCarryRecurringCharges() {
    assertThat(InvoiceKind.RECURRING.isRecurring()).isTrue();
    assertThat(InvoiceKind.FINAL.isRecurring()).isTrue();
    assertThat(InvoiceKind.PREVIEW.isRecurring()).isTrue();
    assertThat(InvoiceKind.ORDER.isRecurring()).isFalse();
    assertThat(InvoiceKind.SHIPMENT.isRecurring()).isFalse();
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentsAreRejected() {
    Money zero = Money.zero(BillingCurrency.USD);
    assertNullRejected("kind", () -> new Invoice(null, Optional.empty(), FEB_15, List.of(), zero));
    assertNullRejected(
        "ref", () -> new Invoice(InvoiceKind.RECURRING, null, FEB_15, List.of(), zero));
    assertNullRejected(
        "issuedOn",
        () -> new Invoice(InvoiceKind.RECURRING, Optional.empty(), null, List.of(), zero));
    assertNullRejected(
        "total",
        () -> new Invoice(InvoiceKind.RECURRING, Optional.empty(), FEB_15, List.of(), null));
    assertThatThrownBy(
            () -> new Invoice(InvoiceKind.RECURRING, Optional.empty(), FEB_15, null, zero))
        .isInstanceOf(NullPointerException.class);
  }
}
