package dev.seatline.billing.examples.tables;

import static java.util.Objects.requireNonNull;

/**
 * A problem of a set of tables itself, not of one organization ({@code TABLES.md}, <a
 * href="{@docRoot}/index.html#R12">R12</a>): a missing required table or column, an unknown column,
 * a malformed CSV line. It stops the run (exit status 2); its message starts with the file and
 * line, as in {@code sessions.csv:17: 3 fields, the header has 4}.
 *
 * <p>Immutable. Example: {@code new InvalidTablesException("users.csv:1", "unknown column 'x'")}.
 */
public final class InvalidTablesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String where;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param where the file, and the line where there is one: {@code users.csv:1}
   * @param problem what is wrong
   */
  public InvalidTablesException(String where, String problem) {
    super(requireNonNull(where, "where") + ": " + requireNonNull(problem, "problem"));
    this.where = where;
    this.problem = problem;
  }

  /** {@return the file, and the line where there is one} */
  public String where() {
    return where;
  }

  /** {@return what is wrong} */
  public String problem() {
    return problem;
  }
}
