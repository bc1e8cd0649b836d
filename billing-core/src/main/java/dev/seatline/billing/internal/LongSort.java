package dev.seatline.billing.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Sorting of primitive time keys for the sweeps, in expected linear time.
 *
 * <p>A range that is already in order (time-ordered feeds) is detected in one pass and left alone.
 * Otherwise the keys are distributed into about {@code n / 8} (at most 2048) buckets by their high
 * bits (one counting pass, one scatter pass), and each bucket is finished by insertion sort, or
 * sorted the same way again when it is large (skewed input): at most 64 levels, since each level
 * narrows the key range by at least one bit. An optional {@code int} payload (a user index) travels
 * with its key. Not stable; equal keys may come out in any order.
 */
public final class LongSort {
  private static final int INSERTION_MAX = 40;

  /**
   * At most 2^11 buckets a level: the scatter then writes to few enough places at once to stay in
   * cache, which beats one level with more buckets on large inputs.
   */
  private static final int MAX_BUCKET_BITS = 11;

  private LongSort() {}

  /** Whether {@code keys[from, to)} is non-decreasing. */
  public static boolean isSorted(long[] keys, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (keys[i] < keys[i - 1]) {
        return false;
      }
    }
    return true;
  }

  /** Sorts {@code keys[from, to)} ascending. */
  public static void sort(long[] keys, int from, int to) {
    sort(keys, null, from, to);
  }

  /**
   * Sorts {@code keys[from, to)} ascending, applying the same permutation to {@code payload[from,
   * to)} when a payload is given.
   */
  public static void sort(long[] keys, int @Nullable [] payload, int from, int to) {
    if (isSorted(keys, from, to)) {
      return;
    }
    distribute(keys, payload, from, to);
  }

  private static void distribute(long[] keys, int @Nullable [] payload, int from, int to) {
    int n = to - from;
    if (n <= INSERTION_MAX) {
      insertion(keys, payload, from, to);
      return;
    }
    long min = keys[from];
    long max = min;
    for (int i = from + 1; i < to; i++) {
      long k = keys[i];
      if (k < min) {
        min = k;
      } else if (k > max) {
        max = k;
      }
    }
    long range = max - min; // unsigned: the true range is below 2^64
    if (range == 0) {
      return;
    }
    int bucketBits =
        Math.min(MAX_BUCKET_BITS, Math.max(1, 31 - Integer.numberOfLeadingZeros(n >>> 3)));
    int rangeBits = 64 - Long.numberOfLeadingZeros(range);
    int shift = Math.max(0, rangeBits - bucketBits);
    int buckets = (int) (range >>> shift) + 1;
    int[] bound = new int[buckets + 1];
    for (int i = from; i < to; i++) {
      bound[(int) ((keys[i] - min) >>> shift) + 1]++;
    }
    for (int b = 0; b < buckets; b++) {
      bound[b + 1] += bound[b];
    }
    long[] sortedKeys = new long[n];
    int[] next = Arrays.copyOf(bound, buckets);
    if (payload == null) {
      for (int i = from; i < to; i++) {
        long k = keys[i];
        sortedKeys[next[(int) ((k - min) >>> shift)]++] = k;
      }
    } else {
      int[] sortedPayload = new int[n];
      for (int i = from; i < to; i++) {
        long k = keys[i];
        int at = next[(int) ((k - min) >>> shift)]++;
        sortedKeys[at] = k;
        sortedPayload[at] = payload[i];
      }
      System.arraycopy(sortedPayload, 0, payload, from, n);
    }
    System.arraycopy(sortedKeys, 0, keys, from, n);
    for (int b = 0; b < buckets; b++) {
      int lo = from + bound[b];
      int hi = from + bound[b + 1];
      if (hi - lo > 1) {
        distribute(keys, payload, lo, hi);
      }
    }
  }

  private static void insertion(long[] keys, int @Nullable [] payload, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      long k = keys[i];
      int j = i - 1;
      if (keys[j] <= k) {
        continue;
      }
      if (payload == null) {
        while (j >= from && keys[j] > k) {
          keys[j + 1] = keys[j];
          j--;
        }
        keys[j + 1] = k;
      } else {
        int p = payload[i];
        while (j >= from && keys[j] > k) {
          keys[j + 1] = keys[j];
          payload[j + 1] = payload[j];
          j--;
        }
        keys[j + 1] = k;
        payload[j + 1] = p;
      }
    }
  }
}
