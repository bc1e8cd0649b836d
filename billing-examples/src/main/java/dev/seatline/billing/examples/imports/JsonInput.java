package dev.seatline.billing.examples.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.seatline.billing.model.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A streaming reader of one JSON export file (Jackson's {@link JsonParser}, so that a file of any
 * size is read in bounded memory), with the helpers that turn a token the exports do not allow into
 * {@link InvalidInputException}: the path names the file and the JSON path ({@code
 * week1.json:userDetails[3].primaryPresence[0].endTime}), the problem says what was expected, what
 * was found and at which line.
 */
final class JsonInput implements AutoCloseable {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

  private final String file;
  private final InputStream stream;
  private final JsonParser parser;

  private JsonInput(String file, InputStream stream, JsonParser parser) {
    this.file = file;
    this.stream = stream;
    this.parser = parser;
  }

  /** Opens {@code path}, named {@code file} in error paths. */
  static JsonInput open(Path path, String file) throws IOException {
    InputStream stream = Files.newInputStream(path);
    try {
      return new JsonInput(file, stream, FACTORY.createParser(stream));
    } catch (IOException e) {
      stream.close();
      throw e;
    }
  }

  /** The file's name as error paths give it. */
  String file() {
    return file;
  }

  /** {@code file:jsonPath}, the location of a value for the summary. */
  String at(String jsonPath) {
    return jsonPath.isEmpty() ? file : file + ":" + jsonPath;
  }

  /** The next token; malformed JSON or the end of the file where a value was due is invalid. */
  JsonToken next(String jsonPath) {
    try {
      JsonToken t = parser.nextToken();
      if (t == null) {
        throw invalid(jsonPath, "the file ends where a JSON value was expected");
      }
      return t;
    } catch (JsonProcessingException e) {
      throw invalid(jsonPath, "malformed JSON: " + e.getOriginalMessage() + line());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the file holds nothing after the value just read. */
  void expectEnd() {
    try {
      JsonToken t = parser.nextToken();
      if (t != null) {
        throw invalid("", "expected the end of the file after the JSON value, found " + t + line());
      }
    } catch (JsonProcessingException e) {
      throw invalid("", "malformed JSON: " + e.getOriginalMessage() + line());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The current field's name (the current token is a FIELD_NAME). */
  String fieldName() {
    try {
      String name = parser.currentName();
      return name == null ? "" : name;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The current value's text (a scalar). */
  String text() {
    try {
      String text = parser.getText();
      return text == null ? "" : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Skips the value whose first token is current (an object or array entirely). */
  void skip(String jsonPath) {
    try {
      parser.skipChildren();
    } catch (JsonProcessingException e) {
      throw invalid(jsonPath, "malformed JSON: " + e.getOriginalMessage() + line());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the value at {@code jsonPath} as a string; anything else is invalid. */
  String string(String jsonPath, String what) {
    JsonToken t = next(jsonPath);
    if (t != JsonToken.VALUE_STRING) {
      throw expected(jsonPath, what, t);
    }
    return text();
  }

  /** Reads the value at {@code jsonPath} as a non-empty string. */
  String nonEmptyString(String jsonPath, String what) {
    String s = string(jsonPath, what);
    if (s.isEmpty()) {
      throw invalid(jsonPath, "expected " + what + ", found an empty string" + line());
    }
    return s;
  }

  /** Reads an instant, or null for a JSON null when {@code nullable}. */
  @Nullable Instant instant(String jsonPath, boolean nullable) {
    JsonToken t = next(jsonPath);
    if (nullable && t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_STRING) {
      throw expected(jsonPath, Times.EXPECTED, t);
    }
    String text = text();
    return Times.parse(text)
        .orElseThrow(
            () ->
                invalid(
                    jsonPath, "expected " + Times.EXPECTED + ", found " + quote(text) + line()));
  }

  /** The current token must be {@code expected} ({@code what} describes it). */
  void expect(JsonToken found, JsonToken expected, String jsonPath, String what) {
    if (found != expected) {
      throw expected(jsonPath, what, found);
    }
  }

  /** "expected WHAT, found TOKEN (line L)". */
  InvalidInputException expected(String jsonPath, String what, JsonToken found) {
    return invalid(jsonPath, "expected " + what + ", found " + describe(found) + line());
  }

  /** An invalid input at {@code jsonPath} of this file. */
  InvalidInputException invalid(String jsonPath, String problem) {
    return new InvalidInputException(at(jsonPath), problem);
  }

  /** " (line L)", the current line. */
  String line() {
    JsonLocation l = parser.currentTokenLocation();
    return l.getLineNr() > 0 ? " (line " + l.getLineNr() + ")" : "";
  }

  private String describe(JsonToken t) {
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string " + quote(text());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + text();
      case VALUE_TRUE, VALUE_FALSE -> text();
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }

  static String quote(String s) {
    return "'" + (s.length() > 80 ? s.substring(0, 80) + "..." : s) + "'";
  }

  @Override
  public void close() throws IOException {
    try {
      parser.close();
    } finally {
      stream.close();
    }
  }
}
