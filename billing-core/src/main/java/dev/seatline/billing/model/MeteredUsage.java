package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The usage records of an organization, held columnar (<a
 * href="{@docRoot}/index.html#R16">R16</a>): the same data as a list of {@link UsageRecord}s, in
 * parallel primitive arrays (a meter index, an instant in epoch nanoseconds, the quantity in
 * billionths and its scale: 21 bytes a record), so that a month of ten million per-call records
 * needs no object per record. It is the one storage of a {@link RatingInput}'s usage: records given
 * as value objects are converted into it when the input is built.
 *
 * <p>Records may be added in any order, one at a time from primitive values ({@link
 * Builder#record(int, long, long, int)}, for a loader reading a table row by row) or in bulk from
 * arrays ({@link Builder#records(int[], long[], TimeUnit, long[], int[])}); meters are numbered by
 * {@link Builder#meter(String)} in the order first named. Rating never depends on the order of the
 * records (<a href="{@docRoot}/index.html#R12">R12</a>).
 *
 * <p>Validation, each error naming the record by its index in the order added ({@code
 * usage[12].quantity}): quantities from 0 to {@value Meter#MAX_QUANTITY} with at most 9 decimals
 * once trailing zeros are dropped; instants between 1677-09-21 and 2262-04-11 (epoch nanoseconds).
 * A record whose meter the price book does not define is rejected by {@link RatingInput} at {@code
 * usage[i].meter}.
 *
 * <p>Immutable and thread-safe once built; the builder is not thread-safe. Equal when the records
 * are equal in the stored order. Example: {@code b = MeteredUsage.builder(); int voice =
 * b.meter("VOICE_MINUTES"); b.record(voice, 1768572000000000000L, 1017, 3).build()} holds one call
 * of 1.017 minutes.
 */
public final class MeteredUsage {
  /** Nanounits per unit: quantities are held as billionths. */
  static final long NANO_UNITS = 1_000_000_000L;

  private static final MeteredUsage EMPTY = new Builder().build();
  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private final List<String> meters;
  private final int size;
  final int[] meter;
  final long[] at;
  final long[] nanoUnits;
  final byte[] scale;

  private MeteredUsage(Builder b) {
    this.meters = List.copyOf(b.meters);
    this.size = b.size;
    this.meter = Arrays.copyOf(b.meter, size);
    this.at = Arrays.copyOf(b.at, size);
    this.nanoUnits = Arrays.copyOf(b.nanoUnits, size);
    this.scale = Arrays.copyOf(b.scale, size);
  }

  /** {@return an empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return usage with no record} */
  public static MeteredUsage empty() {
    return EMPTY;
  }

  /** {@return the meters named, by index, in the order first named} */
  public List<String> meterNames() {
    return meters;
  }

  /** {@return the number of records} */
  public int size() {
    return size;
  }

  /**
   * {@return every record as a value object, in the order added: a read-only view that builds one
   * record at a time}
   */
  public List<UsageRecord> records() {
    return new Records();
  }

  /** The quantity of record {@code i} at its own scale. */
  BigDecimal quantity(int i) {
    int s = scale[i];
    return BigDecimal.valueOf(nanoUnits[i] / POW10[9 - s], s);
  }

  private final class Records extends AbstractList<UsageRecord> implements RandomAccess {
    @Override
    public UsageRecord get(int index) {
      java.util.Objects.checkIndex(index, size);
      return new UsageRecord(meters.get(meter[index]), Columns.instant(at[index]), quantity(index));
    }

    @Override
    public int size() {
      return size;
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MeteredUsage u && records().equals(u.records());
  }

  @Override
  public int hashCode() {
    return records().hashCode();
  }

  /** {@code MeteredUsage{3 records of [VOICE_MINUTES, API_REQUESTS]}}. */
  @Override
  public String toString() {
    return "MeteredUsage{" + size + " records of " + meters + "}";
  }

  /** Collects usage records; each is validated as it is added. Not thread-safe. */
  public static final class Builder {
    private final List<String> meters = new ArrayList<>();
    private final Map<String, Integer> meterIndex = new HashMap<>();
    private int size;
    private int[] meter = new int[16];
    private long[] at = new long[16];
    private long[] nanoUnits = new long[16];
    private byte[] scale = new byte[16];

    private Builder() {}

    /**
     * {@return the index of the meter {@code name}, numbering it when it is new}
     *
     * @param name the meter's name, a non-blank identifier
     * @throws InvalidInputException at {@code meter} for a blank name
     */
    public int meter(String name) {
      requireNonNull(name, "name");
      Integer known = meterIndex.get(name);
      if (known != null) {
        return known;
      }
      Require.id("meter", name);
      meters.add(name);
      meterIndex.put(name, meters.size() - 1);
      return meters.size() - 1;
    }

    /**
     * Adds a record.
     *
     * @param record the record
     * @return this builder
     * @throws InvalidInputException at {@code usage[k].at} for an instant out of range
     */
    public Builder record(UsageRecord record) {
      requireNonNull(record, "record");
      Instant at = record.at();
      long nanos;
      try {
        nanos = Math.addExact(Math.multiplyExact(at.getEpochSecond(), NANO_UNITS), at.getNano());
      } catch (ArithmeticException e) {
        throw InvalidInputException.at(
            Require.index("usage", size) + ".at",
            record.at() + " is outside the columnar time range (1677-09-21 to 2262-04-11)");
      }
      BigDecimal q = record.quantity();
      return record(meter(record.meter()), nanos, q.unscaledValue().longValueExact(), q.scale());
    }

    /**
     * Adds a record from primitive values: {@code unscaledQuantity x 10^-scale} of meter {@code
     * meterIndex} at {@code atEpochNanos}, as a loader reads a row of a table ({@code usage}:
     * meter, at, quantity).
     *
     * @param meterIndex the meter's index ({@link #meter(String)})
     * @param atEpochNanos when the usage happened, in nanoseconds since the epoch
     * @param unscaledQuantity the quantity's unscaled value
     * @param scale the quantity's scale: {@code 1017} at scale 3 is 1.017
     * @return this builder
     * @throws InvalidInputException at {@code usage[k].quantity} for a bad quantity
     * @throws IllegalArgumentException for a meter index that {@link #meter} did not give
     */
    public Builder record(int meterIndex, long atEpochNanos, long unscaledQuantity, int scale) {
      checkMeter(meterIndex);
      ensure(size + 1);
      add(meterIndex, atEpochNanos, unscaledQuantity, scale);
      return this;
    }

    /**
     * Adds records in bulk: record {@code i} is {@code unscaled[i] x 10^-scales[i]} of meter {@code
     * meters[i]} at {@code at[i]} {@code unit}s since the epoch.
     *
     * @param meters the meter index of each record ({@link #meter(String)})
     * @param at when each record's usage happened
     * @param unit the unit of {@code at}
     * @param unscaled the unscaled value of each quantity
     * @param scales the scale of each quantity
     * @return this builder
     * @throws InvalidInputException at {@code usage[k]} for a bad element
     * @throws IllegalArgumentException when the arrays differ in length, or for an unknown meter
     *     index
     */
    public Builder records(int[] meters, long[] at, TimeUnit unit, long[] unscaled, int[] scales) {
      if (unscaled.length != scales.length) {
        throw new IllegalArgumentException(
            "arrays differ in length: " + unscaled.length + " and " + scales.length);
      }
      return bulk(meters, at, unit, unscaled, scales, 0);
    }

    /**
     * Adds records in bulk whose quantities share one scale, as a decimal column does: {@link
     * #records(int[], long[], TimeUnit, long[], int[])} with {@code scale} for every record.
     *
     * @param meters the meter index of each record
     * @param at when each record's usage happened
     * @param unit the unit of {@code at}
     * @param unscaled the unscaled value of each quantity
     * @param scale the scale of every quantity
     * @return this builder
     * @throws InvalidInputException at {@code usage[k]} for a bad element
     * @throws IllegalArgumentException when the arrays differ in length, or for an unknown meter
     *     index
     */
    public Builder records(int[] meters, long[] at, TimeUnit unit, long[] unscaled, int scale) {
      return bulk(meters, at, unit, unscaled, null, scale);
    }

    private Builder bulk(
        int[] meters,
        long[] at,
        TimeUnit unit,
        long[] unscaled,
        int @Nullable [] scales,
        int scale) {
      if (meters.length != at.length || at.length != unscaled.length) {
        throw new IllegalArgumentException(
            "arrays differ in length: "
                + meters.length
                + ", "
                + at.length
                + " and "
                + unscaled.length);
      }
      long nanosPerUnit = unit.toNanos(1);
      ensure(size + meters.length);
      for (int i = 0; i < meters.length; i++) {
        checkMeter(meters[i]);
        long nanos;
        try {
          nanos = Math.multiplyExact(at[i], nanosPerUnit);
        } catch (ArithmeticException e) {
          throw InvalidInputException.at(
              Require.index("usage", size) + ".at",
              at[i] + " x " + nanosPerUnit + " ns is outside the columnar time range");
        }
        add(meters[i], nanos, unscaled[i], scales == null ? scale : scales[i]);
      }
      return this;
    }

    private void add(int m, long nanos, long unscaledQuantity, int s) {
      long unscaledValue = unscaledQuantity;
      int sc = s;
      while (sc > Require.MAX_METER_DECIMALS && unscaledValue % 10 == 0) {
        unscaledValue /= 10;
        sc--;
      }
      if (sc > Require.MAX_METER_DECIMALS) {
        throw InvalidInputException.at(
            quantityPath(),
            "has more than "
                + Require.MAX_METER_DECIMALS
                + " decimals, was "
                + BigDecimal.valueOf(unscaledQuantity, s).toPlainString());
      }
      if (unscaledValue < 0) {
        throw InvalidInputException.at(
            quantityPath(),
            "must not be negative, was " + BigDecimal.valueOf(unscaledQuantity, s).toPlainString());
      }
      long units;
      if (sc < 0) {
        if (-sc > 9 || unscaledValue > Meter.MAX_QUANTITY / POW10[-sc]) {
          throw tooLarge(quantityPath(), unscaledQuantity, s);
        }
        unscaledValue *= POW10[-sc];
        sc = 0;
      }
      if (unscaledValue > Meter.MAX_QUANTITY * POW10[sc]) {
        throw tooLarge(quantityPath(), unscaledQuantity, s);
      }
      units = unscaledValue * POW10[9 - sc];
      meter[size] = m;
      at[size] = nanos;
      nanoUnits[size] = units;
      scale[size] = (byte) sc;
      size++;
    }

    /** The path of the quantity of the record being added, made only for an error. */
    private String quantityPath() {
      return Require.index("usage", size) + ".quantity";
    }

    private static InvalidInputException tooLarge(String path, long unscaled, int scale) {
      return InvalidInputException.at(
          path,
          "must be at most "
              + Meter.MAX_QUANTITY
              + ", was "
              + BigDecimal.valueOf(unscaled, scale).toPlainString());
    }

    private void checkMeter(int index) {
      if (index < 0 || index >= meters.size()) {
        throw new IllegalArgumentException(
            "no meter with index " + index + " (" + meters.size() + " named)");
      }
    }

    private void ensure(int capacity) {
      if (capacity > at.length) {
        int n = Math.max(capacity, (int) Math.min(Integer.MAX_VALUE - 8, at.length * 2L));
        meter = Arrays.copyOf(meter, n);
        at = Arrays.copyOf(at, n);
        nanoUnits = Arrays.copyOf(nanoUnits, n);
        scale = Arrays.copyOf(scale, n);
      }
    }

    /** {@return the usage} */
    public MeteredUsage build() {
      return new MeteredUsage(this);
    }
  }
}
