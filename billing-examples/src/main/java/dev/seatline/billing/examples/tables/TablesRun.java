package dev.seatline.billing.examples.tables;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Rates every organization of a directory of CSV tables and writes the output tables ({@code
 * TABLES.md}, <a href="{@docRoot}/index.html#R1">R1</a>-<a
 * href="{@docRoot}/index.html#R12">R12</a>): {@code invoices.csv}, {@code invoice_lines.csv},
 * {@code user_outcomes.csv} and {@code errors.csv}, ordered by {@code org_id}, then period, then
 * listing order.
 *
 * <p>Memory is bounded by the largest organization, not by the input (a grace-hash step): when the
 * tables are larger than {@link Settings#partitionBytes()}, their rows are first split into
 * temporary files, each holding a contiguous range of organization ids (the ranges cut the sorted
 * ids of {@code organizations.csv} into equal counts); then one partition at a time is loaded and
 * its organizations rated, in parallel on {@link Settings#threads()} threads, one {@link
 * OrganizationRating} each. A row whose {@code org_id} has no organizations row falls into the
 * partition of its range and makes that organization an errors row. Parquet tables are read by the
 * Spark runner, not here.
 *
 * <p>Stateless; each run uses its own temporary directory. Example: {@code TablesRun.run(dir, out,
 * new Selection.Period(0), TablesRun.Settings.defaults())}.
 */
public final class TablesRun {
  private static final String[] OUTPUT_TABLES = {
    "invoices", "invoice_lines", "user_outcomes", "errors"
  };
  private static final int MAX_PARTITIONS = 512;

  private TablesRun() {}

  /**
   * How a run is carried out.
   *
   * @param threads how many organizations are rated at once
   * @param partitionBytes the most CSV bytes loaded at once before the rows are partitioned
   * @param progress where a progress line goes every {@code progressEvery}, or null for none
   * @param progressEvery how often a progress line is printed
   * @param temporary the directory of the partition files
   */
  public record Settings(
      int threads,
      long partitionBytes,
      @Nullable PrintStream progress,
      Duration progressEvery,
      Path temporary) {
    /** Validates the settings. */
    public Settings {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + threads);
      }
      if (partitionBytes < 1) {
        throw new IllegalArgumentException("partitionBytes must be positive: " + partitionBytes);
      }
      requireNonNull(progressEvery, "progressEvery");
      requireNonNull(temporary, "temporary");
    }

    /**
     * {@return the defaults: one thread per processor, partitions of a sixth of the heap, no
     * progress, the system's temporary directory}
     */
    public static Settings defaults() {
      return new Settings(
          Runtime.getRuntime().availableProcessors(),
          Math.max(1 << 20, Runtime.getRuntime().maxMemory() / 6),
          null,
          Duration.ofSeconds(10),
          Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * {@return these settings with progress lines to {@code stream}}
     *
     * @param stream where the lines go
     */
    public Settings withProgress(PrintStream stream) {
      return new Settings(threads, partitionBytes, stream, progressEvery, temporary);
    }

    /**
     * {@return these settings with partitions of at most {@code bytes} CSV bytes}
     *
     * @param bytes the partition size
     */
    public Settings withPartitionBytes(long bytes) {
      return new Settings(threads, bytes, progress, progressEvery, temporary);
    }

    /**
     * {@return these settings with {@code count} threads}
     *
     * @param count the number of threads
     */
    public Settings withThreads(int count) {
      return new Settings(count, partitionBytes, progress, progressEvery, temporary);
    }
  }

  /**
   * What a run did.
   *
   * @param rated organizations rated (at least one period)
   * @param inErrors organizations with an errors row
   * @param nothingToRate organizations with nothing to rate under the selection
   * @param rowsRead input rows read
   * @param partitions how many partitions the rows were split into (1: none)
   * @param elapsed the wall time of the run
   */
  public record Summary(
      long rated,
      long inErrors,
      long nothingToRate,
      long rowsRead,
      int partitions,
      Duration elapsed) {
    /** {@return every organization of the run} */
    public long organizations() {
      return rated + inErrors + nothingToRate;
    }
  }

  /**
   * The CSV files of the input tables in {@code dir}, by table.
   *
   * @throws InvalidTablesException for a missing required table, an unknown {@code .csv} file or a
   *     table given as Parquet
   */
  static Map<Table, Path> files(Path dir) {
    Map<Table, Path> files = new EnumMap<>(Table.class);
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (name.endsWith(".csv") && Files.isRegularFile(p)) {
          String table = name.substring(0, name.length() - 4);
          Table t =
              Table.byFileName(table)
                  .orElseThrow(
                      () ->
                          new InvalidTablesException(
                              name, "not an input table; the tables are " + tableNames()));
          files.put(t, p);
        } else if (name.endsWith(".parquet")
            || (Files.isDirectory(p) && Table.byFileName(name).isPresent())) {
          throw new InvalidTablesException(
              name,
              "a Parquet table: this command reads CSV tables (NAME.csv); Parquet tables are"
                  + " read by the Spark runner");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Table t : Table.values()) {
      if (!t.optionalTable() && !files.containsKey(t)) {
        throw new InvalidTablesException(t.fileName() + ".csv", "missing required table in " + dir);
      }
    }
    return files;
  }

  private static List<String> tableNames() {
    return Arrays.stream(Table.values()).map(t -> t.fileName() + ".csv").toList();
  }

  /**
   * Rates every organization of the tables in {@code dir} under {@code selection} and writes the
   * output tables into {@code out} (created if needed).
   *
   * @param dir the directory of the input tables
   * @param out the directory of the output tables
   * @param selection what to rate
   * @param settings how
   * @return what the run did
   * @throws InvalidTablesException for a problem of the tables themselves
   * @throws UncheckedIOException when a file cannot be read or written
   */
  public static Summary run(Path dir, Path out, Selection selection, Settings settings) {
    requireNonNull(selection, "selection");
    OrganizationRating rating = OrganizationRating.withDefaults();
    return run(dir, out, settings, rows -> rating.rate(rows, selection, true));
  }

  /**
   * Corrects (<a href="{@docRoot}/index.html#R13">R13</a>) every organization of the tables in
   * {@code dir} under {@code selection} against the output tables of an earlier run in {@code
   * issuedDir}, issued on the local date of {@code at}, and writes into {@code out} the CORRECTION
   * invoices, the new ORDER and SHIPMENT invoices, the users' new outcomes and the errors rows. An
   * organization with nothing issued for a selected period, or with invalid issued rows, is an
   * errors row; an organization without differences gets no invoice.
   *
   * @param dir the directory of the input tables (the new data)
   * @param out the directory of the output tables
   * @param selection what to correct: closed periods, no {@link Selection.AsOf}
   * @param issuedDir the directory of the earlier run's invoices.csv, invoice_lines.csv and
   *     user_outcomes.csv
   * @param at the correction instant
   * @param settings how
   * @return what the run did
   * @throws InvalidTablesException for a problem of the tables themselves, input or issued
   * @throws IllegalArgumentException for an {@link Selection.AsOf} selection
   * @throws UncheckedIOException when a file cannot be read or written
   */
  public static Summary correct(
      Path dir, Path out, Selection selection, Path issuedDir, Instant at, Settings settings) {
    requireNonNull(selection, "selection");
    requireNonNull(at, "at");
    if (selection instanceof Selection.AsOf) {
      throw new IllegalArgumentException(
          "a usage-to-date view (PREVIEW, R11) is never corrected: " + selection);
    }
    files(dir);
    IssuedTables issued = IssuedTables.read(issuedDir);
    OrganizationRating rating = OrganizationRating.withDefaults();
    return run(dir, out, settings, rows -> rating.correct(rows, selection, issued, at));
  }

  private static Summary run(
      Path dir, Path out, Settings settings, Function<OrganizationRows, OrganizationOutput> step) {
    long started = System.nanoTime();
    Map<Table, Path> files = files(dir);
    TreeSet<String> ids = new TreeSet<>();
    CsvTableReader.read(
        requireNonNull(files.get(Table.ORGANIZATIONS)),
        Table.ORGANIZATIONS,
        (line, v) -> ids.add(v[0]));
    long bytes = 0;
    try {
      for (Path p : files.values()) {
        bytes += Files.size(p);
      }
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int partitions =
        (int)
            Math.max(
                1,
                Math.min(
                    Math.min(MAX_PARTITIONS, ids.size()),
                    (bytes + settings.partitionBytes() - 1) / settings.partitionBytes()));
    String[] bounds = bounds(new ArrayList<>(ids), partitions);
    Counter counter = new Counter(ids.size(), settings, started);
    try (Output output = new Output(out);
        Partitions parts = new Partitions(settings.temporary(), partitions)) {
      if (partitions == 1) {
        TreeMap<String, OrganizationRows> orgs = new TreeMap<>();
        counter.rows =
            readAll(files, (table, line, v) -> organization(orgs, v).addCsv(table, line, v));
        rate(orgs, step, settings, output, counter);
      } else {
        counter.rows =
            readAll(files, (table, line, v) -> parts.write(bucket(bounds, v[0]), table, line, v));
        parts.finish();
        for (int b = 0; b < partitions; b++) {
          TreeMap<String, OrganizationRows> orgs = new TreeMap<>();
          parts.read(b, (table, line, v) -> organization(orgs, v).addCsv(table, line, v));
          rate(orgs, step, settings, output, counter);
        }
      }
    }
    return new Summary(
        counter.rated,
        counter.inErrors,
        counter.nothing,
        counter.rows,
        partitions,
        Duration.ofNanos(System.nanoTime() - started));
  }

  private static OrganizationRows organization(
      NavigableMap<String, OrganizationRows> orgs, @Nullable String[] v) {
    String id = requireNonNull(v[0]);
    OrganizationRows rows = orgs.get(id);
    if (rows == null) {
      rows = new OrganizationRows(id);
      orgs.put(id, rows);
    }
    return rows;
  }

  /** The first id of each partition after the first. */
  private static String[] bounds(List<String> sorted, int partitions) {
    String[] bounds = new String[partitions - 1];
    for (int b = 1; b < partitions; b++) {
      bounds[b - 1] = sorted.get((int) ((long) b * sorted.size() / partitions));
    }
    return bounds;
  }

  private static int bucket(String[] bounds, @Nullable String orgId) {
    int i = Arrays.binarySearch(bounds, requireNonNull(orgId));
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** Receives rows of any table. */
  @FunctionalInterface
  interface TableSink {
    void row(Table table, long line, @Nullable String[] values);
  }

  private static long readAll(Map<Table, Path> files, TableSink sink) {
    long rows = 0;
    for (Map.Entry<Table, Path> e : files.entrySet()) {
      Table t = e.getKey();
      rows += CsvTableReader.read(e.getValue(), t, (line, v) -> sink.row(t, line, v));
    }
    return rows;
  }

  private static void rate(
      NavigableMap<String, OrganizationRows> orgs,
      Function<OrganizationRows, OrganizationOutput> step,
      Settings settings,
      Output output,
      Counter counter) {
    if (settings.threads() == 1 || orgs.size() == 1) {
      while (!orgs.isEmpty()) {
        OrganizationRows rows = orgs.pollFirstEntry().getValue();
        counter.count(output.write(step.apply(rows)));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), TablesRun::daemon);
    try {
      List<Future<OrganizationOutput>> results = new ArrayList<>(orgs.size());
      while (!orgs.isEmpty()) {
        OrganizationRows rows = orgs.pollFirstEntry().getValue();
        results.add(pool.submit(() -> step.apply(rows)));
      }
      for (int i = 0; i < results.size(); i++) {
        counter.count(output.write(get(results.get(i))));
        results.set(i, null);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "seatline-rating");
    t.setDaemon(true);
    return t;
  }

  private static OrganizationOutput get(Future<OrganizationOutput> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** The counts of a run and its progress lines. */
  private static final class Counter {
    private final long organizations;
    private final Settings settings;
    private final long started;
    private long lastProgress;
    long rated;
    long inErrors;
    long nothing;
    long rows;

    Counter(long organizations, Settings settings, long started) {
      this.organizations = organizations;
      this.settings = settings;
      this.started = started;
      this.lastProgress = started;
    }

    void count(OrganizationOutput o) {
      if (o.error().isPresent()) {
        inErrors++;
      } else if (o.nothingToRate()) {
        nothing++;
      } else {
        rated++;
      }
      PrintStream p = settings.progress();
      long now = System.nanoTime();
      if (p != null && now - lastProgress >= settings.progressEvery().toNanos()) {
        lastProgress = now;
        p.printf(
            "progress: %d of %d organizations done, %d rows read, %.1f s%n",
            rated + inErrors + nothing, organizations, rows, (now - started) / 1e9);
      }
    }
  }

  /** The four output tables. */
  private static final class Output implements AutoCloseable {
    private final CsvTableWriter invoices;
    private final CsvTableWriter lines;
    private final CsvTableWriter users;
    private final CsvTableWriter errors;

    Output(Path out) {
      invoices = CsvTableWriter.create(out.resolve(OUTPUT_TABLES[0] + ".csv"), InvoiceRow.COLUMNS);
      lines = CsvTableWriter.create(out.resolve(OUTPUT_TABLES[1] + ".csv"), InvoiceLineRow.COLUMNS);
      users = CsvTableWriter.create(out.resolve(OUTPUT_TABLES[2] + ".csv"), UserOutcomeRow.COLUMNS);
      errors = CsvTableWriter.create(out.resolve(OUTPUT_TABLES[3] + ".csv"), ErrorRow.COLUMNS);
    }

    OrganizationOutput write(OrganizationOutput o) {
      o.invoices().forEach(r -> invoices.write(r.values()));
      o.lines().forEach(r -> lines.write(r.values()));
      o.users().forEach(r -> users.write(r.values()));
      o.error().ifPresent(r -> errors.write(r.values()));
      return o;
    }

    @Override
    public void close() {
      invoices.close();
      lines.close();
      users.close();
      errors.close();
    }
  }

  /** The temporary partition files of a run: rows in a compact binary form. */
  @SuppressWarnings("EnumOrdinal") // a table is stored as its ordinal in the run's own files
  private static final class Partitions implements AutoCloseable {
    private final @Nullable Path dir;
    private final DataOutputStream[] outs;
    private final Table[] tables = Table.values();

    Partitions(Path temporary, int count) {
      try {
        this.dir = count > 1 ? Files.createTempDirectory(temporary, "seatline-partitions") : null;
        this.outs = new DataOutputStream[count > 1 ? count : 0];
        for (int i = 0; i < outs.length; i++) {
          outs[i] =
              new DataOutputStream(
                  new BufferedOutputStream(Files.newOutputStream(file(i)), 1 << 16));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private Path file(int i) {
      return requireNonNull(dir).resolve("part-" + i + ".bin");
    }

    void write(int bucket, Table table, long line, @Nullable String[] values) {
      DataOutputStream o = outs[bucket];
      try {
        o.writeByte(table.ordinal());
        o.writeLong(line);
        for (String v : values) {
          if (v == null) {
            o.writeInt(-1);
          } else {
            byte[] b = v.getBytes(UTF_8);
            o.writeInt(b.length);
            o.write(b);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void finish() {
      try {
        for (DataOutputStream o : outs) {
          o.close();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void read(int bucket, TableSink sink) {
      Map<Table, @Nullable String[]> buffers = new EnumMap<>(Table.class);
      try (DataInputStream in =
          new DataInputStream(
              new BufferedInputStream(Files.newInputStream(file(bucket)), 1 << 16))) {
        byte[] bytes = new byte[256];
        while (true) {
          int t;
          try {
            t = in.readUnsignedByte();
          } catch (EOFException end) {
            break;
          }
          Table table = tables[t];
          long line = in.readLong();
          @Nullable String[] values =
              buffers.computeIfAbsent(table, x -> new String[x.columns().size()]);
          for (int c = 0; c < values.length; c++) {
            int n = in.readInt();
            if (n < 0) {
              values[c] = null;
            } else {
              if (n > bytes.length) {
                bytes = new byte[Math.max(n, bytes.length * 2)];
              }
              in.readFully(bytes, 0, n);
              values[c] = new String(bytes, 0, n, UTF_8);
            }
          }
          sink.row(table, line, values);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try {
        Files.deleteIfExists(file(bucket));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      if (dir == null) {
        return;
      }
      try {
        for (DataOutputStream o : outs) {
          o.close();
        }
        for (int i = 0; i < outs.length; i++) {
          Files.deleteIfExists(file(i));
        }
        Files.deleteIfExists(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Runs {@code action} on every organization's rows of the tables in {@code dir}, in id order. */
  static void forEachOrganization(Path dir, Consumer<OrganizationRows> action) {
    Map<Table, Path> files = files(dir);
    TreeMap<String, OrganizationRows> orgs = new TreeMap<>();
    readAll(files, (table, line, v) -> organization(orgs, v).addCsv(table, line, v));
    orgs.values().forEach(action);
  }

  /**
   * {@return the rows of organization {@code orgId} in the tables of {@code dir}, read in one pass
   * that keeps no other organization's rows}
   *
   * @param dir the directory of the input tables
   * @param orgId the organization
   * @throws InvalidTablesException for a problem of the tables themselves
   */
  public static OrganizationRows organization(Path dir, String orgId) {
    Map<Table, Path> files = files(dir);
    OrganizationRows rows = new OrganizationRows(orgId);
    readAll(
        files,
        (table, line, v) -> {
          if (orgId.equals(v[0])) {
            rows.addCsv(table, line, v);
          }
        });
    return rows;
  }
}
