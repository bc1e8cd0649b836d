package dev.seatline.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalArraysTest {

  /** Half-open intervals on a small integer grid, in any order, possibly overlapping. */
  static final class Spans {
    private final long[] starts;
    private final long[] ends;

    Spans(long[] starts, long[] ends) {
      this.starts = starts;
      this.ends = ends;
    }

    long[] starts() {
      return starts;
    }

    long[] ends() {
      return ends;
    }

    int n() {
      return starts.length;
    }

    Spans copy() {
      return new Spans(starts.clone(), ends.clone());
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < starts.length; i++) {
        b.append('[').append(starts[i]).append(", ").append(ends[i]).append(") ");
      }
      return b.toString();
    }
  }

  static final int GRID = 30;

  static Spans set(long... bounds) {
    long[] s = new long[bounds.length / 2];
    long[] e = new long[bounds.length / 2];
    for (int i = 0; i < s.length; i++) {
      s[i] = bounds[2 * i];
      e[i] = bounds[2 * i + 1];
    }
    return new Spans(s, e);
  }

  static Gen<Spans> sets(int maxIntervals) {
    return r -> {
      int n = r.nextInt(maxIntervals + 1);
      long[] s = new long[n];
      long[] e = new long[n];
      for (int i = 0; i < n; i++) {
        s[i] = r.nextInt(GRID);
        e[i] = s[i] + 1 + r.nextInt(Math.min(10, GRID - (int) s[i]));
      }
      return new Spans(s, e);
    };
  }

  /** The oracle: which unit cells [t, t + 1) of the grid the set covers. */
  static boolean[] cells(long[] starts, long[] ends, int n) {
    boolean[] covered = new boolean[GRID + 1];
    for (int i = 0; i < n; i++) {
      for (long t = starts[i]; t < ends[i]; t++) {
        covered[(int) t] = true;
      }
    }
    return covered;
  }

  static void assertNormalized(long[] starts, long[] ends, int n) {
    for (int i = 0; i < n; i++) {
      assertThat(starts[i]).isLessThan(ends[i]);
      if (i > 0) {
        assertThat(ends[i - 1])
            .as("interval %s neither touches nor overlaps the previous", i)
            .isLessThan(starts[i]);
      }
    }
  }

  static List<String> asList(long[] starts, long[] ends, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("[" + starts[i] + ", " + ends[i] + ")");
    }
    return out;
  }

  @Test
  void unionMergesOverlappingAndTouchingIntervalsOnly() {
    Spans in = set(12, 13, 3, 8, 0, 5, 8, 9, 20, 22);
    long[] s = new long[5];
    long[] e = new long[5];
    int m = IntervalArrays.union(in.starts(), in.ends(), in.n(), s, e);
    assertThat(asList(s, e, m)).containsExactly("[0, 9)", "[12, 13)", "[20, 22)");
  }

  @Test
  void unionOfNestedAndEqualIntervals() {
    Spans in = set(0, 10, 2, 4, 0, 10, 9, 10);
    int m = IntervalArrays.union(in.starts(), in.ends(), in.n(), in.starts(), in.ends());
    assertThat(asList(in.starts(), in.ends(), m)).containsExactly("[0, 10)");
  }

  @Test
  void unionOfNothingIsEmpty() {
    assertThat(IntervalArrays.union(new long[0], new long[0], 0, new long[0], new long[0]))
        .isZero();
    assertThat(IntervalArrays.unionLength(new long[0], new long[0], 0)).isZero();
  }

  @Test
  void unionReadsOnlyTheFirstNElements() {
    long[] s = {5, 0, 100};
    long[] e = {6, 2, 200};
    assertThat(IntervalArrays.unionLength(s, e, 2)).isEqualTo(3);
  }

  @Test
  void unionLengthCountsOverlapsOnce() {
    Spans in = set(0, 4, 2, 6, 10, 11);
    assertThat(IntervalArrays.unionLength(in.starts(), in.ends(), in.n())).isEqualTo(7);
  }

  @Test
  void intersectKeepsOnlySharedTime() {
    Spans a = set(0, 10, 15, 20);
    Spans b = set(2, 4, 6, 12, 14, 30);
    long[] s = new long[5];
    long[] e = new long[5];
    int m = IntervalArrays.intersect(a.starts(), a.ends(), 2, b.starts(), b.ends(), 3, s, e);
    assertThat(asList(s, e, m)).containsExactly("[2, 4)", "[6, 10)", "[15, 20)");
  }

  @Test
  void intersectOfTouchingIntervalsIsEmpty() {
    Spans a = set(0, 10);
    Spans b = set(10, 20);
    assertThat(
            IntervalArrays.intersect(
                a.starts(), a.ends(), 1, b.starts(), b.ends(), 1, new long[2], new long[2]))
        .isZero();
  }

  @Test
  void onQueueOutsideSessionsIsDropped() {
    Spans queue = set(0, 10, 20, 25);
    Spans sessions = set(3, 6, 2, 4, 24, 40);
    long[] s = new long[5];
    long[] e = new long[5];
    int m =
        IntervalArrays.onQueueInsideSessions(
            queue.starts(), queue.ends(), 2, sessions.starts(), sessions.ends(), 3, s, e);
    assertThat(asList(s, e, m)).containsExactly("[2, 6)", "[24, 25)");
  }

  @Test
  void sortIfNeededSortsOnlyThePrefix() {
    long[] a = {3, 1, 2, 0};
    IntervalArrays.sortIfNeeded(a, 3);
    assertThat(a).containsExactly(1, 2, 3, 0);
    long[] sorted = {1, 1, 2, 9};
    IntervalArrays.sortIfNeeded(sorted, 4);
    assertThat(sorted).containsExactly(1, 1, 2, 9);
  }

  @Test
  void totalLengthSumsLengths() {
    Spans in = set(0, 3, 5, 6);
    assertThat(IntervalArrays.totalLength(in.starts(), in.ends(), 2)).isEqualTo(4);
  }

  @Test
  void unionAgreesWithTheCellOracle() {
    PropertyCheck.forAll(
        "union covers the same cells, normalized",
        3000,
        sets(8),
        in -> {
          boolean[] expected = cells(in.starts(), in.ends(), in.n());
          Spans work = in.copy();
          int m =
              IntervalArrays.union(
                  work.starts(), work.ends(), work.n(), work.starts(), work.ends());
          assertNormalized(work.starts(), work.ends(), m);
          assertThat(cells(work.starts(), work.ends(), m)).isEqualTo(expected);
          long count = 0;
          for (boolean c : expected) {
            count += c ? 1 : 0;
          }
          Spans again = in.copy();
          assertThat(IntervalArrays.unionLength(again.starts(), again.ends(), again.n()))
              .isEqualTo(count);
        });
  }

  @Test
  void onQueueInsideSessionsAgreesWithTheCellOracle() {
    PropertyCheck.forAll(
        "on queue inside sessions = cells covered by both",
        3000,
        r -> List.of(sets(6).next(r), sets(6).next(r)),
        pair -> {
          Spans queue = pair.get(0).copy();
          Spans sessions = pair.get(1).copy();
          boolean[] q = cells(queue.starts(), queue.ends(), queue.n());
          boolean[] s = cells(sessions.starts(), sessions.ends(), sessions.n());
          boolean[] expected = new boolean[q.length];
          for (int t = 0; t < q.length; t++) {
            expected[t] = q[t] && s[t];
          }
          long[] os = new long[queue.n() + sessions.n()];
          long[] oe = new long[queue.n() + sessions.n()];
          int m =
              IntervalArrays.onQueueInsideSessions(
                  queue.starts(),
                  queue.ends(),
                  queue.n(),
                  sessions.starts(),
                  sessions.ends(),
                  sessions.n(),
                  os,
                  oe);
          assertNormalized(os, oe, m);
          assertThat(cells(os, oe, m)).isEqualTo(expected);
        });
  }

  @Test
  void unionIsIndependentOfInputOrder() {
    PropertyCheck.forAll(
        "union of a shuffled set is the same",
        1000,
        r -> {
          Spans in = sets(8).next(r);
          long[] s = in.starts().clone();
          long[] e = in.ends().clone();
          for (int i = s.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            long ts = s[i];
            s[i] = s[j];
            s[j] = ts;
            long te = e[i];
            e[i] = e[j];
            e[j] = te;
          }
          return List.of(in, new Spans(s, e));
        },
        pair -> {
          Spans a = pair.get(0).copy();
          Spans b = pair.get(1).copy();
          int ma = IntervalArrays.union(a.starts(), a.ends(), a.n(), a.starts(), a.ends());
          int mb = IntervalArrays.union(b.starts(), b.ends(), b.n(), b.starts(), b.ends());
          assertThat(Arrays.copyOf(a.starts(), ma)).isEqualTo(Arrays.copyOf(b.starts(), mb));
          assertThat(Arrays.copyOf(a.ends(), ma)).isEqualTo(Arrays.copyOf(b.ends(), mb));
        });
  }
}
