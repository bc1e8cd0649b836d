package dev.seatline.billing.examples.bench;

import dev.seatline.billing.model.ColumnarTimeline;
import dev.seatline.billing.model.MeteredUsage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Measures the heap a {@link ColumnarTimeline} of {@code n} on-queue intervals retains: used heap
 * after full collections, with and without the timeline reachable. Usage: {@code java -Xmx8g -cp
 * billing-bench.jar dev.seatline.billing.examples.bench.Footprint [n]} (default 10,000,000); with
 * {@code usage [n]}, the same for a {@link MeteredUsage} of {@code n} usage records (R16).
 */
public final class Footprint {
  private Footprint() {}

  /** Prints the retained bytes per interval. */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("usage")) {
      usage(args.length > 1 ? Integer.parseInt(args[1]) : 10_000_000);
      return;
    }
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
    SyntheticTenants.Intervals q = SyntheticTenants.onQueue(n, 1, false);
    long before = usedAfterGc();
    ColumnarTimeline timeline = SyntheticTenants.columnar(q);
    long after = usedAfterGc();
    System.out.printf(
        Locale.ROOT,
        "%s retains %,d bytes: %.2f bytes per interval%n",
        timeline,
        after - before,
        (after - before) / (double) n);
  }

  /** The retained bytes per record of {@code n} voice records over three meters. */
  private static void usage(int n) {
    SplittableRandom r = new SplittableRandom(16);
    int[] meter = new int[n];
    long[] at = new long[n];
    long[] minutes = new long[n];
    for (int i = 0; i < n; i++) {
      meter[i] = r.nextInt(3);
      at[i] = SyntheticTenants.startNanos() + r.nextLong(2_678_400_000_000_000L);
      minutes[i] = r.nextLong(200_000);
    }
    long before = usedAfterGc();
    MeteredUsage usage = build(meter, at, minutes);
    long after = usedAfterGc();
    System.out.printf(
        Locale.ROOT,
        "%s retains %,d bytes: %.2f bytes per record (inputs of %d rows kept alive)%n",
        usage,
        after - before,
        (after - before) / (double) n,
        meter.length + at.length + minutes.length);
  }

  /** Builds the usage in its own frame, so that the builder is not reachable afterwards. */
  private static MeteredUsage build(int[] meter, long[] at, long[] minutes) {
    MeteredUsage.Builder b = MeteredUsage.builder();
    b.meter("VOICE_DOMESTIC");
    b.meter("VOICE_INTERNATIONAL");
    b.meter("VOICE_TOLL_FREE");
    return b.records(meter, at, TimeUnit.NANOSECONDS, minutes, 4).build();
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
