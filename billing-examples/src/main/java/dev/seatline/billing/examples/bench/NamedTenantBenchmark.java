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
 * (b) Rating the month of a NAMED tenant of 100,000 users with 2,000,000 sessions (R2, R3, R6)
 * through the public engine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class NamedTenantBenchmark {
  /** RANDOM or TIME_ORDERED sessions. */
  @Param({"RANDOM", "TIME_ORDERED"})
  public String order = "RANDOM";

  private final BillingEngine engine = BillingEngine.withDefaults();
  private RatingInput input =
      RatingInput.builder(SyntheticTenants.namedOrganization("named"), SyntheticTenants.prices())
          .build();

  /** Generates the tenant (seed 2). */
  @Setup(Level.Trial)
  public void setUp() {
    ColumnarTimeline t =
        SyntheticTenants.namedTenant(100_000, 2_000_000, 2, order.equals("TIME_ORDERED"));
    input = BigTenants.input(SyntheticTenants.namedOrganization("named"), t);
  }

  /** Rates period 0. */
  @Benchmark
  public RatedPeriod rate() {
    return engine.rate(input, 0);
  }
}
