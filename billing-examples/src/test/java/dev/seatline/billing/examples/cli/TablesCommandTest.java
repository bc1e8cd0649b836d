package dev.seatline.billing.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.examples.cli.TestScenarios.Run;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tables mode of the command line: exit statuses, the summary, the report of one org. */
class TablesCommandTest {
  @TempDir Path dir;

  /**
   * Tables of three organizations: acme (NAMED, one PURECLOUD_3 user billed, 150.00), beta (its
   * session ends before it starts: an errors row) and later (its contract starts in 2027: nothing
   * to rate in period containing 2026-01-20).
   */
  private Path tables() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("organizations.csv"),
        """
        org_id,environment,status,currency,licensing,contract_effective_date
        acme,PRODUCTION,PAID,USD,NAMED,2026-01-15
        beta,PRODUCTION,PAID,USD,NAMED,2026-01-15
        later,PRODUCTION,PAID,USD,NAMED,2027-01-15
        """,
        UTF_8);
    Files.writeString(
        in.resolve("prices.csv"),
        """
        org_id,kind,item,unit_price
        acme,SEAT,PURECLOUD_3,150.00
        beta,SEAT,PURECLOUD_3,150.00
        later,SEAT,PURECLOUD_3,150.00
        """,
        UTF_8);
    Files.writeString(
        in.resolve("users.csv"), "user_id,org_id\nu1,acme\nu1,beta\nu1,later\n", UTF_8);
    Files.writeString(
        in.resolve("licenses.csv"),
        """
        org_id,user_id,tier,from,to
        acme,u1,PURECLOUD_3,2026-01-15T05:00:00Z,
        beta,u1,PURECLOUD_3,2026-01-15T05:00:00Z,
        """,
        UTF_8);
    Files.writeString(
        in.resolve("sessions.csv"),
        """
        org_id,user_id,channel,from,to
        acme,u1,WEB,2026-01-16T14:00:00Z,2026-01-16T22:00:00Z
        beta,u1,WEB,2026-01-16T14:00:00Z,2026-01-16T13:00:00Z
        """,
        UTF_8);
    return in;
  }

  @Test
  void ratesTheTablesWritesTheOutputAndSummarizesOnStandardError() throws IOException {
    Path in = tables();
    Path out = dir.resolve("out");
    Run run =
        TestScenarios.run(
            "--tables",
            in.toString(),
            "--out",
            out.toString(),
            "--period-containing",
            "2026-01-20T00:00:00Z");
    assertThat(run.status()).as(run.err()).isEqualTo(RateScenario.OK);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("rated 1 organizations, 1 in errors (listed in ")
        .contains("1 with nothing to rate; 13 rows read in "); // 3 + 3 + 3 + 2 + 2 rows
    // acme's u1 holds PURECLOUD_3 all period and logs in: one seat at 150.00, issued at the end.
    assertThat(Files.readAllLines(out.resolve("invoices.csv"), UTF_8))
        .containsExactly(
            "org_id,period_index,invoice_id,kind,ref,issued_on,due_on,currency,total,taxes_included",
            "acme,0,acme/0/RECURRING,RECURRING,,2026-02-15,2026-03-17,USD,150.00,false");
    assertThat(Files.readAllLines(out.resolve("invoice_lines.csv"), UTF_8).get(1))
        .startsWith(
            "acme,0,acme/0/RECURRING,acme/0/RECURRING/SEAT/PURECLOUD_3,SEAT,PURECLOUD_3,1,150.00,"
                + "150.00,");
    assertThat(Files.readAllLines(out.resolve("user_outcomes.csv"), UTF_8))
        .containsExactly(
            "org_id,period_index,user_id,billed,tier,reason", "acme,0,u1,true,PURECLOUD_3,");
    List<String> errors = Files.readAllLines(out.resolve("errors.csv"), UTF_8);
    assertThat(errors).hasSize(2);
    assertThat(errors.get(1))
        .startsWith("beta,sessions.csv:3:to,'to' 2026-01-16T13:00:00Z must be after 'from'");
  }

  @Test
  void invalidTablesExitTwoNamingFileAndLine() throws IOException {
    Path in = tables();
    Files.writeString(in.resolve("users.csv"), "user_id,org_id,colour\nu1,acme,red\n", UTF_8);
    Run run =
        TestScenarios.run(
            "--tables", in.toString(), "--out", dir.resolve("o").toString(), "--period", "0");
    assertThat(run.status()).isEqualTo(RateScenario.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).hasLineCount(1).startsWith("users.csv:1: unknown column 'colour'");
  }

  @Test
  void usageErrorsExitOne() throws IOException {
    Path in = tables();
    String out = dir.resolve("o").toString();
    for (String[] args :
        List.of(
            new String[] {"--tables", in.toString(), "--out", out},
            new String[] {
              "--tables",
              in.toString(),
              "--out",
              out,
              "--period",
              "0",
              "--as-of",
              "2026-01-20T00:00:00Z"
            },
            new String[] {"--tables", in.toString(), "--out", out, "--as-of", "yesterday"},
            new String[] {"--tables", in.toString(), "--period", "0"},
            new String[] {"--tables", in.toString(), "--out", out, "--period", "0", "--bogus"},
            new String[] {
              "--tables", dir.resolve("none").toString(), "--out", out, "--period", "0"
            },
            new String[] {
              "--tables",
              in.toString(),
              "--out",
              out,
              "--closed-between",
              "2026-02-01T00:00:00Z",
              "2026-01-01T00:00:00Z"
            })) {
      Run run = TestScenarios.run(args);
      assertThat(run.status()).as(String.join(" ", args)).isEqualTo(RateScenario.FAILURE);
      assertThat(run.err()).as(String.join(" ", args)).hasLineCount(1).contains("see --tables");
    }
  }

  @Test
  void helpOfTheTablesModeListsTheSelections() {
    Run run = TestScenarios.run("--tables", "x", "--help");
    assertThat(run.status()).isEqualTo(RateScenario.OK);
    assertThat(run.out())
        .contains("--period", "--period-containing", "--closed-between", "--as-of", "--out");
  }

  @Test
  void writesTheHtmlReportOfOneOrganization() throws IOException {
    Path in = tables();
    Path report = dir.resolve("acme.html");
    Run run =
        TestScenarios.run(
            "--tables",
            in.toString(),
            "--html",
            report.toString(),
            "--org",
            "acme",
            "--period",
            "0");
    assertThat(run.status()).as(run.err()).isEqualTo(RateScenario.OK);
    assertThat(Files.readString(report, UTF_8)).startsWith("<!DOCTYPE html>").contains("acme");

    Run broken =
        TestScenarios.run(
            "--tables",
            in.toString(),
            "--html",
            report.toString(),
            "--org",
            "beta",
            "--period",
            "0");
    assertThat(broken.status()).isEqualTo(RateScenario.INVALID_INPUT);
    assertThat(broken.err()).startsWith("sessions.csv:3:to: 'to' ");
  }

  /**
   * Bounded memory: a tenant of 2,000 users and 1,000,000 on-queue rows (about 50 MB of CSV) rates
   * in a JVM of 128 MiB of heap, with room for the class path of any build profile (the rows'
   * columns are released before the timeline is built; it then needs about 88 MiB). Every user is
   * on queue inside a session for the same 40 minutes of each of 500 hours, so the peak sustained
   * for 30 minutes is all 2,000 users: 2,000 PURECLOUD_1 seats at 75.00 = 150000.00.
   */
  @Test
  void aLargeTenantRatesFromTablesUnderASmallHeap() throws IOException, InterruptedException {
    Path in = Files.createDirectories(dir.resolve("big"));
    Files.writeString(
        in.resolve("organizations.csv"),
        "org_id,environment,status,currency,licensing,contract_effective_date,"
            + "concurrent_seats_purchased\nbig,PRODUCTION,PAID,USD,CONCURRENT,2026-01-15,0\n",
        UTF_8);
    Files.writeString(
        in.resolve("prices.csv"),
        "org_id,kind,item,unit_price\nbig,SEAT,PURECLOUD_1,75.00\n",
        UTF_8);
    int users = 2_000;
    int hours = 500;
    Instant start = Instant.parse("2026-01-16T00:00:00Z");
    try (BufferedWriter u = Files.newBufferedWriter(in.resolve("users.csv"), UTF_8);
        BufferedWriter l = Files.newBufferedWriter(in.resolve("licenses.csv"), UTF_8);
        BufferedWriter s = Files.newBufferedWriter(in.resolve("sessions.csv"), UTF_8);
        BufferedWriter q = Files.newBufferedWriter(in.resolve("on_queue.csv"), UTF_8)) {
      u.write("org_id,user_id\n");
      l.write("org_id,user_id,tier,from,to\n");
      s.write("org_id,user_id,channel,from,to\n");
      q.write("org_id,user_id,from,to\n");
      String[] from = new String[hours];
      String[] to = new String[hours];
      for (int h = 0; h < hours; h++) {
        from[h] = start.plusSeconds(h * 3600L).toString();
        to[h] = start.plusSeconds(h * 3600L + 40 * 60).toString();
      }
      for (int i = 0; i < users; i++) {
        String id = "u" + i;
        u.write("big," + id + "\n");
        l.write("big," + id + ",PURECLOUD_1,2026-01-15T05:00:00Z,\n");
        s.write("big," + id + ",DESKTOP," + from[0] + "," + to[hours - 1] + "\n");
        for (int h = 0; h < hours; h++) {
          q.write("big," + id + "," + from[h] + "," + to[h] + "\n");
        }
      }
    }
    Path out = dir.resolve("big-out");
    Run run =
        ChildJvm.run(
            dir,
            new byte[0],
            List.of(
                "-Xmx128m",
                "-cp",
                System.getProperty("java.class.path"),
                RateScenario.class.getName(),
                "--tables",
                in.toString(),
                "--out",
                out.toString(),
                "--period",
                "0"));
    assertThat(run.status()).as(run.err()).isEqualTo(RateScenario.OK);
    assertThat(run.err()).contains("rated 1 organizations, 0 in errors").contains("1006002 rows");
    assertThat(Files.readAllLines(out.resolve("invoices.csv"), UTF_8).get(1))
        .isEqualTo("big,0,big/0/RECURRING,RECURRING,,2026-02-15,2026-03-17,USD,150000.00,false");
    assertThat(Files.readAllLines(out.resolve("invoice_lines.csv"), UTF_8).get(1))
        .startsWith(
            "big,0,big/0/RECURRING,big/0/RECURRING/SEAT/PURECLOUD_1,SEAT,PURECLOUD_1,2000,");
  }

  @Test
  void correctsAgainstTheOutputTablesOfAnEarlierRun() throws IOException {
    Path in = tables();
    Path issued = dir.resolve("issued");
    String period = "2026-01-20T00:00:00Z";
    Run first =
        TestScenarios.run(
            "--tables", in.toString(), "--out", issued.toString(), "--period-containing", period);
    assertThat(first.status()).as(first.err()).isEqualTo(RateScenario.OK);
    // Late data: u2 of acme, licensed PURECLOUD_3 and logged in during period 0.
    Files.writeString(in.resolve("users.csv"), "u2,acme\n", UTF_8, StandardOpenOption.APPEND);
    Files.writeString(
        in.resolve("licenses.csv"),
        "acme,u2,PURECLOUD_3,2026-01-15T05:00:00Z,\n",
        UTF_8,
        StandardOpenOption.APPEND);
    Files.writeString(
        in.resolve("sessions.csv"),
        "acme,u2,WEB,2026-01-17T14:00:00Z,2026-01-17T15:00:00Z\n",
        UTF_8,
        StandardOpenOption.APPEND);
    Path out = dir.resolve("corrections");
    Run run =
        TestScenarios.run(
            "--tables",
            in.toString(),
            "--out",
            out.toString(),
            "--period-containing",
            period,
            "--correct-against",
            issued.toString(),
            "--at",
            "2026-03-01T12:00:00Z");
    assertThat(run.status()).as(run.err()).isEqualTo(RateScenario.OK);
    // One more PURECLOUD_3 seat at 150.00 (1 -> 2): a debit of 150.00 on the RECURRING invoice,
    // issued on the date of --at; beta stays an errors row of its input, later has nothing.
    List<String> invoices = Files.readAllLines(out.resolve("invoices.csv"), UTF_8);
    assertThat(invoices).hasSize(2);
    assertThat(invoices.get(1))
        .startsWith("acme,0,acme/0/CORRECTION/1/RECURRING,CORRECTION,acme/0/RECURRING,2026-03-01,")
        .contains(",USD,150.00,false");
    List<String> errors = Files.readAllLines(out.resolve("errors.csv"), UTF_8);
    assertThat(errors).hasSize(2);
    assertThat(errors.get(1)).startsWith("beta,");

    Run asOf =
        TestScenarios.run(
            "--tables",
            in.toString(),
            "--out",
            out.toString(),
            "--as-of",
            period,
            "--correct-against",
            issued.toString(),
            "--at",
            "2026-03-01T12:00:00Z");
    assertThat(asOf.status()).isEqualTo(RateScenario.FAILURE);
    assertThat(asOf.err()).contains("never corrected");
    Run noAt =
        TestScenarios.run(
            "--tables",
            in.toString(),
            "--out",
            out.toString(),
            "--period-containing",
            period,
            "--correct-against",
            issued.toString());
    assertThat(noAt.status()).isEqualTo(RateScenario.FAILURE);
    assertThat(noAt.err()).contains("go together");
  }
}
