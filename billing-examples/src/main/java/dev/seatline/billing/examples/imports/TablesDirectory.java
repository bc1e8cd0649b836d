package dev.seatline.billing.examples.imports;

import dev.seatline.billing.examples.tables.CsvTableWriter;
import dev.seatline.billing.examples.tables.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes an organization's imported rows into a tables directory ({@code TABLES.md}) that may
 * already hold other organizations' rows or the rows of another importer: the rows of other
 * organizations are kept as they are; the organization's rows of a table the import writes are
 * replaced, except {@code users}, whose rows are the union of those already there and those
 * imported (the user-details and the licence importers both name users). Each file is written whole
 * to a temporary file and then moved into place.
 */
final class TablesDirectory {
  private TablesDirectory() {}

  /**
   * Writes {@code tables} (rows in each table's column order) for {@code orgId} into {@code dir}
   * and returns, per table, the number of rows of the organization written.
   */
  static List<String> write(Path dir, String orgId, Map<Table, List<String[]>> tables)
      throws IOException {
    Files.createDirectories(dir);
    List<String> written = new ArrayList<>();
    for (Map.Entry<Table, List<String[]>> entry : tables.entrySet()) {
      Table table = entry.getKey();
      Path file = dir.resolve(table.fileName() + ".csv");
      List<@Nullable String[]> rows = new ArrayList<>();
      int ofOrg = 0;
      Set<String> users = new HashSet<>();
      if (Files.exists(file)) {
        for (@Nullable String[] row : existing(file, table)) {
          boolean same = orgId.equals(row[0]);
          if (!same || table == Table.USERS) {
            rows.add(row);
          }
          if (same && table == Table.USERS) {
            users.add(String.valueOf(row[1]));
            ofOrg++;
          }
        }
      }
      for (String[] row : entry.getValue()) {
        if (table != Table.USERS || users.add(row[1])) {
          rows.add(row);
          ofOrg++;
        }
      }
      writeCsv(file, table, rows);
      written.add(table.fileName() + ".csv (" + ofOrg + (ofOrg == 1 ? " row)" : " rows)"));
    }
    return written;
  }

  private static List<@Nullable String[]> existing(Path file, Table table) throws IOException {
    List<@Nullable String[]> rows = new ArrayList<>();
    List<String> required = List.of(table.columns().get(0), table.columns().get(1));
    try (CsvInput in = CsvInput.open(file, file.toString(), required, table.columns())) {
      while (in.next()) {
        @Nullable String[] row = new @Nullable String[table.columns().size()];
        for (int i = 0; i < row.length; i++) {
          row[i] = in.nullable(table.columns().get(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static void writeCsv(Path file, Table table, List<@Nullable String[]> rows)
      throws IOException {
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), table.fileName(), ".tmp");
    try {
      try (CsvTableWriter w = CsvTableWriter.create(tmp, table.columns())) {
        for (@Nullable String[] row : rows) {
          w.write(row);
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
