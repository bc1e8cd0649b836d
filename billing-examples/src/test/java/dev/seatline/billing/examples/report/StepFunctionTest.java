package dev.seatline.billing.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.model.PortSample;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepFunctionTest {
  private static final Instant T0 = Instant.parse("2026-01-15T05:00:00Z");

  private static StepFunction count(long[] starts, long[] ends, long from, long length) {
    return StepFunction.count(starts.clone(), ends.clone(), starts.length, from, length);
  }

  @Test
  void countsTheIntervalsCoveringEachInstant() {
    // 1 on [0, 5), 2 on [5, 10), 1 on [10, 20), 0 on [20, 30)
    StepFunction f = count(new long[] {5, 0}, new long[] {20, 10}, 0, 30);
    assertThat(new long[] {f.at(0), f.at(4), f.at(5), f.at(9), f.at(10), f.at(19), f.at(20)})
        .containsExactly(1, 1, 2, 2, 1, 1, 0);
    assertThat(f.max(0, 30)).isEqualTo(2);
    assertThat(f.max(10, 30)).isEqualTo(1);
    assertThat(f.max(20, 30)).isEqualTo(0);
  }

  @Test
  void touchingIntervalsDoNotCountTwiceAtTheirJoint() {
    StepFunction f = count(new long[] {0, 10}, new long[] {10, 20}, 0, 20);
    assertThat(f.max(0, 20)).isEqualTo(1);
  }

  @Test
  void intervalsBeforeTheStartGiveTheInitialValue() {
    // offsets from 100: [50, 150) and [90, 300) cover the start, [120, 130) comes later
    StepFunction f = count(new long[] {50, 90, 120}, new long[] {150, 300, 130}, 100, 100);
    assertThat(f.at(0)).isEqualTo(2);
    assertThat(f.at(25)).isEqualTo(3);
    assertThat(f.at(60)).isEqualTo(1);
    assertThat(f.length()).isEqualTo(100);
  }

  @Test
  void eachColumnHoldsTheLargestValueItMeets() {
    // 10 columns of 10 over [0, 100): a spike to 3 on [42, 43) shows in column 4 only
    StepFunction f = count(new long[] {0, 40, 42}, new long[] {100, 60, 43}, 0, 100);
    assertThat(f.columnMax(0, 100, 10)).containsExactly(1, 1, 1, 1, 3, 2, 1, 1, 1, 1);
    // a range of the domain: [40, 60) in 4 columns of 5
    assertThat(f.columnMax(40, 60, 4)).containsExactly(3, 2, 2, 2);
    // a step at a column's start belongs to that column, not the one before
    assertThat(count(new long[] {50}, new long[] {100}, 0, 100).columnMax(0, 100, 10))
        .containsExactly(0, 0, 0, 0, 0, 1, 1, 1, 1, 1);
  }

  @Test
  void portSamplesHoldUntilTheNextAndTheLastBeforeTheStartGivesTheStart() {
    List<PortSample> samples =
        List.of(
            new PortSample(T0.minusSeconds(100), 4),
            new PortSample(T0.minusSeconds(10), 6),
            new PortSample(T0.plusSeconds(30), 2),
            new PortSample(T0.plusSeconds(60), 9),
            new PortSample(T0.plusSeconds(120), 100));
    StepFunction f = StepFunction.ofSamples(samples, T0, T0.plusSeconds(120));
    long s = 1_000_000_000L;
    assertThat(new long[] {f.at(0), f.at(29 * s), f.at(30 * s), f.at(60 * s), f.at(119 * s)})
        .containsExactly(6, 6, 2, 9, 9);
    assertThat(f.max(0, f.length())).isEqualTo(9);
    assertThat(StepFunction.ofSamples(List.of(), T0, T0.plusSeconds(1)).max(0, s)).isZero();
  }

  @Test
  void aSampleAtTheStartIsTheStartsValue() {
    List<PortSample> samples = List.of(new PortSample(T0, 7), new PortSample(T0.plusSeconds(1), 1));
    StepFunction f = StepFunction.ofSamples(samples, T0, T0.plusSeconds(2));
    assertThat(f.at(0)).isEqualTo(7);
    assertThat(f.at(1_000_000_000L)).isEqualTo(1);
  }
}
