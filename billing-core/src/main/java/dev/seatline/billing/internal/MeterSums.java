package dev.seatline.billing.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The sums of metered usage records per meter over one rated window {@code [from, to)} (R16), on
 * primitive arrays: the records of each meter inside the window, how many were rounded up, the sum
 * of their quantities as recorded, the sum after rounding each one up to the meter's increment, and
 * the largest scale among them.
 *
 * <p>Quantities are held in billionths ({@code long}, at most 10^18 each); each is rounded up to
 * the increment (in billionths, 0 for none) as {@code ceil(q / increment) x increment}, at most 2 x
 * 10^18. Sums are exact: each is kept in two {@code long}s (a count of 2^62 and a remainder below
 * 2^62), so no number of records can overflow them. One linear pass, no sort, independent of the
 * order of the records.
 *
 * <p>Immutable. Example: {@code MeterSums.of(1, meter, at, q, scale, n, from, to, new long[]
 * {100_000_000L}).used(0)} is 1.1 for one record of 1.0166... minutes at 0.1-minute increments.
 */
public final class MeterSums {
  private static final long CARRY = 1L << 62;
  private static final BigInteger CARRY_BIG = BigInteger.valueOf(CARRY);
  private static final int NANO_SCALE = 9;

  private final long[] records;
  private final long[] roundedUp;
  private final long[] recordedHigh;
  private final long[] recorded;
  private final long[] usedHigh;
  private final long[] used;
  private final int[] maxScale;

  private MeterSums(int meters) {
    records = new long[meters];
    roundedUp = new long[meters];
    recordedHigh = new long[meters];
    recorded = new long[meters];
    usedHigh = new long[meters];
    used = new long[meters];
    maxScale = new int[meters];
  }

  /**
   * Sums the first {@code n} records whose instant lies in {@code [from, to)}.
   *
   * @param meters the number of meters; every {@code meter[i]} is below it
   * @param meter the meter index of each record
   * @param at the instant of each record
   * @param nanoUnits the quantity of each record in billionths, from 0 to 10^18
   * @param scale the scale of each record's quantity, 0 to 9
   * @param n the number of records
   * @param from the window's start, included
   * @param to the window's end, excluded
   * @param increment the increment of each meter in billionths, 0 for none
   * @return the sums per meter
   */
  public static MeterSums of(
      int meters,
      int[] meter,
      long[] at,
      long[] nanoUnits,
      byte[] scale,
      int n,
      long from,
      long to,
      long[] increment) {
    MeterSums s = new MeterSums(meters);
    long[] records = s.records;
    long[] roundedUp = s.roundedUp;
    long[] recordedHigh = s.recordedHigh;
    long[] recorded = s.recorded;
    long[] usedHigh = s.usedHigh;
    long[] used = s.used;
    int[] maxScale = s.maxScale;
    for (int i = 0; i < n; i++) {
      long t = at[i];
      if (t < from || t >= to) {
        continue;
      }
      int m = meter[i];
      long q = nanoUnits[i];
      long inc = increment[m];
      long u = q;
      if (inc > 0) {
        long r = q % inc;
        if (r != 0) {
          u = q - r + inc;
          roundedUp[m]++;
        }
      }
      records[m]++;
      long a = recorded[m] + q;
      if (a >= CARRY) {
        a -= CARRY;
        recordedHigh[m]++;
      }
      recorded[m] = a;
      long b = used[m] + u;
      if (b >= CARRY) {
        b -= CARRY;
        usedHigh[m]++;
      }
      used[m] = b;
      if (scale[i] > maxScale[m]) {
        maxScale[m] = scale[i];
      }
    }
    return s;
  }

  /**
   * {@return the records of {@code meter} inside the window}
   *
   * @param meter the meter's index
   */
  public long records(int meter) {
    return records[meter];
  }

  /**
   * {@return how many of them were not a whole number of increments, and were rounded up}
   *
   * @param meter the meter's index
   */
  public long roundedUp(int meter) {
    return roundedUp[meter];
  }

  /**
   * {@return the largest scale of the records of {@code meter} inside the window; 0 for none}
   *
   * @param meter the meter's index
   */
  public int maxScale(int meter) {
    return maxScale[meter];
  }

  /**
   * {@return the exact sum of the quantities of {@code meter} as recorded}
   *
   * @param meter the meter's index
   */
  public BigDecimal recorded(int meter) {
    return value(recordedHigh[meter], recorded[meter]);
  }

  /**
   * {@return the exact sum of the quantities of {@code meter}, each rounded up first}
   *
   * @param meter the meter's index
   */
  public BigDecimal used(int meter) {
    return value(usedHigh[meter], used[meter]);
  }

  private static BigDecimal value(long high, long low) {
    BigInteger units =
        high == 0
            ? BigInteger.valueOf(low)
            : CARRY_BIG.multiply(BigInteger.valueOf(high)).add(BigInteger.valueOf(low));
    return new BigDecimal(units, NANO_SCALE);
  }
}
