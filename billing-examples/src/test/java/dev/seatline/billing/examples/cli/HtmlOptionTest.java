package dev.seatline.billing.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.examples.cli.TestScenarios.Run;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --html FILE}: the report beside the result, and its errors in words (exit 1). */
class HtmlOptionTest {
  @TempDir Path dir;

  private Path scenario = Path.of("");

  @BeforeEach
  void writeScenario() throws IOException {
    scenario = Files.writeString(dir.resolve("base.json"), TestScenarios.BASE);
  }

  @Test
  void writesTheReportAndPrintsTheSameResult() throws IOException {
    Path report = dir.resolve("report.html");
    Run plain = TestScenarios.run(scenario.toString());
    Run withReport = TestScenarios.run("--html", report.toString(), scenario.toString());

    assertThat(withReport.err()).isEmpty();
    assertThat(withReport.status()).isEqualTo(RateScenario.OK);
    assertThat(withReport.out()).isEqualTo(plain.out());
    String html = Files.readString(report, UTF_8);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<title>Seatline rating report: acme-prod");
  }

  @Test
  void theOptionMayFollowTheScenarioAndReadStandardInput() throws IOException {
    Path report = dir.resolve("stdin.html");
    Run run =
        TestScenarios.runWithInput(
            new ByteArrayInputStream(TestScenarios.BASE.getBytes(UTF_8)),
            "-",
            "--html",
            report.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isEqualTo(RateScenario.OK);
    assertThat(report).isRegularFile();
  }

  @Test
  void anExistingReportIsReplaced() throws IOException {
    Path report = Files.writeString(dir.resolve("old.html"), "old ".repeat(100_000));
    assertThat(TestScenarios.run("--html", report.toString(), scenario.toString()).status())
        .isEqualTo(RateScenario.OK);
    assertThat(Files.readString(report, UTF_8))
        .startsWith("<!DOCTYPE html>")
        .doesNotContain("old ");
  }

  @Test
  void withoutAFileNameItIsAFailureInWords() {
    String message =
        "option '--html' needs the name of the report file after it, as in '--html report.html'"
            + " (a name that starts with '-' is given as ./-name.html); see --help\n";
    for (String[] args :
        new String[][] {
          {scenario.toString(), "--html"},
          {"--html", "-"},
          {"--html", "--help"},
          {"--html", "-r.html"}
        }) {
      Run run = TestScenarios.run(args);
      assertThat(run.status()).as(String.join(" ", args)).isEqualTo(RateScenario.FAILURE);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).isEqualTo(message);
    }
  }

  @Test
  void givenTwiceItIsAFailureInWords() {
    Run run = TestScenarios.run("--html", "a.html", "--html", "b.html", scenario.toString());
    assertThat(run.status()).isEqualTo(RateScenario.FAILURE);
    assertThat(run.err()).isEqualTo("option '--html' is given twice; see --help\n");
    assertThat(dir.resolve("a.html")).doesNotExist();
  }

  @Test
  void aReportInAMissingDirectoryIsAFailureInWordsWithNothingPrinted() {
    Path report = dir.resolve("no-such-dir").resolve("r.html");
    Run run = TestScenarios.run("--html", report.toString(), scenario.toString());
    assertThat(run.status()).isEqualTo(RateScenario.FAILURE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("cannot write '" + report + "': no such directory\n");
  }

  @Test
  void aReportThatIsADirectoryIsAFailureInWords() {
    Run run = TestScenarios.run("--html", dir.toString(), scenario.toString());
    assertThat(run.status()).isEqualTo(RateScenario.FAILURE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("cannot write '" + dir + "': a directory, not a file\n");
  }

  @Test
  void theScenarioFileIsNeverOverwritten() throws IOException {
    Run run = TestScenarios.run("--html", dir + "/./base.json", scenario.toString());
    assertThat(run.status()).isEqualTo(RateScenario.FAILURE);
    assertThat(run.err())
        .isEqualTo(
            "cannot write '"
                + dir
                + "/./base.json': it is the scenario file; name another report file\n");
    assertThat(Files.readString(scenario, UTF_8)).isEqualTo(TestScenarios.BASE);
  }

  @Test
  void invalidInputWritesNoReport() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"organization\": 1}");
    Path report = dir.resolve("bad.html");
    Run run = TestScenarios.run("--html", report.toString(), bad.toString());
    assertThat(run.status()).isEqualTo(RateScenario.INVALID_INPUT);
    assertThat(run.err()).isEqualTo("organization: must be an object, was the number 1\n");
    assertThat(report).doesNotExist();
  }

  @Test
  void theHelpNamesTheOption() {
    assertThat(Help.text()).contains("  --html FILE    also write the result as one HTML page");
    assertThat(RateScenario.USAGE).contains("[--html REPORT.html]");
  }
}
