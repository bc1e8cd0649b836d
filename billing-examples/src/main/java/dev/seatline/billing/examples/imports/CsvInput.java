package dev.seatline.billing.examples.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.seatline.billing.model.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A streaming reader of one CSV file with a header row (RFC 4180, UTF-8; jackson-dataformat-csv),
 * columns found by name in any order. Errors name the file, the line (the header is line 1) and the
 * column, as in {@code user_state.csv:7:start_time}, and say what was expected.
 */
final class CsvInput implements AutoCloseable {
  private static final CsvMapper MAPPER = new CsvMapper();

  private final String file;
  private final Reader reader;
  private final CsvParser parser;
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<String> header = new ArrayList<>();
  private List<String> values = new ArrayList<>();
  private int line;
  private boolean started;

  private CsvInput(String file, Reader reader, CsvParser parser) {
    this.file = file;
    this.reader = reader;
    this.parser = parser;
  }

  /**
   * Opens {@code path}, named {@code file} in error paths, and reads its header; {@code required}
   * columns must be there, and no column other than {@code allowed} (when not empty) may be.
   */
  static CsvInput open(Path path, String file, List<String> required, List<String> allowed)
      throws IOException {
    Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
    try {
      CsvParser parser = MAPPER.getFactory().createParser(reader);
      parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
      CsvInput in = new CsvInput(file, reader, parser);
      in.readHeader(required, allowed);
      return in;
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  private void readHeader(List<String> required, List<String> allowed) {
    if (!nextRecord()) {
      throw new InvalidInputException(
          file + ":1",
          "expected a header row naming the columns " + required + "; the file is empty");
    }
    header.addAll(values);
    for (int i = 0; i < values.size(); i++) {
      String name = values.get(i).trim();
      if (columns.put(name, i) != null) {
        throw new InvalidInputException(
            file + ":1:" + name, "expected each column once; '" + name + "' is named twice");
      }
      if (!allowed.isEmpty() && !allowed.contains(name)) {
        throw new InvalidInputException(
            file + ":1:" + name, "expected only the columns " + allowed + ", found '" + name + "'");
      }
    }
    for (String name : required) {
      if (!columns.containsKey(name)) {
        throw new InvalidInputException(
            file + ":1", "expected a column '" + name + "' (columns " + required + ")");
      }
    }
  }

  /** The file's name as error paths give it. */
  String file() {
    return file;
  }

  /** The header's column names in file order. */
  List<String> header() {
    return header;
  }

  /** Reads the next row; false at the end of the file. */
  boolean next() {
    if (!nextRecord()) {
      return false;
    }
    if (values.size() != header.size()) {
      throw new InvalidInputException(
          file + ":" + line,
          "expected " + header.size() + " fields as in the header, found " + values.size());
    }
    return true;
  }

  private boolean nextRecord() {
    try {
      JsonToken t = parser.nextToken();
      if (!started && t == JsonToken.START_ARRAY) {
        // WRAP_AS_ARRAY: the whole file is one array of row arrays
        started = true;
        t = parser.nextToken();
      }
      if (t != JsonToken.START_ARRAY) {
        return false;
      }
      List<String> row = new ArrayList<>();
      for (t = parser.nextToken(); t == JsonToken.VALUE_STRING; t = parser.nextToken()) {
        if (row.isEmpty()) {
          line = parser.currentTokenLocation().getLineNr();
        }
        row.add(parser.getText());
      }
      values = row;
      return true;
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(
          file + ":" + Math.max(1, parser.currentLocation().getLineNr()),
          "malformed CSV: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The current row's line (the header is line 1). */
  int line() {
    return line;
  }

  /** {@code file:line:column}. */
  String at(String column) {
    return file + ":" + line + ":" + column;
  }

  /** The current row's value of {@code column}, empty when the column or the field is absent. */
  Optional<String> optional(String column) {
    Integer i = columns.get(column);
    if (i == null) {
      return Optional.empty();
    }
    String v = values.get(i);
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /** The current row's value of {@code column}, null when empty. */
  @Nullable String nullable(String column) {
    return optional(column).orElse(null);
  }

  /** The current row's non-empty value of {@code column}. */
  String required(String column, String what) {
    return optional(column)
        .orElseThrow(() -> invalid(column, "expected " + what + ", found an empty field"));
  }

  /** An invalid value in {@code column} of the current row. */
  InvalidInputException invalid(String column, String problem) {
    return new InvalidInputException(at(column), problem);
  }

  @Override
  public void close() throws IOException {
    try {
      parser.close();
    } finally {
      reader.close();
    }
  }
}
