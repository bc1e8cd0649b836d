package dev.seatline.billing.examples.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importers on one fixture per trap of the vendor's exports ({@code
 * src/test/resources/imports/TRAP/}): the tables written and the summary printed must equal the
 * fixture's {@code expected/} files, which were worked out by hand from the exports (each test says
 * how).
 */
class ImportFixturesTest {
  private static final String DIR = "src/test/resources/imports/";
  private static final String ORG = "acme";
  private static final String WEEK = "2026-01-05T00:00:00Z/2026-01-12T00:00:00Z";
  private static final String TWO_WEEKS = "2026-01-05T00:00:00Z/2026-01-19T00:00:00Z";
  private static final String JANUARY = "2026-01-01T00:00:00Z/2026-02-01T00:00:00Z";
  private static final String TIERS = "cx1=PURECLOUD_1,cx2=PURECLOUD_2,communicate=COMMUNICATE";

  @TempDir Path out;

  /**
   * alice's AVAILABLE of Jan 6 is stored twice in week1, and her BUSY and COMMUNICATING of Jan 11
   * 20:00 to Jan 13 04:00 come in both weekly files: 11 segments read, 3 duplicates. The BUSY and
   * the AWAY after it touch, so they are one session, Jan 11 20:00 to Jan 13 06:00 (the OFFLINE
   * after it is no session); IDLE and INTERACTING touch, so on queue Jan 6 09:00-15:00; the
   * COMMUNICATING is on queue; OFF_QUEUE is not.
   */
  @Test
  void duplicatedMultiDaySegmentsAreKeptOnce() throws IOException {
    check(
        "duplicated-segments",
        userDetails("duplicated-segments", TWO_WEEKS, "week1.json", "week2.json"));
  }

  /**
   * bob's segments around the interval Jan 5-12: the AVAILABLE from Jan 4 22:00 is clipped to start
   * at Jan 5 00:00, the MEETING to Jan 11 23:00-Jan 12 00:00, the IDLE and INTERACTING likewise (4
   * clipped); the AVAILABLE of Jan 3, the TRAINING from Jan 12 00:00 (the end is excluded) and the
   * AVAILABLE that ends at Jan 5 00:00 lie outside (3 left out).
   */
  @Test
  void segmentsAreClippedToTheInterval() throws IOException {
    check("outside-interval", userDetails("outside-interval", WEEK, "query.json"));
  }

  /**
   * carol's AVAILABLE (no endTime) and INTERACTING (endTime null) and dave's OFFLINE are open and
   * closed at Jan 12 00:00 (3 closed; the OFFLINE makes no session); dave's AVAILABLE from Jan 12
   * 08:00 starts after the interval and is left out, not closed. dave still gets a users row.
   */
  @Test
  void openSegmentsCloseAtTheIntervalEnd() throws IOException {
    check("open-segments", userDetails("open-segments", WEEK, "query.json"));
  }

  /**
   * A job's results in two pages (one JSON array) and a second query file: erin's presence comes
   * from page 1 and the second file, her routing status from page 2; frank has no segments and gina
   * is only OFFLINE, yet both get a users row.
   */
  @Test
  void pagesAndFilesAreMerged() throws IOException {
    check(
        "pages-and-files",
        userDetails("pages-and-files", TWO_WEEKS, "job-results.json", "query-week2.json"));
  }

  /**
   * hank has no routing status: he is on queue while ON_QUEUE, 09:00-12:00 (1 user falls back); his
   * presence 08:00-13:00 touches throughout, one session. ivy has a routing status, which wins: on
   * queue only while IDLE, 08:00-10:00, though ON_QUEUE until 12:00.
   */
  @Test
  void presenceOnQueueStandsInForAMissingRoutingStatus() throws IOException {
    check("presence-without-routing", userDetails("presence-without-routing", WEEK, "query.json"));
  }

  /**
   * SHADOWING and WRAPUP are not documented values: both are reported with their first location and
   * follow the rules (a presence other than OFFLINE is a session, 08:00-10:00; a routing status
   * other than OFF_QUEUE is on queue, 08:00-09:00).
   */
  @Test
  void unknownStatusesAreReportedAndFollowTheRules() throws IOException {
    check("unknown-statuses", userDetails("unknown-statuses", WEEK, "query.json"));
  }

  /**
   * The Singer tap's rows: kim's AVAILABLE row comes twice (1 duplicate), her open AVAILABLE from
   * Jan 11 22:00 closes at Jan 12 00:00; lee's ON_QUEUE from Jan 4 20:00 is clipped to start at Jan
   * 5 00:00 and, with no routing rows, is also her on-queue time. Times come in three spellings.
   */
  @Test
  void singerRowsMapTheSameWay() throws IOException {
    check(
        "singer-user-state",
        args("singer-user-state", "singer-user-state", WEEK, List.of(), "user_state.csv"));
  }

  /**
   * Two snapshot pages, no events: every licence held on Jan 20 holds from the interval start to
   * its end (said in the summary); wem-addon is in no tier map entry, so it is listed and writes no
   * row, but carol still gets a users row.
   */
  @Test
  void aSnapshotWithoutEventsHoldsFromTheIntervalStart() throws IOException {
    check(
        "licenses-snapshot-only",
        args(
            "genesys-licenses",
            "licenses-snapshot-only",
            JANUARY,
            List.of("--snapshot-at", "2026-01-20T12:00:00Z", "--tiers", TIERS),
            "page1.json",
            "page2.json"));
  }

  /**
   * Snapshot of Jan 20 12:00: alice cx2, bob none, dave cx1. Backwards: alice's cx1 unassigned and
   * cx2 assigned Jan 10 15:00, so cx1 before and cx2 after; dave's cx1 assigned Jan 5 10:00, so
   * none before. Forwards: bob's cx1 assigned Jan 25 09:00, dave's cx1 unassigned Jan 28 17:00.
   * bob's cx2 unassigned Jan 22 though he does not hold it: 1 event that does not match, first at
   * entities[6]; the Update message is no assignment, reported and not used.
   */
  @Test
  void auditEventsRebuildTheHistoryAroundTheSnapshot() throws IOException {
    check(
        "licenses-with-events",
        args(
            "genesys-licenses",
            "licenses-with-events",
            JANUARY,
            List.of(
                "--snapshot-at",
                "2026-01-20T12:00:00Z",
                "--tiers",
                TIERS,
                "--events",
                DIR + "licenses-with-events/audit.json"),
            "snapshot.json"));
  }

  /** The same six assignments as CSV rows give the same tables as the audit messages. */
  @Test
  void csvEventsGiveTheSameHistoryAsAuditMessages() throws IOException {
    Run run =
        run(
            args(
                "genesys-licenses",
                "licenses-with-events",
                JANUARY,
                List.of(
                    "--snapshot-at",
                    "2026-01-20T12:00:00Z",
                    "--tiers",
                    TIERS,
                    "--events",
                    DIR + "licenses-with-events/events.csv"),
                "snapshot.json"));
    assertThat(run.status).as(run.err).isZero();
    for (String table : List.of("users.csv", "licenses.csv")) {
      assertThat(read(out.resolve(table)))
          .isEqualTo(read(Path.of(DIR, "licenses-with-events", "expected", table)));
    }
    // the sixth row (bob's cx2, line 7 with the header) is the one that does not match
    assertThat(run.out)
        .contains(
            "events that do not match the snapshot or the events around them: 1, first at "
                + DIR
                + "licenses-with-events/events.csv:7");
  }

  private String[] userDetails(String fixture, String interval, String... files) {
    return args("genesys-user-details", fixture, interval, List.of(), files);
  }

  private String[] args(
      String source, String fixture, String interval, List<String> options, String... files) {
    List<String> a = new ArrayList<>(List.of("--import", source, "--org", ORG));
    a.addAll(List.of("--interval", interval, "--out", out.toString()));
    a.addAll(options);
    for (String f : files) {
      a.add(DIR + fixture + "/" + f);
    }
    return a.toArray(new String[0]);
  }

  private void check(String fixture, String[] args) throws IOException {
    Run run = run(args);
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.err).isEmpty();
    Path expected = Path.of(DIR, fixture, "expected");
    List<String> tables = new ArrayList<>();
    try (Stream<Path> files = Files.list(expected)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".csv"))
          .sorted()
          .forEach(tables::add);
    }
    List<String> written = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      files.map(p -> p.getFileName().toString()).sorted().forEach(written::add);
    }
    assertThat(written).isEqualTo(tables);
    for (String table : tables) {
      assertThat(read(out.resolve(table))).as(table).isEqualTo(read(expected.resolve(table)));
    }
    assertThat(run.out.replace(out.toString(), "OUT"))
        .isEqualTo(read(expected.resolve("summary.txt")));
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, UTF_8);
  }

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        ImportCommand.run(
            args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
  }
}
