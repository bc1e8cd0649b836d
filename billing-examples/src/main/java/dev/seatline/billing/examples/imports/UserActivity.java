package dev.seatline.billing.examples.imports;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The presence and routing-status segments of an organization's users, collected from any number of
 * pages and files, and turned into the rows of {@code users}, {@code sessions} and {@code on_queue}
 * (the input of R2 and R5). One implementation for every source (the analytics API's user details
 * and the Singer tap's {@code user_state} rows):
 *
 * <ul>
 *   <li>a segment seen more than once (the vendor stores and returns a status that spans several
 *       days once per day, and consecutive queries return it again) is kept once;
 *   <li>an open segment (no end) is closed at the interval's end;
 *   <li>every segment is clipped to the interval; one wholly outside it is left out;
 *   <li>a presence other than {@code OFFLINE} is a user-interface session on {@code DESKTOP} (the
 *       export cannot tell the channel, and a presence needs a user-interface client);
 *   <li>a routing status other than {@code OFF_QUEUE} is on-queue time; a user with no routing
 *       status at all is on queue while their presence is {@code ON_QUEUE};
 *   <li>a user's sessions (and on-queue intervals) that overlap or touch are written as one row;
 *   <li>every user seen gets a {@code users} row, also one with no segment in the interval.
 * </ul>
 *
 * <p>Values other than the documented ones are counted in the {@link Summary} and follow the same
 * rules. Mutable, single-threaded.
 */
final class UserActivity {
  /** The documented {@code systemPresence} values. */
  static final ImmutableSet<String> PRESENCES =
      ImmutableSet.of(
          "AVAILABLE",
          "AWAY",
          "BUSY",
          "OFFLINE",
          "IDLE",
          "ON_QUEUE",
          "MEAL",
          "TRAINING",
          "MEETING",
          "BREAK");

  /** The documented {@code routingStatus} values. */
  static final ImmutableSet<String> ROUTING_STATUSES =
      ImmutableSet.of("OFF_QUEUE", "IDLE", "INTERACTING", "NOT_RESPONDING", "COMMUNICATING");

  static final String OFFLINE = "OFFLINE";
  static final String OFF_QUEUE = "OFF_QUEUE";
  static final String ON_QUEUE = "ON_QUEUE";

  /** The channel of every imported session. */
  static final String CHANNEL = "DESKTOP";

  /** Presence or routing status. */
  enum Kind {
    PRESENCE,
    ROUTING
  }

  /** One segment as exported: a status from {@code start}, to {@code end} when closed. */
  record Segment(Kind kind, String status, Instant start, @Nullable Instant end) {
    Segment {
      requireNonNull(kind, "kind");
      requireNonNull(status, "status");
      requireNonNull(start, "start");
    }
  }

  /** A half-open interval of one user's rows. */
  record Span(Instant from, Instant to) {}

  /** The rows of one user: sessions and on-queue intervals, each sorted and disjoint. */
  record UserRows(String userId, List<Span> sessions, List<Span> onQueue) {}

  private final Map<String, Set<Segment>> users = new TreeMap<>();
  private final Summary summary;
  private int presenceRead;
  private int routingRead;
  private int duplicates;

  UserActivity(Summary summary) {
    this.summary = requireNonNull(summary, "summary");
  }

  /** Notes a user, with or without segments. */
  void user(String userId) {
    users.computeIfAbsent(userId, k -> new HashSet<>());
  }

  /**
   * Adds a segment of {@code userId} read at {@code location} (for the summary's unknown values).
   */
  void segment(String userId, Segment segment, String location) {
    if (segment.kind() == Kind.PRESENCE) {
      presenceRead++;
      if (!PRESENCES.contains(segment.status())) {
        summary.unknown(
            "presence",
            segment.status(),
            location,
            "a session, as every presence other than OFFLINE");
      }
    } else {
      routingRead++;
      if (!ROUTING_STATUSES.contains(segment.status())) {
        summary.unknown(
            "routing status",
            segment.status(),
            location,
            "on-queue time, as every routing status other than OFF_QUEUE");
      }
    }
    if (!users.computeIfAbsent(userId, k -> new HashSet<>()).add(segment)) {
      duplicates++;
    }
  }

  /**
   * The rows of every user in the interval, sorted by user id, and the counts in the summary:
   * segments read, duplicates removed, clipped, left out, closed, fallback users.
   */
  List<UserRows> rows(Interval interval) {
    int clipped = 0;
    int outside = 0;
    int closed = 0;
    int empty = 0;
    int fallback = 0;
    List<UserRows> rows = new ArrayList<>();
    for (Map.Entry<String, Set<Segment>> user : users.entrySet()) {
      List<Span> sessions = new ArrayList<>();
      List<Span> routing = new ArrayList<>();
      List<Span> presenceOnQueue = new ArrayList<>();
      boolean hasRouting = false;
      for (Segment s : user.getValue()) {
        hasRouting |= s.kind() == Kind.ROUTING;
        Instant end = s.end();
        Instant start = s.start();
        if (end == null) {
          if (start.isBefore(interval.to())) {
            closed++;
          }
          end = interval.to();
        }
        if (!end.isAfter(interval.from()) || !start.isBefore(interval.to())) {
          outside++;
          continue;
        }
        if (!end.isAfter(start)) {
          empty++;
          continue;
        }
        if (start.isBefore(interval.from()) || end.isAfter(interval.to())) {
          clipped++;
        }
        Span span =
            new Span(
                start.isBefore(interval.from()) ? interval.from() : start,
                end.isAfter(interval.to()) ? interval.to() : end);
        if (s.kind() == Kind.PRESENCE) {
          if (!s.status().equals(OFFLINE)) {
            sessions.add(span);
          }
          if (s.status().equals(ON_QUEUE)) {
            presenceOnQueue.add(span);
          }
        } else if (!s.status().equals(OFF_QUEUE)) {
          routing.add(span);
        }
      }
      if (!hasRouting && !presenceOnQueue.isEmpty()) {
        fallback++;
      }
      rows.add(
          new UserRows(
              user.getKey(), union(sessions), union(hasRouting ? routing : presenceOnQueue)));
    }
    summary.line("users: " + users.size());
    summary.line(
        "segments read: "
            + (presenceRead + routingRead)
            + " (presence "
            + presenceRead
            + ", routing status "
            + routingRead
            + ")");
    summary.line("duplicates removed: " + duplicates);
    summary.line("clipped to the interval: " + clipped);
    summary.line("outside the interval, left out: " + outside);
    if (empty > 0) {
      summary.line("empty (end not after start), left out: " + empty);
    }
    summary.line("open, closed at the interval end: " + closed);
    summary.line("users without routing status, on queue while ON_QUEUE: " + fallback);
    return rows;
  }

  /** The union of {@code spans}: sorted, disjoint, none touching the next. */
  static List<Span> union(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparing(Span::from).thenComparing(Span::to));
    List<Span> out = new ArrayList<>();
    for (Span s : sorted) {
      if (!out.isEmpty() && !s.from().isAfter(out.get(out.size() - 1).to())) {
        Span last = out.remove(out.size() - 1);
        out.add(new Span(last.from(), s.to().isAfter(last.to()) ? s.to() : last.to()));
      } else {
        out.add(s);
      }
    }
    return out;
  }
}
