package dev.seatline.billing.examples.bench.peer;

/**
 * Rows {@code user_id,CODE,from_s,to_s} as columns: row {@code i} is user {@code user[i]}, the
 * code's index {@code code[i]} (a tier or a channel, by ordinal), {@code [from[i], to[i])} in epoch
 * seconds, {@code to[i] == OPEN} when the CSV field is empty.
 */
public final class CodedRows {
  /** The end of an open row (an empty {@code to_s}). */
  public static final long OPEN = Long.MIN_VALUE;

  final int size;
  final int[] user;
  final byte[] code;
  final long[] from;
  final long[] to;

  CodedRows(int size, int[] user, byte[] code, long[] from, long[] to) {
    this.size = size;
    this.user = user;
    this.code = code;
    this.from = from;
    this.to = to;
  }

  /** The number of rows. */
  public int size() {
    return size;
  }
}
