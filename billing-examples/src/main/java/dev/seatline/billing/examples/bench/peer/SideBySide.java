package dev.seatline.billing.examples.bench.peer;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.examples.bench.SyntheticTenants;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.TierCatalog;
import dev.seatline.billing.rating.RatingPolicy.PeakMeasure;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The side-by-side comparison with the DuckDB peer, both sides measured in one run on the same CSV
 * files: (a) a month of on-queue intervals (the sustained peak, both measures) and (b) a NAMED
 * tenant (the billed users per tier).
 *
 * <p>The files are generated with fixed seeds under {@code --dir} (skipped when they exist with the
 * same parameters). Each round loads and queries on the DuckDB side (read_csv, then the SQL of
 * {@link PeerSql}) and parses, builds and rates on the engine's side ({@link SeatlineSide}), the
 * two sides taking turns to go first; the first {@code --warmup} rounds are not counted. The
 * answers must agree (the seats and the window or time at that level of each measure; the billed
 * users, per tier and one by one), or the run exits with status 1. Prints a table and a summary
 * line and writes {@code results.md} into {@code --dir}.
 *
 * <p>usage: {@code SideBySide [--dir DIR] [--runs 5] [--warmup 1] [--threads 2] [--only
 * month|named] [--seed 42] [--month-users 20000] [--month-rows-per-user 100] [--named-users 100000]
 * [--named-sessions 2000000]}. Needs the DuckDB JDBC driver on the class path: {@code mvn -B
 * -DskipTests package -Pbench -Dbench.only=side-by-side} provides it.
 */
public final class SideBySide {
  private static final List<String> TIER_NAMES =
      TierCatalog.faq().tiers().stream().map(LicenseTier::name).toList();

  /** The rated start, epoch seconds: 2026-01-15T05:00:00Z. */
  static final long PERIOD_START = SyntheticTenants.PERIOD_START.getEpochSecond();

  /** The rated end, epoch seconds: 2026-02-15T05:00:00Z. */
  static final long PERIOD_END = SyntheticTenants.PERIOD_END.getEpochSecond();

  /** The sustained-peak window, seconds (the default policy's 30 minutes). */
  static final long WINDOW = 1800;

  /** The named minimum assignment, seconds (the default policy's 4 hours). */
  static final long NAMED_MINIMUM = 4 * 3600;

  private SideBySide() {}

  /** Runs the comparison; exits 0 when both sides agree, 1 when not, 2 on a usage error. */
  public static void main(String[] args) throws Exception {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("side-by-side: " + e.getMessage());
      System.exit(2);
      return;
    }
    int status;
    try {
      status = new SideBySide.Run(o, System.out).run();
    } catch (SQLException e) {
      System.err.println("side-by-side: " + e.getMessage());
      status = 2;
    }
    System.exit(status);
  }

  /** The command line. */
  static final class Options {
    Path dir = Path.of("target", "side-by-side");
    int runs = 5;
    int warmup = 1;
    int threads = 2;
    boolean month = true;
    boolean named = true;
    long seed = 42;
    int monthUsers = 20_000;
    int monthRowsPerUser = 100;
    int namedUsers = 100_000;
    int namedSessions = 2_000_000;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value for " + a);
        }
        String v = args[++i];
        switch (a) {
          case "--dir" -> o.dir = Path.of(v);
          case "--runs" -> o.runs = positive(a, v);
          case "--warmup" -> o.warmup = Integer.parseInt(v);
          case "--threads" -> o.threads = positive(a, v);
          case "--only" -> {
            o.month = v.equals("month");
            o.named = v.equals("named");
            if (!o.month && !o.named) {
              throw new IllegalArgumentException("--only month|named");
            }
          }
          case "--seed" -> o.seed = Long.parseLong(v);
          case "--month-users" -> o.monthUsers = positive(a, v);
          case "--month-rows-per-user" -> o.monthRowsPerUser = positive(a, v);
          case "--named-users" -> o.namedUsers = positive(a, v);
          case "--named-sessions" -> o.namedSessions = positive(a, v);
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
      }
      if (o.warmup < 0) {
        throw new IllegalArgumentException("--warmup must be 0 or more");
      }
      return o;
    }

    private static int positive(String name, String v) {
      int n = Integer.parseInt(v);
      if (n <= 0) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return n;
    }
  }

  /** The times of one step over the counted rounds, in nanoseconds. */
  static final class Series {
    final List<Long> nanos = new ArrayList<>();

    void add(long ns) {
      nanos.add(ns);
    }

    long bestMs() {
      long best = Long.MAX_VALUE;
      for (long n : nanos) {
        best = Math.min(best, n);
      }
      return ms(best);
    }

    String all() {
      List<String> out = new ArrayList<>();
      for (long n : nanos) {
        out.add(String.format(Locale.ROOT, "%,d", ms(n)));
      }
      return String.join(", ", out);
    }

    /** The sum, round by round, of this and {@code others}. */
    Series plus(Series... others) {
      Series s = new Series();
      for (int i = 0; i < nanos.size(); i++) {
        long t = nanos.get(i);
        for (Series x : others) {
          t += x.nanos.get(i);
        }
        s.add(t);
      }
      return s;
    }

    /** The index of the best round. */
    int bestRound() {
      int best = 0;
      for (int i = 1; i < nanos.size(); i++) {
        if (nanos.get(i) < nanos.get(best)) {
          best = i;
        }
      }
      return best;
    }
  }

  private static long ms(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }

  /** One run of the comparison. */
  static final class Run {
    private final Options o;
    private final PrintStream out;
    private final Map<String, Series> t = new LinkedHashMap<>();
    private final List<String> disagreements = new ArrayList<>();
    private final List<String[]> answers = new ArrayList<>();
    private final BillingEngine contiguousEngine =
        SeatlineSide.engine(PeakMeasure.CONTIGUOUS_WINDOW);
    private final BillingEngine accumulatedEngine =
        SeatlineSide.engine(PeakMeasure.ACCUMULATED_TIME);

    private DuckDbSide.@Nullable Peak duckC;
    private DuckDbSide.@Nullable Peak duckA;
    private SeatlineSide.@Nullable MonthPeak seatC;
    private SeatlineSide.@Nullable MonthPeak seatA;
    private @Nullable Map<String, Long> duckNamed;
    private SeatlineSide.@Nullable NamedBill seatNamed;
    private long monthRows;
    private boolean counted;

    Run(Options o, PrintStream out) {
      this.o = o;
      this.out = out;
    }

    private Series series(String name) {
      return t.computeIfAbsent(name, k -> new Series());
    }

    private void time(String name, long ns) {
      if (counted) {
        series(name).add(ns);
      }
    }

    int run() throws IOException, SQLException {
      Files.createDirectories(o.dir);
      Path monthDir =
          o.dir.resolve("month-seed" + o.seed + "-" + o.monthUsers + "x" + o.monthRowsPerUser);
      Path monthCsv = monthDir.resolve("intervals.csv");
      Path namedDir =
          o.dir.resolve("named-seed" + o.seed + "-" + o.namedUsers + "u-" + o.namedSessions + "s");
      if (o.month) {
        ensureMonth(monthDir, monthCsv);
      }
      if (o.named) {
        ensureNamed(namedDir);
      }
      String loadBefore = Machine.loadAverage();
      long c0 = System.nanoTime();
      try (DuckDbSide db = DuckDbSide.open(o.threads)) {
        long connectMs = ms(System.nanoTime() - c0);
        String duck = db.describe();
        out.printf(Locale.ROOT, "%s (connect %d ms); %s%n", duck, connectMs, Machine.describe());
        out.printf(
            Locale.ROOT,
            "%d warm-up and %d counted rounds, the sides taking turns to go first; load average"
                + " %s%n",
            o.warmup,
            o.runs,
            loadBefore);
        for (int round = 0; round < o.warmup + o.runs; round++) {
          counted = round >= o.warmup;
          boolean duckFirst = round % 2 == 0;
          long r0 = System.nanoTime();
          if (o.month) {
            if (duckFirst) {
              duckMonth(db, monthCsv);
              seatlineMonth(monthCsv);
            } else {
              seatlineMonth(monthCsv);
              duckMonth(db, monthCsv);
            }
          }
          if (o.named) {
            if (duckFirst) {
              duckNamed(db, namedDir);
              seatlineNamed(namedDir);
            } else {
              seatlineNamed(namedDir);
              duckNamed(db, namedDir);
            }
          }
          out.printf(
              Locale.ROOT,
              "round %d%s: %,d ms%n",
              round + 1,
              counted ? "" : " (warm-up)",
              ms(System.nanoTime() - r0));
        }
        String loadAfter = Machine.loadAverage();
        check(db);
        Report report = new Report(o, duck, loadBefore, loadAfter, monthRows);
        String md = report.markdown(t, answers, disagreements);
        out.println();
        out.print(md);
        Files.writeString(o.dir.resolve("results.md"), md, StandardCharsets.UTF_8);
        out.println();
        out.println(report.summary(t, disagreements));
        out.println("results written to " + o.dir.resolve("results.md"));
      }
      return disagreements.isEmpty() ? 0 : 1;
    }

    private void ensureMonth(Path dir, Path csv) throws IOException {
      String params =
          String.format(
              Locale.ROOT,
              "peer on-queue month: seed=%d users=%d rows-per-user=%d start=%d end=%d%n",
              o.seed,
              o.monthUsers,
              o.monthRowsPerUser,
              PERIOD_START,
              PERIOD_END);
      if (upToDate(dir, params, csv)) {
        out.println("using " + csv);
        return;
      }
      long t0 = System.nanoTime();
      Files.createDirectories(dir);
      OnQueueRows rows =
          PeerMonth.generate(o.seed, o.monthUsers, o.monthRowsPerUser, PERIOD_START, PERIOD_END);
      PeerMonth.writeCsv(rows, csv);
      Files.writeString(dir.resolve("params.txt"), params, StandardCharsets.UTF_8);
      out.printf(
          Locale.ROOT,
          "generated %s: %,d rows, %.1f MB, in %,d ms%n",
          csv,
          rows.size(),
          Files.size(csv) / 1e6,
          ms(System.nanoTime() - t0));
    }

    private void ensureNamed(Path dir) throws IOException {
      String params =
          String.format(
              Locale.ROOT,
              "peer named tenant: seed=%d users=%d sessions=%d%n",
              o.seed,
              o.namedUsers,
              o.namedSessions);
      Path lic = dir.resolve("licenses.csv");
      Path ses = dir.resolve("sessions.csv");
      if (upToDate(dir, params, lic, ses)) {
        out.println("using " + dir);
        return;
      }
      long t0 = System.nanoTime();
      PeerNamedTenant.generate(o.seed, o.namedUsers, o.namedSessions, dir);
      Files.writeString(dir.resolve("params.txt"), params, StandardCharsets.UTF_8);
      out.printf(
          Locale.ROOT,
          "generated %s: licenses.csv %.1f MB, sessions.csv %.1f MB, in %,d ms%n",
          dir,
          Files.size(lic) / 1e6,
          Files.size(ses) / 1e6,
          ms(System.nanoTime() - t0));
    }

    /** Whether {@code dir} holds {@code files} written with {@code params} (written last). */
    private static boolean upToDate(Path dir, String params, Path... files) throws IOException {
      Path marker = dir.resolve("params.txt");
      if (!Files.isRegularFile(marker)
          || !Files.readString(marker, StandardCharsets.UTF_8).equals(params)) {
        return false;
      }
      for (Path f : files) {
        if (!Files.isRegularFile(f)) {
          return false;
        }
      }
      return true;
    }

    private void duckMonth(DuckDbSide db, Path csv) throws SQLException {
      System.gc();
      long t0 = System.nanoTime();
      monthRows = db.loadIntervals(csv);
      long t1 = System.nanoTime();
      DuckDbSide.Peak c = db.peak(PeerSql.contiguous(PERIOD_START, PERIOD_END, WINDOW));
      long t2 = System.nanoTime();
      DuckDbSide.Peak a = db.peak(PeerSql.accumulated(PERIOD_START, PERIOD_END, WINDOW));
      long t3 = System.nanoTime();
      time("duck.month.load", t1 - t0);
      time("duck.month.contiguous", t2 - t1);
      time("duck.month.accumulated", t3 - t2);
      duckC = same("DuckDB contiguous", duckC, c);
      duckA = same("DuckDB accumulated", duckA, a);
    }

    private void seatlineMonth(Path csv) throws IOException {
      System.gc();
      long t0 = System.nanoTime();
      OnQueueRows rows = CsvColumns.onQueue(csv);
      long t1 = System.nanoTime();
      SeatlineSide.Built built = SeatlineSide.month(rows, PERIOD_START, PERIOD_END);
      RatingInput input = SeatlineSide.input(SeatlineSide.MONTH_ORGANIZATION, built.timeline());
      long t2 = System.nanoTime();
      RatedPeriod c = SeatlineSide.rate(contiguousEngine, input);
      long t3 = System.nanoTime();
      RatedPeriod a = SeatlineSide.rate(accumulatedEngine, input);
      long t4 = System.nanoTime();
      time("seat.month.parse", t1 - t0);
      time("seat.month.build", t2 - t1);
      time("seat.month.contiguous", t3 - t2);
      time("seat.month.accumulated", t4 - t3);
      checkPeriod(c);
      seatC = same("Seatline contiguous", seatC, SeatlineSide.peak(c));
      seatA = same("Seatline accumulated", seatA, SeatlineSide.peak(a));
    }

    private void duckNamed(DuckDbSide db, Path dir) throws SQLException {
      System.gc();
      long t0 = System.nanoTime();
      db.loadNamed(dir);
      long t1 = System.nanoTime();
      Map<String, Long> perTier = db.named(PeerSql.billed(PERIOD_START, PERIOD_END, NAMED_MINIMUM));
      long t2 = System.nanoTime();
      time("duck.named.load", t1 - t0);
      time("duck.named.query", t2 - t1);
      duckNamed = same("DuckDB named", duckNamed, perTier);
    }

    private void seatlineNamed(Path dir) throws IOException {
      System.gc();
      long t0 = System.nanoTime();
      CodedRows lic =
          CsvColumns.coded(
              dir.resolve("licenses.csv"), PeerNamedTenant.LICENSES_HEADER, TIER_NAMES);
      CodedRows ses =
          CsvColumns.coded(
              dir.resolve("sessions.csv"),
              PeerNamedTenant.SESSIONS_HEADER,
              java.util.Arrays.stream(dev.seatline.billing.model.Channel.values())
                  .map(Enum::name)
                  .toList());
      long t1 = System.nanoTime();
      SeatlineSide.Built built = SeatlineSide.named(lic, ses);
      RatingInput input = SeatlineSide.input(SeatlineSide.NAMED_ORGANIZATION, built.timeline());
      long t2 = System.nanoTime();
      RatedPeriod rated = SeatlineSide.rate(contiguousEngine, input);
      long t3 = System.nanoTime();
      time("seat.named.parse", t1 - t0);
      time("seat.named.build", t2 - t1);
      time("seat.named.rate", t3 - t2);
      checkPeriod(rated);
      seatNamed = same("Seatline named", seatNamed, SeatlineSide.bill(rated, built));
    }

    private static void checkPeriod(RatedPeriod rated) {
      if (rated.period().start().getEpochSecond() != PERIOD_START
          || rated.period().end().getEpochSecond() != PERIOD_END) {
        throw new IllegalStateException("rated another period: " + rated.period());
      }
    }

    /** {@code now}, after checking that it equals the answer of the earlier rounds. */
    private <T> T same(String what, @Nullable T before, T now) {
      if (before != null && !before.equals(now)) {
        disagreements.add(what + " changed between rounds: " + before + ", then " + now);
      }
      return now;
    }

    private void check(DuckDbSide db) throws SQLException {
      if (o.month) {
        DuckDbSide.Peak c = Objects.requireNonNull(duckC);
        DuckDbSide.Peak a = Objects.requireNonNull(duckA);
        SeatlineSide.MonthPeak sc = Objects.requireNonNull(seatC);
        SeatlineSide.MonthPeak sa = Objects.requireNonNull(seatA);
        answer("month, contiguous: seats", fmt(c.n()), fmt(sc.seats()), c.n() == sc.seats());
        answer(
            "month, contiguous: earliest window start",
            instant(c.detail()),
            instant(sc.windowStart()),
            c.detail() == sc.windowStart());
        answer("month, accumulated: seats", fmt(a.n()), fmt(sa.seats()), a.n() == sa.seats());
        answer(
            "month, accumulated: seconds at or above that level",
            fmt(a.detail()),
            fmt(sa.secondsAtLevel()),
            a.detail() == sa.secondsAtLevel());
      }
      if (o.named) {
        Map<String, Long> duck = Objects.requireNonNull(duckNamed);
        SeatlineSide.NamedBill seat = Objects.requireNonNull(seatNamed);
        Map<String, Long> seatPerTier = new TreeMap<>();
        seat.perTier().forEach((tier, n) -> seatPerTier.put(tier.name(), n));
        for (LicenseTier tier : TierCatalog.faq().tiers()) {
          long d = duck.getOrDefault(tier.name(), 0L);
          long s = seatPerTier.getOrDefault(tier.name(), 0L);
          if (d != 0 || s != 0) {
            answer("named: billed " + tier, fmt(d), fmt(s), d == s);
          }
        }
        Map<Integer, String> duckUsers = db.billedUsers();
        Map<Integer, String> seatUsers = new TreeMap<>();
        seat.users().forEach((u, tier) -> seatUsers.put(u, tier.name()));
        int differ = 0;
        for (Map.Entry<Integer, String> e : duckUsers.entrySet()) {
          differ += e.getValue().equals(seatUsers.get(e.getKey())) ? 0 : 1;
        }
        for (Integer u : seatUsers.keySet()) {
          differ += duckUsers.containsKey(u) ? 0 : 1;
        }
        answer(
            "named: billed users, user by user",
            fmt(duckUsers.size()) + " users",
            fmt(seatUsers.size())
                + (differ == 0 ? " users, the same tiers" : " users, " + differ + " differ"),
            differ == 0);
      }
    }

    private void answer(String what, String duck, String seat, boolean agree) {
      answers.add(new String[] {what, duck, seat, agree ? "agree" : "DISAGREE"});
      if (!agree) {
        disagreements.add(what + ": DuckDB " + duck + ", Seatline " + seat);
      }
    }

    private static String fmt(long n) {
      return String.format(Locale.ROOT, "%,d", n);
    }

    private static String instant(long epochSecond) {
      return epochSecond < 0 ? "none" : Instant.ofEpochSecond(epochSecond).toString();
    }
  }
}
