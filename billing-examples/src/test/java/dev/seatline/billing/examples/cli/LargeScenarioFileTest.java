package dev.seatline.billing.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seatline.billing.examples.bench.ScenarioFiles;
import dev.seatline.billing.examples.cli.TestScenarios.Run;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Big scenario files in a small heap, in a JVM of their own: the reader checks each element as it
 * reads it, so an invalid file fails at its first problem (exit 2) within the heap that a valid
 * file of the same size rates in. The heap is {@value #HEAP}: a reader that held the whole document
 * as a tree needs several hundred MiB for either file.
 */
class LargeScenarioFileTest {
  private static final String HEAP = "-Xmx64m";

  /** 3,000,000 users: 9 MB of JSON. */
  private static final int EMPTY_USERS = 3_000_000;

  /** 1,000 users of 110 one-hour sessions each: about 8.5 MB of JSON. */
  private static final int USERS = 1_000;

  private static final int SESSIONS_PER_USER = 110;

  @TempDir Path dir;

  private Run rate(Path file) throws IOException, InterruptedException {
    return ChildJvm.run(
        dir,
        new byte[0],
        List.of(
            HEAP,
            "-cp",
            System.getProperty("java.class.path"),
            RateScenario.class.getName(),
            file.toString()));
  }

  @Test
  void millionsOfEmptyUsersFailAtTheFirstOneWithinASmallHeap() throws Exception {
    Path file = dir.resolve("empty-users.json");
    try (BufferedWriter w = Files.newBufferedWriter(file, UTF_8)) {
      ScenarioFiles.empty(w, EMPTY_USERS);
    }
    assertThat(Files.size(file)).isGreaterThan(9_000_000L);

    Run run = rate(file);

    assertThat(run.status()).as(run.err()).isEqualTo(RateScenario.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("users[0].id: is required\n");
  }

  @Test
  void aValidFileOfTheSameSizeRatesWithinThatHeap() throws Exception {
    Path file = dir.resolve("sessions.json");
    try (BufferedWriter w = Files.newBufferedWriter(file, UTF_8)) {
      ScenarioFiles.named(w, USERS, SESSIONS_PER_USER);
    }
    assertThat(Files.size(file)).isGreaterThan(8_000_000L);

    Run run = rate(file);

    assertThat(run.status()).as(run.err()).isEqualTo(RateScenario.OK);
    assertThat(run.err()).isEmpty();
    JsonNode result = VectorChecker.parse(run.out());
    List<String> totals = new ArrayList<>();
    for (JsonNode invoice : result.get("invoices")) {
      totals.add(invoice.get("kind").textValue() + " " + invoice.get("total").textValue());
    }
    // Every one of the 1,000 named users holds PURECLOUD_1 (75.00) and works in the period:
    // 1,000 x 75.00; no call ports, orders or shipments.
    assertThat(totals).containsExactly("RECURRING 75000.00");
  }
}
