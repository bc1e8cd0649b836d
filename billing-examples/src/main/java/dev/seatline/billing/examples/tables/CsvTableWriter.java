package dev.seatline.billing.examples.tables;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes one table as CSV ({@code TABLES.md}, <a href="{@docRoot}/index.html#R12">R12</a>): RFC
 * 4180, UTF-8, a header row naming the columns, a null value as an empty field, a field quoted only
 * when it holds a comma, a quote, or a line break. Built on jackson-dataformat-csv. The output
 * tables and any other table written by the project go through this one class.
 *
 * <p>Not thread-safe. Example: {@code try (CsvTableWriter w = CsvTableWriter.create(path,
 * ErrorRow.COLUMNS)) { w.write(error.values()); }}.
 */
public final class CsvTableWriter implements AutoCloseable {
  private static final CsvMapper MAPPER = new CsvMapper();

  static {
    // quote a field only where RFC 4180 needs it, not every long one
    MAPPER.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
  }

  private final List<String> columns;
  private final SequenceWriter out;
  private long rows;

  private CsvTableWriter(Writer writer, List<String> columns) throws IOException {
    this.columns = List.copyOf(columns);
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    for (String c : this.columns) {
      schema.addColumn(c);
    }
    this.out = MAPPER.writerFor(String[].class).with(schema.build()).writeValues(writer);
  }

  /**
   * {@return a writer of a new CSV file {@code file} (replaced if it exists) with the header {@code
   * columns}}
   *
   * @param file the file
   * @param columns the column names
   * @throws UncheckedIOException when the file cannot be written
   */
  public static CsvTableWriter create(Path file, List<String> columns) {
    try {
      return new CsvTableWriter(Files.newBufferedWriter(file, UTF_8), columns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return a writer of CSV to {@code stream} with the header {@code columns}} Closing the writer
   * closes the stream.
   *
   * @param stream where the UTF-8 text goes
   * @param columns the column names
   */
  public static CsvTableWriter to(OutputStream stream, List<String> columns) {
    try {
      return new CsvTableWriter(
          new BufferedWriter(new OutputStreamWriter(requireNonNull(stream, "stream"), UTF_8)),
          columns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the column names} */
  public List<String> columns() {
    return columns;
  }

  /** {@return the number of rows written, the header not counted} */
  public long rowCount() {
    return rows;
  }

  /**
   * Writes one row.
   *
   * @param values the row's values in column order, null for an empty field
   * @throws IllegalArgumentException when the number of values is not the number of columns
   * @throws UncheckedIOException when the row cannot be written
   */
  public void write(List<@Nullable String> values) {
    if (values.size() != columns.size()) {
      throw new IllegalArgumentException(
          "a row of " + values.size() + " values for " + columns.size() + " columns " + columns);
    }
    String[] row = new String[values.size()];
    for (int i = 0; i < row.length; i++) {
      String v = values.get(i);
      row[i] = v == null ? "" : v;
    }
    try {
      out.write(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rows++;
  }

  /**
   * Writes one row, as {@link #write(List)}.
   *
   * @param values the row's values in column order, null for an empty field
   */
  public void write(@Nullable String... values) {
    write(java.util.Arrays.asList(values));
  }

  /** Flushes and closes the file. */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
