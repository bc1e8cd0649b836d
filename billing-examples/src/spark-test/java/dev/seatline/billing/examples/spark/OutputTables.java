package dev.seatline.billing.examples.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/** The tests' readers of output tables: the single machine's CSV files and Spark's directories. */
final class OutputTables {
  private static final CsvMapper CSV = new CsvMapper();

  private OutputTables() {}

  /** A table's rows as text in its column order (null written as ""), sorted. */
  static List<List<String>> sorted(List<List<String>> rows) {
    List<List<String>> copy = new ArrayList<>(rows);
    copy.sort(Comparator.comparing(r -> String.join("\u0000", r)));
    return copy;
  }

  /** {@return the rows of one CSV file with a header row, header excluded} */
  static List<List<String>> csvFile(Path file, List<String> columns) {
    List<List<String>> rows = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, UTF_8);
        MappingIterator<String[]> it =
            CSV.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(reader)) {
      List<String> header = List.of(it.next());
      while (it.hasNext()) {
        String[] values = it.next();
        List<String> row = new ArrayList<>();
        for (String column : columns) {
          row.add(values[header.indexOf(column)]);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sorted(rows);
  }

  /** {@return the rows of one table as Spark wrote it: {@code out/name/}, Parquet or CSV} */
  static List<List<String>> sparkTable(
      SparkSession spark, Path out, String name, List<String> columns, String format) {
    Column[] select =
        columns.stream().map(c -> functions.col(c).cast("string")).toArray(Column[]::new);
    List<Row> read =
        spark
            .read()
            .format(format)
            .option("header", "true")
            .option("inferSchema", "false")
            .load(out.resolve(name).toString())
            .select(select)
            .collectAsList();
    List<List<String>> rows = new ArrayList<>();
    for (Row row : read) {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        values.add(row.isNullAt(i) ? "" : row.getString(i));
      }
      rows.add(values);
    }
    return sorted(rows);
  }

  /**
   * {@return every data file under {@code out} by its path with the job's unique id taken out
   * (part-00003-UUID.c000.snappy.parquet is part-00003.c000.snappy.parquet), with its bytes as
   * SHA-256 digest in hex}
   */
  static Map<String, String> files(Path out) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("_")) {
          continue;
        }
        String relative =
            out.relativize(p)
                .toString()
                .replaceAll("-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "");
        files.put(relative, HexFormat.of().formatHex(sha256(Files.readAllBytes(p))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
