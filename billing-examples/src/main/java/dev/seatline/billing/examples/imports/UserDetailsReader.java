package dev.seatline.billing.examples.imports;

import com.fasterxml.jackson.core.JsonToken;
import dev.seatline.billing.examples.imports.UserActivity.Kind;
import dev.seatline.billing.examples.imports.UserActivity.Segment;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the analytics API's user details: the response of {@code POST
 * /api/v2/analytics/users/details/query} or a page of the results of {@code
 * /api/v2/analytics/users/details/jobs}, {@code {"userDetails": [{"userId", "primaryPresence":
 * [{"startTime", "endTime", "systemPresence", "organizationPresenceId"}], "routingStatus":
 * [{"startTime", "endTime", "routingStatus"}]}], "totalHits"}}, or a JSON array of such pages.
 * Fields the importer does not use ({@code totalHits}, {@code cursor}, {@code
 * organizationPresenceId} ...) are skipped; a missing {@code endTime} (or null) is an open segment.
 */
final class UserDetailsReader {
  private final UserActivity activity;

  UserDetailsReader(UserActivity activity) {
    this.activity = activity;
  }

  /** Reads one file, named {@code file} in error paths, into the activity. */
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

  private void page(JsonInput in, JsonToken first, String path) {
    in.expect(first, JsonToken.START_OBJECT, path, "a page of user details, a JSON object");
    for (JsonToken t = in.next(path); t != JsonToken.END_OBJECT; t = in.next(path)) {
      String field = in.fieldName();
      String fieldPath = join(path, field);
      if (field.equals("userDetails")) {
        JsonToken a = in.next(fieldPath);
        if (a == JsonToken.VALUE_NULL) {
          continue;
        }
        in.expect(a, JsonToken.START_ARRAY, fieldPath, "an array of user details");
        int i = 0;
        for (JsonToken u = in.next(fieldPath); u != JsonToken.END_ARRAY; u = in.next(fieldPath)) {
          user(in, u, fieldPath + "[" + i + "]");
          i++;
        }
      } else {
        in.next(fieldPath);
        in.skip(fieldPath);
      }
    }
  }

  private void user(JsonInput in, JsonToken first, String path) {
    in.expect(first, JsonToken.START_OBJECT, path, "a user's details, a JSON object");
    @Nullable String userId = null;
    List<Segment> segments = new ArrayList<>();
    List<String> locations = new ArrayList<>();
    for (JsonToken t = in.next(path); t != JsonToken.END_OBJECT; t = in.next(path)) {
      String field = in.fieldName();
      String fieldPath = join(path, field);
      switch (field) {
        case "userId" -> userId = in.nonEmptyString(fieldPath, "the user's id, a string");
        case "primaryPresence" ->
            segments(in, fieldPath, Kind.PRESENCE, "systemPresence", segments, locations);
        case "routingStatus" ->
            segments(in, fieldPath, Kind.ROUTING, "routingStatus", segments, locations);
        default -> {
          in.next(fieldPath);
          in.skip(fieldPath);
        }
      }
    }
    if (userId == null) {
      throw in.invalid(path, "expected the user's 'userId', a string; the object has none");
    }
    activity.user(userId);
    for (int i = 0; i < segments.size(); i++) {
      activity.segment(userId, segments.get(i), locations.get(i));
    }
  }

  private static void segments(
      JsonInput in,
      String path,
      Kind kind,
      String statusField,
      List<Segment> segments,
      List<String> locations) {
    JsonToken a = in.next(path);
    if (a == JsonToken.VALUE_NULL) {
      return;
    }
    in.expect(a, JsonToken.START_ARRAY, path, "an array of segments");
    int i = 0;
    for (JsonToken s = in.next(path); s != JsonToken.END_ARRAY; s = in.next(path)) {
      String segmentPath = path + "[" + i + "]";
      in.expect(s, JsonToken.START_OBJECT, segmentPath, "a segment, a JSON object");
      @Nullable Instant start = null;
      @Nullable Instant end = null;
      @Nullable String status = null;
      String statusAt = "";
      for (JsonToken t = in.next(segmentPath);
          t != JsonToken.END_OBJECT;
          t = in.next(segmentPath)) {
        String field = in.fieldName();
        String fieldPath = segmentPath + "." + field;
        if (field.equals("startTime")) {
          start = in.instant(fieldPath, false);
        } else if (field.equals("endTime")) {
          end = in.instant(fieldPath, true);
        } else if (field.equals(statusField)) {
          status = in.nonEmptyString(fieldPath, "the " + statusField + ", a string");
          statusAt = in.at(fieldPath);
        } else {
          in.next(fieldPath);
          in.skip(fieldPath);
        }
      }
      if (start == null) {
        throw in.invalid(segmentPath, "expected 'startTime', " + Times.EXPECTED + "; none given");
      }
      if (status == null) {
        throw in.invalid(segmentPath, "expected '" + statusField + "', a string; none given");
      }
      if (end != null && end.isBefore(start)) {
        throw in.invalid(
            segmentPath + ".endTime",
            "expected an endTime not before the startTime " + start + ", found " + end);
      }
      segments.add(new Segment(kind, status, start, end));
      locations.add(statusAt);
      i++;
    }
  }

  static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }
}
