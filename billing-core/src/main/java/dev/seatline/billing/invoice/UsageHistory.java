package dev.seatline.billing.invoice;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.rating.SeatRating;
import dev.seatline.billing.rating.SustainedPeak;
import dev.seatline.billing.rating.UserOutcome;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The historical usage of each licence and the users behind it (<a
 * href="{@docRoot}/index.html#R11">R11</a>, from the FAQ's "report to see the historical usage of
 * each license and the users"): for a run of consecutive rated periods of one organization, the
 * licences billed per tier and the ids of the users billed at that tier; for a tier of a CONCURRENT
 * organization, the users are those who were on queue, and the sustained peak (<a
 * href="{@docRoot}/index.html#R5">R5</a>) that set the licences billed is kept as evidence.
 *
 * <p>{@link #toTable()} renders the history as fixed-width text; the records are the export. Tiers
 * are listed lowest to highest, user ids in their natural order, so the history does not depend on
 * the order of the input (<a href="{@docRoot}/index.html#R12">R12</a>).
 *
 * <p>Immutable and thread-safe. Made by {@code BillingEngine.usageHistory(input, 0, 2)} or {@link
 * #of(List)}.
 */
public final class UsageHistory {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private final String organizationId;
  private final ImmutableList<PeriodUsage> periods;

  private UsageHistory(String organizationId, ImmutableList<PeriodUsage> periods) {
    this.organizationId = organizationId;
    this.periods = periods;
  }

  /**
   * {@return the history of {@code rated}, periods of one organization with consecutive indices}
   *
   * @param rated the rated periods, in order
   * @throws IllegalArgumentException if {@code rated} is empty, mixes organizations, or its indices
   *     are not consecutive and increasing
   */
  public static UsageHistory of(List<RatedPeriod> rated) {
    if (rated.isEmpty()) {
      throw new IllegalArgumentException("a usage history needs at least one period");
    }
    String organizationId = rated.get(0).organizationId();
    ImmutableList.Builder<PeriodUsage> out = ImmutableList.builder();
    for (int i = 0; i < rated.size(); i++) {
      RatedPeriod p = rated.get(i);
      if (!p.organizationId().equals(organizationId)) {
        throw new IllegalArgumentException(
            "periods of two organizations: " + organizationId + " and " + p.organizationId());
      }
      int expected = rated.get(0).period().index() + i;
      if (p.period().index() != expected) {
        throw new IllegalArgumentException(
            "periods are not consecutive: period " + p.period().index() + " where " + expected);
      }
      out.add(PeriodUsage.of(p));
    }
    return new UsageHistory(organizationId, out.build());
  }

  /** {@return the organization} */
  public String organizationId() {
    return organizationId;
  }

  /** {@return the periods, in index order} */
  public List<PeriodUsage> periods() {
    return periods;
  }

  /** {@return the first period's index} */
  public int firstPeriod() {
    return periods.get(0).period().index();
  }

  /** {@return the last period's index} */
  public int lastPeriod() {
    return periods.get(periods.size() - 1).period().index();
  }

  /**
   * The history as a fixed-width table, one row per period and tier (a period without licences has
   * one row with {@code -}); times are local to the billing zone, the end shown as its inclusive
   * last second (R1). Example:
   *
   * <pre>
   * Usage history of acme-prod, periods 0 to 1 (America/New_York)
   * Period  From                 Through              Tier         Basis                                Licences  Users
   *      0  2026-01-15 00:00:00  2026-02-14 23:59:59  PURECLOUD_3  named                                       2  u1, u2
   *      1  2026-02-15 00:00:00  2026-03-14 23:59:59  PURECLOUD_3  concurrent peak 2026-02-20 09:00:00         2  u1, u4, u5
   * </pre>
   *
   * @return the table, each line ending with {@code \n}
   */
  public String toTable() {
    ZoneId zone = periods.get(0).period().zone();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Period", "From", "Through", "Tier", "Basis", "Licences", "Users"});
    for (PeriodUsage p : periods) {
      String index = String.valueOf(p.period().index());
      String from = local(p.period().start(), zone);
      Instant lastSecond = p.end().minusSeconds(1);
      String through =
          local(lastSecond.isBefore(p.period().start()) ? p.period().start() : lastSecond, zone);
      if (p.tiers().isEmpty()) {
        rows.add(new String[] {index, from, through, "-", "-", "0", "-"});
      }
      boolean first = true;
      for (TierUsage t : p.tiers()) {
        rows.add(
            new String[] {
              first ? index : "",
              first ? from : "",
              first ? through : "",
              t.tier().name(),
              basis(t, zone),
              String.valueOf(t.licensesBilled()),
              t.userIds().isEmpty() ? "-" : String.join(", ", t.userIds())
            });
        first = false;
      }
    }
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    StringBuilder s =
        new StringBuilder("Usage history of ")
            .append(organizationId)
            .append(", periods ")
            .append(firstPeriod())
            .append(" to ")
            .append(lastPeriod())
            .append(" (")
            .append(zone.getId())
            .append(")\n");
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        boolean right = c == 0 || c == 5;
        String cell = row[c];
        String pad = " ".repeat(width[c] - cell.length());
        if (c > 0) {
          line.append("  ");
        }
        line.append(right ? pad + cell : c == columns - 1 ? cell : cell + pad);
      }
      s.append(line.toString().stripTrailing()).append('\n');
    }
    return s.toString();
  }

  private static String basis(TierUsage t, ZoneId zone) {
    if (t.countedAs() == LicensingModel.NAMED) {
      return "named";
    }
    return t.peak()
        .flatMap(SustainedPeak::window)
        .map(w -> "concurrent peak " + local(w.start(), zone))
        .orElse("concurrent, no sustained peak");
  }

  private static String local(Instant instant, ZoneId zone) {
    return LOCAL.format(LocalDateTime.ofInstant(instant, zone));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UsageHistory h
        && organizationId.equals(h.organizationId)
        && periods.equals(h.periods);
  }

  @Override
  public int hashCode() {
    return organizationId.hashCode() * 31 + periods.hashCode();
  }

  @Override
  public String toString() {
    return "UsageHistory{"
        + organizationId
        + ", periods "
        + firstPeriod()
        + ".."
        + lastPeriod()
        + "}";
  }

  /**
   * The licences of one rated period (<a href="{@docRoot}/index.html#R11">R11</a>).
   *
   * <p>Immutable. Example: period 0, ended 2026-02-15T05:00:00Z, RECURRING, one PURECLOUD_3 tier
   * with user u1.
   *
   * @param period the billing period
   * @param end the end of the rated time: the period end, or the cancellation for a FINAL period
   * @param kind the kind of the period's recurring invoice (RECURRING, FINAL or PREVIEW)
   * @param tiers the tiers with licences billed or users behind them, lowest to highest
   */
  public record PeriodUsage(
      BillingPeriod period, Instant end, InvoiceKind kind, List<TierUsage> tiers) {

    /**
     * Validates the parts and copies the tiers.
     *
     * @param period the billing period
     * @param end the end of the rated time: the period end, or the cancellation for a FINAL period
     * @param kind the kind of the period's recurring invoice (RECURRING, FINAL or PREVIEW)
     * @param tiers the tiers with licences billed or users behind them, lowest to highest
     */
    public PeriodUsage {
      requireNonNull(period, "period");
      requireNonNull(end, "end");
      requireNonNull(kind, "kind");
      tiers = ImmutableList.copyOf(tiers);
      if (!kind.isRecurring()) {
        throw new IllegalArgumentException("not a recurring kind: " + kind);
      }
    }

    /**
     * {@return the usage of {@code rated}}
     *
     * @param rated the rated period
     */
    public static PeriodUsage of(RatedPeriod rated) {
      SeatRating seats = rated.seats();
      List<TierUsage> tiers = new ArrayList<>();
      java.util.NavigableSet<LicenseTier> present =
          new java.util.TreeSet<>(seats.seatsByTier().keySet());
      for (UserOutcome u : seats.users()) {
        u.tier().ifPresent(present::add);
      }
      for (LicenseTier tier : present) {
        List<String> users = new ArrayList<>();
        boolean concurrent = false;
        for (UserOutcome u : seats.users()) {
          if (u.tier().isPresent() && u.tier().get().equals(tier)) {
            users.add(u.userId());
            concurrent |= u.countedAs() == LicensingModel.CONCURRENT;
          }
        }
        Optional<SustainedPeak> peak = Optional.empty();
        for (SustainedPeak p : seats.peaks()) {
          if (p.tier().equals(tier)) {
            peak = Optional.of(p);
          }
        }
        long licenses = seats.seatsByTier().getOrDefault(tier, 0L);
        if (licenses > 0 || !users.isEmpty()) {
          tiers.add(
              new TierUsage(
                  tier,
                  concurrent || peak.isPresent() ? LicensingModel.CONCURRENT : LicensingModel.NAMED,
                  licenses,
                  users,
                  peak));
        }
      }
      return new PeriodUsage(rated.period(), rated.end(), rated.recurringInvoice().kind(), tiers);
    }

    /** {@return the licences billed in the period, all tiers together} */
    public long licensesBilled() {
      long n = 0;
      for (TierUsage t : tiers) {
        n += t.licensesBilled();
      }
      return n;
    }

    /**
     * {@return the usage of {@code tier}, if it had licences or users}
     *
     * @param tier the tier
     */
    public Optional<TierUsage> tier(LicenseTier tier) {
      for (TierUsage t : tiers) {
        if (t.tier().equals(tier)) {
          return Optional.of(t);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * The licences of one tier in one period and the users behind them (<a
   * href="{@docRoot}/index.html#R11">R11</a>): for a named tier the users billed at it (one licence
   * each, <a href="{@docRoot}/index.html#R3">R3</a>); for a concurrent tier the users who were on
   * queue, of whom the sustained peak was billed (<a href="{@docRoot}/index.html#R5">R5</a>).
   *
   * <p>Immutable. Example: PURECLOUD_3, CONCURRENT, 2 licences, users [u1, u4, u5], peak 2.
   *
   * @param tier the tier
   * @param countedAs NAMED or CONCURRENT
   * @param licensesBilled the seats billed at the tier, not negative
   * @param userIds the users behind them, sorted
   * @param peak the sustained peak of a concurrent tier, empty for a named one
   */
  public record TierUsage(
      LicenseTier tier,
      LicensingModel countedAs,
      long licensesBilled,
      List<String> userIds,
      Optional<SustainedPeak> peak) {

    /**
     * Validates the parts and sorts the user ids.
     *
     * @param tier the tier
     * @param countedAs NAMED or CONCURRENT
     * @param licensesBilled the seats billed at the tier, not negative
     * @param userIds the users behind them, sorted
     * @param peak the sustained peak of a concurrent tier, empty for a named one
     */
    public TierUsage {
      requireNonNull(tier, "tier");
      requireNonNull(countedAs, "countedAs");
      requireNonNull(peak, "peak");
      userIds = ImmutableList.sortedCopyOf(userIds);
      if (licensesBilled < 0) {
        throw new IllegalArgumentException("negative licences: " + licensesBilled);
      }
    }
  }
}
