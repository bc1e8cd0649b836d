package dev.seatline.billing.examples.bench;

import dev.seatline.billing.internal.ColumnarSweeps;
import dev.seatline.billing.internal.SustainedPeakSweep;
import dev.seatline.billing.internal.TimelineColumns;
import dev.seatline.billing.model.ColumnarTimeline;
import java.util.Arrays;
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
 * (a) The sustained peak (R5, both measures) over {@code n} on-queue intervals held in a {@link
 * ColumnarTimeline}, in random order and time-ordered; and in the same run the floor any sort-based
 * sweep pays: {@code Arrays.sort} of a copy of the same input's 2n endpoint longs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class SustainedPeakBenchmark {
  /** The number of on-queue intervals. */
  @Param({"100000", "1000000", "10000000"})
  public int n;

  /** RANDOM or TIME_ORDERED (by start). */
  @Param({"RANDOM", "TIME_ORDERED"})
  public String order = "RANDOM";

  private ColumnarTimeline timeline = ColumnarTimeline.builder().build();
  private long[] endpoints = new long[0];
  private boolean[] everyone = new boolean[0];
  private static final long WINDOW = TimeUnit.MINUTES.toNanos(30);
  private static final long HORIZON = SyntheticTenants.endNanos() - SyntheticTenants.startNanos();

  /** Generates the tenant (seed 1) and the baseline's endpoint array. */
  @Setup(Level.Trial)
  public void setUp() {
    SyntheticTenants.Intervals q = SyntheticTenants.onQueue(n, 1, order.equals("TIME_ORDERED"));
    timeline = SyntheticTenants.columnar(q);
    endpoints = new long[2 * q.size()];
    for (int i = 0; i < q.size(); i++) {
      endpoints[2 * i] = q.start[i];
      endpoints[2 * i + 1] = q.end[i];
    }
    everyone = new boolean[q.users];
    Arrays.fill(everyone, true);
  }

  private ColumnarSweeps.Runs runs() {
    return ColumnarSweeps.onQueue(
        TimelineColumns.of(timeline),
        everyone,
        SyntheticTenants.startNanos(),
        SyntheticTenants.endNanos());
  }

  /** The contiguous-window peak (the default measure), from the columns. */
  @Benchmark
  public SustainedPeakSweep.Peak contiguousPeak() {
    ColumnarSweeps.Runs r = runs();
    return SustainedPeakSweep.contiguous(r.starts, r.ends, r.size, HORIZON, WINDOW);
  }

  /** The accumulated-time peak (the vendor's measure), from the columns. */
  @Benchmark
  public SustainedPeakSweep.Peak accumulatedPeak() {
    ColumnarSweeps.Runs r = runs();
    return SustainedPeakSweep.accumulated(r.starts, r.ends, r.size, HORIZON, WINDOW);
  }

  /** The floor: sorting a copy of the 2n endpoints with {@code Arrays.sort}. */
  @Benchmark
  public long[] sortBaseline() {
    long[] a = endpoints.clone();
    Arrays.sort(a);
    return a;
  }
}
