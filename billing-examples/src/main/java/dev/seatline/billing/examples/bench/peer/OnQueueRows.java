package dev.seatline.billing.examples.bench.peer;

import java.util.Arrays;

/**
 * On-queue intervals as columns, one row per CSV line {@code user_id,start_s,end_s}: row {@code i}
 * is user {@code user[i]} on queue during {@code [start[i], end[i])}, epoch seconds.
 */
public final class OnQueueRows {
  /** The CSV header. */
  public static final String HEADER = "user_id,start_s,end_s";

  private int size;
  private int[] user;
  private long[] start;
  private long[] end;

  /** Empty rows with room for {@code capacity}. */
  public OnQueueRows(int capacity) {
    user = new int[Math.max(capacity, 4)];
    start = new long[user.length];
    end = new long[user.length];
  }

  /** Appends a row. */
  public void add(int u, long s, long e) {
    if (size == user.length) {
      int n = user.length * 2;
      user = Arrays.copyOf(user, n);
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
    }
    user[size] = u;
    start[size] = s;
    end[size] = e;
    size++;
  }

  /** The number of rows. */
  public int size() {
    return size;
  }

  /** The user id of row {@code i}. */
  public int user(int i) {
    return user[i];
  }

  /** The start of row {@code i}, epoch seconds. */
  public long start(int i) {
    return start[i];
  }

  /** The end of row {@code i}, epoch seconds. */
  public long end(int i) {
    return end[i];
  }

  /** Swaps rows {@code i} and {@code j}. */
  void swap(int i, int j) {
    int u = user[i];
    user[i] = user[j];
    user[j] = u;
    long x = start[i];
    start[i] = start[j];
    start[j] = x;
    x = end[i];
    end[i] = end[j];
    end[j] = x;
  }

  /** The user id column, trimmed to the size (the array itself when it is full). */
  int[] userColumn() {
    return size == user.length ? user : Arrays.copyOf(user, size);
  }

  /** The start column, trimmed to the size (the array itself when it is full). */
  long[] startColumn() {
    return size == start.length ? start : Arrays.copyOf(start, size);
  }

  /** The end column, trimmed to the size (the array itself when it is full). */
  long[] endColumn() {
    return size == end.length ? end : Arrays.copyOf(end, size);
  }
}
