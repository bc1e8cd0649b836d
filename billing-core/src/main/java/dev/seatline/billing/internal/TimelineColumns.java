package dev.seatline.billing.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.seatline.billing.model.ColumnarTimeline;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The storage behind a {@link ColumnarTimeline}: parallel primitive columns, one row per interval
 * and one per port sample. Times are epoch nanoseconds; an unbounded end is {@link #UNBOUNDED}.
 *
 * <p>An interval's {@code kind} is a licence tier ({@code 0..3}, the tier's ordinal), a session
 * ({@link #SESSION} plus the channel's ordinal), on-queue time ({@link #ON_QUEUE}), or an add-on
 * ({@link #ADD_ON} plus the index of its name). Rows keep the order they were added in; port
 * samples are sorted by time (ties keep their input order). The arrays are never written after
 * construction: the class is immutable by contract and shared freely between threads.
 */
public final class TimelineColumns {
  /** The end of an interval that is still open. */
  public static final long UNBOUNDED = Long.MAX_VALUE;

  /** First kind of a session; the channel's ordinal is added. */
  public static final int SESSION = 4;

  /** The kind of an on-queue interval. */
  public static final int ON_QUEUE = 8;

  /** First kind of an add-on assignment; the add-on name's index is added. */
  public static final int ADD_ON = 9;

  /** How many distinct add-on names a columnar timeline can hold. */
  public static final int MAX_ADD_ONS = 256 - ADD_ON;

  private static @Nullable Function<ColumnarTimeline, TimelineColumns> unwrap;

  /** User identifiers by user index. */
  public final ImmutableList<String> userIds;

  /** Deletion instant (epoch nanos) by user index, {@link #UNBOUNDED} when not deleted. */
  public final long[] deletedAt;

  /** Add-on names by index. */
  public final ImmutableList<String> addOnNames;

  /** The user index of each interval. */
  public final int[] owner;

  /** The kind of each interval (see the class comment), as an unsigned byte. */
  public final byte[] kind;

  /** The included start of each interval, epoch nanos. */
  public final long[] start;

  /** The excluded end of each interval, epoch nanos, or {@link #UNBOUNDED}. */
  public final long[] end;

  /** Port sample instants, epoch nanos, non-decreasing. */
  public final long[] sampleAt;

  /** Concurrent calls of each port sample. */
  public final int[] sampleCalls;

  /**
   * The rows of user {@code u} are {@code userRows[userOffsets[u] .. userOffsets[u + 1])}, in the
   * order they were added (a stable counting sort by owner, made once).
   */
  public final int[] userOffsets;

  /** Row indices grouped by user; see {@link #userOffsets}. */
  public final int[] userRows;

  /** Takes ownership of the arrays, which must be exactly sized and never written again. */
  public TimelineColumns(
      ImmutableList<String> userIds,
      long[] deletedAt,
      ImmutableList<String> addOnNames,
      int[] owner,
      byte[] kind,
      long[] start,
      long[] end,
      long[] sampleAt,
      int[] sampleCalls) {
    this.userIds = userIds;
    this.deletedAt = deletedAt;
    this.addOnNames = addOnNames;
    this.owner = owner;
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.sampleAt = sampleAt;
    this.sampleCalls = sampleCalls;
    int users = userIds.size();
    int[] offsets = new int[users + 1];
    for (int u : owner) {
      offsets[u + 1]++;
    }
    for (int u = 0; u < users; u++) {
      offsets[u + 1] += offsets[u];
    }
    int[] next = java.util.Arrays.copyOf(offsets, users);
    int[] rows = new int[owner.length];
    for (int i = 0; i < owner.length; i++) {
      rows[next[owner[i]]++] = i;
    }
    this.userOffsets = offsets;
    this.userRows = rows;
  }

  /** The number of interval rows. */
  public int size() {
    return start.length;
  }

  /** The kind of row {@code i}, from 0 to 255. */
  public int kindOf(int i) {
    return kind[i] & 0xFF;
  }

  /** Installs the accessor of {@link ColumnarTimeline}'s storage; called once by that class. */
  public static synchronized void installAccessor(Function<ColumnarTimeline, TimelineColumns> f) {
    if (unwrap != null) {
      throw new IllegalStateException("accessor already installed");
    }
    unwrap = f;
  }

  /** The storage of {@code timeline}. */
  public static TimelineColumns of(ColumnarTimeline timeline) {
    Function<ColumnarTimeline, TimelineColumns> f;
    synchronized (TimelineColumns.class) {
      f = requireNonNull(unwrap, "accessor");
    }
    return f.apply(timeline);
  }
}
