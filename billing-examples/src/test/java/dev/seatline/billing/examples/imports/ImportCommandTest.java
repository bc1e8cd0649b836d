package dev.seatline.billing.examples.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.examples.cli.RateScenario;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's main entry hands {@code --import} to the importers. */
class ImportCommandTest {
  @TempDir Path dir;

  private static String[] run(int[] status, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    status[0] =
        RateScenario.run(
            args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new String[] {out.toString(UTF_8), err.toString(UTF_8)};
  }

  @Test
  void theMainEntryRunsAnImport() throws Exception {
    int[] status = {-1};
    String[] printed =
        run(
            status,
            "--import",
            "genesys-user-details",
            "--org",
            "acme",
            "--interval",
            "2026-01-05T00:00:00Z/2026-01-12T00:00:00Z",
            "--out",
            dir.toString(),
            "src/test/resources/imports/unknown-statuses/query.json");
    assertThat(status[0]).as(printed[1]).isZero();
    assertThat(printed[0]).startsWith("imported genesys-user-details of acme");
    // as in the unknown-statuses fixture: jack's SHADOWING 08:00-10:00 is a session
    assertThat(Files.readString(dir.resolve("sessions.csv")))
        .isEqualTo(
            """
            org_id,user_id,channel,from,to
            acme,jack,DESKTOP,2026-01-06T08:00:00Z,2026-01-06T10:00:00Z
            """);
  }

  @Test
  void theImportHelpListsEveryOption() {
    int[] status = {-1};
    String[] printed = run(status, "--import", "genesys-user-details", "--help");
    assertThat(status[0]).isZero();
    assertThat(printed[0])
        .contains(
            "--import=SOURCE",
            "--org=ORG",
            "--interval=FROM/TO",
            "--out=TABLES",
            "--snapshot-at=INSTANT",
            "--tiers=NAME=TIER,...",
            "--tiers-file=FILE",
            "--events=FILE",
            "FILE...");
    assertThat(printed[1]).isEmpty();
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    int[] status = {-1};
    String[] printed =
        run(
            status,
            "--import",
            "genesys-user-details",
            "--org",
            "acme",
            "--interval",
            "2026-01-05T00:00:00Z/2026-01-12T00:00:00Z",
            "--out",
            dir.toString(),
            "--bogus",
            "x.json");
    assertThat(status[0]).isEqualTo(ImportCommand.FAILURE);
    assertThat(printed[1]).contains("Unknown option: '--bogus'");
    assertThat(printed[0]).isEmpty();
  }
}
