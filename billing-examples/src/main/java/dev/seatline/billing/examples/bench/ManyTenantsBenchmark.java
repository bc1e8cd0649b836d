package dev.seatline.billing.examples.bench;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.RatingInput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * (e) Many small tenants (200 of 30 users, NAMED and CONCURRENT alternately) rated one after the
 * other on one thread, and on a pool of 2 threads sharing one engine. Throughput in tenants rated
 * per second is 200 x the reported operations per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ManyTenantsBenchmark {
  private static final int TENANTS = 200;

  private final BillingEngine engine = BillingEngine.withDefaults();
  private final List<RatingInput> tenants = new ArrayList<>();
  private ExecutorService pool = Executors.newFixedThreadPool(2);

  /** Generates the tenants (seed 5) and starts the pool. */
  @Setup(Level.Trial)
  public void setUp() {
    for (int i = 0; i < TENANTS; i++) {
      tenants.add(SyntheticTenants.smallTenant(i, 30, 5));
    }
    pool = Executors.newFixedThreadPool(2);
  }

  /** Stops the pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  /** Every tenant rated on the calling thread. */
  @Benchmark
  public long oneThread() {
    long lines = 0;
    for (RatingInput t : tenants) {
      lines += engine.rate(t, 0).invoices().size();
    }
    return lines;
  }

  /** Every tenant rated on the 2-thread pool, each tenant one task. */
  @Benchmark
  public long twoThreadPool() throws InterruptedException, ExecutionException {
    List<Future<RatedPeriod>> futures = new ArrayList<>(TENANTS);
    for (RatingInput t : tenants) {
      futures.add(pool.submit(() -> engine.rate(t, 0)));
    }
    long lines = 0;
    for (Future<RatedPeriod> f : futures) {
      lines += f.get().invoices().size();
    }
    return lines;
  }
}
