package dev.seatline.billing.examples.tables;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of the output table {@code errors} ({@code TABLES.md}, <a
 * href="{@docRoot}/index.html#R12">R12</a>): an organization's first problem, which keeps the whole
 * organization out of the other output tables.
 *
 * <p>Immutable. Example: {@code acme-prod,sessions.csv:1234:to,'to' ... must be after 'from' ...}.
 *
 * @param orgId the organization
 * @param path where the problem is: table file, line and column ({@code sessions.csv:1234:to}), or
 *     {@code users} for the organization's users as a whole (R4)
 * @param message what is wrong
 */
public record ErrorRow(String orgId, String path, String message) {
  /** The column names, in order. */
  public static final List<String> COLUMNS = List.of("org_id", "path", "message");

  /** Validates that every field is present. */
  public ErrorRow {
    requireNonNull(orgId, "orgId");
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  /** {@return the fields as CSV text, in the order of {@link #COLUMNS}} */
  public List<@Nullable String> values() {
    return List.of(orgId, path, message);
  }
}
