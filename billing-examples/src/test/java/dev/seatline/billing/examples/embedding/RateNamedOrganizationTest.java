package dev.seatline.billing.examples.embedding;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.InvoiceKind;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.rating.NotBilledReason;
import dev.seatline.billing.rating.UserOutcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateNamedOrganizationTest {
  private static RatedPeriod rated() {
    return BillingEngine.withDefaults().rate(RateNamedOrganization.input(), 0);
  }

  @Test
  void billsAliceAtPurecloud3AndBobAtCommunicate() {
    RatedPeriod rated = rated();
    assertThat(rated.users())
        .extracting(UserOutcome::userId, UserOutcome::tier, UserOutcome::reason)
        .containsExactly(
            tuple("alice", Optional.of(LicenseTier.PURECLOUD_3), Optional.<NotBilledReason>empty()),
            tuple("bob", Optional.of(LicenseTier.COMMUNICATE), Optional.<NotBilledReason>empty()));
    Invoice recurring = rated.recurringInvoice();
    assertThat(recurring.kind()).isEqualTo(InvoiceKind.RECURRING);
    assertThat(recurring.issuedOn()).isEqualTo(LocalDate.of(2026, 2, 15));
    assertThat(recurring.dueOn()).isEqualTo(LocalDate.of(2026, 3, 17));
    assertThat(recurring.total().amount()).isEqualByComparingTo(new BigDecimal("175.00"));
    assertThat(rated.invoices()).hasSize(1);
  }

  @Test
  void printsTheInvoice() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RateNamedOrganization.print(rated(), new PrintStream(bytes, true, UTF_8));
    assertThat(bytes.toString(UTF_8))
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "RECURRING issued 2026-02-15, due 2026-03-17: USD 175.00",
                "  SEAT COMMUNICATE x 1 = USD 25.00",
                "  SEAT PURECLOUD_3 x 1 = USD 150.00",
                ""));
  }

  @Test
  void theReadmeSnippetIsThisExample() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    Path readme = root.resolveSibling("README.md");
    Path source =
        root.resolve(
            "src/main/java/dev/seatline/billing/examples/embedding/RateNamedOrganization.java");
    String readmeText = Files.readString(readme, UTF_8);
    int start = readmeText.indexOf("```java\n");
    int end = readmeText.indexOf("```", start + 8);
    assertThat(start).as("a java block in README.md").isNotNegative();
    List<String> code = Files.readString(source, UTF_8).lines().map(String::strip).toList();
    List<String> chunks = List.of(readmeText.substring(start + 8, end).split("\n\n", -1));
    assertThat(chunks).hasSize(2);
    int lines = 0;
    for (String chunk : chunks) {
      List<String> snippet = chunk.lines().map(String::strip).toList();
      assertThat(code).containsSequence(snippet);
      lines += snippet.size();
    }
    assertThat(lines).isGreaterThan(20);
  }
}
