package dev.seatline.billing.rating;

import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineItemTest {
  private static final List<String> WHY = List.of("u1: logged in");

  @Test
  void pricedMultipliesQuantityByUnitPrice() {
    LineItem line =
        LineItem.priced(
            LineCode.SEAT,
            "PURECLOUD_3",
            3,
            new BigDecimal("150.00"),
            BillingCurrency.USD,
            RoundingMode.HALF_UP,
            new Evidence.Text(WHY));

    assertThat(line.code()).isEqualTo(LineCode.SEAT);
    assertThat(line.item()).isEqualTo("PURECLOUD_3");
    assertThat(line.quantity()).isEqualTo(new BigDecimal("3"));
    assertThat(line.unitPrice()).isEqualTo(new BigDecimal("150.00"));
    assertThat(line.amount()).isEqualTo(Money.of(BillingCurrency.USD, new BigDecimal("450.00")));
    assertThat(line.explanation()).containsExactly("u1: logged in");
  }

  @ParameterizedTest
  @CsvSource({
    "USD, 3, 0.0125, HALF_UP, 0.04",
    "USD, 3, 0.0125, DOWN, 0.03",
    "USD, 1, 0.005, HALF_EVEN, 0.00",
    "USD, 1, 0.015, HALF_EVEN, 0.02",
    "JPY, 7, 12.5, HALF_UP, 88",
    "JPY, 1, 0.5, HALF_EVEN, 0",
  })
  void theAmountIsRoundedOnceToTheCurrency(
      BillingCurrency currency, long quantity, String price, RoundingMode mode, String amount) {
    LineItem line =
        LineItem.priced(
            LineCode.ADD_ON,
            "X",
            quantity,
            new BigDecimal(price),
            currency,
            mode,
            new Evidence.Text(WHY));

    assertThat(line.amount().amount()).isEqualTo(new BigDecimal(amount));
    assertThat(line.amount().currency()).isEqualTo(currency);
  }

  @Test
  void theExplanationIsCopied() {
    List<String> why = new ArrayList<>(WHY);
    LineItem line =
        LineItem.priced(
            LineCode.HARDWARE,
            "H",
            1,
            BigDecimal.ONE,
            BillingCurrency.USD,
            RoundingMode.UP,
            new Evidence.Text(why));
    why.clear();

    assertThat(line.explanation()).containsExactly("u1: logged in");
  }

  @Test
  void aCorrectionLineMayHaveANegativeQuantityAndAmount() {
    Money zero = Money.zero(BillingCurrency.USD);
    Money amount = Money.of(BillingCurrency.USD, new BigDecimal("-150.00"));
    Evidence.Correction credit =
        new Evidence.Correction(
            BigDecimal.ONE,
            BigDecimal.ZERO,
            Money.of(BillingCurrency.USD, new BigDecimal("150.00")),
            zero,
            List.of(),
            Optional.empty(),
            List.of(),
            Optional.empty());

    LineItem line =
        new LineItem(
            LineCode.SEAT,
            "PURECLOUD_3",
            credit.quantity(),
            new BigDecimal("150.00"),
            amount,
            credit);

    assertThat(line.quantity()).isEqualByComparingTo("-1");
    assertThat(credit.amount()).isEqualTo(amount);
    assertThat(line.explanation())
        .containsExactly(
            "quantity 1 -> 0, amount USD 150.00 -> USD 0.00 (credit 150.00)",
            "no longer in the fresh rating: fully credited");
  }

  @Test
  void aNegativeQuantityOrAnEmptyExplanationIsRejected() {
    Money zero = Money.zero(BillingCurrency.USD);

    assertThatThrownBy(
            () ->
                new LineItem(
                    LineCode.SEAT,
                    "X",
                    new BigDecimal("-1"),
                    BigDecimal.ONE,
                    zero,
                    new Evidence.Text(WHY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity must not be negative: -1");
    assertThatThrownBy(
            () ->
                new LineItem(
                    LineCode.SEAT,
                    "X",
                    BigDecimal.ONE,
                    BigDecimal.ONE,
                    zero,
                    new Evidence.Text(List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an explanation needs at least one sentence");
    assertThat(
            new LineItem(
                    LineCode.SEAT,
                    "X",
                    BigDecimal.ZERO,
                    BigDecimal.ONE,
                    zero,
                    new Evidence.Text(WHY))
                .quantity())
        .isZero();
  }

  @Test
  void invoiceOrderIsByCodeThenItem() {
    Money zero = Money.zero(BillingCurrency.USD);
    LineItem seat2 =
        new LineItem(
            LineCode.SEAT,
            "PURECLOUD_2",
            BigDecimal.ONE,
            BigDecimal.ONE,
            zero,
            new Evidence.Text(WHY));
    LineItem seat1 =
        new LineItem(
            LineCode.SEAT,
            "COMMUNICATE",
            BigDecimal.ONE,
            BigDecimal.ONE,
            zero,
            new Evidence.Text(WHY));
    LineItem addOn =
        new LineItem(
            LineCode.ADD_ON, "A", BigDecimal.ONE, BigDecimal.ONE, zero, new Evidence.Text(WHY));
    List<LineItem> lines = new ArrayList<>(List.of(addOn, seat2, seat1));

    lines.sort(LineItem.INVOICE_ORDER);

    assertThat(lines).containsExactly(seat1, seat2, addOn);
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentsAreRejected() {
    Money zero = Money.zero(BillingCurrency.USD);
    BigDecimal one = BigDecimal.ONE;
    assertNullRejected(
        "code", () -> new LineItem(null, "X", one, one, zero, new Evidence.Text(WHY)));
    assertNullRejected(
        "item", () -> new LineItem(LineCode.SEAT, null, one, one, zero, new Evidence.Text(WHY)));
    assertNullRejected(
        "quantity",
        () -> new LineItem(LineCode.SEAT, "X", null, one, zero, new Evidence.Text(WHY)));
    assertNullRejected(
        "unitPrice",
        () -> new LineItem(LineCode.SEAT, "X", one, null, zero, new Evidence.Text(WHY)));
    assertNullRejected(
        "amount", () -> new LineItem(LineCode.SEAT, "X", one, one, null, new Evidence.Text(WHY)));
    assertThatThrownBy(
            () -> new LineItem(LineCode.SEAT, "X", one, one, zero, new Evidence.Text(null)))
        .isInstanceOf(NullPointerException.class);
  }
}
