package dev.seatline.billing.examples.imports;

import static java.util.stream.Collectors.joining;

import com.google.common.collect.ImmutableMap;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.TierCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The map from the vendor's licence names to Seatline's licence tiers (R3): {@code
 * cx1=PURECLOUD_1,cx2=PURECLOUD_2} on the command line, or a file of {@code name=TIER} lines
 * ({@code #} starts a comment). A licence name the map does not hold is never guessed: the importer
 * lists it. Immutable.
 */
final class TierMap {
  private static final String TIER_NAMES =
      TierCatalog.faq().tiers().stream().map(LicenseTier::name).collect(joining(", "));

  private final ImmutableMap<String, LicenseTier> tiers;

  private TierMap(Map<String, LicenseTier> tiers) {
    this.tiers = ImmutableMap.copyOf(tiers);
  }

  /**
   * Parses {@code name=TIER,name=TIER}.
   *
   * @throws IllegalArgumentException naming the entry that is not {@code name=TIER} with a tier of
   *     the default catalog, or a name given twice
   */
  static TierMap parse(String text) {
    Map<String, LicenseTier> map = new LinkedHashMap<>();
    for (String entry : text.split(",", -1)) {
      add(map, entry, "--tiers entry");
    }
    return new TierMap(map);
  }

  /** Reads a file of {@code name=TIER} lines, named {@code file} in errors. */
  static TierMap read(Path path, String file) throws IOException {
    Map<String, LicenseTier> map = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      add(map, line, file + ":" + (i + 1) + ":");
    }
    if (map.isEmpty()) {
      throw new IllegalArgumentException(file + ": expected name=TIER lines, found none");
    }
    return new TierMap(map);
  }

  private static void add(Map<String, LicenseTier> map, String entry, String where) {
    int eq = entry.indexOf('=');
    String name = eq < 0 ? "" : entry.substring(0, eq).strip();
    String tierName = eq < 0 ? "" : entry.substring(eq + 1).strip();
    Optional<LicenseTier> tier = TierCatalog.faq().find(tierName);
    if (name.isEmpty() || tier.isEmpty()) {
      throw new IllegalArgumentException(
          where
              + " '"
              + entry.strip()
              + "' is not LICENSE_NAME=TIER with TIER one of "
              + TIER_NAMES);
    }
    if (map.put(name, tier.get()) != null) {
      throw new IllegalArgumentException(where + " licence name '" + name + "' is mapped twice");
    }
  }

  /** The tier of the licence {@code name}, empty when the map does not hold it. */
  Optional<LicenseTier> tier(String name) {
    return Optional.ofNullable(tiers.get(name));
  }

  @Override
  public String toString() {
    return tiers.toString();
  }
}
