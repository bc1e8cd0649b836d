package dev.seatline.billing.examples.spark;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.seatline.billing.examples.tables.Table;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one CSV table file (RFC 4180, UTF-8, a header row naming the columns in any order),
 * read one at a time as {@link TaggedRow}s, each with the line it starts on (the header is line 1),
 * in the table's canonical column order; an empty field is an absent value ({@code null}). A line
 * with more or fewer fields than the header, a malformed quote or text that is not UTF-8 is an
 * {@link InvalidTablesException} naming the file and line (exit 2: TABLES.md).
 *
 * <p>Not thread-safe: one task reads one file.
 */
final class CsvPartition implements Iterator<Row> {
  private static final CsvMapper MAPPER = new CsvMapper();

  private final Table table;
  private final String file;
  private final CsvParser parser;
  private final int[] position;
  private @Nullable Row next;

  CsvPartition(Table table, String file, InputStream in) throws IOException {
    this.table = table;
    this.file = file;
    this.parser = open(in);
    List<String> header = readHeader(parser, file);
    SparkTables.checkColumns(table, header, file);
    this.position = new int[header.size()];
    for (int i = 0; i < header.size(); i++) {
      position[i] = table.columns().indexOf(header.get(i));
    }
    this.next = advance();
  }

  /**
   * {@return the header of a CSV table file, read on the driver before any task runs}
   *
   * @throws InvalidTablesException for an empty file or a malformed header
   */
  static List<String> header(FileSystem fs, Path path, Table table) {
    String file = table.fileName() + ".csv";
    try (InputStream in = fs.open(path);
        CsvParser parser = open(in)) {
      return readHeader(parser, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static CsvParser open(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    buffered.mark(3);
    byte[] bom = new byte[3];
    int n = buffered.readNBytes(bom, 0, 3);
    if (!(n == 3
        && (bom[0] & 0xff) == 0xef
        && (bom[1] & 0xff) == 0xbb
        && (bom[2] & 0xff) == 0xbf)) {
      buffered.reset();
    }
    Reader reader =
        new InputStreamReader(
            buffered,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    CsvParser parser = (CsvParser) MAPPER.createParser(reader);
    return parser;
  }

  private static List<String> readHeader(CsvParser parser, String file) throws IOException {
    List<String> header = new ArrayList<>();
    try {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new InvalidTablesException(file + ":1: no header row");
      }
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
        header.add(parser.getText());
      }
      if (token != JsonToken.END_ARRAY) {
        throw new InvalidTablesException(file + ":1: malformed header row");
      }
    } catch (IOException e) {
      throw new InvalidTablesException(file + ":1: " + e.getMessage());
    }
    return header;
  }

  private @Nullable Row advance() {
    long line = 0;
    try {
      JsonToken start = parser.nextToken();
      if (start == null) {
        parser.close();
        return null;
      }
      // the parser places a record's start at the end of the line before it
      line = parser.currentTokenLocation().getLineNr() + 1L;
      @Nullable String[] values = new @Nullable String[table.columns().size()];
      int field = 0;
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
        if (field >= position.length) {
          throw new InvalidTablesException(
              file + ":" + line + ": more fields than the header's " + position.length);
        }
        String text = parser.getText();
        values[position[field]] = text.isEmpty() ? null : text;
        field++;
      }
      if (token != JsonToken.END_ARRAY) {
        throw new InvalidTablesException(file + ":" + line + ": malformed line");
      }
      if (field != position.length) {
        throw new InvalidTablesException(
            file + ":" + line + ": " + field + " fields, the header has " + position.length);
      }
      return TaggedRow.of(values[0], table, file, line, values);
    } catch (IOException e) {
      String at = line > 0 ? ":" + line : "";
      throw new InvalidTablesException(file + at + ": " + e.getMessage());
    }
  }

  @Override
  public boolean hasNext() {
    return next != null;
  }

  @Override
  public Row next() {
    Row row = next;
    if (row == null) {
      throw new NoSuchElementException();
    }
    next = advance();
    return row;
  }
}
