package dev.seatline.billing.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A generator of random values from a seeded source: the same seed gives the same value, so a
 * failing property replays from its seed. Framework-neutral: call {@link #next} from any test.
 *
 * <p>Example: {@code Gen.longs(0, 10).listOf(0, 5).next(new SplittableRandom(42))}.
 *
 * @param <T> the type generated
 */
@FunctionalInterface
public interface Gen<T> {
  /** The next value drawn from {@code random}. */
  T next(SplittableRandom random);

  /** A generator of {@code f} applied to this generator's values. */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return r -> f.apply(next(r));
  }

  /**
   * A generator of lists of {@code min} to {@code max} (both included) of this generator's values.
   */
  default Gen<List<T>> listOf(int min, int max) {
    return r -> {
      int n = min + r.nextInt(max - min + 1);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(next(r));
      }
      return out;
    };
  }

  /** Longs from {@code min} to {@code max}, both included. */
  static Gen<Long> longs(long min, long max) {
    return r -> min + r.nextLong(max - min + 1);
  }

  /** Ints from {@code min} to {@code max}, both included. */
  static Gen<Integer> ints(int min, int max) {
    return r -> min + r.nextInt(max - min + 1);
  }

  /** One of {@code values}, uniformly. */
  static <T> Gen<T> oneOf(List<T> values) {
    List<T> copy = List.copyOf(values);
    return r -> copy.get(r.nextInt(copy.size()));
  }
}
