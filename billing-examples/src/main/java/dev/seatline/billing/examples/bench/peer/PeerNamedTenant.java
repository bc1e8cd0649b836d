package dev.seatline.billing.examples.bench.peer;

import dev.seatline.billing.examples.bench.SyntheticTenants;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.LicenseTier;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The peer's seeded NAMED tenant, the same logic draw for draw as the generator the DuckDB side was
 * measured with (same seed, same files): 95 % COMMUNICATE, 5 % PURECLOUD_2, one COMMUNICATE user in
 * 50 upgraded to PURECLOUD_2 for 10 minutes or a day, sessions of 10 minutes to 9 hours (about 12 %
 * through the API), plus boundary cases: licences straddling S and E, overlapping, touching,
 * duplicate and nested assignments at and around exactly 4 h, licences outside the period, users
 * with no user-interface session (API only, directory only, sessions only outside the period,
 * sessions touching S or E), a few open sessions. No deletions. Epoch seconds.
 *
 * <p>Files: {@code licenses.csv} ({@code user_id,tier,from_s,to_s}) and {@code sessions.csv}
 * ({@code user_id,channel,from_s,to_s}); an empty {@code to_s} is open.
 */
public final class PeerNamedTenant {
  /** The header of {@code licenses.csv}. */
  public static final String LICENSES_HEADER = "user_id,tier,from_s,to_s";

  /** The header of {@code sessions.csv}. */
  public static final String SESSIONS_HEADER = "user_id,channel,from_s,to_s";

  private static final long S = SyntheticTenants.PERIOD_START.getEpochSecond();
  private static final long E = SyntheticTenants.PERIOD_END.getEpochSecond();
  private static final long H = 3600;
  private static final long D = 86400;

  private PeerNamedTenant() {}

  private record Lic(int u, LicenseTier tier, long from, @Nullable Long to) {}

  private record Ses(int u, Channel ch, long from, @Nullable Long to) {}

  /** Writes {@code licenses.csv} and {@code sessions.csv} into {@code dir}. */
  public static void generate(long seed, int users, int sessions, Path dir) throws IOException {
    Files.createDirectories(dir);
    SplittableRandom r = new SplittableRandom(seed);
    List<Lic> lic = new ArrayList<>();
    int[] sesClass = new int[users];
    long span = E - S;
    LicenseTier c1 = LicenseTier.COMMUNICATE;
    LicenseTier p2 = LicenseTier.PURECLOUD_2;
    for (int u = 0; u < users; u++) {
      long before = S - 60 * D;
      int c = r.nextInt(1000);
      if (c < 50) {
        lic.add(new Lic(u, p2, before, null));
      } else {
        if (c < 60) { // closed COMMUNICATE that straddles S: 0..8 h inside the period
          lic.add(new Lic(u, c1, before, S + r.nextLong(8 * H + 1)));
        } else if (c < 70) { // added late: straddles E, 0..8 h inside
          lic.add(new Lic(u, c1, E - r.nextLong(8 * H + 1), null));
        } else if (c < 75) {
          // no licence at all
        } else if (c < 85) { // redundant overlapping COMMUNICATE assignments
          lic.add(new Lic(u, c1, before, null));
          long x = S + r.nextLong(span);
          lic.add(new Lic(u, c1, x, x + H + r.nextLong(10 * D)));
        } else {
          lic.add(new Lic(u, c1, before, null));
        }
        if (r.nextInt(50) == 0) { // upgraded for 10 minutes or a day
          long up = S + r.nextInt(2_600_000);
          lic.add(new Lic(u, p2, up, up + (r.nextBoolean() ? 600 : 86_400)));
        }
        if (r.nextInt(100) == 0) { // contact-center assignments around the 4 h minimum
          long t = S + 2 * D + r.nextLong(span - 4 * D);
          switch (r.nextInt(11)) {
            case 0 -> lic.add(new Lic(u, p2, t, t + 4 * H)); // exactly 4 h: yes
            case 1 -> lic.add(new Lic(u, p2, t, t + 4 * H - 1)); // no
            case 2 -> { // touching 2 h + 2 h = 4 h: yes
              lic.add(new Lic(u, p2, t, t + 2 * H));
              lic.add(new Lic(u, p2, t + 2 * H, t + 4 * H));
            }
            case 3 -> { // overlap of 1 s: union 4 h - 1 s (sum 4 h): no
              lic.add(new Lic(u, p2, t, t + 2 * H));
              lic.add(new Lic(u, p2, t + 2 * H - 1, t + 4 * H - 1));
            }
            case 4 -> { // 2.5 h + 2.5 h overlapping 1 h: union 4 h: yes
              lic.add(new Lic(u, p2, t + 3 * H / 2, t + 4 * H));
              lic.add(new Lic(u, p2, t, t + 5 * H / 2));
            }
            case 5 -> { // duplicate 3 h: union 3 h (sum 6 h): no
              lic.add(new Lic(u, p2, t, t + 3 * H));
              lic.add(new Lic(u, p2, t, t + 3 * H));
            }
            case 6 -> lic.add(new Lic(u, p2, S - H, S + 4 * H)); // clipped 4 h: yes
            case 7 -> lic.add(new Lic(u, p2, E - 4 * H + 1, E + D)); // 4 h - 1 s: no
            case 8 -> { // three disjoint 80 min: 4 h: yes
              for (int k = 0; k < 3; k++) {
                lic.add(new Lic(u, p2, t + 3L * k * H, t + 3L * k * H + 80 * 60));
              }
            }
            case 9 -> { // nested: 5 h containing 1 h: yes
              lic.add(new Lic(u, p2, t + H, t + 2 * H));
              lic.add(new Lic(u, p2, t, t + 5 * H));
            }
            default -> { // outside the period only: no
              lic.add(new Lic(u, p2, S - 10 * D, S - 9 * D));
              lic.add(new Lic(u, p2, E, E + 5 * H));
            }
          }
        }
      }
      sesClass[u] = r.nextInt(1000);
    }
    List<Ses> ses = new ArrayList<>(sessions + 16);
    for (int u = 0; u < users; u++) {
      int c = sesClass[u];
      if (c >= 45 && c < 50) { // touching S and E from outside: not billable
        ses.add(new Ses(u, Channel.WEB, S - H, S));
        ses.add(new Ses(u, Channel.DESKTOP, E, E + H));
      } else if (c >= 50 && c < 55) { // 1 s inside: billable
        if (r.nextBoolean()) {
          ses.add(new Ses(u, Channel.MOBILE, S - H, S + 1));
        } else {
          ses.add(new Ses(u, Channel.WEB, E - 1, E + H));
        }
      }
    }
    Channel[] ui = {
      Channel.DESKTOP,
      Channel.DESKTOP,
      Channel.DESKTOP,
      Channel.WEB,
      Channel.WEB,
      Channel.WEB,
      Channel.MOBILE
    };
    while (ses.size() < sessions) {
      int u = r.nextInt(users);
      int c = sesClass[u];
      if (c < 10 || (c >= 45 && c < 55)) {
        continue; // directory-only users, and the edge users, get no other sessions
      }
      long len = 600 + r.nextLong(9 * H - 600 + 1);
      Channel ch =
          r.nextInt(10) == 0 || (c >= 10 && c < 30) ? Channel.API : ui[r.nextInt(ui.length)];
      long from;
      if (c >= 30 && c < 45) { // only outside the period (ends <= S or starts >= E)
        from = r.nextBoolean() ? S - len - r.nextLong(5 * D) : E + r.nextLong(5 * D);
      } else {
        from = S - D + r.nextLong(span + 2 * D);
      }
      Long to = from + len;
      if (from > E - D && r.nextInt(200) == 0) {
        to = null; // still open
      }
      ses.add(new Ses(u, ch, from, to));
    }
    shuffle(r, lic);
    shuffle(r, ses);
    try (Writer w = writer(dir.resolve("licenses.csv"))) {
      w.write(LICENSES_HEADER + "\n");
      for (Lic l : lic) {
        w.write(row(l.u(), l.tier().name(), l.from(), l.to()));
      }
    }
    try (Writer w = writer(dir.resolve("sessions.csv"))) {
      w.write(SESSIONS_HEADER + "\n");
      for (Ses s : ses) {
        w.write(row(s.u(), s.ch().name(), s.from(), s.to()));
      }
    }
  }

  private static BufferedWriter writer(Path file) throws IOException {
    return Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
  }

  private static String row(int user, String code, long from, @Nullable Long to) {
    return user + "," + code + "," + from + "," + (to == null ? "" : to) + "\n";
  }

  private static <T> void shuffle(SplittableRandom r, List<T> l) {
    for (int i = l.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      T t = l.get(i);
      l.set(i, l.get(j));
      l.set(j, t);
    }
  }
}
