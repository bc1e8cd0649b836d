package dev.seatline.billing.examples.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean" for a name that is not among the allowed ones (an unknown key, enum name, currency
 * or zone id): the allowed names equal to it ignoring case, or else those at the smallest edit
 * distance from it, if that is at most 2 and less than its length (so that {@code id} does not
 * suggest {@code to}). The distance counts insertions, deletions, substitutions and transpositions
 * of adjacent characters, ignoring case.
 *
 * <p>Stateless. Example: {@code Suggestions.didYouMean("PURECLOUD3", List.of("PURECLOUD_3", ...))}
 * is {@code "; did you mean 'PURECLOUD_3'?"}.
 */
public final class Suggestions {
  private static final int MAX_DISTANCE = 2;

  private Suggestions() {}

  /** The allowed names {@code given} may be a misspelling of, in their order; empty for none. */
  static List<String> closest(String given, Collection<String> allowed) {
    List<String> sameIgnoringCase = new ArrayList<>();
    for (String name : allowed) {
      if (name.equalsIgnoreCase(given)) {
        sameIgnoringCase.add(name);
      }
    }
    if (!sameIgnoringCase.isEmpty()) {
      return sameIgnoringCase;
    }
    String g = given.toLowerCase(Locale.ROOT);
    int best = Math.min(MAX_DISTANCE, given.length() - 1);
    List<String> closest = new ArrayList<>();
    for (String name : allowed) {
      if (Math.abs(name.length() - given.length()) > best) {
        continue;
      }
      int d = distance(g, name.toLowerCase(Locale.ROOT));
      if (d < best) {
        best = d;
        closest.clear();
      }
      if (d == best) {
        closest.add(name);
      }
    }
    return closest;
  }

  /**
   * {@code "; did you mean 'X'?"}, {@code "; did you mean 'X' or 'Y'?"}, or empty when no allowed
   * name is close to {@code given}.
   */
  public static String didYouMean(String given, Collection<String> allowed) {
    List<String> closest = closest(given, allowed);
    if (closest.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("; did you mean ");
    for (int i = 0; i < closest.size(); i++) {
      if (i > 0) {
        b.append(i == closest.size() - 1 ? " or " : ", ");
      }
      b.append(JsonValue.quote(closest.get(i)));
    }
    return b.append('?').toString();
  }

  /** The optimal string alignment distance of {@code a} and {@code b}. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
