package dev.seatline.billing.examples.bench.peer;

/**
 * The DuckDB side's queries: the exact SQL a data team would write without this library, kept word
 * for word as it was measured and checked against brute force (clip, merge each user's intervals
 * into islands, the step function c(t) as segments, then the measure), so that both sides of the
 * comparison compute the same thing. Times are integer epoch seconds; the period is [S, E) and the
 * sustained window is W seconds.
 *
 * <p>The peak queries read table {@code intervals(user_id INTEGER, start_s BIGINT, end_s BIGINT)}
 * and return one row {@code (n, detail)}, or none when the period is shorter than the window. The
 * named query reads {@code licenses(user_id, tier, from_s, to_s)} and {@code sessions(user_id,
 * channel, from_s, to_s)} (a NULL {@code to_s} is open) and returns the billed users with their
 * tier (R2: a user-interface session in the period; R3: the highest tier whose clipped assignments
 * add up, as a union, to at least 4 hours).
 */
final class PeerSql {
  private PeerSql() {}

  /** Clip to [S, E) and merge each user's overlapping or touching intervals (gaps and islands). */
  private static final String MERGED =
      """
      clipped AS (
        SELECT user_id, greatest(start_s, {S}) AS s, least(end_s, {E}) AS e
        FROM intervals
        WHERE least(end_s, {E}) > greatest(start_s, {S})
      ),
      flagged AS (  -- an interval opens a new island unless one of the user's intervals that
                    -- started earlier reaches its start ([a,b) and [b,c) touch: one island).
                    -- RANGE, not ROWS: rows with equal starts get equal flags, so ties are safe.
        SELECT user_id, s, e,
               CASE WHEN s <= max(e) OVER (PARTITION BY user_id ORDER BY s
                                           RANGE BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                    THEN 0 ELSE 1 END AS opens
        FROM clipped
      ),
      islands AS (
        SELECT user_id, s, e,
               sum(opens) OVER (PARTITION BY user_id ORDER BY s
                                RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS island
        FROM flagged
      ),
      merged AS (   -- disjoint, non-touching presence intervals: each user counts once
        SELECT user_id, min(s) AS s, max(e) AS e FROM islands GROUP BY user_id, island
      ),
      deltas AS (   -- one row per breakpoint of c(t); S is always a breakpoint
        SELECT t, sum(d) AS d
        FROM (SELECT s AS t, 1 AS d FROM merged
              UNION ALL SELECT e, -1 FROM merged
              UNION ALL SELECT {S}, 0)
        GROUP BY t
      ),
      segments AS ( -- c is constant on [seg_start, seg_end)
        SELECT t AS seg_start,
               lead(t, 1, {E}) OVER (ORDER BY t) AS seg_end,
               sum(d) OVER (ORDER BY t ROWS UNBOUNDED PRECEDING) AS c
        FROM deltas
      )""";

  /**
   * The exact contiguous sustained peak: the largest N with c(t) >= N throughout a window [a, a+W)
   * inside [S, E); the detail is the earliest start of such a window.
   */
  static String contiguous(long s, long e, long w) {
    return fill(
        "WITH "
            + MERGED
            + """
            ,
            windows AS (  -- an optimal window can start at a breakpoint: min of c over [seg_start, seg_start + W)
              SELECT seg_start,
                     min(c) OVER (ORDER BY seg_start
                                  RANGE BETWEEN CURRENT ROW AND {W1} FOLLOWING) AS n
              FROM segments
              WHERE seg_start < {E}
            )
            SELECT n, seg_start AS detail
            FROM windows
            WHERE seg_start + {W} <= {E}
            ORDER BY n DESC, seg_start
            LIMIT 1""",
        s,
        e,
        w);
  }

  /**
   * The exact accumulated measure: the largest N such that the total time, contiguous or not, with
   * c(t) >= N is at least W; the detail is that total time in seconds.
   */
  static String accumulated(long s, long e, long w) {
    return fill(
        "WITH "
            + MERGED
            + """
            ,
            levels AS (
              SELECT c, sum(seg_end - seg_start) AS secs FROM segments WHERE seg_start < {E} GROUP BY c
            ),
            at_least AS (  -- seconds with c(t) >= level
              SELECT c, sum(secs) OVER (ORDER BY c DESC ROWS UNBOUNDED PRECEDING) AS secs FROM levels
            )
            SELECT c AS n, secs AS detail
            FROM at_least
            WHERE secs >= {W}
            ORDER BY c DESC
            LIMIT 1""",
        s,
        e,
        w);
  }

  /** The billed users of a NAMED tenant and their tier; {@code minimum} in seconds (R3: 4 h). */
  static String billed(long s, long e, long minimum) {
    return """
        WITH lic AS (   -- clip every assignment to [S, E); drop what is left empty
          SELECT user_id, tier,
                 greatest(from_s, %1$d) AS s,
                 least(coalesce(to_s, %2$d), %2$d) AS e
          FROM licenses
          WHERE least(coalesce(to_s, %2$d), %2$d) > greatest(from_s, %1$d)
        ),
        flagged AS (    -- opens a new island unless an earlier-starting assignment of the same
                        -- user and tier reaches its start (touching ones merge; RANGE: ties safe)
          SELECT user_id, tier, s, e,
                 CASE WHEN s <= max(e) OVER (PARTITION BY user_id, tier ORDER BY s
                                             RANGE BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                      THEN 0 ELSE 1 END AS opens
          FROM lic
        ),
        islands AS (
          SELECT user_id, tier, s, e,
                 sum(opens) OVER (PARTITION BY user_id, tier ORDER BY s
                                  RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS island
          FROM flagged
        ),
        held AS (       -- union length per user and tier
          SELECT user_id, tier, sum(e - s) AS secs
          FROM (SELECT user_id, tier, island, min(s) AS s, max(e) AS e
                FROM islands GROUP BY user_id, tier, island)
          GROUP BY user_id, tier
        ),
        best AS (       -- highest qualifying tier (exactly 4 h qualifies)
          SELECT user_id,
                 max(CASE tier WHEN 'COMMUNICATE' THEN 0 WHEN 'PURECLOUD_1' THEN 1
                               WHEN 'PURECLOUD_2' THEN 2 WHEN 'PURECLOUD_3' THEN 3 END) AS rank
          FROM held
          WHERE secs >= %3$d
          GROUP BY user_id
        ),
        ui AS (         -- a DESKTOP/WEB/MOBILE session overlapping [S, E); open = still running
          SELECT DISTINCT user_id
          FROM sessions
          WHERE channel IN ('DESKTOP', 'WEB', 'MOBILE')
            AND from_s < %2$d AND (to_s IS NULL OR to_s > %1$d)
        )
        SELECT b.user_id,
               ['COMMUNICATE', 'PURECLOUD_1', 'PURECLOUD_2', 'PURECLOUD_3'][b.rank + 1] AS tier
        FROM best b SEMI JOIN ui ON b.user_id = ui.user_id"""
        .formatted(s, e, minimum);
  }

  /** The billed users per tier, from the table the named query was stored in. */
  static final String BILLED_PER_TIER =
      "SELECT tier, count(*) FROM billed GROUP BY tier ORDER BY tier";

  private static String fill(String sql, long s, long e, long w) {
    return sql.replace("{S}", Long.toString(s))
        .replace("{E}", Long.toString(e))
        .replace("{W1}", Long.toString(w - 1))
        .replace("{W}", Long.toString(w));
  }
}
