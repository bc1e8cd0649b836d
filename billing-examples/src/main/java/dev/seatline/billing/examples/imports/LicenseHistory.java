package dev.seatline.billing.examples.imports;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.examples.imports.AssignmentEvents.Event;
import dev.seatline.billing.examples.imports.UserActivity.Span;
import dev.seatline.billing.model.LicenseTier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rebuilds the licence history of an organization's users in an interval (the input of R3) from a
 * snapshot taken at one instant and the assignment events around it.
 *
 * <p>For each user and licence name, the snapshot fixes whether the licence is held at the
 * snapshot's instant; an event at or before it is taken as already reflected in the snapshot. The
 * history runs backwards through the earlier events (an {@code Assign} at {@code t}: not held
 * before {@code t}; an {@code Unassign}: held before it) and forwards through the later ones (an
 * {@code Assign}: held from {@code t}; an {@code Unassign}: not held from it). An event that does
 * not change the state so rebuilt (an {@code Assign} of a licence already held) does not match the
 * snapshot or its neighbours: it is counted in the summary with the first one's location. Before
 * the first event the state holds from the interval's start; without any events the snapshot holds
 * for the whole interval, which the summary says, since it overstates an upgrade made during the
 * interval. The held spans are clipped to the interval and mapped to tiers with the {@link
 * TierMap}; a licence name the map does not hold is listed in the summary and writes no row.
 */
final class LicenseHistory {
  /** A licences row: a user held a tier over a span. */
  record Held(String userId, LicenseTier tier, Span span) {}

  private LicenseHistory() {}

  /**
   * The licences rows of every user, sorted by user, tier name and start; counts in the summary.
   */
  static List<Held> rebuild(
      LicenseSnapshot snapshot,
      Instant snapshotAt,
      List<Event> events,
      boolean eventsGiven,
      TierMap tiers,
      Interval interval,
      Summary summary) {
    Map<String, Map<String, List<Event>>> byUser = new TreeMap<>();
    for (Map.Entry<String, Set<String>> user : snapshot.licenses().entrySet()) {
      Map<String, List<Event>> names = byUser.computeIfAbsent(user.getKey(), k -> new TreeMap<>());
      user.getValue().forEach(n -> names.computeIfAbsent(n, k -> new ArrayList<>()));
    }
    Map<String, String> firstSeen = new LinkedHashMap<>(snapshot.firstSeen());
    for (Event e : events) {
      byUser
          .computeIfAbsent(e.userId(), k -> new TreeMap<>())
          .computeIfAbsent(e.license(), k -> new ArrayList<>())
          .add(e);
      firstSeen.putIfAbsent(e.license(), e.location());
    }
    Map<String, LicenseTier> tierByName = new TreeMap<>();
    int inconsistent = 0;
    String firstInconsistent = "";
    Map<String, Map<String, List<Span>>> spans = new TreeMap<>();
    for (Map.Entry<String, Map<String, List<Event>>> user : byUser.entrySet()) {
      Set<String> held = snapshot.licenses().getOrDefault(user.getKey(), Set.of());
      for (Map.Entry<String, List<Event>> license : user.getValue().entrySet()) {
        Optional<LicenseTier> tier = tiers.tier(license.getKey());
        if (tier.isEmpty()) {
          summary.unknown(
              "licence name",
              license.getKey(),
              firstSeen.getOrDefault(license.getKey(), ""),
              "no tier (not in the tier map), no licences row");
          continue;
        }
        tierByName.put(tier.get().name(), tier.get());
        List<Event> changes = new ArrayList<>(license.getValue());
        changes.sort(Comparator.comparing(Event::at).thenComparingInt(Event::order));
        // gap i lies between changes i-1 and i; gap 0 before the first change
        int n = changes.size();
        boolean[] state = new boolean[n + 1];
        int g = 0;
        while (g < n && !changes.get(g).at().isAfter(snapshotAt)) {
          g++;
        }
        state[g] = held.contains(license.getKey());
        for (int i = g - 1; i >= 0; i--) {
          state[i] = !changes.get(i).assign();
        }
        for (int i = g + 1; i <= n; i++) {
          state[i] = changes.get(i - 1).assign();
        }
        for (int i = 0; i < n; i++) {
          if (state[i] == state[i + 1]) {
            if (inconsistent == 0) {
              firstInconsistent = changes.get(i).location();
            }
            inconsistent++;
          }
        }
        List<Span> out =
            spans
                .computeIfAbsent(user.getKey(), k -> new TreeMap<>())
                .computeIfAbsent(tier.get().name(), k -> new ArrayList<>());
        for (int i = 0; i <= n; i++) {
          if (!state[i]) {
            continue;
          }
          Instant from = i == 0 ? interval.from() : max(changes.get(i - 1).at(), interval.from());
          Instant to = i == n ? interval.to() : min(changes.get(i).at(), interval.to());
          if (to.isAfter(from)) {
            out.add(new Span(from, to));
          }
        }
      }
    }
    List<Held> rows = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<Span>>> user : spans.entrySet()) {
      for (Map.Entry<String, List<Span>> tier : user.getValue().entrySet()) {
        LicenseTier t = requireNonNull(tierByName.get(tier.getKey()), "tier");
        for (Span s : UserActivity.union(tier.getValue())) {
          rows.add(new Held(user.getKey(), t, s));
        }
      }
    }
    summary.line("users: " + byUser.size());
    summary.line("snapshot at " + snapshotAt + ": " + snapshot.licenses().size() + " users");
    if (eventsGiven) {
      summary.line("assignment events: " + events.size());
      summary.line(
          "events that do not match the snapshot or the events around them: "
              + inconsistent
              + (inconsistent > 0 ? ", first at " + firstInconsistent : ""));
    } else {
      summary.line(
          "no assignment events: the snapshot of "
              + snapshotAt
              + " is taken to hold from the interval start "
              + interval.from()
              + " (this overstates an upgrade made during the interval)");
    }
    return rows;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
