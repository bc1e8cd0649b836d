package dev.seatline.billing.examples.tables;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.examples.cli.ScenarioReader;
import dev.seatline.billing.model.RatingInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A set of tables with a broken organization for each kind of defect of the command line's
 * broken-scenario table (RateScenarioTest) that tables can hold, among good organizations: every
 * good one rates as it does alone, every broken one is listed once in errors with its path.
 */
class ErrorIsolationTest {
  /** One organization: u1 with a PURECLOUD_3 licence, a session and on-queue time. */
  private static final String BASE =
      """
      {"organization": {"id": "base", "environment": "PRODUCTION", "status": "PAID",
        "currency": "USD", "licensing": "NAMED", "contractEffectiveDate": "2026-01-15",
        "timeZone": "America/New_York", "concurrentSeatsPurchased": 0},
       "period": {"index": 0},
       "prices": {"seat": {"PURECLOUD_3": "150.00", "PURECLOUD_1": "75.00"},
         "excessPortHour": "0.0125"},
       "users": [{"id": "u1",
         "licenses": [{"tier": "PURECLOUD_3", "from": "2026-01-15T05:00:00Z", "to": null}],
         "sessions": [{"channel": "WEB", "from": "2026-01-16T14:00:00Z",
           "to": "2026-01-16T22:00:00Z"}],
         "onQueue": [{"from": "2026-01-16T14:05:00Z", "to": "2026-01-16T21:55:00Z"}]}],
       "callPorts": [{"at": "2026-01-16T14:00:00Z", "concurrentCalls": 3}]}
      """;

  @TempDir Path temp;

  /** A defect: a change to one organization's rows, the path it must be named by and words. */
  record Defect(
      String name,
      Consumer<Map<Table, List<@Nullable String[]>>> change,
      String file,
      String column,
      String words) {}

  private static Consumer<Map<Table, List<@Nullable String[]>>> set(
      Table table, String column, @Nullable String value) {
    return rows -> of(rows, table).get(0)[table.columnIndex(column)] = value;
  }

  private static Defect org(String name, String column, @Nullable String value, String words) {
    return new Defect(
        name, set(Table.ORGANIZATIONS, column, value), "organizations.csv", column, words);
  }

  static List<Defect> defects() {
    return List.of(
        org("missing currency", "currency", null, "is required"),
        org("unknown currency", "currency", "XYZ", "unsupported currency 'XYZ'"),
        org(
            "unknown licensing model",
            "licensing",
            "HYBRID",
            "unknown LicensingModel 'HYBRID'; expected one of [NAMED, CONCURRENT, HOURLY]"),
        org("unknown zone", "time_zone", "Mars/Olympus", "unknown time zone"),
        org("an offset is not a zone id", "time_zone", "+05:00", "unknown time zone"),
        org("a SystemV zone", "time_zone", "SystemV/EST5", "the SystemV zones were removed"),
        org("a zone id in the wrong case", "time_zone", "asia/tokyo", "did you mean 'Asia/Tokyo'?"),
        org("February 30", "contract_effective_date", "2026-02-30", "not an ISO-8601 date"),
        org(
            "contract before 1900",
            "contract_effective_date",
            "1899-12-31",
            "outside the supported years 1900 to 9999"),
        org("negative count", "concurrent_seats_purchased", "-1", "was '-1'"),
        org(
            "count above a billion",
            "concurrent_seats_purchased",
            "1000000001",
            "was '1000000001'"),
        org(
            "cancelled before the contract",
            "cancelled_at",
            "2020-01-01T00:00:00Z",
            "is not after the contract's first instant"),
        org("an edition (R17)", "edition", "GENESYS_CLOUD", "R17"),
        new Defect(
            "unknown tier in the seat prices",
            rows -> seatPrice(rows)[2] = "PURECLOUD_4",
            "prices.csv",
            "item",
            "unknown LicenseTier 'PURECLOUD_4'"),
        new Defect(
            "decimal comma",
            rows -> seatPrice(rows)[3] = "1,50",
            "prices.csv",
            "unit_price",
            "not a decimal"),
        new Defect(
            "negative price",
            rows -> seatPrice(rows)[3] = "-1.00",
            "prices.csv",
            "unit_price",
            "price must be from 0"),
        new Defect(
            "a committed-seat price (R14)",
            rows -> seatPrice(rows)[1] = "COMMITTED_SEAT",
            "prices.csv",
            "kind",
            "R14"),
        new Defect(
            "unknown tier of a licence",
            set(Table.LICENSES, "tier", "PURECLOUD_9"),
            "licenses.csv",
            "tier",
            "unknown LicenseTier 'PURECLOUD_9'"),
        new Defect(
            "session ends before it starts",
            set(Table.SESSIONS, "to", "2026-01-16T13:00:00Z"),
            "sessions.csv",
            "to",
            "'to' 2026-01-16T13:00:00Z must be after 'from' 2026-01-16T14:00:00Z"),
        new Defect(
            "ten fractional digits",
            set(Table.SESSIONS, "from", "2026-01-16T14:00:00.1234567890Z"),
            "sessions.csv",
            "from",
            "more than 9 fractional digits"),
        new Defect(
            "instant without an offset",
            set(Table.SESSIONS, "to", "2026-01-16T22:00:00"),
            "sessions.csv",
            "to",
            "not an ISO-8601 instant with an offset"),
        new Defect(
            "hour 24",
            set(Table.SESSIONS, "to", "2026-01-16T24:00:00Z"),
            "sessions.csv",
            "to",
            "not a valid instant"),
        new Defect(
            "on-queue time that ends before it starts",
            set(Table.ON_QUEUE, "to", "2026-01-16T14:00:00Z"),
            "on_queue.csv",
            "to",
            "must be after 'from'"),
        new Defect(
            "a negative call count",
            set(Table.CALL_PORTS, "concurrent_calls", "-3"),
            "call_ports.csv",
            "concurrent_calls",
            "must be a whole number from 0"),
        new Defect(
            "mixed contact-center tiers (R4)",
            rows -> {
              String org = of(rows, Table.ORGANIZATIONS).get(0)[0];
              of(rows, Table.USERS).add(new @Nullable String[] {org, "u2", null});
              of(rows, Table.LICENSES)
                  .add(
                      new @Nullable String[] {
                        org, "u2", "PURECLOUD_1", "2026-01-15T05:00:00Z", null
                      });
              of(rows, Table.SESSIONS)
                  .add(
                      new @Nullable String[] {
                        org, "u2", "WEB", "2026-01-17T14:00:00Z", "2026-01-17T15:00:00Z"
                      });
            },
            "users",
            "",
            "PURECLOUD_1"),
        new Defect(
            "a duplicate user",
            rows -> of(rows, Table.USERS).add(of(rows, Table.USERS).get(0).clone()),
            "users.csv",
            "user_id",
            "duplicate user 'u1'"),
        new Defect(
            "on-queue time of a user without a users row",
            rows ->
                of(rows, Table.ON_QUEUE)
                    .add(
                        new @Nullable String[] {
                          of(rows, Table.ORGANIZATIONS).get(0)[0],
                          "ghost",
                          "2026-01-16T14:05:00Z",
                          null
                        }),
            "on_queue.csv",
            "user_id",
            "user 'ghost' has no row in users.csv"),
        new Defect(
            "a duplicate organization",
            rows -> of(rows, Table.ORGANIZATIONS).add(of(rows, Table.ORGANIZATIONS).get(0).clone()),
            "organizations.csv",
            "org_id",
            "duplicate organization"),
        new Defect(
            "a committed seat row (R14)",
            rows ->
                of(rows, Table.COMMITMENTS)
                    .add(
                        new @Nullable String[] {
                          of(rows, Table.ORGANIZATIONS).get(0)[0], "PURECLOUD_3", "10"
                        }),
            "commitments.csv",
            "tier",
            "R14"),
        new Defect(
            "rows without an organizations row",
            rows -> of(rows, Table.ORGANIZATIONS).clear(),
            "",
            "org_id",
            "has no row in organizations.csv"));
  }

  private static List<@Nullable String[]> of(Map<Table, List<@Nullable String[]>> rows, Table t) {
    return java.util.Objects.requireNonNull(rows.get(t), t.fileName());
  }

  private static @Nullable String[] seatPrice(Map<Table, List<@Nullable String[]>> rows) {
    for (@Nullable String[] r : of(rows, Table.PRICES)) {
      if ("SEAT".equals(r[1]) && "PURECLOUD_3".equals(r[2])) {
        return r;
      }
    }
    throw new AssertionError("no PURECLOUD_3 seat price");
  }

  @Test
  void brokenOrganizationsAreListedOnceWithTheirPathAndTheOthersRateUnchanged() throws IOException {
    RatingInput base = ScenarioReader.read(BASE).input();
    List<RatingInput> good = TablesRunTest.organizations(6, 99);
    List<Defect> defects = defects();
    List<Map<Table, List<@Nullable String[]>>> sets = new ArrayList<>();
    good.forEach(g -> sets.add(TableFixtures.rows(g)));
    Map<String, Defect> byOrg = new HashMap<>();
    for (int i = 0; i < defects.size(); i++) {
      String id = String.format("bad-%02d", i);
      Map<Table, List<@Nullable String[]>> rows =
          copy(TableFixtures.rows(TableFixtures.normalized(base, id)));
      defects.get(i).change().accept(rows);
      sets.add(rows);
      byOrg.put(id, defects.get(i));
    }
    Path dir = Files.createDirectories(temp.resolve("in"));
    TableFixtures.writeRows(dir, sets, 3);
    Path out = temp.resolve("out");
    Selection period = new Selection.Period(0);
    TablesRun.Summary summary =
        TablesRun.run(dir, out, period, TablesRun.Settings.defaults().withThreads(2));

    List<List<String>> errors = TablesRunTest.readCsv(out.resolve("errors.csv"));
    assertThat(errors.get(0)).isEqualTo(ErrorRow.COLUMNS);
    assertThat(errors).hasSize(defects.size() + 1);
    assertThat(summary.inErrors()).isEqualTo(defects.size());
    for (List<String> error : errors.subList(1, errors.size())) {
      String org = error.get(0);
      assertThat(byOrg).as("one errors row for %s", org).containsKey(org);
      Defect d = java.util.Objects.requireNonNull(byOrg.remove(org));
      String path = error.get(1);
      assertThat(error.get(2)).as(d.name()).contains(d.words());
      if (d.file().equals("users")) {
        assertThat(path).as(d.name()).isEqualTo("users");
        continue;
      }
      Matcher m = Pattern.compile("([a-z_]+\\.csv):(\\d+):([a-z_]+)").matcher(path);
      assertThat(m.matches()).as("%s: %s", d.name(), path).isTrue();
      if (!d.file().isEmpty()) {
        assertThat(m.group(1)).as(d.name()).isEqualTo(d.file());
      }
      assertThat(m.group(3)).as(d.name()).isEqualTo(d.column());
      // The line named is a row of the broken organization (no field holds a line break).
      List<String> lines = Files.readAllLines(dir.resolve(m.group(1)), UTF_8);
      String line = lines.get(Integer.parseInt(m.group(2)) - 1);
      assertThat(List.of(line.split(",", -1))).as(d.name()).contains(org);
    }
    assertThat(byOrg).as("broken organizations without an errors row").isEmpty();

    // Every good organization rates exactly as it does alone.
    List<List<String>> invoices = TablesRunTest.readCsv(out.resolve("invoices.csv"));
    List<List<String>> users = TablesRunTest.readCsv(out.resolve("user_outcomes.csv"));
    List<InvoiceRow> expectedInvoices = new ArrayList<>();
    List<UserOutcomeRow> expectedUsers = new ArrayList<>();
    for (RatingInput g : good) {
      OrganizationOutput alone = OrganizationRatingTest.throughValueModel(g, period);
      expectedInvoices.addAll(alone.invoices());
      expectedUsers.addAll(alone.users());
    }
    assertThat(invoices)
        .isEqualTo(
            TablesRunTest.expected(InvoiceRow.COLUMNS, expectedInvoices, InvoiceRow::values));
    assertThat(users)
        .isEqualTo(
            TablesRunTest.expected(UserOutcomeRow.COLUMNS, expectedUsers, UserOutcomeRow::values));
  }

  private static Map<Table, List<@Nullable String[]>> copy(
      Map<Table, List<@Nullable String[]>> rows) {
    Map<Table, List<@Nullable String[]>> c = new EnumMap<>(Table.class);
    rows.forEach((t, list) -> c.put(t, new ArrayList<>(list)));
    return c;
  }
}
