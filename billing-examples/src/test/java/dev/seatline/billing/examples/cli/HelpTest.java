package dev.seatline.billing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.examples.cli.TestScenarios.Run;
import dev.seatline.billing.model.AccountStatus;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.Environment;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.TierCatalog;
import dev.seatline.billing.money.BillingCurrency;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HelpTest {
  @Test
  void helpPrintsTheTextAndSucceeds() {
    for (String option : List.of("--help", "-h")) {
      Run run = TestScenarios.run(option);
      assertThat(run.status()).isEqualTo(RateScenario.OK);
      assertThat(run.err()).isEmpty();
      assertThat(run.out()).isEqualTo(Help.text());
    }
  }

  @Test
  void startsWithTheUsageAndNamesTheArgumentsAndExitStatuses() {
    assertThat(Help.text())
        .startsWith(RateScenario.USAGE + "\n")
        .contains("SCENARIO.json  the scenario file", "  -              read the scenario from")
        .contains("--help, -h", "--version")
        .contains("  0  rated", "  2  invalid input", "  1  any other failure")
        .endsWith("\n");
  }

  @Test
  void namesTheCorrectionMode() {
    assertThat(Help.text())
        .contains("  " + CorrectScenario.USAGE + "\n")
        .contains("--at INSTANT", "ISSUED.json", "CORRECTION invoices");
  }

  @Test
  void namesEveryKeyTheReaderAccepts() {
    for (String key : ScenarioReader.keys()) {
      assertThat(Help.text()).as(key).contains("\"" + key + "\"");
    }
  }

  @Test
  void namesEveryEnumValue() {
    Stream.of(
            Environment.values(),
            AccountStatus.values(),
            BillingCurrency.values(),
            LicensingModel.values(),
            dev.seatline.billing.model.Edition.values(),
            Channel.values())
        .flatMap(Stream::of)
        .forEach(value -> assertThat(Help.text()).as(value.name()).contains(value.name()));
    TierCatalog.faq()
        .tiers()
        .forEach(tier -> assertThat(Help.text()).as(tier.name()).contains(tier.name()));
    TierCatalog.genesysCloud()
        .tiers()
        .forEach(tier -> assertThat(Help.text()).as(tier.name()).contains(tier.name()));
  }

  @Test
  void statesTheLimits() {
    assertThat(Help.text())
        .contains("input                    33554432 bytes (32 MiB)")
        .contains("nesting of [ and {       16 levels")
        .contains("a string or a key        4096 characters")
        .contains("a number                 64 characters")
        .contains("it must end by\n           9999-12-31T23:59:59.999999999Z\n")
        .contains("0 to 1000000000", "0 to 1000000:");
  }

  @Test
  void isSelfContained() {
    assertThat(Help.text()).doesNotContain(".md", "src/", "conformance", "http");
  }

  @Test
  void fitsInOneHundredColumns() {
    assertThat(Help.text().lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
  }
}
