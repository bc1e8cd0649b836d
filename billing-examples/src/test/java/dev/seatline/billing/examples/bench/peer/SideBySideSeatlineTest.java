package dev.seatline.billing.examples.bench.peer;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.rating.RatingPolicy.PeakMeasure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's side of {@link SideBySide} (CSV parse, columnar build, rating) on small generated
 * files, against brute forces written here: a per-second count of the users on queue for the
 * sustained peak, and a per-user union of each tier's assignments for the named tenant. They read
 * the CSV with their own line-by-line reader and share nothing with the side under test.
 */
class SideBySideSeatlineTest {
  private static final List<String> TIER_NAMES =
      dev.seatline.billing.model.TierCatalog.faq().tiers().stream().map(LicenseTier::name).toList();
  private static final List<String> CHANNEL_NAMES =
      java.util.Arrays.stream(Channel.values()).map(Enum::name).toList();

  private static final long S = SideBySide.PERIOD_START;
  private static final long E = SideBySide.PERIOD_END;
  private static final int W = 1800;

  @TempDir Path dir;

  /** What the brute force and the engine report for one measure. */
  private record Peak(long seats, long detail) {}

  /** The brute force's answers for both measures. */
  private record Peaks(Peak contiguous, Peak accumulated) {
    Peak of(PeakMeasure m) {
      return m == PeakMeasure.CONTIGUOUS_WINDOW ? contiguous : accumulated;
    }
  }

  @Test
  void theMonthsPeakMatchesAPerSecondCount() throws IOException {
    int[][] sizes = {{1, 40, 20}, {2, 40, 20}, {3, 60, 30}, {11, 25, 100}};
    for (int[] size : sizes) {
      Path csv = dir.resolve("month-" + size[0] + ".csv");
      PeerMonth.writeCsv(PeerMonth.generate(size[0], size[1], size[2], S, E), csv);
      assertPeaksMatchTheBruteForce(csv);
    }
  }

  @Test
  void boundaryCasesMatchHandCountsAndTheBruteForce() throws IOException {
    // {contiguous, accumulated, rows relative to S...}
    Object[][] cases = {
      {2, 2, "1,0,7200\n2,1000,2800\n"}, // an overlap of exactly 1800 s counts
      {1, 1, "1,0,7200\n2,1000,2799\n"}, // 1799 s does not
      {2, 2, "1,0,7200\n2,1000,1900\n2,1900,2800\n"}, // touching rows: one presence
      {1, 2, "1,0,7200\n2,1000,1900\n2,1901,2801\n"}, // a 1 s gap: 900 + 900 s accumulated
      {1, 1, "1,0,5000\n1,100,7200\n1,100,7200\n"}, // overlapping and duplicate rows count once
      {2, 2, "1,0,1000\n2,1000,3000\n3,0,3000\n"}, // a handover at one second leaves no dip
      {2, 2, "1,-5000,1800\n2,-3000,1800\n"}, // clipped at S to exactly 1800 s
      {0, 0, "1,-5000,1799\n2,-3000,1799\n"}, // clipped at S to 1799 s
      {2, 2, "1,-100,999999999\n2,2678400,2679000\n3,2676600,2690000\n"}, // up to E exactly
      {1, 1, "1,-100,999999999\n3,2676601,2690000\n"}, // 1799 s left before E
      {0, 0, "1,-4000,0\n2,2678400,2690000\n"}, // rows entirely outside the period
    };
    for (int k = 0; k < cases.length; k++) {
      StringBuilder csv = new StringBuilder(OnQueueRows.HEADER).append('\n');
      for (String line : lines((String) cases[k][2])) {
        long[] f = numbers(line);
        csv.append(f[0]).append(',').append(S + f[1]).append(',').append(S + f[2]).append('\n');
      }
      Path file = dir.resolve("case-" + k + ".csv");
      Files.writeString(file, csv, US_ASCII);
      Peaks brute = bruteForcePeaks(file);
      assertThat(brute.contiguous().seats())
          .as("case %d", k)
          .isEqualTo(((Integer) cases[k][0]).longValue());
      assertThat(brute.accumulated().seats())
          .as("case %d", k)
          .isEqualTo(((Integer) cases[k][1]).longValue());
      assertPeaksMatchTheBruteForce(file);
    }
  }

  @Test
  void theNamedTenantMatchesAPerUserUnionOfTheAssignments() throws IOException {
    for (long seed : new long[] {5, 6}) {
      Path tenant = dir.resolve("named-" + seed);
      PeerNamedTenant.generate(seed, 4000, 40_000, tenant);
      SeatlineSide.NamedBill bill = rateNamed(tenant);
      Map<Integer, LicenseTier> expected = bruteForceNamed(tenant);
      assertThat(bill.users()).isEqualTo(expected);
      Map<LicenseTier, Long> perTier = new java.util.TreeMap<>();
      expected.values().forEach(t -> perTier.merge(t, 1L, Long::sum));
      assertThat(bill.perTier()).isEqualTo(perTier);
      assertThat(perTier).containsKeys(LicenseTier.COMMUNICATE, LicenseTier.PURECLOUD_2);
    }
  }

  @Test
  void theParserReadsCrlfBlankLinesNegativeNumbersAndOpenEnds() throws IOException {
    Path q = dir.resolve("q.csv");
    Files.writeString(q, "user_id,start_s,end_s\r\n7,-5,10\r\n\r\n8,1,2", US_ASCII);
    OnQueueRows rows = CsvColumns.onQueue(q);
    assertThat(rows.size()).isEqualTo(2);
    assertThat(new long[] {rows.user(0), rows.start(0), rows.end(0), rows.user(1), rows.end(1)})
        .containsExactly(7, -5, 10, 8, 2);
    Path s = dir.resolve("s.csv");
    Files.writeString(s, PeerNamedTenant.SESSIONS_HEADER + "\n3,API,5,\n4,WEB,6,9\n", US_ASCII);
    CodedRows coded = CsvColumns.coded(s, PeerNamedTenant.SESSIONS_HEADER, CHANNEL_NAMES);
    assertThat(coded.size()).isEqualTo(2);
    Channel[] channels = Channel.values();
    assertThat(channels[coded.code[0]]).isEqualTo(Channel.API);
    assertThat(channels[coded.code[1]]).isEqualTo(Channel.WEB);
    assertThat(coded.to).containsExactly(CodedRows.OPEN, 9);
  }

  @Test
  void theParserNamesTheBadLine() throws IOException {
    Path q = dir.resolve("bad.csv");
    Files.writeString(q, "user_id,start_s,end_s\n1,2,3\n1,x,3\n", US_ASCII);
    assertThatThrownBy(() -> CsvColumns.onQueue(q))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.csv:3: expected an integer: 1,x,3");
    Path s = dir.resolve("bad-tier.csv");
    Files.writeString(s, PeerNamedTenant.LICENSES_HEADER + "\n1,GOLD,2,\n", US_ASCII);
    assertThatThrownBy(() -> CsvColumns.coded(s, PeerNamedTenant.LICENSES_HEADER, TIER_NAMES))
        .hasMessageContaining("bad-tier.csv:2: unknown value");
    Path h = dir.resolve("header.csv");
    Files.writeString(h, "user,start,end\n", US_ASCII);
    assertThatThrownBy(() -> CsvColumns.onQueue(h)).hasMessageContaining("expected the header");
  }

  private static void assertPeaksMatchTheBruteForce(Path csv) throws IOException {
    Peaks expected = bruteForcePeaks(csv);
    SeatlineSide.Built built = SeatlineSide.month(CsvColumns.onQueue(csv), S, E);
    RatingInput input = SeatlineSide.input(SeatlineSide.MONTH_ORGANIZATION, built.timeline());
    for (PeakMeasure m : PeakMeasure.values()) {
      SeatlineSide.MonthPeak p =
          SeatlineSide.peak(SeatlineSide.rate(SeatlineSide.engine(m), input));
      Peak want = expected.of(m);
      long detail = m == PeakMeasure.CONTIGUOUS_WINDOW ? p.windowStart() : p.secondsAtLevel();
      if (want.seats() == 0) {
        assertThat(p.seats()).as("%s %s", csv.getFileName(), m).isZero();
      } else {
        assertThat(new Peak(p.seats(), detail)).as("%s %s", csv.getFileName(), m).isEqualTo(want);
      }
    }
  }

  /**
   * Seats per measure by brute force: c[t] for every second of [S, E), each user counted once a
   * second; contiguous: the highest level held for 1800 consecutive seconds, and where it starts
   * first; accumulated: the highest level held for 1800 seconds in all, and for how long.
   */
  private static Peaks bruteForcePeaks(Path csv) throws IOException {
    Map<Long, List<long[]>> byUser = new TreeMap<>();
    for (String line : dataLines(csv)) {
      long[] f = numbers(line);
      byUser.computeIfAbsent(f[0], u -> new ArrayList<>()).add(f);
    }
    int seconds = (int) (E - S);
    int[] c = new int[seconds];
    int[] seenBy = new int[seconds];
    Arrays.fill(seenBy, -1);
    int u = 0;
    for (List<long[]> rows : byUser.values()) {
      for (long[] r : rows) {
        for (long t = Math.max(r[1], S); t < Math.min(r[2], E); t++) {
          int i = (int) (t - S);
          if (seenBy[i] != u) {
            seenBy[i] = u;
            c[i]++;
          }
        }
      }
      u++;
    }
    int max = Arrays.stream(c).max().orElse(0);
    Peak contiguous = new Peak(0, -1);
    for (int n = max; n >= 1 && contiguous.seats() == 0; n--) {
      int run = 0;
      for (int i = 0; i < seconds; i++) {
        run = c[i] >= n ? run + 1 : 0;
        if (run == W) {
          contiguous = new Peak(n, S + i - W + 1);
          break;
        }
      }
    }
    Peak accumulated = new Peak(0, 0);
    for (int n = max; n >= 1; n--) {
      long at = 0;
      for (int x : c) {
        at += x >= n ? 1 : 0;
      }
      if (at >= W) {
        accumulated = new Peak(n, at);
        break;
      }
    }
    return new Peaks(contiguous, accumulated);
  }

  private static SeatlineSide.NamedBill rateNamed(Path tenant) throws IOException {
    CodedRows lic =
        CsvColumns.coded(
            tenant.resolve("licenses.csv"), PeerNamedTenant.LICENSES_HEADER, TIER_NAMES);
    CodedRows ses =
        CsvColumns.coded(
            tenant.resolve("sessions.csv"), PeerNamedTenant.SESSIONS_HEADER, CHANNEL_NAMES);
    SeatlineSide.Built built = SeatlineSide.named(lic, ses);
    RatedPeriod rated =
        SeatlineSide.rate(
            SeatlineSide.engine(PeakMeasure.CONTIGUOUS_WINDOW),
            SeatlineSide.input(SeatlineSide.NAMED_ORGANIZATION, built.timeline()));
    return SeatlineSide.bill(rated, built);
  }

  /**
   * Billed users by brute force: a user-interface session meeting [S, E), and the highest tier
   * whose clipped assignments cover at least 4 hours together: the endpoints cut [S, E) into
   * pieces, and each piece some assignment covers is added once.
   */
  private static Map<Integer, LicenseTier> bruteForceNamed(Path tenant) throws IOException {
    Set<Integer> ui = new HashSet<>();
    for (String line : dataLines(tenant.resolve("sessions.csv"))) {
      String[] f = fields(line);
      long from = Long.parseLong(f[2]);
      long to = f[3].isEmpty() ? E : Math.min(E, Long.parseLong(f[3]));
      if (!f[1].equals("API") && Math.max(from, S) < to) {
        ui.add(Integer.parseInt(f[0]));
      }
    }
    Map<Integer, Map<LicenseTier, List<long[]>>> held = new HashMap<>();
    for (String line : dataLines(tenant.resolve("licenses.csv"))) {
      String[] f = fields(line);
      long from = Math.max(S, Long.parseLong(f[2]));
      long to = f[3].isEmpty() ? E : Math.min(E, Long.parseLong(f[3]));
      if (from < to) {
        held.computeIfAbsent(Integer.parseInt(f[0]), u -> new java.util.TreeMap<>())
            .computeIfAbsent(
                dev.seatline.billing.model.TierCatalog.faq().find(f[1]).orElseThrow(),
                t -> new ArrayList<>())
            .add(new long[] {from, to});
      }
    }
    Map<Integer, LicenseTier> billed = new TreeMap<>();
    held.forEach(
        (user, tiers) -> {
          if (!ui.contains(user)) {
            return;
          }
          tiers.forEach(
              (tier, assignments) -> {
                if (unionLength(assignments) >= SideBySide.NAMED_MINIMUM) {
                  billed.merge(user, tier, (a, b) -> a.compareTo(b) >= 0 ? a : b);
                }
              });
        });
    return billed;
  }

  private static long unionLength(List<long[]> intervals) {
    long[] points =
        intervals.stream().flatMapToLong(i -> Arrays.stream(i)).sorted().distinct().toArray();
    long total = 0;
    for (int k = 0; k + 1 < points.length; k++) {
      long x = points[k];
      long y = points[k + 1];
      if (intervals.stream().anyMatch(i -> i[0] <= x && y <= i[1])) {
        total += y - x;
      }
    }
    return total;
  }

  private static List<String> dataLines(Path file) throws IOException {
    List<String> all = Files.readAllLines(file, US_ASCII);
    return all.subList(1, all.size());
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
      out.add(text.substring(from, at));
      from = at + 1;
    }
    return out;
  }

  private static String[] fields(String line) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int at = line.indexOf(','); at >= 0; at = line.indexOf(',', from)) {
      out.add(line.substring(from, at));
      from = at + 1;
    }
    out.add(line.substring(from));
    return out.toArray(new String[0]);
  }

  private static long[] numbers(String line) {
    return Arrays.stream(fields(line)).mapToLong(Long::parseLong).toArray();
  }
}
