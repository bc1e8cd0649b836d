package dev.seatline.billing.examples.imports;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** The tables of {@code TABLES.md} that the importers write, with their columns in order. */
enum ImportedTable {
  USERS("users", ImmutableList.of("org_id", "user_id", "deleted_at")),
  LICENSES("licenses", ImmutableList.of("org_id", "user_id", "tier", "from", "to")),
  SESSIONS("sessions", ImmutableList.of("org_id", "user_id", "channel", "from", "to")),
  ON_QUEUE("on_queue", ImmutableList.of("org_id", "user_id", "from", "to"));

  private final String fileName;
  private final ImmutableList<String> columns;

  ImportedTable(String fileName, ImmutableList<String> columns) {
    this.fileName = fileName;
    this.columns = columns;
  }

  String fileName() {
    return fileName;
  }

  List<String> columns() {
    return columns;
  }
}
