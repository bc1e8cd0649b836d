package dev.seatline.billing.examples.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.examples.tables.OrganizationOutput;
import dev.seatline.billing.examples.tables.OrganizationRating;
import dev.seatline.billing.examples.tables.OrganizationRows;
import dev.seatline.billing.examples.tables.Selection;
import dev.seatline.billing.examples.tables.Table;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.Session;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import dev.seatline.billing.testing.SeatlineGenerators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing the user details of a generated organization, written in the vendor's shape ({@link
 * VendorExports}: 7-day files, multi-day segments duplicated, open segments, OFFLINE and OFF_QUEUE
 * gaps, statuses split), gives back exactly its users, sessions and on-queue time over the import
 * interval (the rated period widened by a day on each side).
 */
class ImportRoundTripTest {
  /** A generated input, without deletions (the export has none), and a seed for the writer. */
  record Case(RatingInput input, long seed) {}

  static final Gen<Case> CASES =
      r -> {
        RatingInput generated =
            SeatlineGenerators.defaults()
                .channels(Channel.DESKTOP)
                .users(0, 8)
                .ratingInputs()
                .next(r);
        RatingInput.Builder b = generated.toBuilder().clearData();
        for (UserTimeline u : generated.users()) {
          UserTimeline.Builder t = UserTimeline.builder(u.id());
          u.licenses().forEach(l -> t.license(l.tier(), l.interval()));
          u.addOns().forEach(a -> t.addOn(a.addOn(), a.interval()));
          u.sessions().forEach(s -> t.session(s.channel(), s.interval()));
          t.onQueue(u.onQueue());
          b.user(t.build());
        }
        b.callPorts(generated.callPorts()).orders(generated.orders());
        b.shipments(generated.shipments());
        return new Case(b.build(), r.nextLong());
      };

  @TempDir Path dir;

  @Test
  void importedUserDetailsGiveBackTheGeneratedActivity() {
    int[] tryNumber = {0};
    PropertyCheck.forAll(
        "imported user details equal the generated activity",
        30,
        CASES,
        c -> {
          Path base = dir.resolve("try" + tryNumber[0]++);
          Imported imported = importUserDetails(c, base);
          Instant lo = imported.from;
          Instant hi = imported.to;
          assertThat(imported.users)
              .containsExactlyElementsOf(
                  new TreeSet<>(c.input().users().stream().map(UserTimeline::id).toList()));
          for (UserTimeline u : c.input().users()) {
            List<UsageInterval> sessions = new ArrayList<>();
            for (Session s : u.sessions()) {
              sessions.add(s.interval());
            }
            assertThat(imported.sessions.getOrDefault(u.id(), new BitSet()))
                .as("sessions of %s", u.id())
                .isEqualTo(minutes(sessions, lo, hi));
            assertThat(imported.onQueue.getOrDefault(u.id(), new BitSet()))
                .as("on queue of %s", u.id())
                .isEqualTo(minutes(u.onQueue(), lo, hi));
          }
        });
  }

  /**
   * Rating the imported tables (with the generated organization's other tables) gives the same
   * invoices, lines and user outcomes as rating the generated organization's own tables, and, read
   * back into the value model, as rating the generated input directly with the engine.
   */
  @Test
  void ratingTheImportedTablesGivesTheResultOfTheGeneratedOrganization() {
    int[] tryNumber = {0};
    int[] billed = {0};
    PropertyCheck.forAll(
        "rating imported user details equals rating the generated organization",
        30,
        CASES,
        c -> {
          Imported imported = importUserDetails(c, dir.resolve("rate" + tryNumber[0]++));
          Map<Table, Iterable<String[]>> tables = new EnumMap<>(Table.class);
          try {
            for (Table t : List.of(Table.USERS, Table.SESSIONS, Table.ON_QUEUE)) {
              tables.put(t, rows(imported.tables.resolve(t.fileName() + ".csv")));
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          OrganizationRows fromImport = GeneratedRows.withImported(c.input(), tables);
          Selection period = new Selection.Period(0);
          OrganizationOutput rated = OrganizationRating.withDefaults().rate(fromImport, period);
          assertThat(rated.error()).isEmpty();
          assertThat(rated)
              .isEqualTo(
                  OrganizationRating.withDefaults().rate(GeneratedRows.all(c.input()), period));
          RatedPeriod direct = BillingEngine.withDefaults().rate(c.input(), 0);
          RatedPeriod read =
              BillingEngine.withDefaults().rate(OrganizationRating.input(fromImport), 0);
          assertThat(read.invoices()).isEqualTo(direct.invoices());
          assertThat(read.users()).isEqualTo(direct.users());
          billed[0] += (int) rated.users().stream().filter(u -> u.billed()).count();
        });
    // the tries bill users at all, so the comparison covers sessions and on-queue time
    assertThat(billed[0]).isPositive();
  }

  /** What an import wrote: users, and per user the minutes covered (bit i = minute lo + i). */
  record Imported(
      Instant from,
      Instant to,
      List<String> users,
      Map<String, BitSet> sessions,
      Map<String, BitSet> onQueue,
      Path tables) {}

  /** Writes {@code c}'s exports under {@code base}, imports them, and reads the tables back. */
  static Imported importUserDetails(Case c, Path base) {
    try {
      BillingPeriod p = c.input().organization().calendar().period(0);
      Instant lo = p.start().minus(Duration.ofDays(1));
      Instant hi = p.end().plus(Duration.ofDays(1));
      List<String> files =
          VendorExports.userDetailsFiles(c.input().users(), lo, hi, new SplittableRandom(c.seed()));
      Files.createDirectories(base);
      List<String> args =
          new ArrayList<>(
              List.of(
                  "--import",
                  "genesys-user-details",
                  "--org",
                  c.input().organization().id(),
                  "--interval",
                  lo + "/" + hi,
                  "--out",
                  base.resolve("tables").toString()));
      for (int i = 0; i < files.size(); i++) {
        Path f = base.resolve("week" + i + ".json");
        Files.writeString(f, files.get(i), UTF_8);
        args.add(f.toString());
      }
      ImportFixturesTest.Run run = ImportFixturesTest.run(args.toArray(new String[0]));
      assertThat(run.status()).as(run.err()).isZero();
      Path tables = base.resolve("tables");
      List<String> users = new ArrayList<>();
      for (String[] row : rows(tables.resolve("users.csv"))) {
        users.add(row[1]);
      }
      Map<String, BitSet> sessions = new HashMap<>();
      for (String[] row : rows(tables.resolve("sessions.csv"))) {
        assertThat(row[2]).isEqualTo("DESKTOP");
        add(sessions, row[1], Instant.parse(row[3]), Instant.parse(row[4]), lo);
      }
      Map<String, BitSet> onQueue = new HashMap<>();
      for (String[] row : rows(tables.resolve("on_queue.csv"))) {
        add(onQueue, row[1], Instant.parse(row[2]), Instant.parse(row[3]), lo);
      }
      return new Imported(lo, hi, users, sessions, onQueue, tables);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of a CSV the importer wrote (no field holds a comma), header left out. */
  static List<String[]> rows(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, UTF_8);
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      rows.add(line.split(",", -1));
    }
    return rows;
  }

  /** Adds the minutes of {@code [from, to)}, which must not touch those already there. */
  private static void add(
      Map<String, BitSet> map, String user, Instant from, Instant to, Instant lo) {
    BitSet bits = map.computeIfAbsent(user, k -> new BitSet());
    int a = (int) Duration.between(lo, from).toMinutes();
    int b = (int) Duration.between(lo, to).toMinutes();
    assertThat(bits.get(Math.max(0, a - 1), b + 1).isEmpty())
        .as("rows of %s are disjoint and do not touch", user)
        .isTrue();
    bits.set(a, b);
  }

  /**
   * The oracle: the minutes of {@code [lo, hi)} that some interval covers, bit by bit (generated
   * instants lie on whole minutes from {@code lo}; an open interval covers up to {@code hi}).
   */
  private static BitSet minutes(List<UsageInterval> intervals, Instant lo, Instant hi) {
    BitSet bits = new BitSet();
    long total = Duration.between(lo, hi).toMinutes();
    for (UsageInterval i : intervals) {
      long a = Math.max(0, Duration.between(lo, i.start()).toMinutes());
      long b = Math.min(total, i.end().map(e -> Duration.between(lo, e).toMinutes()).orElse(total));
      for (long m = a; m < b; m++) {
        bits.set((int) m);
      }
    }
    return bits;
  }
}
