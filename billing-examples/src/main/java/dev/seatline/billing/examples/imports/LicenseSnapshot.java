package dev.seatline.billing.examples.imports;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The licence API's snapshot ({@code GET /api/v2/license/users}, paged): the licences each user
 * holds at the instant it was taken, from any number of pages {@code {"entities": [{"id": USER_ID,
 * "licenses": ["..."]}], "pageNumber", "pageCount"}} (one page per file, or a JSON array of pages).
 * When the pages give {@code pageNumber} and {@code pageCount}, every page from 1 to the count must
 * be there: a missing page would drop its users silently. Mutable, single-threaded.
 */
final class LicenseSnapshot {
  private final Map<String, Set<String>> licenses = new TreeMap<>();
  private final Map<String, String> firstSeen = new LinkedHashMap<>();
  private final Set<Integer> pages = new TreeSet<>();
  private int pageCount = -1;
  private String pageCountAt = "";

  /** The users of the snapshot and the licence names each holds. */
  Map<String, Set<String>> licenses() {
    return licenses;
  }

  /** Where each licence name was first seen, for the summary. */
  Map<String, String> firstSeen() {
    return firstSeen;
  }

  /** Reads one file, named {@code file} in error paths. */
  void read(Path path, String file) throws IOException {
    try (JsonInput in = JsonInput.open(path, file)) {
      JsonToken t = in.next("");
      if (t == JsonToken.START_ARRAY) {
        int i = 0;
        for (t = in.next("[0]"); t != JsonToken.END_ARRAY; t = in.next("[" + i + "]")) {
          page(in, t, "[" + i + "]");
          i++;
        }
      } else {
        page(in, t, "");
      }
      in.expectEnd();
    }
  }

  /**
   * Checks that the pages read are 1 to the page count (when the pages gave them).
   *
   * @throws dev.seatline.billing.model.InvalidInputException naming the missing pages
   */
  void checkComplete() {
    if (pageCount < 0) {
      return;
    }
    Set<Integer> missing = new TreeSet<>();
    for (int p = 1; p <= pageCount; p++) {
      if (!pages.contains(p)) {
        missing.add(p);
      }
    }
    if (!missing.isEmpty()) {
      throw new dev.seatline.billing.model.InvalidInputException(
          pageCountAt,
          "expected every page from 1 to the pageCount "
              + pageCount
              + " of the licence snapshot; pages "
              + missing
              + " are missing");
    }
  }

  private void page(JsonInput in, JsonToken first, String path) {
    in.expect(first, JsonToken.START_OBJECT, path, "a page of licence users, a JSON object");
    @Nullable Integer number = null;
    for (JsonToken t = in.next(path); t != JsonToken.END_OBJECT; t = in.next(path)) {
      String field = in.fieldName();
      String fieldPath = UserDetailsReader.join(path, field);
      switch (field) {
        case "entities" -> entities(in, fieldPath);
        case "pageNumber" -> number = count(in, fieldPath, "the page number");
        case "pageCount" -> {
          int c = count(in, fieldPath, "the page count");
          if (pageCount >= 0 && c != pageCount) {
            throw in.invalid(
                fieldPath,
                "expected the pageCount " + pageCount + " of " + pageCountAt + ", found " + c);
          }
          pageCount = c;
          pageCountAt = in.at(fieldPath);
        }
        default -> {
          in.next(fieldPath);
          in.skip(fieldPath);
        }
      }
    }
    if (number != null && !pages.add(number)) {
      throw in.invalid(
          UserDetailsReader.join(path, "pageNumber"),
          "expected each page once; page " + number + " is given twice");
    }
  }

  private static int count(JsonInput in, String path, String what) {
    JsonToken t = in.next(path);
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw in.expected(path, what + ", a whole number", t);
    }
    try {
      int n = Integer.parseInt(in.text());
      if (n < 0) {
        throw in.invalid(path, "expected " + what + " of 0 or more, found " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw in.invalid(path, "expected " + what + ", a whole number, found " + in.text());
    }
  }

  private void entities(JsonInput in, String path) {
    in.expect(in.next(path), JsonToken.START_ARRAY, path, "an array of licence users");
    int i = 0;
    for (JsonToken e = in.next(path); e != JsonToken.END_ARRAY; e = in.next(path)) {
      String userPath = path + "[" + i + "]";
      in.expect(e, JsonToken.START_OBJECT, userPath, "a licence user, a JSON object");
      @Nullable String id = null;
      Map<String, String> names = new LinkedHashMap<>();
      for (JsonToken t = in.next(userPath); t != JsonToken.END_OBJECT; t = in.next(userPath)) {
        String field = in.fieldName();
        String fieldPath = userPath + "." + field;
        if (field.equals("id")) {
          id = in.nonEmptyString(fieldPath, "the user's id, a string");
        } else if (field.equals("licenses")) {
          in.expect(in.next(fieldPath), JsonToken.START_ARRAY, fieldPath, "an array of licences");
          int j = 0;
          for (JsonToken l = in.next(fieldPath); l != JsonToken.END_ARRAY; l = in.next(fieldPath)) {
            String namePath = fieldPath + "[" + j + "]";
            if (l != JsonToken.VALUE_STRING || in.text().isEmpty()) {
              throw in.expected(namePath, "a licence name, a non-empty string", l);
            }
            names.putIfAbsent(in.text(), in.at(namePath));
            j++;
          }
        } else {
          in.next(fieldPath);
          in.skip(fieldPath);
        }
      }
      if (id == null) {
        throw in.invalid(userPath, "expected the user's 'id', a string; the object has none");
      }
      if (licenses.containsKey(id)) {
        throw in.invalid(userPath + ".id", "expected each user once; '" + id + "' is given twice");
      }
      licenses.put(id, new TreeSet<>(names.keySet()));
      names.forEach(firstSeen::putIfAbsent);
      i++;
    }
  }
}
