package dev.seatline.billing.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.seatline.billing.examples.tables.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * Reads the input tables of {@code TABLES.md} from one directory into one data set of {@link
 * TaggedRow}s (<a href="{@docRoot}/index.html#R12">R12</a>: nothing dropped, every row keeps its
 * source): per table {@code NAME.csv}, {@code NAME.parquet} or a directory {@code NAME/} of Parquet
 * part files; optional tables may be absent. The columns are checked on the driver before any task
 * runs: a missing table or required column, an unknown column or a table given twice is an {@link
 * InvalidTablesException} (exit 2). A CSV file is read by one task ({@link CsvPartition}, so that
 * every row keeps its line number); Parquet is read by Spark's reader, split as Spark splits it,
 * with each row's file and row number from the file's metadata.
 *
 * <p>Stateless.
 */
final class SparkTables {
  private SparkTables() {}

  /**
   * {@return the union of every table's rows, tagged}
   *
   * @param spark the session
   * @param directory the tables directory (any file system Hadoop reaches)
   * @throws InvalidTablesException for a problem of the tables themselves
   */
  static Dataset<Row> read(SparkSession spark, String directory) {
    Path dir = new Path(directory);
    FileSystem fs;
    try {
      fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.getFileStatus(dir).isDirectory()) {
        throw new InvalidTablesException(directory + ": not a directory");
      }
    } catch (java.io.FileNotFoundException e) {
      throw new InvalidTablesException(directory + ": no such directory");
    } catch (IOException e) {
      throw new UncheckedIOException(directory + ": " + e.getMessage(), e);
    }
    List<Dataset<Row>> tables = new ArrayList<>();
    for (Table table : Table.values()) {
      Dataset<Row> rows = readTable(spark, fs, dir, table);
      if (rows != null) {
        tables.add(rows);
      }
    }
    Dataset<Row> all = tables.get(0);
    for (int i = 1; i < tables.size(); i++) {
      all = all.union(tables.get(i));
    }
    return all;
  }

  private static @Nullable Dataset<Row> readTable(
      SparkSession spark, FileSystem fs, Path dir, Table table) {
    Path csv = new Path(dir, table.fileName() + ".csv");
    Path parquetFile = new Path(dir, table.fileName() + ".parquet");
    Path parquetDir = new Path(dir, table.fileName());
    List<Path> found = new ArrayList<>();
    for (Path p : List.of(csv, parquetFile, parquetDir)) {
      if (exists(fs, p)) {
        found.add(p);
      }
    }
    if (found.size() > 1) {
      throw new InvalidTablesException(
          table.fileName() + ": given twice (" + names(found) + "); keep one");
    }
    if (found.isEmpty()) {
      if (table.optionalTable()) {
        return null;
      }
      throw new InvalidTablesException(
          table.fileName()
              + ": missing required table ("
              + table.fileName()
              + ".csv, "
              + table.fileName()
              + ".parquet or a directory "
              + table.fileName()
              + "/ of Parquet files)");
    }
    Path path = found.get(0);
    if (path.equals(csv)) {
      return readCsv(spark, fs, path, table);
    }
    return readParquet(spark, path, table, isDirectory(fs, path));
  }

  private static Dataset<Row> readCsv(SparkSession spark, FileSystem fs, Path path, Table table) {
    List<String> header = CsvPartition.header(fs, path, table);
    checkColumns(table, header, table.fileName() + ".csv");
    String file = table.fileName() + ".csv";
    JavaRDD<Row> rows =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .binaryFiles(path.toString(), 1)
            .flatMap(pair -> new CsvPartition(table, file, pair._2().open()));
    return spark.createDataFrame(rows, TaggedRow.SCHEMA);
  }

  private static Dataset<Row> readParquet(
      SparkSession spark, Path path, Table table, boolean directory) {
    Dataset<Row> parquet = spark.read().parquet(path.toString());
    List<String> present = List.of(parquet.schema().fieldNames());
    String name = path.getName() + (directory ? "/" : "");
    checkColumns(table, present, name);
    List<String> columns = table.columns();
    Column[] select = new Column[columns.size() + 2];
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      select[i] = present.contains(column) ? col("`" + column + "`") : lit(null).as(column);
    }
    select[columns.size()] = col("_metadata.file_name");
    select[columns.size() + 1] = col("_metadata.row_index");
    String single = path.getName();
    String prefix = single + "/";
    int width = columns.size();
    MapFunction<Row, Row> tag =
        row -> {
          @Nullable String[] values = new @Nullable String[width];
          for (int i = 0; i < width; i++) {
            values[i] = TaggedRow.text(row.get(i));
          }
          String file = directory ? prefix + row.getString(width) : single;
          return TaggedRow.of(values[0], table, file, row.getLong(width + 1) + 1, values);
        };
    return parquet.select(select).map(tag, Encoders.row(TaggedRow.SCHEMA));
  }

  /**
   * Checks a table's columns: every required column present, none unknown, none twice.
   *
   * @throws InvalidTablesException naming the file and the column
   */
  static void checkColumns(Table table, List<String> present, String file) {
    Set<String> seen = new HashSet<>();
    for (String column : present) {
      if (!table.columns().contains(column)) {
        throw new InvalidTablesException(
            file + ": unknown column '" + column + "'; the columns are " + table.columns());
      }
      if (!seen.add(column)) {
        throw new InvalidTablesException(file + ": column '" + column + "' given twice");
      }
    }
    for (String column : table.columns()) {
      if (table.required(column) && !seen.contains(column)) {
        throw new InvalidTablesException(file + ": missing required column '" + column + "'");
      }
    }
  }

  private static boolean exists(FileSystem fs, Path path) {
    try {
      FileStatus status = fs.getFileStatus(path);
      return status != null;
    } catch (java.io.FileNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": " + e.getMessage(), e);
    }
  }

  private static boolean isDirectory(FileSystem fs, Path path) {
    try {
      return fs.getFileStatus(path).isDirectory();
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": " + e.getMessage(), e);
    }
  }

  private static String names(List<Path> paths) {
    List<String> names = new ArrayList<>();
    for (Path p : paths) {
      names.add(p.getName());
    }
    return String.join(", ", names);
  }
}
