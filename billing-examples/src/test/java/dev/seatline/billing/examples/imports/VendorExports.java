package dev.seatline.billing.examples.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.seatline.billing.model.Session;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserTimeline;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Writes users' sessions and on-queue time in the analytics API's user-details shape, with the
 * vendor's traps: one file per 7-day query window, every segment whole in each window it overlaps
 * (so a multi-day segment comes in several files), a segment spanning more than a day stored twice
 * in a file, an open interval as a segment without {@code endTime}, OFFLINE and OFF_QUEUE segments
 * in the gaps, and each covered stretch split into segments of several statuses.
 */
final class VendorExports {
  private static final JsonFactory JSON = new JsonFactory();
  private static final String[] PRESENCES = {"AVAILABLE", "BUSY", "AWAY", "MEAL", "TRAINING"};
  private static final String[] ROUTING = {
    "IDLE", "INTERACTING", "COMMUNICATING", "NOT_RESPONDING"
  };

  /** A segment as the vendor stores it; {@code end} null when open. */
  record Segment(String status, Instant start, @Nullable Instant end) {}

  private VendorExports() {}

  /**
   * The user-details files (JSON text) of {@code users} for the query windows of 7 days from {@code
   * from} up to {@code to}; {@code random} picks the statuses and the split points.
   */
  static List<String> userDetailsFiles(
      List<UserTimeline> users, Instant from, Instant to, SplittableRandom random) {
    List<List<Segment>> presence = new ArrayList<>();
    List<List<Segment>> routing = new ArrayList<>();
    for (UserTimeline u : users) {
      List<UsageInterval> sessions = new ArrayList<>();
      for (Session s : u.sessions()) {
        sessions.add(s.interval());
      }
      presence.add(segments(sessions, PRESENCES, "OFFLINE", random));
      routing.add(segments(u.onQueue(), ROUTING, "OFF_QUEUE", random));
    }
    List<String> files = new ArrayList<>();
    for (Instant w = from; w.isBefore(to); w = w.plus(Duration.ofDays(7))) {
      Instant wEnd = w.plus(Duration.ofDays(7));
      StringWriter text = new StringWriter();
      try (JsonGenerator g = JSON.createGenerator(text)) {
        g.writeStartObject();
        g.writeArrayFieldStart("userDetails");
        int hits = 0;
        for (int i = 0; i < users.size(); i++) {
          List<Segment> p = overlapping(presence.get(i), w, wEnd);
          List<Segment> r = overlapping(routing.get(i), w, wEnd);
          if (p.isEmpty() && r.isEmpty() && !w.equals(from)) {
            continue; // a user with nothing in a window is not in its file (but in the first)
          }
          g.writeStartObject();
          g.writeStringField("userId", users.get(i).id());
          write(g, "primaryPresence", "systemPresence", p);
          write(g, "routingStatus", "routingStatus", r);
          g.writeEndObject();
          hits += p.size() + r.size();
        }
        g.writeEndArray();
        g.writeNumberField("totalHits", hits);
        g.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      files.add(text.toString());
    }
    return files;
  }

  /**
   * The covered stretches of {@code intervals} (their union), each split into one to three segments
   * of statuses from {@code on}, with an {@code off} segment in each gap.
   */
  private static List<Segment> segments(
      List<UsageInterval> intervals, String[] on, String off, SplittableRandom random) {
    List<UsageInterval> sorted = new ArrayList<>(intervals);
    sorted.sort(UsageInterval.BY_START);
    List<Instant[]> union = new ArrayList<>(); // [start, end or null]
    for (UsageInterval i : sorted) {
      @Nullable Instant end = i.end().orElse(null);
      if (!union.isEmpty()) {
        Instant[] last = union.get(union.size() - 1);
        if (last[1] == null || !i.start().isAfter(last[1])) {
          if (last[1] != null && (end == null || end.isAfter(last[1]))) {
            last[1] = end;
          }
          continue;
        }
      }
      union.add(new Instant[] {i.start(), end});
    }
    List<Segment> out = new ArrayList<>();
    for (int k = 0; k < union.size(); k++) {
      Instant start = union.get(k)[0];
      @Nullable Instant end = union.get(k)[1];
      if (k > 0) {
        out.add(new Segment(off, union.get(k - 1)[1], start));
      }
      if (end != null && random.nextBoolean()) {
        long minutes = Duration.between(start, end).toMinutes();
        if (minutes >= 2) {
          Instant cut = start.plus(Duration.ofMinutes(1 + random.nextLong(minutes - 1)));
          out.add(new Segment(on[random.nextInt(on.length)], start, cut));
          start = cut;
        }
      }
      out.add(new Segment(on[random.nextInt(on.length)], start, end));
    }
    return out;
  }

  private static List<Segment> overlapping(List<Segment> segments, Instant from, Instant to) {
    List<Segment> out = new ArrayList<>();
    for (Segment s : segments) {
      Instant end = s.end();
      if (s.start().isBefore(to) && (end == null || end.isAfter(from))) {
        out.add(s);
        if (end == null || Duration.between(s.start(), end).compareTo(Duration.ofDays(1)) > 0) {
          out.add(s); // stored once per day, returned more than once
        }
      }
    }
    out.sort(Comparator.comparing(Segment::start));
    return out;
  }

  private static void write(JsonGenerator g, String field, String statusField, List<Segment> ss)
      throws IOException {
    if (ss.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(field);
    for (Segment s : ss) {
      g.writeStartObject();
      g.writeStringField("startTime", millis(s.start()));
      Instant end = s.end();
      if (end != null) {
        g.writeStringField("endTime", millis(end));
      }
      g.writeStringField(statusField, s.status());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** ISO-8601 UTC with milliseconds, as the vendor writes times. */
  private static String millis(Instant t) {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
        .withZone(java.time.ZoneOffset.UTC)
        .format(t);
  }
}
