package dev.seatline.billing.examples.bench;

import dev.seatline.billing.model.ColumnarTimeline;
import dev.seatline.billing.model.IntervalSet;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.RatedWindow;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.UserUsage;
import dev.seatline.billing.rating.RatingPolicy.PeakMeasure;
import dev.seatline.billing.rating.SustainedPeak;
import dev.seatline.billing.rating.SustainedPeaks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * ColumnarTimeline}, in random order and time-ordered, as the concurrent rule measures it: each
 * user's on-queue time read through the rated window ({@link UserUsage#onQueue()}) and the peak
 * swept by {@link SustainedPeaks}; and in the same run the floor any sort-based sweep pays: {@code
 * Arrays.sort} of a copy of the same input's 2n endpoint longs.
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

  private RatedWindow window =
      RatingInput.builder(
              SyntheticTenants.concurrentOrganization("peak", 1), SyntheticTenants.prices())
          .build()
          .window(SyntheticTenants.PERIOD_START, SyntheticTenants.PERIOD_END);
  private long[] endpoints = new long[0];
  private static final Duration WINDOW = Duration.ofMinutes(30);

  /** Generates the tenant (seed 1) and the baseline's endpoint array. */
  @Setup(Level.Trial)
  public void setUp() {
    SyntheticTenants.Intervals q = SyntheticTenants.onQueue(n, 1, order.equals("TIME_ORDERED"));
    window =
        RatingInput.builder(
                SyntheticTenants.concurrentOrganization("peak", q.users), SyntheticTenants.prices())
            .columns(SyntheticTenants.columnar(q))
            .build()
            .window(SyntheticTenants.PERIOD_START, SyntheticTenants.PERIOD_END);
    endpoints = new long[2 * q.size()];
    for (int i = 0; i < q.size(); i++) {
      endpoints[2 * i] = q.start[i];
      endpoints[2 * i + 1] = q.end[i];
    }
  }

  private SustainedPeak peak(PeakMeasure measure) {
    List<IntervalSet> users = new ArrayList<>();
    for (UserUsage u : window.users()) {
      users.add(u.onQueue());
    }
    return SustainedPeaks.measure(
        LicenseTier.PURECLOUD_3, users, window.start(), window.end(), WINDOW, measure);
  }

  /** The contiguous-window peak (the default measure). */
  @Benchmark
  public SustainedPeak contiguousPeak() {
    return peak(PeakMeasure.CONTIGUOUS_WINDOW);
  }

  /** The accumulated-time peak (the vendor's measure). */
  @Benchmark
  public SustainedPeak accumulatedPeak() {
    return peak(PeakMeasure.ACCUMULATED_TIME);
  }

  /** The floor: sorting a copy of the 2n endpoints with {@code Arrays.sort}. */
  @Benchmark
  public long[] sortBaseline() {
    long[] a = endpoints.clone();
    Arrays.sort(a);
    return a;
  }
}
