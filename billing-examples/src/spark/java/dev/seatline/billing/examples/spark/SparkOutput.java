package dev.seatline.billing.examples.spark;

import static org.apache.spark.sql.functions.col;

import dev.seatline.billing.examples.tables.ErrorRow;
import dev.seatline.billing.examples.tables.InvoiceLineRow;
import dev.seatline.billing.examples.tables.InvoiceRow;
import dev.seatline.billing.examples.tables.UserOutcomeRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;

/**
 * Writes the output tables of TABLES.md ({@code invoices}, {@code invoice_lines}, {@code
 * user_outcomes}, {@code errors}) from the rated rows of {@link GroupRating}, as Parquet or CSV (<a
 * href="{@docRoot}/index.html#R12">R12</a>: every row of the single machine's output, with the same
 * text). Each table is a directory {@code OUT/NAME/}; the three tables with a period are
 * partitioned by it ({@code OUT/invoices/period_index=0/part-....parquet}, the column itself kept
 * in the directory name as Spark's partitioned layout does); {@code errors} has no period. Every
 * column is the exact text of the CSV form (a string column in Parquet: amounts keep their
 * currency's scale) except {@code period_index}, an integer.
 *
 * <p>Deterministic output per partition: every task sorts its rows by the table's full row before
 * writing, so a task's files hold the same rows in the same order whenever it runs, and Spark's
 * commit protocol publishes only one committed attempt of each task, so a retried or speculative
 * task leaves no duplicate rows.
 *
 * <p>Stateless.
 */
final class SparkOutput {
  /** The output formats. */
  enum Format {
    PARQUET,
    CSV;

    String sparkName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** An output table: its kind of rated row, its columns, whether it has a period. */
  record OutputTable(String name, int kind, List<String> columns) {
    boolean byPeriod() {
      return columns.contains("period_index");
    }
  }

  /** The output tables, in the order they are written. */
  static final List<OutputTable> TABLES =
      List.of(
          new OutputTable("invoices", GroupRating.INVOICE, InvoiceRow.COLUMNS),
          new OutputTable("invoice_lines", GroupRating.LINE, InvoiceLineRow.COLUMNS),
          new OutputTable("user_outcomes", GroupRating.USER, UserOutcomeRow.COLUMNS),
          new OutputTable("errors", GroupRating.ERROR, ErrorRow.COLUMNS));

  private SparkOutput() {}

  /**
   * Writes every output table, replacing {@code OUT/NAME/} of each.
   *
   * @param rated the rated rows ({@link GroupRating#SCHEMA}), persisted by the caller since each
   *     table reads them
   * @param out the output directory
   * @param format Parquet or CSV
   */
  static void write(Dataset<Row> rated, String out, Format format) {
    for (OutputTable table : TABLES) {
      Dataset<Row> rows = select(rated, table);
      // period first (the partition), then every column: the full row, so the order is total
      List<String> keys = new ArrayList<>();
      if (table.byPeriod()) {
        keys.add("period_index");
      }
      for (String column : table.columns()) {
        if (!keys.contains(column)) {
          keys.add(column);
        }
      }
      Column[] order = keys.stream().map(functions::col).toArray(Column[]::new);
      DataFrameWriter<Row> writer =
          rows.sortWithinPartitions(order)
              .write()
              .mode(SaveMode.Overwrite)
              .format(format.sparkName());
      if (format == Format.CSV) {
        writer =
            writer
                .option("header", "true")
                .option("quote", "\"")
                .option("escape", "\"")
                .option("nullValue", "")
                .option("emptyValue", "\"\"")
                .option("lineSep", "\n");
      }
      if (table.byPeriod()) {
        writer = writer.partitionBy("period_index");
      }
      writer.save(new Path(out, table.name()).toString());
    }
  }

  /** {@return the rows of one output table, with its columns} */
  static Dataset<Row> select(Dataset<Row> rated, OutputTable table) {
    List<String> columns = table.columns();
    Column[] select = new Column[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      Column value = col("values").getItem(i);
      String name = columns.get(i);
      select[i] = name.equals("period_index") ? value.cast("int").as(name) : value.as(name);
    }
    return rated.filter(col("kind").equalTo(table.kind())).select(select);
  }
}
