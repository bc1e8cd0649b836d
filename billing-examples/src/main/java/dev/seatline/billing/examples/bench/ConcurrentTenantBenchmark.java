package dev.seatline.billing.examples.bench;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.ColumnarTimeline;
import dev.seatline.billing.model.RatingInput;
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
 * (d) Rating a full month of a CONCURRENT tenant of 20,000 agents (R4-R7: tiers, on-queue time
 * inside sessions, the sustained peak, add-ons, excess call ports) through the public engine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ConcurrentTenantBenchmark {
  /** RANDOM or TIME_ORDERED intervals. */
  @Param({"RANDOM", "TIME_ORDERED"})
  public String order = "RANDOM";

  private final BillingEngine engine = BillingEngine.withDefaults();
  private RatingInput input =
      RatingInput.builder(
              SyntheticTenants.concurrentOrganization("concurrent", 1), SyntheticTenants.prices())
          .build();

  /** Generates the tenant (seed 4). */
  @Setup(Level.Trial)
  public void setUp() {
    ColumnarTimeline t = SyntheticTenants.concurrentTenant(20_000, 4, order.equals("TIME_ORDERED"));
    input = BigTenants.input(SyntheticTenants.concurrentOrganization("concurrent", 15_000), t);
  }

  /** Rates period 0. */
  @Benchmark
  public RatedPeriod rate() {
    return engine.rate(input, 0);
  }
}
