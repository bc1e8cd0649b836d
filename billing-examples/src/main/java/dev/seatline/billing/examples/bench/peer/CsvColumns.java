package dev.seatline.billing.examples.bench.peer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the benchmark's CSV files straight into primitive columns.
 *
 * <p>A hand-written parser over the file's bytes, enough for these files and no more: one header
 * line, then fields separated by commas and lines by {@code \n} (a {@code \r} before it is
 * skipped), integers in decimal with an optional minus sign, no quoting, no spaces; the text fields
 * are one of a few known names. A general CSV reader would spend most of its time on cases these
 * files never contain. Malformed input fails with the line number.
 */
public final class CsvColumns {
  private CsvColumns() {}

  /** Reads {@code user_id,start_s,end_s} rows. */
  public static OnQueueRows onQueue(Path file) throws IOException {
    byte[] b = Files.readAllBytes(file);
    Cursor c = new Cursor(file, b, OnQueueRows.HEADER);
    OnQueueRows rows = new OnQueueRows(c.lines);
    while (c.more()) {
      int u = (int) c.number(',');
      long s = c.number(',');
      long e = c.number('\n');
      rows.add(u, s, e);
    }
    return rows;
  }

  /**
   * Reads {@code user_id,CODE,from_s,to_s} rows with the given header, where CODE is one of {@code
   * names} (stored as its index) and an empty {@code to_s} is {@link CodedRows#OPEN}.
   */
  public static CodedRows coded(Path file, String header, List<String> names) throws IOException {
    byte[] b = Files.readAllBytes(file);
    Cursor c = new Cursor(file, b, header);
    byte[][] known = new byte[names.size()][];
    for (int k = 0; k < names.size(); k++) {
      known[k] = names.get(k).getBytes(StandardCharsets.US_ASCII);
    }
    int n = c.lines;
    int[] user = new int[n];
    byte[] code = new byte[n];
    long[] from = new long[n];
    long[] to = new long[n];
    int i = 0;
    while (c.more()) {
      user[i] = (int) c.number(',');
      code[i] = c.code(known);
      from[i] = c.number(',');
      to[i] = c.optionalNumber();
      i++;
    }
    if (i < n) { // blank lines
      user = Arrays.copyOf(user, i);
      code = Arrays.copyOf(code, i);
      from = Arrays.copyOf(from, i);
      to = Arrays.copyOf(to, i);
    }
    return new CodedRows(i, user, code, from, to);
  }

  /** A position in the bytes of one file. */
  private static final class Cursor {
    private final Path file;
    private final byte[] b;
    private int p;
    private int line = 1;

    /** The number of data lines, blank ones included. */
    final int lines;

    Cursor(Path file, byte[] b, String header) {
      this.file = file;
      this.b = b;
      int count = 0;
      for (byte x : b) {
        if (x == '\n') {
          count++;
        }
      }
      // data lines: all but the header, and a last line without its newline
      lines = Math.max(0, count - 1 + (b.length > 0 && b[b.length - 1] != '\n' ? 1 : 0));
      while (p < b.length && b[p] != '\n') {
        p++;
      }
      String first = new String(b, 0, p, StandardCharsets.US_ASCII).strip();
      if (!first.equals(header)) {
        throw new IllegalArgumentException(
            file + ": expected the header " + header + ", found " + first);
      }
      p++;
    }

    /** Whether a data line starts here (skips blank lines). */
    boolean more() {
      while (p < b.length && (b[p] == '\n' || b[p] == '\r')) {
        if (b[p] == '\n') {
          line++;
        }
        p++;
      }
      if (p < b.length) {
        line++;
        return true;
      }
      return false;
    }

    /** A decimal integer followed by {@code end} (or the end of the file for {@code \n}). */
    long number(char end) {
      boolean negative = p < b.length && b[p] == '-';
      if (negative) {
        p++;
      }
      int first = p;
      long v = 0;
      while (p < b.length) {
        int d = b[p] - '0';
        if (d < 0 || d > 9) {
          break;
        }
        v = v * 10 + d;
        p++;
      }
      if (p == first || p - first > 18) {
        throw bad("expected an integer");
      }
      separator(end);
      return negative ? -v : v;
    }

    /** A decimal integer, or {@link CodedRows#OPEN} for an empty field, ending the line. */
    long optionalNumber() {
      if (p == b.length || b[p] == '\n' || b[p] == '\r') {
        separator('\n');
        return CodedRows.OPEN;
      }
      return number('\n');
    }

    /** The index of the name among {@code known} that the field spells, followed by a comma. */
    byte code(byte[][] known) {
      int start = p;
      while (p < b.length && b[p] != ',' && b[p] != '\n') {
        p++;
      }
      int len = p - start;
      for (int k = 0; k < known.length; k++) {
        byte[] name = known[k];
        if (name.length == len && equalAt(name, start)) {
          separator(',');
          return (byte) k;
        }
      }
      p = start;
      throw bad("unknown value");
    }

    private boolean equalAt(byte[] name, int start) {
      for (int i = 0; i < name.length; i++) {
        if (b[start + i] != name[i]) {
          return false;
        }
      }
      return true;
    }

    private void separator(char end) {
      if (end == '\n') {
        if (p < b.length && b[p] == '\r') {
          p++;
        }
        if (p < b.length) {
          if (b[p] != '\n') {
            throw bad("expected the end of the line");
          }
          p++;
        }
      } else {
        if (p >= b.length || b[p] != end) {
          throw bad("expected '" + end + "'");
        }
        p++;
      }
    }

    private IllegalArgumentException bad(String what) {
      int from = p;
      while (from > 0 && b[from - 1] != '\n') {
        from--;
      }
      int to = p;
      while (to < b.length && b[to] != '\n') {
        to++;
      }
      String text = new String(b, from, Math.min(to - from, 120), StandardCharsets.US_ASCII);
      return new IllegalArgumentException(
          String.format(Locale.ROOT, "%s:%d: %s: %s", file, line, what, text.strip()));
    }
  }
}
