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
import java.util.ArrayList;
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

  /** {@code source} without its package line and Javadoc comments, leading blank lines dropped. */
  private static List<String> withoutPackageAndJavadoc(List<String> source) {
    List<String> out = new ArrayList<>();
    boolean inJavadoc = false;
    for (String line : source) {
      String s = line.strip();
      if (inJavadoc) {
        inJavadoc = !s.endsWith("*/");
      } else if (s.startsWith("/**")) {
        inJavadoc = !s.endsWith("*/");
      } else if (!s.startsWith("package ") && !(out.isEmpty() && s.isEmpty())) {
        out.add(line);
      }
    }
    return out;
  }

  @Test
  void theReadmeSnippetIsThisExampleWithoutPackageAndJavadoc() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    Path readme = root.resolveSibling("README.md");
    Path source =
        root.resolve(
            "src/main/java/dev/seatline/billing/examples/embedding/RateNamedOrganization.java");
    String readmeText = Files.readString(readme, UTF_8);
    int start = readmeText.indexOf("```java\n");
    int end = readmeText.indexOf("```", start + 8);
    assertThat(start).as("a java block in README.md").isNotNegative();
    List<String> snippet = readmeText.substring(start + 8, end).lines().toList();
    List<String> code = withoutPackageAndJavadoc(Files.readAllLines(source, UTF_8));

    assertThat(snippet).isEqualTo(code).hasSizeGreaterThan(50);
    assertThat(code).contains("public final class RateNamedOrganization {");
  }
}
