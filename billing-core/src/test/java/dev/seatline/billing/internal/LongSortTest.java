package dev.seatline.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LongSortTest {

  /** Keys of several shapes: narrow, wide, clustered, negative, with many ties. */
  private static final Gen<long[]> KEYS =
      r -> {
        int n = r.nextInt(3000);
        int shape = r.nextInt(5);
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
          a[i] =
              switch (shape) {
                case 0 -> r.nextLong(10);
                case 1 -> r.nextLong();
                case 2 -> r.nextInt(10) == 0 ? r.nextLong(1L << 60) : r.nextLong(1000);
                case 3 -> -r.nextLong(1L << 40) + r.nextLong(1L << 40);
                default -> 1_700_000_000_000_000_000L + i * 1000L + r.nextLong(100_000);
              };
        }
        return a;
      };

  @Test
  void sortsLikeArraysSortAndCarriesThePayload() {
    PropertyCheck.forAll(
        "LongSort sorts keys and permutes the payload alongside",
        500,
        KEYS,
        keys -> {
          long[] sorted = keys.clone();
          int[] payload = new int[keys.length];
          for (int i = 0; i < payload.length; i++) {
            payload[i] = i;
          }
          LongSort.sort(sorted, payload, 0, sorted.length);
          long[] expected = keys.clone();
          Arrays.sort(expected);
          assertThat(sorted).containsExactly(expected);
          for (int i = 0; i < payload.length; i++) {
            assertThat(keys[payload[i]]).isEqualTo(sorted[i]);
          }
          assertThat(payload).doesNotHaveDuplicates();
        });
  }

  @Test
  void sortsOnlyTheGivenRange() {
    long[] keys = {9, 8, 7, 3, 2, 1, 0};
    LongSort.sort(keys, 2, 6);
    assertThat(keys).containsExactly(9, 8, 1, 2, 3, 7, 0);
  }

  @Test
  void extremeKeysSortWithoutOverflow() {
    long[] keys = new long[100];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = i % 2 == 0 ? Long.MAX_VALUE - i : Long.MIN_VALUE + i;
    }
    long[] expected = keys.clone();
    Arrays.sort(expected);
    LongSort.sort(keys, 0, keys.length);
    assertThat(keys).containsExactly(expected);
  }

  @Test
  void detectsOrder() {
    assertThat(LongSort.isSorted(new long[] {1, 1, 2}, 0, 3)).isTrue();
    assertThat(LongSort.isSorted(new long[] {1, 0, 2}, 0, 3)).isFalse();
    assertThat(LongSort.isSorted(new long[] {5, 0, 1, 2}, 1, 4)).isTrue();
    assertThat(LongSort.isSorted(new long[0], 0, 0)).isTrue();
  }
}
