package dev.seatline.billing.examples.spark;

import dev.seatline.billing.examples.tables.RowSource;
import dev.seatline.billing.examples.tables.Table;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * One input row of any table, tagged with its table and where it came from: the union of every
 * table that {@link SparkTables} reads and that one shuffle groups by {@code org_id} (<a
 * href="{@docRoot}/index.html#R12">R12</a>: the row's source names the error's path). Its values
 * are the text of the CSV form (FORMAT.md's value syntax, {@code null} for an absent value) in the
 * table's canonical column order, whatever form the table was read from.
 *
 * <p>Stateless helpers over Spark {@link Row}s of {@link #SCHEMA}.
 */
final class TaggedRow {
  /** Column of the organization id (may be null: a row with no organization). */
  static final int ORG_ID = 0;

  /** Column of the table's index in the canonical order of {@link Table#values()}. */
  static final int TABLE = 1;

  /** Column of the file, relative to the tables directory ({@code sessions.csv}). */
  static final int FILE = 2;

  /** Column of the CSV line (the header is line 1) or the Parquet row (the first is row 1). */
  static final int ROW = 3;

  /** Column of the values, in the table's canonical column order. */
  static final int VALUES = 4;

  /** The schema of a tagged row; {@code table, file, row} orders an organization's rows. */
  static final StructType SCHEMA =
      new StructType()
          .add("org_id", DataTypes.StringType, true)
          .add("table", DataTypes.IntegerType, false)
          .add("file", DataTypes.StringType, false)
          .add("row", DataTypes.LongType, false)
          .add("values", DataTypes.createArrayType(DataTypes.StringType, true), false);

  /** The tables in canonical order: a row's {@code table} is its index here. */
  private static final List<Table> TABLES = List.of(Table.values());

  private TaggedRow() {}

  static Row of(
      @Nullable String orgId, Table table, String file, long row, @Nullable String[] values) {
    return RowFactory.create(orgId, TABLES.indexOf(table), file, row, values);
  }

  static Table table(Row row) {
    return TABLES.get(row.getInt(TABLE));
  }

  /**
   * {@return where the row came from: {@code sessions.csv:1234} or {@code
   * sessions/part-00003.parquet:row 17}}
   */
  static RowSource source(Row row) {
    String file = row.getString(FILE);
    long number = row.getLong(ROW);
    return new RowSource(file.endsWith(".csv") ? file + ":" + number : file + ":row " + number);
  }

  static @Nullable String[] values(Row row) {
    List<@Nullable String> values = row.getList(VALUES);
    return values.toArray(new @Nullable String[0]);
  }

  /**
   * The CSV text of a value read from Parquet: an instant (TIMESTAMP adjusted to UTC) as ISO-8601
   * with {@code Z}, a date as an ISO local date, a decimal as plain decimal text, an integer as its
   * digits, binary as UTF-8 text. A timestamp without a time zone becomes an ISO local date-time,
   * which is not an instant: the rating rejects it with the row's path, as it rejects any malformed
   * value.
   */
  static @Nullable String text(@Nullable Object value) {
    if (value == null) {
      return null;
    } else if (value instanceof String s) {
      return s;
    } else if (value instanceof Instant instant) {
      return instant.toString();
    } else if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant().toString();
    } else if (value instanceof LocalDate date) {
      return date.toString();
    } else if (value instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    } else if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    } else if (value instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    return value.toString();
  }
}
