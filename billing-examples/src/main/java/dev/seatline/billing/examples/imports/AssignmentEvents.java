package dev.seatline.billing.examples.imports;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Licence assignment events, the history that the licence snapshot lacks, from two shapes:
 *
 * <ul>
 *   <li>the audit API's messages, {@code {"serviceName", "eventDate", "action": "Assign" |
 *       "Unassign", "entityType", "entity": {"id": USER_ID}, "propertyChanges": [{"property",
 *       "oldValues": [...], "newValues": [...]}]}}, in a JSON array or in the {@code entities} of a
 *       page of results: the licences assigned are the {@code newValues} that are not {@code
 *       oldValues}, the licences unassigned the {@code oldValues} that are not {@code newValues}; a
 *       message of another action is counted in the summary as an unknown value and not used;
 *   <li>CSV rows {@code user_id,license,action,at} (action {@code Assign} or {@code Unassign}).
 * </ul>
 *
 * Mutable, single-threaded.
 */
final class AssignmentEvents {
  static final List<String> CSV_COLUMNS = ImmutableList.of("user_id", "license", "action", "at");

  /** One licence assigned to or unassigned from a user at an instant; {@code order} keeps ties. */
  record Event(
      Instant at, String userId, String license, boolean assign, String location, int order) {
    Event {
      requireNonNull(at, "at");
      requireNonNull(userId, "userId");
      requireNonNull(license, "license");
      requireNonNull(location, "location");
    }
  }

  private final List<Event> events = new ArrayList<>();
  private final Summary summary;

  AssignmentEvents(Summary summary) {
    this.summary = requireNonNull(summary, "summary");
  }

  /** The events read, in reading order. */
  List<Event> events() {
    return events;
  }

  /** Reads a CSV file of {@code user_id,license,action,at} rows. */
  void readCsv(Path path, String file) throws IOException {
    try (CsvInput in = CsvInput.open(path, file, CSV_COLUMNS, CSV_COLUMNS)) {
      while (in.next()) {
        String user = in.required("user_id", "the user's id");
        String license = in.required("license", "the licence name");
        String action = in.required("action", "Assign or Unassign");
        if (!action.equals("Assign") && !action.equals("Unassign")) {
          throw in.invalid(
              "action", "expected Assign or Unassign, found " + JsonInput.quote(action));
        }
        String atText = in.required("at", Times.EXPECTED);
        Instant at =
            Times.parse(atText)
                .orElseThrow(
                    () ->
                        in.invalid(
                            "at",
                            "expected " + Times.EXPECTED + ", found " + JsonInput.quote(atText)));
        events.add(
            new Event(
                at, user, license, action.equals("Assign"), file + ":" + in.line(), events.size()));
      }
    }
  }

  /** Reads a JSON file of audit messages. */
  void readAudit(Path path, String file) throws IOException {
    try (JsonInput in = JsonInput.open(path, file)) {
      JsonToken t = in.next("");
      if (t == JsonToken.START_ARRAY) {
        messages(in, "");
      } else {
        in.expect(t, JsonToken.START_OBJECT, "", "audit messages, a JSON array or a page object");
        for (t = in.next(""); t != JsonToken.END_OBJECT; t = in.next("")) {
          String field = in.fieldName();
          if (field.equals("entities")) {
            in.expect(in.next(field), JsonToken.START_ARRAY, field, "an array of audit messages");
            messages(in, field);
          } else {
            in.next(field);
            in.skip(field);
          }
        }
      }
      in.expectEnd();
    }
  }

  private void messages(JsonInput in, String path) {
    int i = 0;
    for (JsonToken m = in.next(path); m != JsonToken.END_ARRAY; m = in.next(path)) {
      message(in, m, path + "[" + i + "]");
      i++;
    }
  }

  private void message(JsonInput in, JsonToken first, String path) {
    in.expect(first, JsonToken.START_OBJECT, path, "an audit message, a JSON object");
    @Nullable Instant at = null;
    @Nullable String action = null;
    String actionAt = "";
    @Nullable String user = null;
    Set<String> added = new LinkedHashSet<>();
    Set<String> removed = new LinkedHashSet<>();
    boolean changes = false;
    for (JsonToken t = in.next(path); t != JsonToken.END_OBJECT; t = in.next(path)) {
      String field = in.fieldName();
      String fieldPath = UserDetailsReader.join(path, field);
      switch (field) {
        case "eventDate" -> at = in.instant(fieldPath, false);
        case "action" -> {
          action = in.nonEmptyString(fieldPath, "the action, Assign or Unassign");
          actionAt = in.at(fieldPath);
        }
        case "entity" -> user = entityId(in, fieldPath);
        case "propertyChanges" -> {
          changes = true;
          propertyChanges(in, fieldPath, added, removed);
        }
        default -> {
          in.next(fieldPath);
          in.skip(fieldPath);
        }
      }
    }
    if (action == null) {
      throw in.invalid(path, "expected 'action', Assign or Unassign; none given");
    }
    if (!action.equals("Assign") && !action.equals("Unassign")) {
      summary.unknown("audit action", action, actionAt, "not a licence assignment, not used");
      return;
    }
    if (at == null) {
      throw in.invalid(path, "expected 'eventDate', " + Times.EXPECTED + "; none given");
    }
    if (user == null) {
      throw in.invalid(path, "expected 'entity' with the user's 'id'; none given");
    }
    boolean assign = action.equals("Assign");
    Set<String> licenses = new LinkedHashSet<>(assign ? added : removed);
    licenses.removeAll(assign ? removed : added);
    if (!changes || licenses.isEmpty()) {
      throw in.invalid(
          UserDetailsReader.join(path, "propertyChanges"),
          "expected the licence names "
              + (assign ? "assigned in 'newValues'" : "unassigned in 'oldValues'")
              + "; none given");
    }
    for (String license : licenses) {
      events.add(new Event(at, user, license, assign, in.at(path), events.size()));
    }
  }

  private static String entityId(JsonInput in, String path) {
    in.expect(in.next(path), JsonToken.START_OBJECT, path, "the entity, a JSON object with an id");
    @Nullable String id = null;
    for (JsonToken t = in.next(path); t != JsonToken.END_OBJECT; t = in.next(path)) {
      String field = in.fieldName();
      if (field.equals("id")) {
        id = in.nonEmptyString(path + ".id", "the user's id, a string");
      } else {
        in.next(path + "." + field);
        in.skip(path + "." + field);
      }
    }
    if (id == null) {
      throw in.invalid(path, "expected the user's 'id'; the entity has none");
    }
    return id;
  }

  private static void propertyChanges(
      JsonInput in, String path, Set<String> added, Set<String> removed) {
    in.expect(in.next(path), JsonToken.START_ARRAY, path, "an array of property changes");
    int i = 0;
    for (JsonToken c = in.next(path); c != JsonToken.END_ARRAY; c = in.next(path)) {
      String changePath = path + "[" + i + "]";
      in.expect(c, JsonToken.START_OBJECT, changePath, "a property change, a JSON object");
      for (JsonToken t = in.next(changePath); t != JsonToken.END_OBJECT; t = in.next(changePath)) {
        String field = in.fieldName();
        String fieldPath = changePath + "." + field;
        if (field.equals("newValues")) {
          values(in, fieldPath, added);
        } else if (field.equals("oldValues")) {
          values(in, fieldPath, removed);
        } else {
          in.next(fieldPath);
          in.skip(fieldPath);
        }
      }
      i++;
    }
  }

  private static void values(JsonInput in, String path, Set<String> into) {
    JsonToken a = in.next(path);
    if (a == JsonToken.VALUE_NULL) {
      return;
    }
    in.expect(a, JsonToken.START_ARRAY, path, "an array of licence names");
    int i = 0;
    for (JsonToken v = in.next(path); v != JsonToken.END_ARRAY; v = in.next(path)) {
      if (v != JsonToken.VALUE_STRING || in.text().isEmpty()) {
        throw in.expected(path + "[" + i + "]", "a licence name, a non-empty string", v);
      }
      into.add(in.text());
      i++;
    }
  }
}
