package dev.seatline.billing.examples.bench;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.ColumnarTimeline;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.Meter;
import dev.seatline.billing.model.MeterTotal;
import dev.seatline.billing.model.MeteredUsage;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.money.BillingCurrency;
import java.math.BigDecimal;
import java.util.SortedMap;
import java.util.SplittableRandom;
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
 * (f) Metered usage (R16): a month of per-call voice records of a 2,000-agent center (10 million
 * calls of 5 s to 20 min, in minutes with 4 decimals, over three meters: domestic 80 %,
 * international 15 %, toll-free 5 %, each in 0.1-minute increments with an allowance per
 * PURECLOUD_3 seat), in random order. {@code build} makes the columnar usage from arrays (what a
 * table loader does), {@code sums} is the read model's one pass (every record rounded up to its
 * increment and summed per meter), {@code rate} rates the whole period (2,000 seats and the three
 * USAGE lines).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class MeteredUsageBenchmark {
  /** The agents of the center. */
  public static final int AGENTS = 2_000;

  private static final String[] METERS = {
    "VOICE_DOMESTIC", "VOICE_INTERNATIONAL", "VOICE_TOLL_FREE"
  };

  /** The number of call records in the month. */
  @Param({"10000000"})
  public int calls = 10_000_000;

  private int[] meter = new int[0];
  private long[] at = new long[0];
  private long[] minutes = new long[0];
  private RatingInput input =
      RatingInput.builder(SyntheticTenants.namedOrganization("voice"), prices()).build();
  private final BillingEngine engine = BillingEngine.withDefaults();

  /** Generates the calls (seed 16) and builds the input once. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom r = new SplittableRandom(16);
    meter = new int[calls];
    at = new long[calls];
    minutes = new long[calls];
    long span = SyntheticTenants.endNanos() - SyntheticTenants.startNanos();
    for (int i = 0; i < calls; i++) {
      int p = r.nextInt(100);
      meter[i] = p < 80 ? 0 : p < 95 ? 1 : 2;
      at[i] = SyntheticTenants.startNanos() + r.nextLong(span);
      long seconds = 5 + r.nextLong(1_196);
      minutes[i] = (seconds * 10_000 + 30) / 60;
    }
    input =
        RatingInput.builder(SyntheticTenants.namedOrganization("voice"), prices())
            .columns(agents())
            .usageColumns(build())
            .build();
  }

  private static PriceBook prices() {
    return withMeters(
        PriceBook.builder(BillingCurrency.USD)
            .seat(LicenseTier.PURECLOUD_3, new BigDecimal("150.00")));
  }

  /** 2,000 PURECLOUD_3 agents, each with one WEB session on the first day. */
  private static ColumnarTimeline agents() {
    ColumnarTimeline.Builder b = ColumnarTimeline.builder();
    for (int i = 0; i < AGENTS; i++) {
      int u = b.user("agent-" + i);
      b.license(
          u,
          LicenseTier.PURECLOUD_3,
          UsageInterval.ofUnboundedEnd(SyntheticTenants.PERIOD_START.minusSeconds(86_400)));
      b.session(
          u,
          Channel.WEB,
          UsageInterval.of(
              SyntheticTenants.PERIOD_START.plusSeconds(3_600),
              SyntheticTenants.PERIOD_START.plusSeconds(3_600 * 9)));
    }
    return b.build();
  }

  /** Builds the columnar usage from the call arrays: minutes with 4 decimals. */
  @Benchmark
  public MeteredUsage build() {
    MeteredUsage.Builder b = MeteredUsage.builder();
    for (String name : METERS) {
      b.meter(name);
    }
    return b.records(meter, at, TimeUnit.NANOSECONDS, minutes, 4).build();
  }

  /** The read model's sums of every meter over the month. */
  @Benchmark
  public SortedMap<String, MeterTotal> sums() {
    return input.window(SyntheticTenants.PERIOD_START, SyntheticTenants.PERIOD_END).meteredUsage();
  }

  /** Rates the whole period: seats and the USAGE lines. */
  @Benchmark
  public RatedPeriod rate() {
    return engine.rate(input, 0);
  }

  /** The meters: 0.1-minute increments, allowances per PURECLOUD_3 seat. */
  static PriceBook withMeters(PriceBook.Builder b) {
    String[] allowance = {"2000", "100", "300"};
    String[] overage = {"0.012", "0.19", "0.025"};
    for (int m = 0; m < METERS.length; m++) {
      b.meter(
          Meter.builder(METERS[m], new BigDecimal(overage[m]))
              .increment(new BigDecimal("0.1"))
              .allowancePerSeat(LicenseTier.PURECLOUD_3, new BigDecimal(allowance[m]))
              .build());
    }
    return b.build();
  }
}
