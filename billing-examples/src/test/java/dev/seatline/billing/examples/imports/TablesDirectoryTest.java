package dev.seatline.billing.examples.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.examples.imports.ImportFixturesTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing into a tables directory that holds other organizations' rows, and the rows of the other
 * importer, keeps them: other organizations' rows stay as they are, the organization's rows of the
 * tables imported are replaced, and its users are the union of both importers'.
 */
class TablesDirectoryTest {
  private static final String FIXTURES = "src/test/resources/imports/";

  @TempDir Path dir;

  @Test
  void importsKeepOtherOrganizationsAndJoinUsers() throws IOException {
    Files.writeString(
        dir.resolve("users.csv"),
        """
        org_id,deleted_at,user_id
        globex,,zed
        acme,2026-01-09T00:00:00Z,alice
        """,
        UTF_8);
    Files.writeString(
        dir.resolve("sessions.csv"),
        """
        org_id,user_id,channel,from,to
        globex,zed,WEB,2026-01-06T08:00:00Z,2026-01-06T09:00:00Z
        acme,alice,WEB,2025-12-01T08:00:00Z,2025-12-01T09:00:00Z
        """,
        UTF_8);
    Run details =
        ImportFixturesTest.run(
            "--import",
            "genesys-user-details",
            "--org",
            "acme",
            "--interval",
            "2026-01-05T00:00:00Z/2026-01-19T00:00:00Z",
            "--out",
            dir.toString(),
            FIXTURES + "duplicated-segments/week1.json",
            FIXTURES + "duplicated-segments/week2.json");
    assertThat(details.status()).as(details.err()).isZero();
    Run licenses =
        ImportFixturesTest.run(
            "--import",
            "genesys-licenses",
            "--org",
            "acme",
            "--interval",
            "2026-01-01T00:00:00Z/2026-02-01T00:00:00Z",
            "--out",
            dir.toString(),
            "--snapshot-at",
            "2026-01-20T12:00:00Z",
            "--tiers",
            "cx1=PURECLOUD_1,cx2=PURECLOUD_2,communicate=COMMUNICATE",
            FIXTURES + "licenses-snapshot-only/page1.json",
            FIXTURES + "licenses-snapshot-only/page2.json");
    assertThat(licenses.status()).as(licenses.err()).isZero();
    // users: the existing rows first (in the canonical column order, alice's deletion kept), then
    // the users the licences import adds (bob and carol; alice is there already)
    assertThat(Files.readString(dir.resolve("users.csv")))
        .isEqualTo(
            """
            org_id,user_id,deleted_at
            globex,zed,
            acme,alice,2026-01-09T00:00:00Z
            acme,bob,
            acme,carol,
            """);
    // globex's session kept, acme's old one replaced by the two imported ones
    assertThat(Files.readString(dir.resolve("sessions.csv")))
        .isEqualTo(
            """
            org_id,user_id,channel,from,to
            globex,zed,WEB,2026-01-06T08:00:00Z,2026-01-06T09:00:00Z
            acme,alice,DESKTOP,2026-01-06T08:00:00Z,2026-01-06T16:00:00Z
            acme,alice,DESKTOP,2026-01-11T20:00:00Z,2026-01-13T06:00:00Z
            """);
    assertThat(licenses.out())
        .endsWith(
            "wrote users.csv (3 rows), licenses.csv (3 rows) of acme to "
                + dir
                + System.lineSeparator());
  }
}
