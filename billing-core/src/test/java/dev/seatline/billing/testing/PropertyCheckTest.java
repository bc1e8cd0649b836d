package dev.seatline.billing.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PropertyCheckTest {
  private static final Gen<List<Long>> LISTS = Gen.longs(0, 100).listOf(0, 40);

  @Test
  void aHoldingPropertyRunsEveryTryOnDistinctSeeds() {
    List<List<Long>> seen = new ArrayList<>();

    PropertyCheck.forAll("collects", 200, LISTS, seen::add);

    assertThat(seen).hasSize(PropertyCheck.scaled(200));
    assertThat(seen.stream().distinct().count()).isGreaterThan(PropertyCheck.scaled(200) * 3 / 4);
  }

  @Test
  void tryIUsesTheBaseSeedPlusI() {
    List<List<Long>> seen = new ArrayList<>();

    PropertyCheck.forAll("collects", 3, LISTS, seen::add);

    long base = PropertyCheck.baseSeed();
    assertThat(seen).hasSize(PropertyCheck.scaled(3));
    for (int i = 0; i < seen.size(); i++) {
      assertThat(seen.get(i)).isEqualTo(LISTS.next(new SplittableRandom(base + i)));
    }
  }

  @Test
  void aFailingPropertyReportsTheSeedAndAShrunkCounterexample() {
    // Fails for every list holding a value above 90; halving keeps a failing half until the
    // counterexample cannot be halved further: a single element above 90.
    assertThatThrownBy(
            () ->
                PropertyCheck.forAll(
                    "no value above 90",
                    500,
                    LISTS,
                    list -> assertThat(list).allSatisfy(v -> assertThat(v).isLessThanOrEqualTo(90)),
                    PropertyCheck::halves))
        .isInstanceOfSatisfying(
            AssertionError.class,
            e -> {
              assertThat(e.getMessage())
                  .startsWith("property 'no value above 90' failed at try ")
                  .contains("(replay with -Dseatline.seed=")
                  .contains("base seed " + PropertyCheck.baseSeed())
                  .containsPattern("counterexample: \\[(9[1-9]|100)\\]\\n");
              assertThat(e.getCause()).isInstanceOf(AssertionError.class);
            });
  }

  @Test
  void theReportedSeedReplaysTheFailingValue() {
    List<List<Long>> failing = new ArrayList<>();
    AssertionError error =
        org.junit.jupiter.api.Assertions.assertThrows(
            AssertionError.class,
            () ->
                PropertyCheck.forAll(
                    "size below 30",
                    500,
                    LISTS,
                    list -> {
                      if (list.size() >= 30) {
                        failing.add(list);
                        throw new IllegalStateException("too long: " + list.size());
                      }
                    }));
    String message = String.valueOf(error.getMessage());
    long seed = Long.parseLong(message.replaceAll("(?s).*-Dseatline\\.seed=(\\d+) .*", "$1"));

    assertThat(LISTS.next(new SplittableRandom(seed))).isEqualTo(failing.get(0));
    assertThat(message)
        .as("without a shrinker the counterexample is the value itself")
        .contains("counterexample: " + failing.get(0))
        .contains("failure: java.lang.IllegalStateException: too long");
    assertThat(error.getCause()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void halvesSplitsListsOfTwoOrMore() {
    assertThat(PropertyCheck.halves(List.of(1, 2, 3, 4, 5)))
        .containsExactly(List.of(1, 2), List.of(3, 4, 5));
    assertThat(PropertyCheck.halves(List.of(1, 2))).containsExactly(List.of(1), List.of(2));
    assertThat(PropertyCheck.halves(List.of(1))).isEmpty();
    assertThat(PropertyCheck.halves(List.of())).isEmpty();
  }

  @Test
  void withoutOverridesTheSeedIsTheDefaultAndTriesAreUnscaled() {
    if (System.getProperty("seatline.seed") == null) {
      assertThat(PropertyCheck.baseSeed()).isEqualTo(PropertyCheck.DEFAULT_SEED);
    }
    if (System.getProperty("seatline.tries.factor") == null) {
      assertThat(PropertyCheck.scaled(1234)).isEqualTo(1234);
    }
  }

  @Test
  void generatorsStayInTheirBounds() {
    PropertyCheck.forAll(
        "bounds",
        2000,
        r ->
            List.of(
                Gen.longs(-3, 3).next(r),
                (long) Gen.ints(5, 6).next(r),
                Gen.oneOf(List.of(7L, 8L)).next(r),
                (long) Gen.ints(0, 2).listOf(1, 3).next(r).size(),
                Gen.longs(1, 1).map(v -> v * 10).next(r)),
        v -> {
          assertThat(v.get(0)).isBetween(-3L, 3L);
          assertThat(v.get(1)).isBetween(5L, 6L);
          assertThat(v.get(2)).isIn(7L, 8L);
          assertThat(v.get(3)).isBetween(1L, 3L);
          assertThat(v.get(4)).isEqualTo(10L);
        });
  }
}
