package dev.seatline.billing.testing;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The in-house property-test harness: runs a property on {@code tries} values drawn from a
 * generator, each from its own seed, and on failure reports the seed, the value and a smaller
 * counterexample found by halving lists.
 *
 * <p>Seeds are {@code baseSeed + i} for try {@code i}. The base seed is the system property {@code
 * seatline.seed} when set (to replay a failure), else a fixed default so that builds are
 * reproducible; the system property {@code seatline.tries.factor} multiplies every try count (for
 * long runs).
 *
 * <p>Example: {@code PropertyCheck.forAll("sum is commutative", 1000, pairs, p ->
 * assertThat(...))}.
 */
public final class PropertyCheck {
  /** The default base seed. */
  public static final long DEFAULT_SEED = 20261126L;

  private PropertyCheck() {}

  /** The base seed in force. */
  public static long baseSeed() {
    String s = System.getProperty("seatline.seed");
    return s == null ? DEFAULT_SEED : Long.parseLong(s);
  }

  /** {@code tries} times the factor in force. */
  public static int scaled(int tries) {
    String s = System.getProperty("seatline.tries.factor");
    return s == null ? tries : Math.max(1, (int) (tries * Double.parseDouble(s)));
  }

  /**
   * Checks {@code property} (which throws on failure, e.g. with AssertJ) on {@code tries} values of
   * {@code gen}.
   *
   * @throws AssertionError naming the property, the seed and the counterexample
   */
  public static <T> void forAll(String name, int tries, Gen<T> gen, Consumer<T> property) {
    forAll(name, tries, gen, property, v -> List.of());
  }

  /**
   * As {@link #forAll(String, int, Gen, Consumer)}, trying the smaller candidates {@code shrink}
   * offers for a failing value, repeatedly, and reporting the smallest that still fails.
   */
  public static <T> void forAll(
      String name, int tries, Gen<T> gen, Consumer<T> property, Function<T, List<T>> shrink) {
    long base = baseSeed();
    int n = scaled(tries);
    for (int i = 0; i < n; i++) {
      long seed = base + i;
      T value = gen.next(new SplittableRandom(seed));
      Throwable failure = failure(property, value);
      if (failure != null) {
        T smallest = value;
        Throwable smallestFailure = failure;
        boolean progress = true;
        int steps = 0;
        while (progress && steps++ < 1000) {
          progress = false;
          for (T candidate : shrink.apply(smallest)) {
            Throwable f = failure(property, candidate);
            if (f != null) {
              smallest = candidate;
              smallestFailure = f;
              progress = true;
              break;
            }
          }
        }
        AssertionError error =
            new AssertionError(
                "property '"
                    + name
                    + "' failed at try "
                    + i
                    + " (replay with -Dseatline.seed="
                    + seed
                    + " and 1 try, or base seed "
                    + base
                    + ")\ncounterexample: "
                    + smallest
                    + "\nfailure: "
                    + smallestFailure,
                smallestFailure);
        throw error;
      }
    }
  }

  /** The two halves of a list of two or more elements: the shrinking step for lists. */
  public static <E> List<List<E>> halves(List<E> list) {
    if (list.size() < 2) {
      return List.of();
    }
    int mid = list.size() / 2;
    return List.of(List.copyOf(list.subList(0, mid)), List.copyOf(list.subList(mid, list.size())));
  }

  @SuppressWarnings("IllegalCatch")
  private static <T> @Nullable Throwable failure(Consumer<T> property, T value) {
    try {
      property.accept(value);
      return null;
    } catch (RuntimeException | AssertionError e) {
      return e;
    }
  }
}
