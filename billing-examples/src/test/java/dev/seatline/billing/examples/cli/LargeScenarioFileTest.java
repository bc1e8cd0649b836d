package dev.seatline.billing.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

  /** 1,000 users of 110 one-hour sessions each: about 9 MB of JSON. */
  private static final int USERS = 1_000;

  private static final int SESSIONS_PER_USER = 110;

  @TempDir Path dir;

  /** The base scenario without its orders, shipments and call ports, users in {@code users}. */
  private static String[] around(String usersMarker) {
    String json =
        TestScenarios.with(
            r -> {
              r.remove("orders");
              r.remove("shipments");
              r.remove("callPorts");
              r.putArray("users");
            });
    String[] parts = json.split("\"users\":\\[\\]", -1);
    assertThat(parts).as(usersMarker).hasSize(2);
    return parts;
  }

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
    String[] parts = around("users");
    Path file = dir.resolve("empty-users.json");
    try (BufferedWriter w = Files.newBufferedWriter(file, UTF_8)) {
      w.write(parts[0]);
      w.write("\"users\":[");
      for (int i = 0; i < EMPTY_USERS; i++) {
        w.write(i == 0 ? "{}" : ",{}");
      }
      w.write("]");
      w.write(parts[1]);
    }
    assertThat(Files.size(file)).isGreaterThan(9_000_000L);

    Run run = rate(file);

    assertThat(run.status()).as(run.err()).isEqualTo(RateScenario.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("users[0].id: is required\n");
  }

  @Test
  void aValidFileOfTheSameSizeRatesWithinThatHeap() throws Exception {
    String[] parts = around("users");
    Path file = dir.resolve("sessions.json");
    try (BufferedWriter w = Files.newBufferedWriter(file, UTF_8)) {
      w.write(parts[0]);
      w.write("\"users\":[");
      for (int u = 0; u < USERS; u++) {
        w.write(u == 0 ? "" : ",");
        w.write("{\"id\": \"agent-" + u + "\", \"licenses\": [{\"tier\": \"PURECLOUD_1\",");
        w.write(" \"from\": \"2026-01-10T05:00:00Z\"}], \"sessions\": [");
        for (int s = 0; s < SESSIONS_PER_USER; s++) {
          // Sessions of one hour, every four hours from 2026-01-16T00:00Z to 2026-02-03: period 0.
          int hour = 4 * s;
          int d = 16 + hour / 24;
          String day =
              String.format("2026-%02d-%02dT%02d", d > 31 ? 2 : 1, d > 31 ? d - 31 : d, hour % 24);
          w.write(s == 0 ? "" : ",");
          w.write("{\"channel\": \"WEB\", \"from\": \"" + day + ":00:00Z\", \"to\": \"");
          w.write(day + ":59:59.999Z\"}");
        }
        w.write("]}");
      }
      w.write("]");
      w.write(parts[1]);
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
