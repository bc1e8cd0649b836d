package dev.seatline.billing.examples.bench.peer;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes the benchmarks' inputs as the CSV tables of TABLES.md, for {@code java -jar
 * billing-rate.jar --tables}: (a) the peer's month (the same seeded on-queue rows DuckDB reads, one
 * CONCURRENT organization, every user licensed PURECLOUD_1 with one DESKTOP session over the whole
 * period, so that the billed seats are the contiguous sustained peak DuckDB computes), and (b)
 * {@code --orgs} small NAMED organizations of {@code --org-users} users each, with one scenario
 * file per organization beside them for the first {@code --scenarios} of them.
 *
 * <p>usage: {@code TablesFiles --dir DIR [--seed 42] [--month-users 20000] [--month-rows-per-user
 * 100] [--orgs 10000] [--org-users 50] [--scenarios 200] [--named-users 100000] [--named-sessions
 * 2000000]}; writes {@code DIR/named-tables/} (the peer's NAMED tenant) and {@code DIR/month.csv}
 * (the peer's form), {@code DIR/month-tables/}, {@code DIR/many-tables/} and {@code
 * DIR/many-scenarios/}.
 */
public final class TablesFiles {
  private static final long S = SideBySide.PERIOD_START;
  private static final long E = SideBySide.PERIOD_END;

  private TablesFiles() {}

  /** Writes the files. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of("target", "tables-bench");
    long seed = 42;
    int monthUsers = 20_000;
    int perUser = 100;
    int orgs = 10_000;
    int orgUsers = 50;
    int scenarios = 200;
    int namedUsers = 100_000;
    int namedSessions = 2_000_000;
    for (int i = 0; i + 1 < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--dir" -> dir = Path.of(v);
        case "--seed" -> seed = Long.parseLong(v);
        case "--month-users" -> monthUsers = Integer.parseInt(v);
        case "--month-rows-per-user" -> perUser = Integer.parseInt(v);
        case "--orgs" -> orgs = Integer.parseInt(v);
        case "--org-users" -> orgUsers = Integer.parseInt(v);
        case "--scenarios" -> scenarios = Integer.parseInt(v);
        case "--named-users" -> namedUsers = Integer.parseInt(v);
        case "--named-sessions" -> namedSessions = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    OnQueueRows month = PeerMonth.generate(seed, monthUsers, perUser, S, E);
    Files.createDirectories(dir);
    PeerMonth.writeCsv(month, dir.resolve("month.csv"));
    month(month, monthUsers, Files.createDirectories(dir.resolve("month-tables")));
    many(orgs, orgUsers, scenarios, dir);
    Path peer = dir.resolve("named-peer");
    PeerNamedTenant.generate(seed, namedUsers, namedSessions, peer);
    named(peer, namedUsers, Files.createDirectories(dir.resolve("named-tables")));
    System.out.println("wrote " + dir);
  }

  private static String iso(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond).toString();
  }

  private static BufferedWriter writer(Path file) throws IOException {
    return Files.newBufferedWriter(file, US_ASCII);
  }

  private static void month(OnQueueRows rows, int users, Path dir) throws IOException {
    try (Writer w = writer(dir.resolve("organizations.csv"))) {
      w.write(
          "org_id,environment,status,currency,licensing,contract_effective_date,"
              + "concurrent_seats_purchased\nmonth,PRODUCTION,PAID,USD,CONCURRENT,2026-01-15,0\n");
    }
    try (Writer w = writer(dir.resolve("prices.csv"))) {
      w.write("org_id,kind,item,unit_price\nmonth,SEAT,PURECLOUD_1,75.00\n");
    }
    try (Writer u = writer(dir.resolve("users.csv"));
        Writer l = writer(dir.resolve("licenses.csv"));
        Writer s = writer(dir.resolve("sessions.csv"))) {
      u.write("org_id,user_id\n");
      l.write("org_id,user_id,tier,from,to\n");
      s.write("org_id,user_id,channel,from,to\n");
      for (int i = 0; i <= users; i++) { // the peer numbers its users from 0 or 1
        u.write("month," + i + "\n");
        l.write("month," + i + ",PURECLOUD_1," + iso(S - 86_400) + ",\n");
        s.write("month," + i + ",DESKTOP," + iso(S - 86_400) + "," + iso(E + 86_400) + "\n");
      }
    }
    try (Writer q = writer(dir.resolve("on_queue.csv"))) {
      q.write("org_id,user_id,from,to\n");
      StringBuilder b = new StringBuilder(80);
      for (int i = 0; i < rows.size(); i++) {
        b.setLength(0);
        b.append("month,")
            .append(rows.user(i))
            .append(',')
            .append(iso(rows.start(i)))
            .append(',')
            .append(iso(rows.end(i)))
            .append('\n');
        q.write(b.toString());
      }
    }
  }

  /**
   * The peer's NAMED tenant (its licenses.csv and sessions.csv, epoch seconds) as one NAMED
   * organization's tables.
   */
  private static void named(Path peer, int users, Path dir) throws IOException {
    try (Writer w = writer(dir.resolve("organizations.csv"))) {
      w.write("org_id,environment,status,currency,licensing,contract_effective_date\n");
      w.write("named,PRODUCTION,PAID,USD,NAMED,2026-01-15\n");
    }
    try (Writer w = writer(dir.resolve("prices.csv"))) {
      w.write("org_id,kind,item,unit_price\n");
      w.write("named,SEAT,COMMUNICATE,25.00\n");
      w.write("named,SEAT,PURECLOUD_2,110.00\n");
    }
    try (Writer u = writer(dir.resolve("users.csv"))) {
      u.write("org_id,user_id\n");
      for (int i = 0; i < users; i++) {
        u.write("named," + i + "\n");
      }
    }
    String[][] tables = {
      {"licenses.csv", "org_id,user_id,tier,from,to"},
      {"sessions.csv", "org_id,user_id,channel,from,to"}
    };
    for (String[] t : tables) {
      try (Writer w = writer(dir.resolve(t[0]));
          java.io.BufferedReader r = Files.newBufferedReader(peer.resolve(t[0]), US_ASCII)) {
        w.write(t[1] + "\n");
        r.readLine(); // the peer's header
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String[] f = line.split(",", -1);
          w.write(
              "named,"
                  + f[0]
                  + ","
                  + f[1]
                  + ","
                  + iso(Long.parseLong(f[2]))
                  + ","
                  + (f[3].isEmpty() ? "" : iso(Long.parseLong(f[3])))
                  + "\n");
        }
      }
    }
  }

  /**
   * {@code orgs} NAMED organizations: every user holds PURECLOUD_1 (PURECLOUD_3 in organizations
   * with an odd number) and user {@code u} logs in once via WEB on day {@code u % 28}.
   */
  private static void many(int orgs, int orgUsers, int scenarios, Path dir) throws IOException {
    Path tables = Files.createDirectories(dir.resolve("many-tables"));
    Path files = Files.createDirectories(dir.resolve("many-scenarios"));
    try (Writer o = writer(tables.resolve("organizations.csv"));
        Writer p = writer(tables.resolve("prices.csv"));
        Writer u = writer(tables.resolve("users.csv"));
        Writer l = writer(tables.resolve("licenses.csv"));
        Writer s = writer(tables.resolve("sessions.csv"))) {
      o.write("org_id,environment,status,currency,licensing,contract_effective_date\n");
      p.write("org_id,kind,item,unit_price\n");
      u.write("org_id,user_id\n");
      l.write("org_id,user_id,tier,from,to\n");
      s.write("org_id,user_id,channel,from,to\n");
      for (int k = 0; k < orgs; k++) {
        String org = String.format("org-%05d", k);
        o.write(org + ",PRODUCTION,PAID,USD,NAMED,2026-01-15\n");
        p.write(org + ",SEAT,PURECLOUD_1,75.00\n" + org + ",SEAT,PURECLOUD_3,150.00\n");
        StringBuilder json = new StringBuilder();
        json.append("{\"organization\": {\"id\": \"")
            .append(org)
            .append(
                "\", \"environment\": \"PRODUCTION\", \"status\": \"PAID\", \"currency\": \"USD\","
                    + " \"licensing\": \"NAMED\", \"contractEffectiveDate\": \"2026-01-15\"},"
                    + " \"period\": {\"index\": 0}, \"prices\": {\"seat\": {\"PURECLOUD_1\":"
                    + " \"75.00\", \"PURECLOUD_3\": \"150.00\"}}, \"users\": [");
        for (int i = 0; i < orgUsers; i++) {
          String tier = k % 2 == 1 ? "PURECLOUD_3" : "PURECLOUD_1";
          String from = iso(S + (i % 28) * 86_400L + 14 * 3600);
          String to = iso(S + (i % 28) * 86_400L + 22 * 3600);
          u.write(org + ",u" + i + "\n");
          l.write(org + ",u" + i + "," + tier + "," + iso(S) + ",\n");
          s.write(org + ",u" + i + ",WEB," + from + "," + to + "\n");
          json.append(i == 0 ? "" : ", ")
              .append("{\"id\": \"u")
              .append(i)
              .append("\", \"licenses\": [{\"tier\": \"")
              .append(tier)
              .append("\", \"from\": \"")
              .append(iso(S))
              .append("\"}], \"sessions\": [{\"channel\": \"WEB\", \"from\": \"")
              .append(from)
              .append("\", \"to\": \"")
              .append(to)
              .append("\"}]}");
        }
        json.append("]}\n");
        if (k < scenarios) {
          Files.writeString(files.resolve(org + ".json"), json, US_ASCII);
        }
      }
    }
  }
}
