package dev.seatline.billing.examples.spark;

import dev.seatline.billing.examples.tables.OrganizationOutput;
import dev.seatline.billing.examples.tables.OrganizationRating;
import dev.seatline.billing.examples.tables.OrganizationRows;
import dev.seatline.billing.examples.tables.RowSource;
import dev.seatline.billing.examples.tables.Selection;
import dev.seatline.billing.examples.tables.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * How much heap one large organization takes in a task (PERFORMANCE.md, "Spark"; not a test): a
 * CONCURRENT organization of {@code USERS} PURECLOUD_3 agents, one 9-hour session a day for 31 days
 * with on-queue stretches of 10 minutes and 5-minute breaks (36 a session), added row by row as
 * {@link GroupRating} adds them, then rated for period 0. Prints the rows and the heap in use after
 * the rows are held and after rating; run it under the heap of one task ({@code -Xmx}) to see
 * whether an organization of that size fits.
 *
 * <p>Arguments: {@code [USERS]}, by default 2,000 (about 2.3 million rows).
 */
public final class OrganizationFootprint {
  private OrganizationFootprint() {}

  public static void main(String[] args) {
    int users = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    String org = "big";
    OrganizationRows rows = new OrganizationRows(org);
    RowSource source = new RowSource("big.csv:1");
    rows.add(
        Table.ORGANIZATIONS,
        source,
        new String[] {
          org, "PRODUCTION", "PAID", "USD", "CONCURRENT", "2026-01-15", null, null, null, null, null
        });
    rows.add(Table.PRICES, source, new String[] {org, "SEAT", "PURECLOUD_3", "150.00"});
    rows.add(Table.PRICES, source, new String[] {org, "SEAT", "COMMUNICATE", "25.00"});
    Instant start = Instant.parse("2026-01-15T05:00:00Z");
    for (int u = 0; u < users; u++) {
      String user = "u" + u;
      rows.add(Table.USERS, source, new String[] {org, user, null});
      rows.add(
          Table.LICENSES,
          source,
          new String[] {org, user, "PURECLOUD_3", "2026-01-10T05:00:00Z", null});
      for (int d = 0; d < 31; d++) {
        Instant login = start.plus(Duration.ofDays(d).plusHours(8).plusMinutes(u % 60));
        rows.add(
            Table.SESSIONS,
            source,
            new String[] {
              org, user, "DESKTOP", login.toString(), login.plus(Duration.ofHours(9)).toString()
            });
        for (int q = 0; q < 36; q++) {
          Instant from = login.plus(Duration.ofMinutes(15L * q));
          rows.add(
              Table.ON_QUEUE,
              source,
              new String[] {
                org, user, from.toString(), from.plus(Duration.ofMinutes(10)).toString()
              });
        }
      }
    }
    long held = used();
    long t = System.nanoTime();
    OrganizationOutput output =
        OrganizationRating.withDefaults().rate(rows, new Selection.Period(0));
    double seconds = (System.nanoTime() - t) / 1e9;
    long after = used();
    System.out.printf(
        Locale.ROOT,
        "%d users, %d rows: %d MB held as rows (%.0f bytes a row); rated in %.1f s (%s),"
            + " %d MB in use after; max heap %d MB%n",
        users,
        rows.rowCount(),
        held >> 20,
        (double) held / rows.rowCount(),
        seconds,
        output.error().map(Object::toString).orElse(output.invoices().size() + " invoices"),
        after >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static long used() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
