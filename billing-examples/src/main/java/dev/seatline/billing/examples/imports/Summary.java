package dev.seatline.billing.examples.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import read and what it did to it: the counts that the command prints, so that nothing is
 * changed or left out silently (R12). Mutable, single-threaded.
 */
final class Summary {
  private final List<String> lines = new ArrayList<>();
  private final Map<String, Unknown> unknown = new LinkedHashMap<>();

  /** An unknown value of one field: how often it was seen and where first. */
  private static final class Unknown {
    private final String firstAt;
    private final String treatment;
    private int count;

    private Unknown(String firstAt, String treatment) {
      this.firstAt = firstAt;
      this.treatment = treatment;
    }
  }

  /** Adds a line of the summary. */
  void line(String text) {
    lines.add(text);
  }

  /**
   * Counts an unknown value {@code value} of the field {@code field} seen at {@code location},
   * treated as {@code treatment} says (for example {@code "a session, as every presence other than
   * OFFLINE"}).
   */
  void unknown(String field, String value, String location, String treatment) {
    unknown.computeIfAbsent(field + " '" + value + "'", k -> new Unknown(location, treatment))
        .count++;
  }

  /** The number of unknown values seen. */
  int unknownValues() {
    int n = 0;
    for (Unknown u : unknown.values()) {
      n += u.count;
    }
    return n;
  }

  /** The summary's lines, the unknown values last, one line each. */
  List<String> lines() {
    List<String> all = new ArrayList<>(lines);
    all.add("unknown values: " + unknownValues());
    for (Map.Entry<String, Unknown> e : unknown.entrySet()) {
      Unknown u = e.getValue();
      all.add(
          "  "
              + e.getKey()
              + " x"
              + u.count
              + ", first at "
              + u.firstAt
              + ": taken as "
              + u.treatment);
    }
    return all;
  }
}
