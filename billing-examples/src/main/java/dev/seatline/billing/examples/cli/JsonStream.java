package dev.seatline.billing.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads strict JSON (RFC 8259: UTF-8, no comments, no trailing commas, no NaN) under the {@link
 * InputLimits} as a stream of tokens, so that a reader checks and converts each element as soon as
 * it is read and never holds the whole document: {@link #members} walks an object key by key,
 * {@link #elements} an array element by element, and {@link #tree} reads one small value whole as a
 * {@link JsonValue}. Paths are built only when an error names them.
 *
 * <p>A duplicate key is invalid input at the key's path ({@code organization.id}), a string holding
 * a lone surrogate (such as the escape {@code \}{@code ud800}) at its path, and a key holding one
 * at its object's path; input that is not UTF-8 (UTF-16, UTF-32, an ill-formed byte sequence) is
 * invalid input at {@code $} before any token is read; malformed JSON and a limit exceeded are
 * invalid input at {@code $} where the stream meets them.
 *
 * <p>Not thread-safe: one stream per document. Example: {@code JsonStream.read(bytes, in -> ...)}.
 */
final class JsonStream {
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

  private final JsonParser parser;

  /** The objects being walked, innermost last. */
  private final List<Members> open = new ArrayList<>();

  private JsonStream(JsonParser parser) {
    this.parser = parser;
  }

  /** What reads a document from its stream, the first token current. */
  @FunctionalInterface
  interface Reader<T> {
    /** {@return the value of the document} Ends with {@link #requireEnd()}. */
    T read(JsonStream in) throws IOException;
  }

  /**
   * Reads the JSON document {@code json} (UTF-8) with {@code reader}, after checking its size and
   * encoding; the reader starts on the first token.
   *
   * @throws InvalidInputException at {@code $} for input that is not UTF-8, malformed JSON or a
   *     limit exceeded, else as {@code reader} throws it
   */
  static <T> T read(byte[] json, Reader<T> reader) {
    if (json.length > InputLimits.MAX_FILE_BYTES) {
      throw tooLarge(json.length);
    }
    requireUtf8(json);
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() == null) {
        throw InvalidInputException.at("$", "empty input: expected a JSON object");
      }
      JsonStream in = new JsonStream(parser);
      try {
        return reader.read(in);
      } catch (InvalidInputException e) {
        throw in.firstProblem(e);
      }
    } catch (Syntax e) {
      throw e.error;
    } catch (StreamConstraintsException e) {
      throw InvalidInputException.at("$", "input exceeds a limit: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      throw malformed(
          (location == null ? "" : " at " + where(location)) + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw malformed(": " + e.getMessage());
    }
  }

  /** Rejects anything after the document's value, at {@code $}. */
  void requireEnd() throws IOException {
    if (advance() != null) {
      throw trailingContent();
    }
  }

  private Syntax trailingContent() {
    return new Syntax(
        InvalidInputException.at(
            "$",
            "malformed JSON at "
                + where(parser.currentTokenLocation())
                + ": content after the end of the scenario"));
  }

  /** The next token. */
  private @Nullable JsonToken advance() throws IOException {
    return parser.nextToken();
  }

  /**
   * A problem of the JSON itself (malformed, a duplicate key, a lone surrogate), which a reader
   * does not catch: it is reported as it is, before any problem of the content.
   */
  private static final class Syntax extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialized
    private final InvalidInputException error;

    Syntax(InvalidInputException error) {
      super(error.getMessage(), null, false, false);
      this.error = error;
    }
  }

  /**
   * The problem to report once the reader has met the problem {@code e} of the content: the rest of
   * the document is read as a parse of the whole document would read it, so that a problem of the
   * JSON itself anywhere (malformed, a duplicate key, a lone surrogate, content after the end)
   * comes first, as does an unknown key of an object around the place of {@code e} (the outermost
   * one), whose keys are checked before its members; otherwise {@code e}. Memory stays bounded by
   * the nesting and the keys of the open objects.
   */
  private InvalidInputException firstProblem(InvalidInputException e) throws IOException {
    // An object opened here gets its key set at its first key, so that empty ones cost nothing.
    List<@Nullable Members> scopes = new ArrayList<>(open);
    JsonToken t = parser.currentToken();
    if (t == JsonToken.START_OBJECT) {
      scopes.add(null);
    } else if (t == JsonToken.VALUE_STRING) {
      checkUnicode(parser.getText());
    }
    boolean rootClosed = t == null || (t == JsonToken.END_OBJECT && open.isEmpty());
    @Nullable InvalidInputException unknown = null;
    int unknownDepth = Integer.MAX_VALUE;
    while ((t = key(null, null)) != null) {
      if (rootClosed) {
        throw trailingContent();
      }
      switch (t) {
        case START_OBJECT -> scopes.add(null);
        case END_OBJECT -> {
          scopes.remove(scopes.size() - 1);
          rootClosed = parser.getParsingContext().inRoot();
        }
        case END_ARRAY -> rootClosed = parser.getParsingContext().inRoot();
        case FIELD_NAME -> {
          int depth = scopes.size() - 1;
          Members m = scopes.get(depth);
          if (m == null) {
            m = new Members(null, null, null);
            scopes.set(depth, m);
          }
          String name = parser.currentName();
          if (m.markSeen(name)) {
            JsonStreamContext c = parser.getParsingContext();
            String object = containerPath(c);
            throw new Syntax(
                InvalidInputException.at(
                    JsonPaths.key(object, name),
                    "duplicate key "
                        + JsonValue.quote(name)
                        + ": it occurs more than once in "
                        + (object.isEmpty() ? "the scenario" : object)));
          }
          if (m.keys != null && !m.keys.contains(name) && depth < unknownDepth) {
            unknown = m.unknown(name);
            unknownDepth = depth;
          }
        }
        case VALUE_STRING -> checkUnicode(parser.getText());
        default -> {}
      }
    }
    return unknown != null ? unknown : e;
  }

  /** Rejects a lone surrogate in the current string, at the path the parser's context gives. */
  private void checkUnicode(String text) {
    if (!isUnicode(text)) {
      unicode(text, valuePath(parser.getParsingContext()), "the string");
    }
  }

  /** The path of the object or array of the context {@code c}. */
  private static String containerPath(JsonStreamContext c) {
    JsonStreamContext parent = c.getParent();
    return parent == null || c.inRoot() ? "" : valuePath(parent);
  }

  /** The path of the current value in the context {@code c}. */
  private static String valuePath(JsonStreamContext c) {
    if (c.inRoot()) {
      return "";
    }
    String container = containerPath(c);
    return c.inArray()
        ? JsonPaths.index(container, Math.max(0, c.getCurrentIndex()))
        : JsonPaths.key(container, String.valueOf(c.getCurrentName()));
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

  // ---- the current value ----

  /** {@return whether the current value is {@code null}} */
  boolean isNull() {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  /** {@return whether the current value is a string} */
  boolean isString() {
    return parser.currentToken() == JsonToken.VALUE_STRING;
  }

  /** {@return whether the current value is a number without fraction or exponent} */
  boolean isInteger() {
    return parser.currentToken() == JsonToken.VALUE_NUMBER_INT;
  }

  /**
   * {@return the current integer as a {@code long}, or {@code Long.MIN_VALUE} when it does not fit
   * one} To be called on an integer ({@link #isInteger()}).
   */
  long longValueOrMin() throws IOException {
    JsonParser.NumberType type = parser.getNumberType();
    return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG
        ? parser.getLongValue()
        : Long.MIN_VALUE;
  }

  /** {@return the current number as written} */
  String numberText() throws IOException {
    return parser.getText();
  }

  /**
   * {@return the characters of the current string, valid until the next token} Read {@link
   * #textOffset()} and {@link #textLength()} for its place in the array. The text is not checked
   * for lone surrogates: {@link #string(String)} does that.
   */
  char[] textCharacters() throws IOException {
    return parser.getTextCharacters();
  }

  /** {@return where the current string starts in {@link #textCharacters()}} */
  int textOffset() throws IOException {
    return parser.getTextOffset();
  }

  /** {@return the length of the current string in {@link #textCharacters()}} */
  int textLength() throws IOException {
    return parser.getTextLength();
  }

  /**
   * {@return the current string}
   *
   * @throws InvalidInputException at {@code path} when the value is not a string or holds a lone
   *     surrogate
   */
  String string(String path) throws IOException {
    if (!isString()) {
      throw InvalidInputException.at(path, "must be a string, was " + describe(path));
    }
    return unicode(parser.getText(), path, "the string");
  }

  /**
   * {@return the current string, or null when the value is not a string or holds a lone surrogate}
   * Then {@link #string(String)} names the problem.
   */
  @Nullable String validString() throws IOException {
    if (!isString()) {
      return null;
    }
    String text = parser.getText();
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return isUnicode(text) ? text : null;
      }
    }
    return text;
  }

  private static boolean isUnicode(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * How the current value is named in an error message, as {@link JsonValue#describe()} names it:
   * {@code an object}, {@code the number 1.5}; a string holding a lone surrogate is an error at
   * {@code path}.
   */
  String describe(String path) throws IOException {
    JsonToken t = parser.currentToken();
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> new JString(unicode(parser.getText(), path, "the string")).describe();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + JsonValue.shorten(numberText());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> String.valueOf(t);
    };
  }

  /**
   * {@return the current value, read whole} For the small parts of a document (objects of a few
   * keys); its keys keep their input order and its numbers their text.
   */
  JsonValue tree(String path) throws IOException {
    return value(parser.currentToken(), path);
  }

  /**
   * {@return the members of the current object, to be walked one by one}
   *
   * @param path the object's path, empty for the root
   * @param keys the keys it may have, or null for a map with any keys
   * @throws InvalidInputException at {@code path} ({@code $} for the root) when the value is not an
   *     object
   */
  Members members(String path, @Nullable ImmutableSet<String> keys) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      String at = path.isEmpty() ? "$" : path;
      throw InvalidInputException.at(at, "must be an object, was " + describe(at));
    }
    return new Members(path, null, keys);
  }

  /**
   * {@return the members of the current object, the current element of {@code parent}}, as {@link
   * #members(String, ImmutableSet)} gives them; the element's path is built only for an error.
   */
  Members members(Elements parent, ImmutableSet<String> keys) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      String at = parent.path();
      throw InvalidInputException.at(at, "must be an object, was " + describe(at));
    }
    return new Members(null, parent, keys);
  }

  /**
   * {@return the elements of the current array, to be walked one by one}
   *
   * @throws InvalidInputException at {@code path} when the value is not an array
   */
  Elements elements(String path) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw InvalidInputException.at(path, "must be an array, was " + describe(path));
    }
    return new Elements(path);
  }

  /**
   * The members of one object, walked in input order: {@link #next()} moves to the next member's
   * value, after checking that its key is allowed and not a duplicate.
   */
  final class Members {
    private @Nullable String path;
    private final @Nullable Elements parent;
    private final @Nullable ImmutableSet<String> keys;
    private final @Nullable ImmutableList<String> keyList;
    private long seen;
    private @Nullable Set<String> others;
    private @Nullable String key;

    private Members(
        @Nullable String path, @Nullable Elements parent, @Nullable ImmutableSet<String> keys) {
      this.path = path;
      this.parent = parent;
      this.keys = keys;
      this.keyList = keys == null ? null : keys.asList();
    }

    /**
     * Moves to the value of the next member; false at the object's end.
     *
     * @throws InvalidInputException at the key's path for a duplicate or unknown key
     */
    boolean next() throws IOException {
      if (open.isEmpty() || open.get(open.size() - 1) != this) {
        open.add(this);
      }
      JsonToken t = JsonStream.this.key(null, this);
      if (t == JsonToken.END_OBJECT) {
        key = null;
        open.remove(open.size() - 1);
        return false;
      }
      if (t != JsonToken.FIELD_NAME) {
        throw syntaxMalformed(": unexpected " + t);
      }
      String name = parser.currentName();
      key = name;
      if (markSeen(name)) {
        throw duplicate(name);
      }
      if (keys != null && !keys.contains(name)) {
        throw unknown(name);
      }
      if (advance() == null) {
        throw syntaxMalformed(": unexpected end of input");
      }
      return true;
    }

    /** Records the key {@code name}; true when it was seen before in this object. */
    private boolean markSeen(String name) {
      int i = keyList == null ? -1 : keyList.indexOf(name);
      if (i >= 0 && i < Long.SIZE) {
        boolean before = (seen & (1L << i)) != 0;
        seen |= 1L << i;
        return before;
      }
      Set<String> o = others;
      if (o == null) {
        o = new HashSet<>();
        others = o;
      }
      return !o.add(name);
    }

    private Syntax duplicate(String name) {
      return new Syntax(
          InvalidInputException.at(
              path(name),
              "duplicate key "
                  + JsonValue.quote(name)
                  + ": it occurs more than once in "
                  + (objectPath().isEmpty() ? "the scenario" : objectPath())));
    }

    private InvalidInputException unknown(String name) {
      ImmutableSet<String> allowed = Objects.requireNonNull(keys);
      String suggestion = Suggestions.didYouMean(name, allowed);
      return InvalidInputException.at(
          path(name),
          "unknown key "
              + JsonValue.quote(name)
              + (suggestion.isEmpty() ? "; expected one of " + allowed : suggestion));
    }

    /** {@return the current member's key} */
    String key() {
      return Objects.requireNonNull(key, "no current member");
    }

    /** {@return the object's path} */
    String objectPath() {
      String p = path;
      if (p == null) {
        p = Objects.requireNonNull(parent).path();
        path = p;
      }
      return p;
    }

    /** {@return the current member's path, as {@link JsonPaths#key} writes it} */
    String path() {
      return JsonPaths.key(objectPath(), key());
    }

    /** {@return the path of the member {@code name}} */
    String path(String name) {
      return JsonPaths.key(objectPath(), name);
    }

    /** {@return whether the object had the member {@code name} so far} */
    boolean had(String name) {
      int i = Objects.requireNonNull(keyList).indexOf(name);
      return i >= 0 && (seen & (1L << i)) != 0;
    }
  }

  /** The elements of one array, walked in input order. */
  final class Elements {
    private final String path;
    private int index = -1;

    private Elements(String path) {
      this.path = path;
    }

    /** Moves to the next element's (first) token; false at the array's end. */
    boolean next() throws IOException {
      JsonToken t = advance();
      if (t == JsonToken.END_ARRAY) {
        return false;
      }
      if (t == null) {
        throw syntaxMalformed(": unexpected end of input");
      }
      index++;
      return true;
    }

    /** {@return the index of the current element} */
    int index() {
      return index;
    }

    /** {@return the path of the current element} */
    String path() {
      return JsonPaths.index(path, index);
    }
  }

  // ---- encoding ----

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

  private static InvalidInputException malformed(String detail) {
    return InvalidInputException.at("$", "malformed JSON" + detail);
  }

  private static Syntax syntaxMalformed(String detail) {
    return new Syntax(malformed(detail));
  }

  private static String where(JsonLocation location) {
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  // ---- whole values ----

  private JsonValue value(@Nullable JsonToken token, String path) throws IOException {
    if (token == null) {
      throw syntaxMalformed(": unexpected end of input");
    }
    return switch (token) {
      case START_OBJECT -> object(path);
      case START_ARRAY -> array(path);
      case VALUE_STRING -> new JString(unicode(parser.getText(), path, "the string"));
      case VALUE_NUMBER_INT -> new JNumber(parser.getText(), true);
      case VALUE_NUMBER_FLOAT -> new JNumber(parser.getText(), false);
      case VALUE_TRUE -> new JBoolean(true);
      case VALUE_FALSE -> new JBoolean(false);
      case VALUE_NULL -> new JNull();
      default ->
          throw syntaxMalformed(
              " at " + where(parser.currentTokenLocation()) + ": unexpected " + token);
    };
  }

  /**
   * {@code text}, if it is valid Unicode: a lone surrogate (written as an escape such as {@code
   * \}{@code ud800}, which the JSON grammar allows) is invalid input at the string's path.
   */
  static String unicode(String text, String path, String what) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new Syntax(
            InvalidInputException.at(
                path.isEmpty() ? "$" : path,
                what
                    + " holds a lone surrogate \\u"
                    + String.format("%04x", (int) c)
                    + " at character "
                    + i
                    + ", which is not Unicode text; strings must be valid Unicode"));
      }
    }
    return text;
  }

  /**
   * The next token in the object at {@code path}: a key or its end. The parser itself rejects a key
   * holding a lone surrogate; that is invalid input at the object's path, as the key cannot be
   * named.
   */
  private @Nullable JsonToken key(String path) throws IOException {
    return key(path, null);
  }

  private @Nullable JsonToken key(@Nullable String path, @Nullable Members members)
      throws IOException {
    try {
      return advance();
    } catch (JsonParseException e) {
      String detail = String.valueOf(e.getOriginalMessage());
      if (detail.contains("surrogate") && detail.contains("field name")) {
        String at =
            members != null
                ? members.objectPath()
                : path != null ? path : containerPath(parser.getParsingContext());
        throw new Syntax(
            InvalidInputException.at(
                at.isEmpty() ? "$" : at,
                "a key holds a lone surrogate, which is not Unicode text ("
                    + detail
                    + "); keys must be valid Unicode"));
      }
      throw e;
    }
  }

  private JsonValue object(String path) throws IOException {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    for (JsonToken t = key(path); t != JsonToken.END_OBJECT; t = key(path)) {
      if (t != JsonToken.FIELD_NAME) {
        throw syntaxMalformed(": unexpected " + t);
      }
      String name = parser.currentName();
      String child = JsonPaths.key(path, name);
      if (members.containsKey(name)) {
        throw new Syntax(
            InvalidInputException.at(
                child,
                "duplicate key "
                    + JsonValue.quote(name)
                    + ": it occurs more than once in "
                    + (path.isEmpty() ? "the scenario" : path)));
      }
      members.put(name, value(advance(), child));
    }
    return new JObject(Collections.unmodifiableMap(members));
  }

  private JsonValue array(String path) throws IOException {
    List<JsonValue> elements = new ArrayList<>();
    for (JsonToken t = advance(); t != JsonToken.END_ARRAY; t = advance()) {
      if (t == null) {
        throw syntaxMalformed(": unexpected end of input");
      }
      elements.add(value(t, JsonPaths.index(path, elements.size())));
    }
    return new JArray(Collections.unmodifiableList(elements));
  }
}
