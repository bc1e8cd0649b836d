package dev.seatline.billing.examples.cli;

import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value, as {@link JsonStream#tree} reads it: objects keep their keys in input order,
 * and numbers keep their text (a scenario's counts are converted, and checked, only where they are
 * used).
 */
sealed interface JsonValue {
  /** How the value is named in an error message: {@code an object}, {@code the number 1.5}. */
  String describe();

  /** An object; its keys are unique. */
  record JObject(Map<String, JsonValue> members) implements JsonValue {
    @Override
    public String describe() {
      return "an object";
    }
  }

  /** An array. */
  record JArray(List<JsonValue> elements) implements JsonValue {
    @Override
    public String describe() {
      return "an array";
    }
  }

  /** A string. */
  record JString(String value) implements JsonValue {
    @Override
    public String describe() {
      return "the string " + quote(value);
    }
  }

  /** A number, as written; {@code integral} when written without a fraction or exponent. */
  record JNumber(String text, boolean integral) implements JsonValue {
    @Override
    public String describe() {
      return "the number " + shorten(text);
    }
  }

  /** {@code true} or {@code false}. */
  record JBoolean(boolean value) implements JsonValue {
    @Override
    public String describe() {
      return String.valueOf(value);
    }
  }

  /** {@code null}. */
  record JNull() implements JsonValue {
    @Override
    public String describe() {
      return "null";
    }
  }

  /** {@code text} in single quotes, shortened to 80 characters. */
  static String quote(String text) {
    return "'" + shorten(text) + "'";
  }

  /** {@code text}, cut to 80 characters with an ellipsis. */
  static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
