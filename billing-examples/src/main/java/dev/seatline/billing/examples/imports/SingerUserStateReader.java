package dev.seatline.billing.examples.imports;

import com.google.common.collect.ImmutableList;
import dev.seatline.billing.examples.imports.UserActivity.Kind;
import dev.seatline.billing.examples.imports.UserActivity.Segment;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads the Singer tap's {@code user_state} table flattened to CSV: {@code id, user_id, start_time,
 * end_time, state, state_id, type}, one row per segment of the user details, {@code type} {@code
 * presence} (the state is a {@code systemPresence}) or {@code routing} (a {@code routingStatus});
 * an empty {@code end_time} is an open segment. {@code id} and {@code state_id} are not used, and
 * other columns (a loader's own, such as {@code _sdc_batched_at}) are ignored.
 */
final class SingerUserStateReader {
  static final List<String> REQUIRED =
      ImmutableList.of("user_id", "start_time", "end_time", "state", "type");

  private final UserActivity activity;

  SingerUserStateReader(UserActivity activity) {
    this.activity = activity;
  }

  /** Reads one file, named {@code file} in error paths, into the activity. */
  void read(Path path, String file) throws IOException {
    try (CsvInput in = CsvInput.open(path, file, REQUIRED, ImmutableList.of())) {
      while (in.next()) {
        String user = in.required("user_id", "the user's id");
        String type = in.required("type", "the type, presence or routing");
        Kind kind;
        if (type.equals("presence")) {
          kind = Kind.PRESENCE;
        } else if (type.equals("routing")) {
          kind = Kind.ROUTING;
        } else {
          throw in.invalid("type", "expected presence or routing, found " + JsonInput.quote(type));
        }
        String state = in.required("state", "the state, a presence or routing status");
        Instant start = instant(in, "start_time", in.required("start_time", Times.EXPECTED));
        Optional<String> endText = in.optional("end_time");
        Instant end = endText.isPresent() ? instant(in, "end_time", endText.get()) : null;
        if (end != null && end.isBefore(start)) {
          throw in.invalid(
              "end_time", "expected an end not before the start " + start + ", found " + end);
        }
        activity.segment(user, new Segment(kind, state, start, end), in.at("state"));
      }
    }
  }

  private static Instant instant(CsvInput in, String column, String text) {
    return Times.parse(text)
        .orElseThrow(
            () ->
                in.invalid(
                    column, "expected " + Times.EXPECTED + ", found " + JsonInput.quote(text)));
  }
}
