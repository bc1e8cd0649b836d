package dev.seatline.billing.examples.tables;

import java.util.List;

/**
 * The columns of a table {@link CsvTableReader} reads ({@code TABLES.md}, <a
 * href="{@docRoot}/index.html#R12">R12</a>): an input {@link Table}, or an output table read back
 * to correct it (<a href="{@docRoot}/index.html#R13">R13</a>, {@link IssuedTables}). The first
 * column is {@code org_id}.
 */
interface CsvLayout {
  /** {@return the table's name: its CSV file is this name + {@code .csv}} */
  String fileName();

  /** {@return the columns in canonical order, {@code org_id} first} */
  List<String> columns();

  /**
   * {@return whether {@code column} is required}
   *
   * @param column a column name
   */
  boolean required(String column);

  /**
   * {@return the position of {@code column} in {@link #columns()}, -1 for none}
   *
   * @param column a column name
   */
  int columnIndex(String column);
}
