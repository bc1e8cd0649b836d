package dev.seatline.billing.examples.cli;

import dev.seatline.billing.model.InvalidInputException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The JSON paths that name scenario elements in error lines (R12): keys dotted, list elements by
 * index, as in {@code users[3].sessions[0]} and {@code prices.seat.PURECLOUD_3}. A key that is not
 * a plain name ({@code [A-Za-z_][A-Za-z0-9_]*}: one with a {@code .}, {@code [}, {@code ]}, {@code
 * '}, a space, a non-ASCII letter, or empty) is written in JSONPath bracket form with {@code '} and
 * {@code \} escaped, so that every path is unambiguous: {@code prices.addOn['crm.sync']}, {@code
 * organization['it\'s']}; at the root {@code $['a.b']}.
 *
 * <p>Stateless. Example: {@code JsonPaths.key("prices.addOn", "crm.sync")} is {@code
 * prices.addOn['crm.sync']}.
 */
final class JsonPaths {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * The model's paths that end in a map key, which the model writes after a dot as it is: each is
   * rewritten in bracket form when the key is not plain.
   */
  private static final List<String> MODEL_MAP_PATHS =
      List.of(
          "organization.addOnLicensesPurchased.",
          "prices.seat.",
          "prices.addOn.",
          "prices.oneTime.",
          "prices.hardware.");

  private JsonPaths() {}

  /** The path of the member {@code key} of the object at {@code parent} (empty for the root). */
  static String key(String parent, String key) {
    if (PLAIN.matcher(key).matches()) {
      return parent.isEmpty() ? key : parent + "." + key;
    }
    return (parent.isEmpty() ? "$" : parent)
        + "['"
        + key.replace("\\", "\\\\").replace("'", "\\'")
        + "']";
  }

  /** The path of element {@code index} of the array at {@code parent} (empty for the root). */
  static String index(String parent, int index) {
    return (parent.isEmpty() ? "$" : parent) + "[" + index + "]";
  }

  /**
   * The error {@code e} of the model (billing-core), whose paths join map keys with a dot, with its
   * path written as {@link #key} writes it: {@code prices.addOn.crm.sync} becomes {@code
   * prices.addOn['crm.sync']}. The model's paths below those maps always end at the key, so the
   * rest of the path is the key.
   */
  static InvalidInputException fromModel(InvalidInputException e) {
    String path = e.path();
    for (String map : MODEL_MAP_PATHS) {
      if (path.startsWith(map) && path.length() > map.length()) {
        String rewritten = key(map.substring(0, map.length() - 1), path.substring(map.length()));
        if (rewritten.equals(path)) {
          return e;
        }
        InvalidInputException r = InvalidInputException.at(rewritten, e.problem());
        r.setStackTrace(e.getStackTrace());
        return r;
      }
    }
    return e;
  }
}
