package dev.seatline.billing.examples.tables;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads one input table from a CSV file ({@code TABLES.md}, <a
 * href="{@docRoot}/index.html#R12">R12</a>): RFC 4180, UTF-8, a header row naming the table's
 * columns in any order. An unknown or repeated column, a missing required column, or a line whose
 * number of fields differs from the header's is an {@link InvalidTablesException} naming the file
 * and line; so is a row without {@code org_id}, which belongs to no organization. An empty field is
 * absent (null); a blank line is skipped. Each row is handed over with its line number (the line it
 * starts on; the header is line 1) and its values in the order of {@link Table#columns()}.
 *
 * <p>Parsing is jackson-dataformat-csv's streaming parser. Not thread-safe.
 */
final class CsvTableReader {
  private static final CsvMapper MAPPER = new CsvMapper();

  static {
    MAPPER.enable(CsvParser.Feature.WRAP_AS_ARRAY);
  }

  /** Receives the rows of a table. */
  @FunctionalInterface
  interface RowSink {
    /** One row: its line and its values in {@link Table#columns()} order (reused by the caller). */
    void row(long line, @Nullable String[] values);
  }

  private CsvTableReader() {}

  /**
   * Reads {@code file} as {@code table}, handing every row to {@code sink}.
   *
   * @return the number of rows read
   * @throws InvalidTablesException for a problem of the table itself
   * @throws UncheckedIOException when the file cannot be read
   */
  static long read(Path file, CsvLayout table, RowSink sink) {
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = MAPPER.getFactory().createParser(in)) {
      return read(p, name, table, sink);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      long line = at == null ? 0 : at.getLineNr();
      throw new InvalidTablesException(
          name + ":" + line, "malformed CSV: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long read(JsonParser p, String name, CsvLayout table, RowSink sink)
      throws IOException {
    int[] positions = header(p, name, table, new ArrayList<>());
    return positions.length == 0 ? 0 : rows(p, name, table, positions, sink);
  }

  /**
   * Reads the header: for each field position, the canonical column index. Empty when the file is
   * empty, which is invalid: every table file has a header.
   */
  private static int[] header(JsonParser p, String name, CsvLayout table, List<String> names)
      throws IOException {
    JsonToken outer = p.nextToken(); // the array of every row
    JsonToken row = outer == JsonToken.START_ARRAY ? p.nextToken() : null;
    if (row != JsonToken.START_ARRAY) {
      throw new InvalidTablesException(
          name + ":1", "no header row; expected the columns " + table.columns());
    }
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
      names.add(p.getText());
    }
    int[] positions = new int[names.size()];
    boolean[] seen = new boolean[table.columns().size()];
    for (int i = 0; i < names.size(); i++) {
      String column = names.get(i);
      int c = table.columnIndex(column);
      if (c < 0) {
        throw new InvalidTablesException(
            name + ":1",
            "unknown column "
                + Values.quote(column)
                + "; the columns of "
                + table.fileName()
                + " are "
                + table.columns());
      }
      if (seen[c]) {
        throw new InvalidTablesException(
            name + ":1", "column " + Values.quote(column) + " is given twice");
      }
      seen[c] = true;
      positions[i] = c;
    }
    for (int c = 0; c < seen.length; c++) {
      String column = table.columns().get(c);
      if (!seen[c] && table.required(column)) {
        throw new InvalidTablesException(
            name + ":1", "missing required column " + Values.quote(column));
      }
    }
    if (t != JsonToken.END_ARRAY) {
      throw new InvalidTablesException(name + ":1", "malformed header row");
    }
    return positions;
  }

  private static long rows(
      JsonParser p, String name, CsvLayout table, int[] positions, RowSink sink)
      throws IOException {
    @Nullable String[] values = new String[table.columns().size()];
    long rows = 0;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
      Arrays.fill(values, null);
      int field = 0;
      long line = -1;
      String first = null;
      while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
        if (line < 0) {
          line = p.currentTokenLocation().getLineNr();
        }
        String v = p.getText();
        if (field == 0) {
          first = v;
        }
        if (field < positions.length) {
          values[positions[field]] = v.isEmpty() ? null : v;
        }
        field++;
      }
      if (field == 1 && positions.length > 1 && first != null && first.isEmpty()) {
        continue; // a blank line
      }
      if (field != positions.length) {
        throw new InvalidTablesException(
            name + ":" + line, field + " fields, the header has " + positions.length + " columns");
      }
      if (values[0] == null) {
        throw new InvalidTablesException(
            name + ":" + line + ":org_id", "is required: a row belongs to an organization");
      }
      rows++;
      sink.row(line, values);
    }
    if (t != JsonToken.END_ARRAY && t != null) {
      throw new InvalidTablesException(name, "malformed CSV");
    }
    return rows;
  }
}
