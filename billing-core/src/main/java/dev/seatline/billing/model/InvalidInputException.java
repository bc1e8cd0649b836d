package dev.seatline.billing.model;

/**
 * The one exception for invalid input (<a href="{@docRoot}/index.html#R12">R12</a>): names the
 * offending element by a path and says what is wrong with it. Nothing is rated partially when it is
 * thrown.
 *
 * <p>The path uses the scenario format's names: list elements by index, map entries by key, as in
 * {@code users[3].sessions[0]} or {@code prices.seat.PURECLOUD_3}; the set of users as a whole is
 * {@code users}. An element built on its own (a {@code UsageInterval} made outside any user) has an
 * empty path, and the containers that receive it add their own segment in front with {@link
 * #within(String)}.
 *
 * <p>Immutable and thread-safe. Example: {@code users[0].sessions[0]: 'to' 2026-01-20T14:00:00Z
 * must be after 'from' 2026-01-20T18:00:00Z}.
 */
public final class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The offending element's path, empty when the element stands alone. */
  private final String path;

  /** What is wrong, in words that name the bad value. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param path the offending element's path, empty when the element stands alone
   * @param problem what is wrong, in words that name the bad value
   */
  public InvalidInputException(String path, String problem) {
    super(format(path, problem));
    this.path = path;
    this.problem = problem;
  }

  /**
   * {@return an invalid-input error at {@code path}}
   *
   * @param path the offending element's path, empty when the element stands alone
   * @param problem what is wrong, in words that name the bad value
   */
  public static InvalidInputException at(String path, String problem) {
    return new InvalidInputException(path, problem);
  }

  /** {@return the offending element's path, empty when the element stands alone} */
  public String path() {
    return path;
  }

  /** {@return what is wrong with the element, without the path} */
  public String problem() {
    return problem;
  }

  /**
   * {@return the same error seen from a container: {@code parent} is put in front of the path} A
   * segment that starts with {@code [} is joined without a dot, so {@code within("users")} of
   * {@code [0].id} is {@code users[0].id}.
   *
   * @param parent the container's path segment, such as {@code users}
   */
  public InvalidInputException within(String parent) {
    InvalidInputException e = new InvalidInputException(join(parent, path), problem);
    e.setStackTrace(getStackTrace());
    return e;
  }

  /**
   * Joins two path parts, as {@link #within(String)} does.
   *
   * @param parent the outer part, possibly empty
   * @param child the inner part, possibly empty
   * @return the joined path
   */
  public static String join(String parent, String child) {
    if (parent.isEmpty()) {
      return child;
    }
    if (child.isEmpty()) {
      return parent;
    }
    return child.startsWith("[") ? parent + child : parent + "." + child;
  }

  private static String format(String path, String problem) {
    return path.isEmpty() ? problem : path + ": " + problem;
  }
}
