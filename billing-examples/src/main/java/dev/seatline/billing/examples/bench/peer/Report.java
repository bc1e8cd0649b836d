package dev.seatline.billing.examples.bench.peer;

import dev.seatline.billing.examples.bench.peer.SideBySide.Options;
import dev.seatline.billing.examples.bench.peer.SideBySide.Series;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The results of a run as Markdown, and the one-line summary. */
final class Report {
  private final Options o;
  private final String duck;
  private final String loadBefore;
  private final String loadAfter;
  private final long monthRows;
  private final String commit = Machine.commit();
  private final Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  Report(Options o, String duck, String loadBefore, String loadAfter, long monthRows) {
    this.o = o;
    this.duck = duck;
    this.loadBefore = loadBefore;
    this.loadAfter = loadAfter;
    this.monthRows = monthRows;
  }

  /** A step of a table row: what it is and its times, or nothing. */
  private record Step(String what, Series times) {}

  String markdown(Map<String, Series> t, List<String[]> answers, List<String> disagreements) {
    StringBuilder md = new StringBuilder();
    md.append("## Side by side with DuckDB: ").append(at).append("\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "- machine: %s; load average %s before, %s after%n"
                + "- %s; the engine rates on one thread; its code is commit %s%n"
                + "- best of %d counted rounds after %d warm-up, the sides taking turns to go first;"
                + " all rounds in ms%n",
            Machine.describe(),
            loadBefore,
            loadAfter,
            duck,
            commit,
            o.runs,
            o.warmup));
    if (o.month) {
      md.append(
          String.format(
              Locale.ROOT,
              "- month: %,d on-queue intervals, %,d users x %d (seed %d), period"
                  + " [2026-01-15T05:00:00Z, 2026-02-15T05:00:00Z), window 30 min%n",
              monthRows,
              o.monthUsers,
              o.monthRowsPerUser,
              o.seed));
    }
    if (o.named) {
      md.append(
          String.format(
              Locale.ROOT,
              "- named: %,d users, %,d sessions (seed %d), same period, 4 h minimum%n",
              o.namedUsers,
              o.namedSessions,
              o.seed));
    }
    md.append(
        "\n| step | DuckDB | best (ms) | all rounds (ms) | Seatline | best (ms) | all rounds (ms) |\n");
    md.append("|---|---|---:|---|---|---:|---|\n");
    if (o.month) {
      Series load = get(t, "duck.month.load");
      Series c = get(t, "duck.month.contiguous");
      Series a = get(t, "duck.month.accumulated");
      Series parse = get(t, "seat.month.parse");
      Series build = get(t, "seat.month.build");
      Series rc = get(t, "seat.month.contiguous");
      Series ra = get(t, "seat.month.accumulated");
      row(md, "month: load", step("read_csv", load), step("parse CSV", parse));
      row(md, "", null, step("columnar build + rating input", build));
      row(
          md,
          "month: contiguous",
          step("exact contiguous query", c),
          step("rate, CONTIGUOUS_WINDOW", rc));
      row(
          md,
          "month: accumulated",
          step("accumulated query", a),
          step("rate, ACCUMULATED_TIME", ra));
      row(
          md,
          "**month: end to end, contiguous**",
          step("load + query", load.plus(c)),
          step("parse + build + rate", parse.plus(build, rc)));
      row(
          md,
          "**month: end to end, accumulated**",
          step("load + query", load.plus(a)),
          step("parse + build + rate", parse.plus(build, ra)));
      row(
          md,
          "month: end to end, both measures",
          step("load + 2 queries", load.plus(c, a)),
          step("parse + build + 2 ratings", parse.plus(build, rc, ra)));
    }
    if (o.named) {
      Series load = get(t, "duck.named.load");
      Series q = get(t, "duck.named.query");
      Series parse = get(t, "seat.named.parse");
      Series build = get(t, "seat.named.build");
      Series rate = get(t, "seat.named.rate");
      row(md, "named: load", step("read_csv, 2 files", load), step("parse CSV, 2 files", parse));
      row(md, "", null, step("columnar build + rating input", build));
      row(
          md,
          "named: billed users",
          step("query into a table + counts per tier", q),
          step("rate, NAMED", rate));
      row(
          md,
          "**named: end to end**",
          step("load + query", load.plus(q)),
          step("parse + build + rate", parse.plus(build, rate)));
    }
    md.append("\nSeatline, shares of its best end-to-end round: ");
    List<String> shares = new ArrayList<>();
    if (o.month) {
      shares.add("month, contiguous " + shares(t, "seat.month.contiguous", "seat.month"));
      shares.add("month, accumulated " + shares(t, "seat.month.accumulated", "seat.month"));
    }
    if (o.named) {
      shares.add("named " + shares(t, "seat.named.rate", "seat.named"));
    }
    md.append(String.join("; ", shares)).append(".\n\n");
    md.append("| answer | DuckDB | Seatline | |\n|---|---|---|---|\n");
    for (String[] a : answers) {
      md.append("| ").append(String.join(" | ", a)).append(" |\n");
    }
    md.append('\n');
    md.append(disagreements.isEmpty() ? "Both sides agree.\n" : "**The sides disagree:**\n");
    for (String d : disagreements) {
      md.append("- ").append(d).append('\n');
    }
    return md.toString();
  }

  /** One line: the verdict and the end-to-end figures. */
  String summary(Map<String, Series> t, List<String> disagreements) {
    StringBuilder s = new StringBuilder("summary side-by-side ");
    s.append(disagreements.isEmpty() ? "AGREE" : "DISAGREE (" + disagreements.size() + ")");
    s.append("; end to end best ms, DuckDB / Seatline:");
    if (o.month) {
      Series load = get(t, "duck.month.load");
      Series parseBuild = get(t, "seat.month.parse").plus(get(t, "seat.month.build"));
      s.append(
          String.format(
              Locale.ROOT,
              " month %,d rows contiguous %,d / %,d, accumulated %,d / %,d;",
              monthRows,
              load.plus(get(t, "duck.month.contiguous")).bestMs(),
              parseBuild.plus(get(t, "seat.month.contiguous")).bestMs(),
              load.plus(get(t, "duck.month.accumulated")).bestMs(),
              parseBuild.plus(get(t, "seat.month.accumulated")).bestMs()));
    }
    if (o.named) {
      s.append(
          String.format(
              Locale.ROOT,
              " named %,d sessions %,d / %,d;",
              o.namedSessions,
              get(t, "duck.named.load").plus(get(t, "duck.named.query")).bestMs(),
              get(t, "seat.named.parse")
                  .plus(get(t, "seat.named.build"), get(t, "seat.named.rate"))
                  .bestMs()));
    }
    s.setLength(s.length() - 1);
    return s.toString();
  }

  private static String shares(Map<String, Series> t, String rate, String prefix) {
    Series parse = get(t, prefix + ".parse");
    Series build = get(t, prefix + ".build");
    Series r = get(t, rate);
    Series total = parse.plus(build, r);
    int i = total.bestRound();
    double sum = total.nanos.get(i);
    return String.format(
        Locale.ROOT,
        "parse %.0f %%, build %.0f %%, rate %.0f %%",
        100 * parse.nanos.get(i) / sum,
        100 * build.nanos.get(i) / sum,
        100 * r.nanos.get(i) / sum);
  }

  private static Series get(Map<String, Series> t, String name) {
    return Objects.requireNonNull(t.get(name), name);
  }

  private static Step step(String what, Series times) {
    return new Step(what, times);
  }

  private static void row(StringBuilder md, String name, @Nullable Step duck, Step seat) {
    md.append("| ").append(name).append(" | ");
    cells(md, duck);
    md.append(" | ");
    cells(md, seat);
    md.append(" |\n");
  }

  private static void cells(StringBuilder md, @Nullable Step s) {
    if (s == null) {
      md.append(" | | ");
      return;
    }
    md.append(s.what())
        .append(" | ")
        .append(String.format(Locale.ROOT, "%,d", s.times().bestMs()))
        .append(" | ")
        .append(s.times().all());
  }
}
