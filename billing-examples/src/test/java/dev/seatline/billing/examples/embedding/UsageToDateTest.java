package dev.seatline.billing.examples.embedding;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.InvoiceKind;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.LicenseTier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageToDateTest {
  @Test
  void onlyAliceHasLoggedInByTheAsOfInstant() {
    RatedPeriod rated = UsageToDate.rate();
    assertThat(rated.period().index()).isZero();
    assertThat(rated.asOf()).contains(UsageToDate.AS_OF);
    assertThat(UsageToDate.licensesInUse(rated)).isEqualTo(Map.of(LicenseTier.PURECLOUD_3, 1));
    Invoice preview = rated.recurringInvoice();
    assertThat(preview.kind()).isEqualTo(InvoiceKind.PREVIEW);
    assertThat(preview.issuedOn()).isEqualTo(LocalDate.of(2026, 1, 19));
    assertThat(preview.total().amount()).isEqualByComparingTo(new BigDecimal("150.00"));
  }

  @Test
  void printsTheUsageSoFar() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    UsageToDate.print(UsageToDate.rate(), new PrintStream(bytes, true, UTF_8));
    assertThat(bytes.toString(UTF_8))
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "Usage of period 0 as of 2026-01-20T00:00:00Z",
                "  PURECLOUD_3: 1",
                "PREVIEW dated 2026-01-19: USD 150.00",
                ""));
  }
}
