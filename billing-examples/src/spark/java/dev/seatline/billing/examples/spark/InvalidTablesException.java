package dev.seatline.billing.examples.spark;

/**
 * A problem of the input tables themselves, not of one organization (<a
 * href="{@docRoot}/index.html#R12">R12</a>, TABLES.md): a missing required table or column, an
 * unknown column, a table given twice, a CSV line that cannot be read as a row. The run stops with
 * exit 2 and this message, which starts with the file (and line) at fault.
 */
final class InvalidTablesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The marker the driver finds in a failed job's message to recognize this exception. */
  static final String MARKER = "invalid tables: ";

  InvalidTablesException(String message) {
    super(MARKER + message);
  }

  /** {@return the message without the marker: the file, the line and what is wrong} */
  String problem() {
    String message = String.valueOf(getMessage());
    return message.substring(MARKER.length());
  }
}
