package dev.seatline.billing.examples.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.examples.imports.ImportFixturesTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed exports are rejected with exit 2 and one line naming the file, the JSON path or CSV
 * line and what was expected; usage errors and unreadable files exit 1. Nothing is written then.
 */
class ImportErrorsTest {
  private static final String WEEK = "2026-01-05T00:00:00Z/2026-01-12T00:00:00Z";

  @TempDir Path dir;

  private Run userDetails(String json) throws IOException {
    Path f = dir.resolve("export.json");
    Files.writeString(f, json, UTF_8);
    return ImportFixturesTest.run(
        "--import",
        "genesys-user-details",
        "--org",
        "acme",
        "--interval",
        WEEK,
        "--out",
        dir.resolve("out").toString(),
        f.toString());
  }

  private String file() {
    return dir.resolve("export.json").toString();
  }

  private void assertInvalid(Run run, String line) {
    assertThat(run.status()).isEqualTo(ImportCommand.INVALID_INPUT);
    assertThat(run.err()).isEqualTo(line + System.lineSeparator());
    assertThat(run.out()).isEmpty();
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void malformedJsonNamesTheFileAndLine() throws IOException {
    Run run = userDetails("{\"userDetails\": [\n{\"userId\": \"a\",,}]}");
    assertThat(run.status()).isEqualTo(ImportCommand.INVALID_INPUT);
    assertThat(run.err())
        .startsWith(file() + ":userDetails[0]: malformed JSON: ")
        .contains("(line 2)");
  }

  @Test
  void aTimeThatIsNoInstantNamesItsJsonPath() throws IOException {
    Run run =
        userDetails(
            "{\"userDetails\": [{\"userId\": \"a\", \"primaryPresence\": [\n"
                + "{\"startTime\": \"2026-13-01T00:00:00Z\", \"systemPresence\": \"AVAILABLE\"}]}]}");
    assertInvalid(
        run,
        file()
            + ":userDetails[0].primaryPresence[0].startTime: expected "
            + Times.EXPECTED
            + ", found '2026-13-01T00:00:00Z' (line 2)");
  }

  @Test
  void aUserWithoutIdIsRejected() throws IOException {
    Run run = userDetails("{\"userDetails\": [{\"primaryPresence\": []}]}");
    assertInvalid(
        run,
        file() + ":userDetails[0]: expected the user's 'userId', a string; the object has none");
  }

  @Test
  void aStatusThatIsNoStringIsRejected() throws IOException {
    Run run =
        userDetails(
            "{\"userDetails\": [{\"userId\": \"a\", \"routingStatus\": [{\"startTime\":"
                + " \"2026-01-06T08:00:00.000Z\", \"routingStatus\": 3}]}]}");
    assertInvalid(
        run,
        file()
            + ":userDetails[0].routingStatus[0].routingStatus: expected the routingStatus, a"
            + " string, found the number 3 (line 1)");
  }

  @Test
  void aSegmentEndingBeforeItStartsIsRejected() throws IOException {
    Run run =
        userDetails(
            "{\"userDetails\": [{\"userId\": \"a\", \"primaryPresence\": [{\"startTime\":"
                + " \"2026-01-06T08:00:00.000Z\", \"endTime\": \"2026-01-06T07:00:00.000Z\","
                + " \"systemPresence\": \"AVAILABLE\"}]}]}");
    assertInvalid(
        run,
        file()
            + ":userDetails[0].primaryPresence[0].endTime: expected an endTime not before the"
            + " startTime 2026-01-06T08:00:00Z, found 2026-01-06T07:00:00Z");
  }

  @Test
  void aPageThatIsNoObjectIsRejected() throws IOException {
    assertInvalid(
        userDetails("[{\"userDetails\": []}, 7]"),
        file()
            + ":[1]: expected a page of user details, a JSON object, found the number 7 (line 1)");
  }

  @Test
  void singerRowsOfAnUnknownTypeNameTheLineAndColumn() throws IOException {
    Path f = dir.resolve("user_state.csv");
    Files.writeString(
        f,
        """
        id,user_id,start_time,end_time,state,state_id,type
        1,kim,2026-01-06T08:00:00Z,,AVAILABLE,,presence
        2,kim,2026-01-06T08:00:00Z,,IDLE,,queue
        """,
        UTF_8);
    Run run =
        ImportFixturesTest.run(
            "--import",
            "singer-user-state",
            "--org",
            "acme",
            "--interval",
            WEEK,
            "--out",
            dir.resolve("out").toString(),
            f.toString());
    assertInvalid(run, f + ":3:type: expected presence or routing, found 'queue'");
  }

  @Test
  void singerRowsWithoutAStartColumnAreRejected() throws IOException {
    Path f = dir.resolve("user_state.csv");
    Files.writeString(f, "id,user_id,end_time,state,type\n1,kim,,AVAILABLE,presence\n", UTF_8);
    Run run =
        ImportFixturesTest.run(
            "--import",
            "singer-user-state",
            "--org",
            "acme",
            "--interval",
            WEEK,
            "--out",
            dir.resolve("out").toString(),
            f.toString());
    assertInvalid(
        run,
        f
            + ":1: expected a column 'start_time' (columns [user_id, start_time, end_time, state, type])");
  }

  private Run licenses(String snapshot, List<String> options) throws IOException {
    Path f = dir.resolve("snapshot.json");
    Files.writeString(f, snapshot, UTF_8);
    List<String> args =
        new ArrayList<>(
            List.of(
                "--import",
                "genesys-licenses",
                "--org",
                "acme",
                "--interval",
                WEEK,
                "--out",
                dir.resolve("out").toString(),
                "--snapshot-at",
                "2026-01-08T00:00:00Z"));
    args.addAll(options);
    args.add(f.toString());
    return ImportFixturesTest.run(args.toArray(new String[0]));
  }

  @Test
  void aMissingSnapshotPageIsRejected() throws IOException {
    Run run =
        licenses(
            "{\"entities\": [{\"id\": \"a\", \"licenses\": [\"cx1\"]}], \"pageNumber\": 1,"
                + " \"pageCount\": 3}",
            List.of("--tiers", "cx1=PURECLOUD_1"));
    assertInvalid(
        run,
        dir.resolve("snapshot.json")
            + ":pageCount: expected every page from 1 to the pageCount 3 of the licence"
            + " snapshot; pages [2, 3] are missing");
  }

  @Test
  void anEventRowOfAnotherActionIsRejected() throws IOException {
    Path events = dir.resolve("events.csv");
    Files.writeString(events, "user_id,license,action,at\na,cx1,Grant,2026-01-06T00:00:00Z\n");
    Run run =
        licenses(
            "{\"entities\": []}",
            List.of("--tiers", "cx1=PURECLOUD_1", "--events", events.toString()));
    assertInvalid(run, events + ":2:action: expected Assign or Unassign, found 'Grant'");
  }

  @Test
  void anAuditAssignmentWithoutLicenceNamesIsRejected() throws IOException {
    Path events = dir.resolve("audit.json");
    Files.writeString(
        events,
        "[{\"eventDate\": \"2026-01-06T00:00:00Z\", \"action\": \"Assign\", \"entity\": {\"id\":"
            + " \"a\"}, \"propertyChanges\": [{\"property\": \"license\", \"newValues\": []}]}]");
    Run run =
        licenses(
            "{\"entities\": []}",
            List.of("--tiers", "cx1=PURECLOUD_1", "--events", events.toString()));
    assertInvalid(
        run,
        events
            + ":[0].propertyChanges: expected the licence names assigned in 'newValues'; none given");
  }

  @Test
  void usageErrorsExitOne() throws IOException {
    String out = dir.resolve("out").toString();
    Run badInterval =
        ImportFixturesTest.run(
            "--import",
            "genesys-user-details",
            "--org",
            "acme",
            "--interval",
            "last week",
            "--out",
            out,
            "x.json");
    assertThat(badInterval.status()).isEqualTo(ImportCommand.FAILURE);
    assertThat(badInterval.err()).startsWith("interval 'last week' is not FROM/TO");
    Run unknownSource =
        ImportFixturesTest.run(
            "--import",
            "genesys-queues",
            "--org",
            "acme",
            "--interval",
            WEEK,
            "--out",
            out,
            "x.json");
    assertThat(unknownSource.status()).isEqualTo(ImportCommand.FAILURE);
    assertThat(unknownSource.err())
        .startsWith(
            "unknown source 'genesys-queues' after --import: expected genesys-user-details,"
                + " genesys-licenses or singer-user-state");
    Run noOrg =
        ImportFixturesTest.run(
            "--import", "genesys-user-details", "--interval", WEEK, "--out", out, "x.json");
    assertThat(noOrg.status()).isEqualTo(ImportCommand.FAILURE);
    assertThat(noOrg.err()).contains("--org");
    Run noTiers = licenses("{\"entities\": []}", List.of());
    assertThat(noTiers.status()).isEqualTo(ImportCommand.FAILURE);
    assertThat(noTiers.err())
        .startsWith("--import genesys-licenses needs one of --tiers NAME=TIER,... or --tiers-file");
    Run badTier = licenses("{\"entities\": []}", List.of("--tiers", "cx1=GOLD"));
    assertThat(badTier.status()).isEqualTo(ImportCommand.FAILURE);
    assertThat(badTier.err())
        .startsWith(
            "--tiers entry 'cx1=GOLD' is not LICENSE_NAME=TIER with TIER one of COMMUNICATE,"
                + " PURECLOUD_1, PURECLOUD_2, PURECLOUD_3");
    Run missing =
        ImportFixturesTest.run(
            "--import",
            "genesys-user-details",
            "--org",
            "acme",
            "--interval",
            WEEK,
            "--out",
            out,
            dir.resolve("nowhere.json").toString());
    assertThat(missing.status()).isEqualTo(ImportCommand.FAILURE);
    assertThat(missing.err())
        .isEqualTo(
            "cannot read '"
                + dir.resolve("nowhere.json")
                + "': no such file or directory"
                + System.lineSeparator());
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aDirectoryGivenAsAnExportIsAFailureInWords() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("exports"));
    Run run =
        ImportFixturesTest.run(
            "--import",
            "genesys-user-details",
            "--org",
            "acme",
            "--interval",
            WEEK,
            "--out",
            dir.resolve("out").toString(),
            folder.toString());
    assertThat(run.status()).isEqualTo(ImportCommand.FAILURE);
    assertThat(run.err())
        .isEqualTo("cannot read '" + folder + "': is a directory" + System.lineSeparator());
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aTierFileMapsNamesLikeTheOption() throws IOException {
    Path tiers = dir.resolve("tiers.txt");
    Files.writeString(tiers, "# vendor licence names\ncx1 = PURECLOUD_1\n\ncx3=PURECLOUD_3\n");
    Run run =
        licenses(
            "{\"entities\": [{\"id\": \"a\", \"licenses\": [\"cx3\"]}]}",
            List.of("--tiers-file", tiers.toString()));
    assertThat(run.status()).as(run.err()).isZero();
    // no events: the snapshot's cx3 holds over the whole week
    assertThat(Files.readString(dir.resolve("out/licenses.csv")))
        .isEqualTo(
            """
            org_id,user_id,tier,from,to
            acme,a,PURECLOUD_3,2026-01-05T00:00:00Z,2026-01-12T00:00:00Z
            """);
  }
}
