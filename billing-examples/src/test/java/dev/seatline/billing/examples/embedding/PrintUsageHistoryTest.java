package dev.seatline.billing.examples.embedding;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.invoice.UsageHistory;
import dev.seatline.billing.invoice.UsageHistory.PeriodUsage;
import dev.seatline.billing.invoice.UsageHistory.TierUsage;
import dev.seatline.billing.model.LicenseTier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintUsageHistoryTest {
  private static List<String> users(PeriodUsage period, LicenseTier tier) {
    return period.tier(tier).map(TierUsage::userIds).orElse(List.of());
  }

  @Test
  void listsTheUsersBehindEachTierPerPeriod() {
    UsageHistory history = PrintUsageHistory.history();
    assertThat(history.firstPeriod()).isZero();
    assertThat(history.lastPeriod()).isEqualTo(2);
    List<PeriodUsage> periods = history.periods();
    assertThat(users(periods.get(0), LicenseTier.COMMUNICATE)).containsExactly("bob");
    assertThat(users(periods.get(0), LicenseTier.PURECLOUD_3)).containsExactly("alice");
    assertThat(users(periods.get(1), LicenseTier.COMMUNICATE)).isEmpty();
    assertThat(users(periods.get(1), LicenseTier.PURECLOUD_3)).containsExactly("alice", "carol");
    assertThat(users(periods.get(2), LicenseTier.COMMUNICATE)).containsExactly("bob");
    assertThat(users(periods.get(2), LicenseTier.PURECLOUD_3)).containsExactly("alice", "carol");
    assertThat(periods).extracting(PeriodUsage::licensesBilled).containsExactly(2L, 2L, 3L);
  }

  @Test
  void printsTheTable() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintUsageHistory.print(PrintUsageHistory.history(), new PrintStream(bytes, true, UTF_8));
    assertThat(bytes.toString(UTF_8))
        .startsWith("Usage history of acme-prod, periods 0 to 2 (America/New_York)\n")
        .contains("alice, carol")
        .hasLineCount(7);
  }
}
