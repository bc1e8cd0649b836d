package dev.seatline.billing.examples.tables;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One organization's rows of every input table of {@code TABLES.md} (<a
 * href="{@docRoot}/index.html#R12">R12</a>), as text in the CSV form (FORMAT.md's value syntax,
 * null for an absent or empty field), each row with the {@link RowSource} an error names. Rows may
 * be added in any order; {@link OrganizationRating} rates them.
 *
 * <p>The rows of the big tables (licenses, add_ons, sessions, on_queue, call_ports) are not kept as
 * text: their instants are parsed when added and held in primitive columns, their user ids and
 * labels numbered, so that an organization of ten million on-queue intervals fits in well under a
 * gigabyte. A value that does not parse is remembered (the first of each table) and reported when
 * the organization is rated.
 *
 * <p>A mutable builder, not thread-safe. Example: {@code rows.add(Table.ON_QUEUE,
 * RowSource.csv(Table.ON_QUEUE, 2), new String[] {"acme", "u1", "2026-01-16T14:05:00Z", null})}.
 */
public final class OrganizationRows {
  private final String orgId;
  private final EnumMap<Table, TextRows> text = new EnumMap<>(Table.class);
  private final EnumMap<Table, IntervalRows> intervals = new EnumMap<>(Table.class);
  private final PortRows ports = new PortRows();
  private final Map<String, Integer> userNumbers = new HashMap<>();
  private final List<String> userNames = new ArrayList<>();
  private final long[] scratch = new long[2];
  private long rows;
  private boolean released;

  /**
   * An organization without rows.
   *
   * @param orgId the organization's {@code org_id}
   */
  public OrganizationRows(String orgId) {
    this.orgId = requireNonNull(orgId, "orgId");
  }

  /** {@return the organization's {@code org_id}} */
  public String orgId() {
    return orgId;
  }

  /** {@return the number of rows added} */
  public long rowCount() {
    return rows;
  }

  /**
   * Adds a row of {@code table}.
   *
   * @param table the table the row is of
   * @param source where the row came from
   * @param values the row's values in the order of {@link Table#columns()}, null for an empty field
   * @throws IllegalArgumentException when the number of values is not the table's number of columns
   *     or the row's {@code org_id} is not this organization's
   */
  public void add(Table table, RowSource source, @Nullable String[] values) {
    requireNonNull(source, "source");
    add(table, source, -1, values);
  }

  /**
   * Adds line {@code line} of the CSV file of {@code table}: as {@link #add(Table, RowSource,
   * String[])}, the source being {@link RowSource#csv(Table, long)}, built only for an error.
   */
  void addCsv(Table table, long line, @Nullable String[] values) {
    add(table, null, line, values);
  }

  private void add(Table table, @Nullable RowSource source, long line, @Nullable String[] values) {
    requireNonNull(table, "table");
    if (values.length != table.columns().size()) {
      throw new IllegalArgumentException(
          table.fileName()
              + " has "
              + table.columns().size()
              + " columns, the row has "
              + values.length
              + " values");
    }
    if (!orgId.equals(values[0])) {
      throw new IllegalArgumentException(
          "a row of organization '" + values[0] + "' added to '" + orgId + "'");
    }
    if (released) {
      throw new IllegalStateException("the rows of '" + orgId + "' were rated and released");
    }
    rows++;
    switch (table) {
      case LICENSES, ADD_ONS, SESSIONS, ON_QUEUE ->
          intervals.computeIfAbsent(table, IntervalRows::new).add(this, source, line, values);
      case CALL_PORTS -> ports.add(this, source, line, values);
      default -> text.computeIfAbsent(table, t -> new TextRows()).add(source, line, values);
    }
  }

  int userNumber(String userId) {
    Integer n = userNumbers.get(userId);
    if (n != null) {
      return n;
    }
    int u = userNames.size();
    userNames.add(userId);
    userNumbers.put(userId, u);
    return u;
  }

  /** The user ids used by the interval tables, by number. */
  List<String> userNames() {
    return userNames;
  }

  /** The text rows of {@code table}, empty when it has none. */
  TextRows text(Table table) {
    TextRows t = text.get(table);
    return t == null ? TextRows.EMPTY : t;
  }

  /** The rows of an interval table, or null when it has none. */
  @Nullable IntervalRows intervals(Table table) {
    return intervals.get(table);
  }

  PortRows ports() {
    return ports;
  }

  long[] scratch() {
    return scratch;
  }

  /**
   * Drops the value columns of the interval tables and call_ports once they are in the timeline, so
   * that rating does not hold them; the rows can then no longer be loaded again.
   */
  void releaseColumns() {
    released = true;
    for (IntervalRows r : intervals.values()) {
      r.release();
    }
    ports.at = new long[0];
    ports.calls = new long[0];
  }

  /** Whether {@link #releaseColumns()} was called. */
  boolean released() {
    return released;
  }

  /**
   * The capacity a column of {@code size} full rows grows to: by half, so that a big table holds at
   * most a third more than its rows.
   */
  static int grown(int size) {
    return (int) Math.min(Integer.MAX_VALUE - 8, size + (size >> 1) + 16L);
  }

  /** The first row of any table, for an error of the organization's rows as a whole. */
  @Nullable String anyRowPath() {
    for (Table t : Table.values()) {
      TextRows r = text.get(t);
      if (r != null && r.size() > 0) {
        return r.sources.path(t, 0, "org_id");
      }
      IntervalRows i = intervals.get(t);
      if (i != null && i.size > 0) {
        return i.sources.path(t, 0, "org_id");
      }
    }
    if (ports.size > 0) {
      return ports.sources.path(Table.CALL_PORTS, 0, "org_id");
    }
    return null;
  }

  /** Row sources, a line number per row or an explicit {@link RowSource}. */
  static final class Sources {
    private long[] codes = new long[8];
    private final List<RowSource> explicit = new ArrayList<>();
    private int size;

    void add(@Nullable RowSource source, long line) {
      if (size == codes.length) {
        codes = Arrays.copyOf(codes, grown(size));
      }
      if (source != null) {
        codes[size++] = -1L - explicit.size();
        explicit.add(source);
      } else {
        codes[size++] = line;
      }
    }

    RowSource source(Table table, int row) {
      long c = codes[row];
      return c < 0 ? explicit.get((int) (-1 - c)) : RowSource.csv(table, c);
    }

    String path(Table table, int row, String column) {
      return source(table, row).path(column);
    }

    /** An order of rows by source: line numbers first, in order, then explicit sources. */
    long key(int row) {
      long c = codes[row];
      return c < 0 ? Long.MAX_VALUE - explicit.size() - c : c;
    }
  }

  /** The rows of a small table, as text. */
  static final class TextRows {
    static final TextRows EMPTY = new TextRows();

    final List<@Nullable String[]> values = new ArrayList<>();
    final Sources sources = new Sources();

    void add(@Nullable RowSource source, long line, @Nullable String[] row) {
      values.add(row.clone());
      sources.add(source, line);
    }

    int size() {
      return values.size();
    }
  }

  /**
   * A value of a row that does not parse: the first of its table (by row), reported when the
   * organization is rated.
   */
  record Problem(int row, String column, String message) {}

  /** The rows of licenses, add_ons, sessions or on_queue, columnar. */
  static final class IntervalRows {
    final Table table;
    final Sources sources = new Sources();
    final List<String> labels = new ArrayList<>();
    private final Map<String, Integer> labelNumbers = new HashMap<>();
    int[] user = new int[16];

    /** The label of each row; empty for on_queue, which has none. */
    int[] label;

    long[] from = new long[16];
    long[] to = new long[16];
    int size;
    @Nullable Problem problem;

    IntervalRows(Table table) {
      this.table = table;
      this.label = new int[table == Table.ON_QUEUE ? 0 : 16];
    }

    /** Drops the value columns, once they are in the timeline; sources and labels stay. */
    void release() {
      user = new int[0];
      label = new int[0];
      from = new long[0];
      to = new long[0];
    }

    void add(OrganizationRows org, @Nullable RowSource source, long line, @Nullable String[] v) {
      if (size == from.length) {
        int n = grown(size);
        user = Arrays.copyOf(user, n);
        if (table != Table.ON_QUEUE) {
          label = Arrays.copyOf(label, n);
        }
        from = Arrays.copyOf(from, n);
        to = Arrays.copyOf(to, n);
      }
      int row = size++;
      sources.add(source, line);
      String userId = v[1];
      user[row] = userId == null ? -1 : org.userNumber(userId);
      int labelColumn = table == Table.ON_QUEUE ? -1 : 2;
      int fromColumn = table == Table.ON_QUEUE ? 2 : 3;
      if (labelColumn > 0) {
        String l = v[labelColumn];
        label[row] = l == null ? -1 : labelNumber(l);
      }
      from[row] = instant(org, v, fromColumn, row, false);
      to[row] = instant(org, v, fromColumn + 1, row, true);
      if (userId == null) {
        problem(row, "user_id", "is required");
      }
      if (labelColumn > 0 && v[labelColumn] == null) {
        problem(row, table.columns().get(labelColumn), "is required");
      }
    }

    private int labelNumber(String l) {
      Integer n = labelNumbers.get(l);
      if (n != null) {
        return n;
      }
      int k = labels.size();
      labels.add(l);
      labelNumbers.put(l, k);
      return k;
    }

    private long instant(
        OrganizationRows org, @Nullable String[] v, int column, int row, boolean optional) {
      String t = v[column];
      String name = table.columns().get(column);
      if (t == null) {
        if (!optional) {
          problem(row, name, "is required");
        }
        return Long.MIN_VALUE;
      }
      long[] out = org.scratch();
      var r = Values.instantNanos(t, out);
      if (r != null) {
        problem(row, name, Values.instantProblem(r, t));
        return 0;
      }
      return out[0];
    }

    private void problem(int row, String column, String message) {
      if (problem == null) {
        problem = new Problem(row, column, message);
      }
    }
  }

  /** The rows of call_ports, columnar. */
  static final class PortRows {
    final Sources sources = new Sources();
    long[] at = new long[16];
    long[] calls = new long[16];
    int size;
    @Nullable Problem problem;

    void add(OrganizationRows org, @Nullable RowSource source, long line, @Nullable String[] v) {
      if (size == at.length) {
        at = Arrays.copyOf(at, grown(size));
        calls = Arrays.copyOf(calls, grown(size));
      }
      int row = size++;
      sources.add(source, line);
      String t = v[1];
      if (t == null) {
        problem(row, "at", "is required");
      } else {
        long[] out = org.scratch();
        var r = Values.instantNanos(t, out);
        if (r != null) {
          problem(row, "at", Values.instantProblem(r, t));
        } else {
          at[row] = out[0];
        }
      }
      String c = v[2];
      if (c == null) {
        problem(row, "concurrent_calls", "is required");
      } else {
        long n = Values.countOrMinus(c);
        if (n < 0) {
          problem(row, "concurrent_calls", Values.countProblem(c, 0));
        } else {
          calls[row] = n;
        }
      }
    }

    private void problem(int row, String column, String message) {
      if (problem == null) {
        problem = new Problem(row, column, message);
      }
    }
  }
}
