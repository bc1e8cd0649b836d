package dev.seatline.billing.examples.bench;

import dev.seatline.billing.model.ColumnarTimeline;
import dev.seatline.billing.model.RatedWindow;
import dev.seatline.billing.model.RatingInput;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (c) The excess-port integral (R7) over one port sample a second for the rated month (2,678,400
 * samples), on the columnar form; and building that form from arrays of epoch seconds, in random
 * order (sorted once) and time-ordered (order detected, no sort).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PortIntegralBenchmark {
  /** RANDOM or TIME_ORDERED samples. */
  @Param({"RANDOM", "TIME_ORDERED"})
  public String order = "RANDOM";

  private long[][] samples = new long[2][0];
  private ColumnarTimeline timeline = ColumnarTimeline.empty();
  private RatedWindow window =
      RatingInput.builder(SyntheticTenants.namedOrganization("ports"), SyntheticTenants.prices())
          .build()
          .window(SyntheticTenants.PERIOD_START, SyntheticTenants.PERIOD_END);

  /** Generates the samples (seed 3, up to 400 calls) and builds the columnar form once. */
  @Setup(Level.Trial)
  public void setUp() {
    samples = SyntheticTenants.portSamplesPerSecond(3, order.equals("TIME_ORDERED"), 400);
    timeline = build();
    window =
        RatingInput.builder(SyntheticTenants.namedOrganization("ports"), SyntheticTenants.prices())
            .columns(timeline)
            .build()
            .window(SyntheticTenants.PERIOD_START, SyntheticTenants.PERIOD_END);
  }

  /** Builds the columnar form from the sample arrays. */
  @Benchmark
  public ColumnarTimeline build() {
    return ColumnarTimeline.builder().callPorts(samples[0], samples[1], TimeUnit.SECONDS).build();
  }

  /**
   * The exact excess port-seconds above 250 included ports over the month, through the rated
   * window's call ports (what {@code ExcessCallPortRating} runs).
   */
  @Benchmark
  public BigDecimal integral() {
    return window.callPorts().excessPortSeconds(250);
  }
}
