package dev.seatline.billing.examples.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Writes big scenario files (the JSON of {@code conformance/FORMAT.md}) for measuring the scenario
 * command line's reader (R12: invalid input rejected at its first problem, whatever the file's
 * size): a NAMED organization, contract 2026-01-15 in New York, period 0 = [2026-01-15T05:00Z,
 * 2026-02-15T05:00Z), prices COMMUNICATE 25.00, PURECLOUD_1 75.00, PURECLOUD_3 150.00, with one of
 * three kinds of users:
 *
 * <ul>
 *   <li>{@code empty N}: N empty user objects {@code {}}, invalid at {@code users[0].id}, 3 bytes
 *       each (10,000,000 make 30 MB);
 *   <li>{@code named N S}: N users holding PURECLOUD_1 since 2026-01-10T05:00Z with S one-hour WEB
 *       sessions every four hours from 2026-01-16T00:00Z (S at most 110), about 85 bytes a session;
 *       the RECURRING invoice is N x 75.00;
 *   <li>{@code tenant N}: N users (seeded, three in four PURECLOUD_3, the others COMMUNICATE), each
 *       with 20 sessions of random channels over two weeks and 20 on-queue intervals inside them,
 *       and 10,000 port samples, one a minute: about 3 KB a user (4,000 make 12 MB).
 * </ul>
 *
 * <p>Stateless. Example: {@code java -cp billing-bench.jar
 * dev.seatline.billing.examples.bench.ScenarioFiles empty 10000000 empty.json}.
 */
public final class ScenarioFiles {
  private static final String HEAD =
      "{\"organization\":{\"id\":\"acme-prod\",\"environment\":\"PRODUCTION\",\"status\":\"PAID\","
          + "\"currency\":\"USD\",\"licensing\":\"NAMED\",\"contractEffectiveDate\":\"2026-01-15\","
          + "\"timeZone\":\"America/New_York\"},\"period\":{\"index\":0},"
          + "\"prices\":{\"seat\":{\"COMMUNICATE\":\"25.00\",\"PURECLOUD_1\":\"75.00\","
          + "\"PURECLOUD_3\":\"150.00\"},\"excessPortHour\":\"0.0125\"},\"users\":[";
  private static final Instant START = Instant.parse("2026-01-16T00:00:00Z");
  private static final String[] CHANNELS = {"WEB", "DESKTOP", "MOBILE", "API"};

  private ScenarioFiles() {}

  /** Writes {@code n} empty users. */
  public static void empty(Writer w, int n) throws IOException {
    w.write(HEAD);
    for (int i = 0; i < n; i++) {
      w.write(i == 0 ? "{}" : ",{}");
    }
    w.write("]}");
  }

  /** Writes {@code users} PURECLOUD_1 users of {@code sessions} (at most 110) sessions each. */
  public static void named(Writer w, int users, int sessions) throws IOException {
    if (sessions > 110) {
      throw new IllegalArgumentException("at most 110 sessions a user fit period 0: " + sessions);
    }
    w.write(HEAD);
    for (int u = 0; u < users; u++) {
      w.write(u == 0 ? "" : ",");
      w.write("{\"id\":\"agent-" + u + "\",\"licenses\":[{\"tier\":\"PURECLOUD_1\",");
      w.write("\"from\":\"2026-01-10T05:00:00Z\"}],\"sessions\":[");
      for (int s = 0; s < sessions; s++) {
        Instant from = START.plus(Duration.ofHours(4L * s));
        w.write(s == 0 ? "" : ",");
        w.write("{\"channel\":\"WEB\",\"from\":\"" + from + "\",\"to\":\"");
        w.write(from.plus(Duration.ofHours(1)) + "\"}");
      }
      w.write("]}");
    }
    w.write("]}");
  }

  /** Writes a seeded tenant of {@code users} users and 10,000 port samples. */
  public static void tenant(Writer w, int users, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    w.write(HEAD);
    for (int u = 0; u < users; u++) {
      w.write(u == 0 ? "" : ",");
      w.write(
          String.format(
              "{\"id\":\"agent-%06d\",\"licenses\":[{\"tier\":\"%s\",",
              u, r.nextInt(4) == 0 ? "COMMUNICATE" : "PURECLOUD_3"));
      w.write("\"from\":\"2026-01-10T05:00:00Z\"}],\"sessions\":[");
      for (int s = 0; s < 20; s++) {
        Instant from = START.plusSeconds(60_000L * s + r.nextInt(60));
        w.write(s == 0 ? "" : ",");
        w.write("{\"channel\":\"" + CHANNELS[r.nextInt(CHANNELS.length)] + "\",\"from\":\"");
        w.write(from + "\",\"to\":\"" + from.plusSeconds(24_000L + r.nextInt(60)) + "\"}");
      }
      w.write("],\"onQueue\":[");
      for (int s = 0; s < 20; s++) {
        Instant from = START.plusSeconds(60_000L * s + 600 + r.nextInt(60));
        w.write(s == 0 ? "" : ",");
        w.write("{\"from\":\"" + from + "\",\"to\":\"" + from.plusSeconds(17_400L) + "\"}");
      }
      w.write("]}");
    }
    w.write("],\"callPorts\":[");
    for (int i = 0; i < 10_000; i++) {
      w.write(i == 0 ? "" : ",");
      w.write("{\"at\":\"" + START.plusSeconds(60L * i) + "\",\"concurrentCalls\":");
      w.write(r.nextInt(50) + "}");
    }
    w.write("]}");
  }

  /**
   * Writes one file: {@code empty N FILE}, {@code named N S FILE} or {@code tenant N FILE} (seed
   * 42).
   */
  public static void main(String[] args) {
    try {
      Path file = Path.of(args[args.length - 1]);
      try (BufferedWriter w = Files.newBufferedWriter(file, UTF_8)) {
        switch (args[0]) {
          case "empty" -> empty(w, Integer.parseInt(args[1]));
          case "named" -> named(w, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
          case "tenant" -> tenant(w, Integer.parseInt(args[1]), 42);
          default -> throw new IllegalArgumentException("empty, named or tenant: " + args[0]);
        }
      }
      System.out.println(file + ": " + Files.size(file) + " bytes");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
