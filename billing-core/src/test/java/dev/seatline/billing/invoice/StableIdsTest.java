package dev.seatline.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.model.LineCode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StableIdsTest {

  @Test
  void anInvoiceIdIsTheOrganizationThePeriodTheKindAndTheRef() {
    assertThat(StableIds.invoice("acme-prod", 0, InvoiceKind.RECURRING, Optional.empty()))
        .isEqualTo("acme-prod/0/RECURRING");
    assertThat(StableIds.invoice("acme-prod", 3, InvoiceKind.ORDER, Optional.of("o-1")))
        .isEqualTo("acme-prod/3/ORDER/o-1");
  }

  @Test
  void aCorrectionIdNumbersTheCorrectionsOfTheInvoiceItCorrects() {
    assertThat(StableIds.correction("acme-prod", 0, 1, InvoiceKind.RECURRING, Optional.empty()))
        .isEqualTo("acme-prod/0/CORRECTION/1/RECURRING");
    assertThat(StableIds.correction("acme-prod", 0, 2, InvoiceKind.ORDER, Optional.of("o/1")))
        .isEqualTo("acme-prod/0/CORRECTION/2/ORDER/o%2F1");
    // A correction's id never equals the id of an invoice of another kind.
    assertThat(StableIds.correction("acme-prod", 0, 1, InvoiceKind.ORDER, Optional.of("x")))
        .isNotEqualTo(StableIds.invoice("acme-prod", 0, InvoiceKind.CORRECTION, Optional.of("1")));
    assertThatThrownBy(
            () -> StableIds.correction("a", 0, 0, InvoiceKind.RECURRING, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> StableIds.correction("a", 0, 1, InvoiceKind.CORRECTION, Optional.of("x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLineIdIsTheInvoiceIdTheCodeAndTheItem() {
    String invoice = StableIds.invoice("acme-prod", 0, InvoiceKind.RECURRING, Optional.empty());

    assertThat(StableIds.line(invoice, LineCode.SEAT, "PURECLOUD_3"))
        .isEqualTo("acme-prod/0/RECURRING/SEAT/PURECLOUD_3");
  }

  @Test
  void slashesAndPercentSignsInAPartAreEscapedSoIdsNeverCollide() {
    List<String> ids =
        List.of(
            StableIds.invoice("a/0/ORDER", 0, InvoiceKind.ORDER, Optional.of("x")),
            StableIds.invoice("a", 0, InvoiceKind.ORDER, Optional.of("0/ORDER/x")),
            StableIds.invoice("a%2F0", 0, InvoiceKind.ORDER, Optional.of("x")),
            StableIds.invoice("a", 0, InvoiceKind.ORDER, Optional.of("x")));
    Set<String> distinct = new HashSet<>(ids);

    assertThat(distinct).hasSize(ids.size());
    assertThat(ids.get(0)).isEqualTo("a%2F0%2FORDER/0/ORDER/x");
    assertThat(ids.get(2)).isEqualTo("a%252F0/0/ORDER/x");
    assertThat(StableIds.line("i", LineCode.custom("METER"), "api/requests"))
        .isEqualTo("i/METER/api%2Frequests");
  }
}
