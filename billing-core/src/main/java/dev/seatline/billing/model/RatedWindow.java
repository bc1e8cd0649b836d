package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.internal.MeterSums;
import dev.seatline.billing.internal.PortIntegral;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The one read model of the rules (<a href="{@docRoot}/index.html#R2">R2</a>-<a
 * href="{@docRoot}/index.html#R7">R7</a>): the data of an input over one rated window {@code
 * [start, end)}, per user ({@link UserUsage}: held time per tier and add-on, sessions and on-queue
 * time clipped to the window and at the deletion) and for the call ports ({@link CallPorts}, a step
 * function) and for the metered usage ({@link MeterTotal} per meter, <a
 * href="{@docRoot}/index.html#R16">R16</a>). Every input reads the same way, whether it was given
 * as value objects or as columns.
 *
 * <p>Immutable and thread-safe; the users are computed when asked for. Example: {@code
 * RatedWindow.of(input, period.start(), period.end()).users().size()}.
 */
public final class RatedWindow {
  /** The longest window, in years: its lengths must fit a {@code long} of nanoseconds. */
  public static final int MAX_YEARS = 290;

  private static final Duration MAX_LENGTH = Duration.ofDays(365L * MAX_YEARS);

  private final RatingInput input;
  private final Instant start;
  private final Instant end;
  private final long from;
  private final long to;

  private RatedWindow(RatingInput input, Instant start, Instant end) {
    this.input = input;
    this.start = start;
    this.end = end;
    this.from = Columns.epochNanosSaturated(start);
    this.to = Columns.epochNanosSaturated(end);
  }

  /**
   * {@return the window {@code [start, end)} of {@code input}}
   *
   * @param input the rating input
   * @param start the start of the window
   * @param end the end of the window, excluded
   * @throws IllegalArgumentException if {@code end} is before {@code start}, or the window lasts
   *     longer than {@value #MAX_YEARS} years (its lengths are held in nanoseconds)
   */
  public static RatedWindow of(RatingInput input, Instant start, Instant end) {
    requireNonNull(input, "input");
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("window [" + start + ", " + end + ") is reversed");
    }
    if (Duration.between(start, end).compareTo(MAX_LENGTH) > 0) {
      throw new IllegalArgumentException(
          "window [" + start + ", " + end + ") lasts longer than " + MAX_YEARS + " years");
    }
    return new RatedWindow(input, start, end);
  }

  /** {@return the input} */
  public RatingInput input() {
    return input;
  }

  /** {@return the window's included start} */
  public Instant start() {
    return start;
  }

  /** {@return the window's excluded end} */
  public Instant end() {
    return end;
  }

  /** {@return whether the window holds no time at all} */
  public boolean isEmpty() {
    return !end.isAfter(start);
  }

  /**
   * {@return every user of the input, in input order: a read-only view, each user computed when
   * asked}
   */
  public List<UserUsage> users() {
    return new Users();
  }

  /** {@return the call ports of the window (R7)} */
  public CallPorts callPorts() {
    Columns c = input.timeline().columns();
    return new CallPorts(PortIntegral.ofColumns(start, end, c.sampleAt, c.sampleCalls));
  }

  /**
   * {@return the usage of every meter of the price book in the window, by meter name (R16): the
   * records at instants in {@code [start, end)}, each rounded up to its meter's increment, summed
   * exactly; a meter without records in the window has zeros}
   */
  public SortedMap<String, MeterTotal> meteredUsage() {
    SortedMap<String, Meter> meters = input.prices().meters();
    MeteredUsage usage = input.usage();
    List<String> names = usage.meterNames();
    long[] increment = new long[names.size()];
    for (int m = 0; m < names.size(); m++) {
      Meter meter = meters.get(names.get(m));
      if (meter != null && meter.increment().isPresent()) {
        increment[m] = meter.increment().get().movePointRight(9).longValueExact();
      }
    }
    MeterSums sums =
        MeterSums.of(
            names.size(),
            usage.meter,
            usage.at,
            usage.nanoUnits,
            usage.scale,
            usage.size(),
            from,
            to,
            increment);
    SortedMap<String, MeterTotal> out = new TreeMap<>();
    for (Meter meter : meters.values()) {
      int m = names.indexOf(meter.name());
      Optional<BigDecimal> inc = meter.increment();
      int incScale = inc.map(BigDecimal::scale).orElse(0);
      if (m < 0 || sums.records(m) == 0) {
        out.put(
            meter.name(),
            new MeterTotal(
                meter.name(), inc, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO.setScale(incScale)));
        continue;
      }
      int scale = sums.maxScale(m);
      out.put(
          meter.name(),
          new MeterTotal(
              meter.name(),
              inc,
              sums.records(m),
              sums.roundedUp(m),
              sums.recorded(m).setScale(scale),
              sums.used(m).setScale(Math.max(scale, incScale))));
    }
    return java.util.Collections.unmodifiableSortedMap(out);
  }

  private final class Users extends AbstractList<UserUsage> implements RandomAccess {
    private final Columns c = input.timeline().columns();

    @Override
    public UserUsage get(int index) {
      Objects.checkIndex(index, size());
      return new UserUsage(c, index, from, to);
    }

    @Override
    public int size() {
      return c.userIds.size();
    }
  }

  @Override
  public String toString() {
    return "RatedWindow{" + input.organization().id() + " [" + start + ", " + end + ")}";
  }
}
