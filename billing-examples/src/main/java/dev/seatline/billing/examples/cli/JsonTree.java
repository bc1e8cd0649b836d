package dev.seatline.billing.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.seatline.billing.examples.cli.JsonValue.JArray;
import dev.seatline.billing.examples.cli.JsonValue.JBoolean;
import dev.seatline.billing.examples.cli.JsonValue.JNull;
import dev.seatline.billing.examples.cli.JsonValue.JNumber;
import dev.seatline.billing.examples.cli.JsonValue.JObject;
import dev.seatline.billing.examples.cli.JsonValue.JString;
import dev.seatline.billing.model.InvalidInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses strict JSON (RFC 8259: UTF-8, no comments, no trailing commas, no NaN) into {@link
 * JsonValue}s under the {@link InputLimits}. A duplicate key is invalid input at the key's path
 * ({@code organization.id}), a string holding a lone surrogate (such as the escape {@code \}{@code
 * ud800}) at its path, and a key holding one at its object's path; input that is not UTF-8 (UTF-16,
 * UTF-32, an ill-formed byte sequence), malformed JSON and a limit exceeded are invalid input at
 * {@code $}.
 */
final class JsonTree {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxDocumentLength(InputLimits.MAX_FILE_BYTES)
                  .maxNestingDepth(InputLimits.MAX_NESTING_DEPTH)
                  .maxStringLength(InputLimits.MAX_STRING_LENGTH)
                  .maxNameLength(InputLimits.MAX_STRING_LENGTH)
                  .maxNumberLength(InputLimits.MAX_NUMBER_LENGTH)
                  .build())
          .build();

  private JsonTree() {}

  /**
   * The value of the JSON document {@code json} (UTF-8).
   *
   * @throws InvalidInputException at {@code $} for malformed JSON or a limit exceeded, or at a
   *     key's path for a duplicate key
   */
  static JsonValue parse(byte[] json) {
    if (json.length > InputLimits.MAX_FILE_BYTES) {
      throw tooLarge(json.length);
    }
    requireUtf8(json);
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw InvalidInputException.at("$", "empty input: expected a JSON object");
      }
      JsonValue value = value(parser, first, "");
      if (parser.nextToken() != null) {
        throw InvalidInputException.at(
            "$",
            "malformed JSON at "
                + where(parser.currentTokenLocation())
                + ": content after the end of the scenario");
      }
      return value;
    } catch (StreamConstraintsException e) {
      throw InvalidInputException.at("$", "input exceeds a limit: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      return malformed(
          (location == null ? "" : " at " + where(location)) + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      return malformed(": " + e.getMessage());
    }
  }

  /** The error for a file of {@code bytes} bytes, above {@link InputLimits#MAX_FILE_BYTES}. */
  static InvalidInputException tooLarge(long bytes) {
    return InvalidInputException.at(
        "$",
        "input exceeds a limit: "
            + bytes
            + " bytes, more than the "
            + InputLimits.MAX_FILE_BYTES
            + " bytes a scenario may have");
  }

  /** The error for a stream of more than {@link InputLimits#MAX_FILE_BYTES} bytes. */
  static InvalidInputException tooLarge() {
    return InvalidInputException.at(
        "$",
        "input exceeds a limit: more than the "
            + InputLimits.MAX_FILE_BYTES
            + " bytes a scenario may have");
  }

  /**
   * Rejects input that is not UTF-8, at {@code $}: a UTF-16 or UTF-32 byte order mark, the NUL
   * bytes of UTF-16 or UTF-32 text (RFC 8259 JSON text never holds a NUL byte), or a byte sequence
   * that is not well-formed UTF-8 (RFC 3629: no overlong forms, no encoded surrogates, nothing
   * above U+10FFFF). A UTF-8 byte order mark is allowed and ignored (RFC 8259, section 8.1).
   */
  private static void requireUtf8(byte[] json) {
    String encoding = otherEncoding(json);
    if (encoding != null) {
      throw InvalidInputException.at(
          "$", "the input is " + encoding + ", not UTF-8; a scenario must be UTF-8");
    }
    for (int i = 0; i < json.length; i++) {
      if (json[i] == 0) {
        throw InvalidInputException.at(
            "$", "a NUL byte " + at(json, i) + ", not UTF-8 JSON text; a scenario must be UTF-8");
      }
    }
    CharsetDecoder decoder =
        UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(json);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        int i = in.position();
        throw InvalidInputException.at(
            "$",
            "not UTF-8: an ill-formed byte sequence starting with 0x"
                + String.format("%02X", json[i] & 0xff)
                + " "
                + at(json, i)
                + "; a scenario must be UTF-8");
      }
      if (result.isUnderflow()) {
        return;
      }
      out.clear();
    }
  }

  /**
   * The encoding that a byte order mark or the NUL bytes of the first characters give away (RFC
   * 4627, section 3), null for none: {@code UTF-16LE (byte order mark FF FE)}, {@code UTF-32BE (NUL
   * bytes at its start)}.
   */
  private static @Nullable String otherEncoding(byte[] b) {
    int n = b.length;
    if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF) {
      return "UTF-32BE (byte order mark 00 00 FE FF)";
    }
    if (n >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0) {
      return "UTF-32LE (byte order mark FF FE 00 00)";
    }
    if (n >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return "UTF-16BE (byte order mark FE FF)";
    }
    if (n >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return "UTF-16LE (byte order mark FF FE)";
    }
    if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
      return "UTF-32BE (NUL bytes at its start)";
    }
    if (n >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      return "UTF-32LE (NUL bytes at its start)";
    }
    if (n >= 2 && b[0] == 0 && b[1] != 0) {
      return "UTF-16BE (NUL bytes at its start)";
    }
    if (n >= 2 && b[0] != 0 && b[1] == 0) {
      return "UTF-16LE (NUL bytes at its start)";
    }
    return null;
  }

  /** {@code at line 3 (byte offset 41)}: where byte {@code i} of {@code json} is. */
  private static String at(byte[] json, int i) {
    int line = 1;
    for (int k = 0; k < i; k++) {
      if (json[k] == '\n') {
        line++;
      }
    }
    return "at line " + line + " (byte offset " + i + ")";
  }

  private static JsonValue malformed(String detail) {
    throw InvalidInputException.at("$", "malformed JSON" + detail);
  }

  private static String where(JsonLocation location) {
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static JsonValue value(JsonParser parser, @Nullable JsonToken token, String path)
      throws IOException {
    if (token == null) {
      return malformed(": unexpected end of input");
    }
    return switch (token) {
      case START_OBJECT -> object(parser, path);
      case START_ARRAY -> array(parser, path);
      case VALUE_STRING -> new JString(unicode(parser.getText(), path, "the string"));
      case VALUE_NUMBER_INT -> new JNumber(parser.getText(), true);
      case VALUE_NUMBER_FLOAT -> new JNumber(parser.getText(), false);
      case VALUE_TRUE -> new JBoolean(true);
      case VALUE_FALSE -> new JBoolean(false);
      case VALUE_NULL -> new JNull();
      default -> malformed(" at " + where(parser.currentTokenLocation()) + ": unexpected " + token);
    };
  }

  /**
   * {@code text}, if it is valid Unicode: a lone surrogate (written as an escape such as {@code
   * \}{@code ud800}, which the JSON grammar allows) is invalid input at the string's path.
   */
  private static String unicode(String text, String path, String what) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw InvalidInputException.at(
            path.isEmpty() ? "$" : path,
            what
                + " holds a lone surrogate \\u"
                + String.format("%04x", (int) c)
                + " at character "
                + i
                + ", which is not Unicode text; strings must be valid Unicode");
      }
    }
    return text;
  }

  /**
   * The next token in the object at {@code path}: a key or its end. The parser itself rejects a key
   * holding a lone surrogate; that is invalid input at the object's path, as the key cannot be
   * named.
   */
  private static @Nullable JsonToken key(JsonParser parser, String path) throws IOException {
    try {
      return parser.nextToken();
    } catch (JsonParseException e) {
      String detail = String.valueOf(e.getOriginalMessage());
      if (detail.contains("surrogate") && detail.contains("field name")) {
        throw InvalidInputException.at(
            path.isEmpty() ? "$" : path,
            "a key holds a lone surrogate, which is not Unicode text ("
                + detail
                + "); keys must be valid Unicode");
      }
      throw e;
    }
  }

  private static JsonValue object(JsonParser parser, String path) throws IOException {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    for (JsonToken t = key(parser, path); t != JsonToken.END_OBJECT; t = key(parser, path)) {
      if (t != JsonToken.FIELD_NAME) {
        return malformed(": unexpected " + t);
      }
      String name = parser.currentName();
      String child = JsonPaths.key(path, name);
      if (members.containsKey(name)) {
        throw InvalidInputException.at(
            child,
            "duplicate key "
                + JsonValue.quote(name)
                + ": it occurs more than once in "
                + (path.isEmpty() ? "the scenario" : path));
      }
      members.put(name, value(parser, parser.nextToken(), child));
    }
    return new JObject(Collections.unmodifiableMap(members));
  }

  private static JsonValue array(JsonParser parser, String path) throws IOException {
    List<JsonValue> elements = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      if (t == null) {
        return malformed(": unexpected end of input");
      }
      elements.add(value(parser, t, JsonPaths.index(path, elements.size())));
    }
    return new JArray(Collections.unmodifiableList(elements));
  }
}
