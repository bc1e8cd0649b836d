package dev.seatline.billing.examples.tables;

import static java.util.Objects.requireNonNull;

/**
 * Where an input row came from, for the paths of errors (<a
 * href="{@docRoot}/index.html#R12">R12</a>): {@code sessions.csv:1234} for line 1234 of a CSV file
 * (the header is line 1), or {@code sessions/part-00003.parquet:row 17} for a Parquet row.
 *
 * <p>Immutable. Example: {@code RowSource.csv(Table.SESSIONS, 1234).path("to")} is {@code
 * sessions.csv:1234:to}.
 *
 * @param location the file and line or row, never blank
 */
public record RowSource(String location) {
  /** Validates the location. */
  public RowSource {
    requireNonNull(location, "location");
    if (location.isBlank()) {
      throw new IllegalArgumentException("a row source names its file: '" + location + "'");
    }
  }

  /**
   * {@return the source of line {@code line} of the CSV file of {@code table}}
   *
   * @param table the table
   * @param line the line number, the header being line 1
   */
  public static RowSource csv(Table table, long line) {
    return new RowSource(table.fileName() + ".csv:" + line);
  }

  /**
   * {@return the path of {@code column} of this row, as an error names it}
   *
   * @param column the column name
   */
  public String path(String column) {
    return location + ":" + column;
  }

  @Override
  public String toString() {
    return location;
  }
}
