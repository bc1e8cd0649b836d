package dev.seatline.billing.examples.bench;

import dev.seatline.billing.model.ColumnarTimeline;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Measures the heap a {@link ColumnarTimeline} of {@code n} on-queue intervals retains: used heap
 * after full collections, with and without the timeline reachable. Usage: {@code java -Xmx8g -cp
 * billing-rate.jar dev.seatline.billing.examples.bench.Footprint [n]} (default 10,000,000).
 */
public final class Footprint {
  private Footprint() {}

  /** Prints the retained bytes per interval. */
  public static void main(String[] args) {
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
