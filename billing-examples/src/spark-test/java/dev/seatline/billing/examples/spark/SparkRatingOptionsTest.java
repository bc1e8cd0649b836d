package dev.seatline.billing.examples.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.examples.tables.Selection;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Spark runner's command line, parsed without a Spark session. */
class SparkRatingOptionsTest {
  @Test
  void parsesEveryOption() {
    SparkRating.Options options =
        SparkRating.parse(
            new String[] {
              "--master",
              "local[2]",
              "--tables",
              "in",
              "--out",
              "out",
              "--closed-between",
              "2026-01-01T00:00:00Z",
              "2026-02-01T00:00:00-05:00",
              "--format",
              "csv",
              "--partitions",
              "8",
              "--max-rows-per-organization",
              "1000"
            });

    assertThat(options.master()).isEqualTo("local[2]");
    assertThat(options.tables()).isEqualTo("in");
    assertThat(options.out()).isEqualTo("out");
    assertThat(options.format()).isEqualTo(SparkOutput.Format.CSV);
    assertThat(options.partitions()).isEqualTo(8);
    assertThat(options.maxRows()).isEqualTo(1000);
    // -05:00 midnight is 05:00Z
    assertThat(SparkRating.parseSelection(options.selection()))
        .isEqualTo(
            new Selection.ClosedBetween(
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T05:00:00Z")));
  }

  @Test
  void defaultsToParquetSparksPartitionsAndTheRowLimit() {
    SparkRating.Options options =
        SparkRating.parse(
            new String[] {"--tables", "in", "--out", "out", "--as-of", "2026-01-20T00:00:00Z"});

    assertThat(options.master()).isNull();
    assertThat(options.format()).isEqualTo(SparkOutput.Format.PARQUET);
    assertThat(options.partitions()).isZero();
    assertThat(options.maxRows()).isEqualTo(SparkRating.DEFAULT_MAX_ROWS);
    assertThat(SparkRating.parseSelection(options.selection()))
        .isEqualTo(new Selection.AsOf(Instant.parse("2026-01-20T00:00:00Z")));
  }

  @Test
  void usageErrorsNameTheProblem() {
    assertThatThrownBy(() -> SparkRating.parse(new String[] {"--tables", "in", "--out", "o"}))
        .hasMessageStartingWith("missing the selection");
    assertThatThrownBy(() -> SparkRating.parse(new String[] {"--out", "o", "--period", "0"}))
        .hasMessage("missing --tables DIR");
    assertThatThrownBy(
            () ->
                SparkRating.parse(
                    new String[] {
                      "--tables", "in", "--out", "o", "--period", "0", "--period", "1"
                    }))
        .hasMessage("one selection only: --period and --period");
    assertThatThrownBy(
            () ->
                SparkRating.parse(
                    new String[] {
                      "--tables", "in", "--out", "o", "--period", "0", "--format", "orc"
                    }))
        .hasMessage("--format is parquet or csv, not 'orc'");
    assertThatThrownBy(
            () -> SparkRating.parse(new String[] {"--tables", "in", "--out", "o", "--period", "x"}))
        .hasMessage("--period: not a period index: 'x'");
    assertThatThrownBy(
            () ->
                SparkRating.parse(
                    new String[] {
                      "--tables", "in", "--out", "o", "--as-of", "2026-01-20T00:00:00"
                    }))
        .hasMessageStartingWith("not an instant with an offset: '2026-01-20T00:00:00'");
    assertThatThrownBy(() -> SparkRating.parse(new String[] {"--tables", "in", "--bogus"}))
        .hasMessage("unknown option or argument '--bogus'");
  }

  @Test
  void helpPrintsTheUsageAndAUsageErrorIsExitOne() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, UTF_8);
    PrintStream e = new PrintStream(err, true, UTF_8);

    assertThat(SparkRating.run(new String[] {"--help"}, o, e)).isEqualTo(SparkRating.OK);
    assertThat(out.toString(UTF_8)).startsWith("usage: java -jar billing-spark.jar");

    assertThat(SparkRating.run(new String[] {"--tables"}, o, e)).isEqualTo(SparkRating.FAILURE);
    assertThat(err.toString(UTF_8))
        .isEqualTo("--tables needs a value; see --help" + System.lineSeparator());
    assertThat(List.of(SparkRating.USAGE.split("\n"))).anyMatch(l -> l.startsWith("SELECTION:"));
  }
}
