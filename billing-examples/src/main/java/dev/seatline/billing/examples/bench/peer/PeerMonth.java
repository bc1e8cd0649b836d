package dev.seatline.billing.examples.bench.peer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The peer's synthetic month of on-queue intervals for a 24/7 contact centre, deterministic per
 * seed: the same logic, draw for draw, as the generator the DuckDB side was measured with, so that
 * a seed gives byte for byte the same CSV and the figures stay comparable.
 *
 * <p>Each user (ids 1..U) has a weekly pattern (Mon-Fri 70 %, Sun-Thu 15 %, Tue-Sat 15 %), a shift
 * (at 08, 11, 15 or 22 h local time on UTC-5, plus or minus one hour in quarter hours; 8 h long,
 * some 10 h or 6 h), an on-queue share of 65-90 % and a 4 % chance per working day of being absent.
 * Exactly K rows per user are spread over the user's working days whose shift meets [S, E); within
 * a shift the rows are on-queue stints separated by breaks. About 8 % of breaks are zero (the next
 * stint starts exactly where the previous one ends: touching rows) and about 4 % of stints run on
 * past the next one's start (overlapping rows of one user). Shifts straddling S or E give rows to
 * clip. Rows are written in random order.
 */
public final class PeerMonth {
  private PeerMonth() {}

  private static final Set<DayOfWeek> MON_FRI = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  private static final Set<DayOfWeek> SUN_THU =
      EnumSet.of(
          DayOfWeek.SUNDAY,
          DayOfWeek.MONDAY,
          DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY);
  private static final Set<DayOfWeek> TUE_SAT =
      EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY);

  /** {@code users} users with {@code perUser} rows each over {@code [s, e)}, epoch seconds. */
  public static OnQueueRows generate(long seed, int users, int perUser, long s, long e) {
    if (users <= 0 || perUser <= 0 || (long) users * perUser > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("need 0 < users * intervals-per-user < 2^31");
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    OnQueueRows out = new OnQueueRows(users * perUser);
    long dayLen = 86_400L;
    int days = (int) ((e - s + dayLen - 1) / dayLen);
    DayOfWeek firstDay = Instant.ofEpochSecond(s).atOffset(ZoneOffset.ofHours(-5)).getDayOfWeek();
    int[] dayList = new int[days + 2];
    for (int u = 1; u <= users; u++) {
      double p = rnd.nextDouble();
      Set<DayOfWeek> pattern = p < 0.70 ? MON_FRI : p < 0.85 ? SUN_THU : TUE_SAT;
      // shift start, in seconds after the local (UTC-5) midnight that S falls on
      double q = rnd.nextDouble();
      long base = q < 0.55 ? 8 : q < 0.80 ? 11 : q < 0.92 ? 15 : 22;
      long offset = base * 3600 + (rnd.nextInt(9) - 4) * 900L; // +-1 h in quarter hours
      double r = rnd.nextDouble();
      long shiftLen = r < 0.80 ? 8 * 3600 : r < 0.90 ? 10 * 3600 : 6 * 3600;
      double onQueueShare = 0.65 + 0.25 * rnd.nextDouble();

      // working days d (day 0 starts at S) whose nominal shift meets [S, E)
      int nd = 0;
      for (int d = -1; d < days; d++) {
        long from = d * dayLen + offset;
        if (from + shiftLen <= 0 || s + from >= e) {
          continue;
        }
        if (!pattern.contains(firstDay.plus(Math.floorMod(d, 7)))) {
          continue;
        }
        if (rnd.nextDouble() < 0.04) {
          continue; // absent
        }
        dayList[nd++] = d;
      }
      if (nd == 0) {
        dayList[nd++] = 0;
      }
      // spread exactly perUser rows over the working days
      shuffle(dayList, nd, rnd);
      int used = Math.min(nd, perUser);
      for (int k = 0; k < used; k++) {
        int m = perUser / used + (k < perUser % used ? 1 : 0);
        long shiftStart = s + dayList[k] * dayLen + offset + rnd.nextInt(1201) - 600;
        long len = shiftLen + rnd.nextInt(1801) - 900;
        addShift(out, rnd, u, shiftStart, len, m, onQueueShare);
      }
    }
    for (int i = out.size() - 1; i > 0; i--) {
      out.swap(i, rnd.nextInt(i + 1));
    }
    return out;
  }

  /** {@code m} on-queue stints inside {@code [shiftStart, shiftStart + len)}, with breaks. */
  private static void addShift(
      OnQueueRows out,
      SplittableRandom rnd,
      int user,
      long shiftStart,
      long len,
      int m,
      double share) {
    double onQueue = len * share;
    double offQueue = len - onQueue;
    double[] stint = weights(rnd, m, onQueue);
    double[] gap = weights(rnd, m + 1, offQueue); // gap[0] before the first stint, gap[m] after
    double t = shiftStart + gap[0];
    for (int i = 0; i < m; i++) {
      long a = Math.round(t);
      long b = Math.max(a + 60, Math.round(t + stint[i]));
      double next = i + 1 < m ? gap[i + 1] : 0;
      if (i + 1 < m && rnd.nextDouble() < 0.08) {
        t = b; // status change: the next stint starts exactly at b
      } else {
        t = b + next;
      }
      long end = b;
      if (i + 1 < m && rnd.nextDouble() < 0.04) {
        end = Math.round(t) + 1 + rnd.nextInt(600); // runs on past the next stint's start
      }
      out.add(user, a, end);
    }
  }

  private static double[] weights(SplittableRandom rnd, int n, double total) {
    double[] w = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      w[i] = 0.3 + rnd.nextDouble();
      sum += w[i];
    }
    for (int i = 0; i < n; i++) {
      w[i] = w[i] / sum * total;
    }
    return w;
  }

  private static void shuffle(int[] a, int n, SplittableRandom rnd) {
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int x = a[i];
      a[i] = a[j];
      a[j] = x;
    }
  }

  /** Writes {@code rows} as CSV with the header {@link OnQueueRows#HEADER}. */
  public static void writeCsv(OnQueueRows rows, Path file) throws IOException {
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      os.write((OnQueueRows.HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
      StringBuilder sb = new StringBuilder(1 << 16);
      for (int i = 0; i < rows.size(); i++) {
        sb.append(rows.user(i))
            .append(',')
            .append(rows.start(i))
            .append(',')
            .append(rows.end(i))
            .append('\n');
        if (sb.length() > (1 << 16) - 64) {
          os.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
          sb.setLength(0);
        }
      }
      os.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
    }
  }
}
