package dev.seatline.billing.examples.bench.peer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * The DuckDB side: an in-memory DuckDB reached through plain JDBC. Only {@code java.sql} is used,
 * so this compiles in every build; the driver ({@code org.duckdb:duckdb_jdbc}, an 80 MB jar) is on
 * the class path of the {@code bench} profile's run only, and found by {@link DriverManager}.
 */
final class DuckDbSide implements AutoCloseable {
  /** The JDBC address of a new in-memory database. */
  static final String URL = "jdbc:duckdb:";

  /** One answer of a peak query: the seats and the detail that makes them checkable. */
  record Peak(long n, long detail) {}

  private final Connection conn;

  private DuckDbSide(Connection conn) {
    this.conn = conn;
  }

  /**
   * Opens an in-memory database with {@code threads} threads.
   *
   * @throws SQLException with a hint when the driver is not on the class path
   */
  static DuckDbSide open(int threads) throws SQLException {
    Connection c;
    try {
      c = DriverManager.getConnection(URL);
    } catch (SQLException e) {
      throw new SQLException(
          "cannot open DuckDB ("
              + e.getMessage()
              + "): the driver org.duckdb:duckdb_jdbc must be on the class path; run with"
              + " mvn -B -DskipTests package -Pbench -Dbench.only=side-by-side",
          e);
    }
    DuckDbSide db = new DuckDbSide(c);
    db.exec("SET threads = " + threads);
    return db;
  }

  /** The version and the settings that matter for the timings. */
  String describe() throws SQLException {
    return scalar(
        "SELECT 'DuckDB ' || version() || ', threads=' || current_setting('threads')"
            + " || ', memory_limit=' || current_setting('memory_limit')");
  }

  /** Loads {@code user_id,start_s,end_s} into table {@code intervals} with read_csv; the rows. */
  long loadIntervals(Path csv) throws SQLException {
    exec("DROP TABLE IF EXISTS intervals");
    exec(
        "CREATE TABLE intervals AS SELECT * FROM read_csv("
            + literal(csv)
            + ", header = true, delim = ',', "
            + "columns = {'user_id': 'INTEGER', 'start_s': 'BIGINT', 'end_s': 'BIGINT'})");
    return Long.parseLong(scalar("SELECT count(*) FROM intervals"));
  }

  /** Runs a peak query of {@link PeerSql}; no row (a period shorter than W) is {@code (0, -1)}. */
  Peak peak(String sql) throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      if (!rs.next()) {
        return new Peak(0, -1);
      }
      return new Peak(rs.getLong(1), rs.getLong(2));
    }
  }

  /** Loads {@code licenses.csv} and {@code sessions.csv} of {@code dir} with read_csv. */
  void loadNamed(Path dir) throws SQLException {
    exec("DROP TABLE IF EXISTS licenses");
    exec("DROP TABLE IF EXISTS sessions");
    exec(
        "CREATE TABLE licenses AS SELECT * FROM read_csv("
            + literal(dir.resolve("licenses.csv"))
            + ", header = true, delim = ',', columns = {'user_id': 'INTEGER', 'tier': 'VARCHAR',"
            + " 'from_s': 'BIGINT', 'to_s': 'BIGINT'})");
    exec(
        "CREATE TABLE sessions AS SELECT * FROM read_csv("
            + literal(dir.resolve("sessions.csv"))
            + ", header = true, delim = ',', columns = {'user_id': 'INTEGER', 'channel': 'VARCHAR',"
            + " 'from_s': 'BIGINT', 'to_s': 'BIGINT'})");
  }

  /**
   * Stores the billed users in table {@code billed} (as a rating library hands back a result per
   * user) and returns the billed users per tier.
   */
  Map<String, Long> named(String billedSql) throws SQLException {
    exec("CREATE OR REPLACE TEMP TABLE billed AS " + billedSql);
    Map<String, Long> perTier = new TreeMap<>();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery(PeerSql.BILLED_PER_TIER)) {
      while (rs.next()) {
        perTier.put(rs.getString(1), rs.getLong(2));
      }
    }
    return perTier;
  }

  /** The billed users of the last {@link #named} query: user id to tier. */
  Map<Integer, String> billedUsers() throws SQLException {
    Map<Integer, String> out = new TreeMap<>();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT user_id, tier FROM billed")) {
      while (rs.next()) {
        out.put(rs.getInt(1), rs.getString(2));
      }
    }
    return out;
  }

  private void exec(String sql) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute(sql);
    }
  }

  private String scalar(String sql) throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static String literal(Path file) {
    return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  @Override
  public void close() throws SQLException {
    conn.close();
  }
}
