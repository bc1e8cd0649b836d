package dev.seatline.billing.examples.cli;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.seatline.billing.model.InvalidInputException;
import java.time.ZoneId;
import java.time.zone.ZoneRulesProvider;
import java.util.Map;
import java.util.Set;

/**
 * The {@code timeZone} ids a scenario may name (R1): the zone ids of the IANA time-zone database,
 * with the rules of the Java runtime's copy of it ({@link #dataVersion()}).
 *
 * <ul>
 *   <li>Region ids ({@code America/New_York}) and the database's other names ({@code UTC}, {@code
 *       Etc/GMT+5}, {@code US/Eastern}, {@code EST5EDT}) are taken as java.time knows them.
 *   <li>{@code EST}, {@code MST} and {@code HST}, which java.time does not accept as ids, are the
 *       fixed offsets the database gives them, -05:00, -07:00 and -10:00 all year round, read as
 *       the database's fixed zones {@code Etc/GMT+5}, {@code Etc/GMT+7} and {@code Etc/GMT+10}.
 *       {@code EST} is not America/New_York: a scenario that means New York says so (or omits
 *       {@code timeZone}).
 *   <li>{@code ROC}, {@code GMT+0} and {@code GMT-0}, links of the database that java.time lacks,
 *       are read as what they link to: {@code Asia/Taipei}, {@code Etc/GMT}, {@code Etc/GMT}.
 *   <li>{@code SystemV/*}, removed from the database in release 2020b but still in the JDK, is
 *       invalid input, and so is an offset ({@code +05:00}) or any other name.
 * </ul>
 *
 * <p>Stateless. Example: {@code TimeZones.parse("EST", "organization.timeZone")} is {@code
 * Etc/GMT+5}.
 */
public final class TimeZones {
  /** The names java.time lacks, to the zone each stands for. */
  private static final Map<String, String> ALIASES =
      ImmutableMap.of(
          "EST", "Etc/GMT+5",
          "MST", "Etc/GMT+7",
          "HST", "Etc/GMT+10",
          "ROC", "Asia/Taipei",
          "GMT+0", "Etc/GMT",
          "GMT-0", "Etc/GMT");

  private static final String REMOVED_PREFIX = "SystemV/";

  private static final Set<String> IDS = availableIds();

  private TimeZones() {}

  private static Set<String> availableIds() {
    ImmutableSortedSet.Builder<String> ids = ImmutableSortedSet.naturalOrder();
    for (String id : ZoneId.getAvailableZoneIds()) {
      if (!id.startsWith(REMOVED_PREFIX)) {
        ids.add(id);
      }
    }
    return ids.addAll(ALIASES.keySet()).build();
  }

  /** Every id a scenario may name, sorted. */
  static Set<String> ids() {
    return IDS;
  }

  /** The release of the time-zone data the Java runtime carries, such as {@code 2025a}. */
  static String dataVersion() {
    return ZoneRulesProvider.getVersions("UTC").lastKey();
  }

  /**
   * The zone {@code id} names.
   *
   * @throws InvalidInputException at {@code path} for an id that is not in the list above
   */
  public static ZoneId parse(String id, String path) {
    String alias = ALIASES.get(id);
    if (alias != null) {
      return ZoneId.of(alias);
    }
    if (IDS.contains(id)) {
      return ZoneId.of(id);
    }
    if (id.startsWith(REMOVED_PREFIX)) {
      throw InvalidInputException.at(
          path,
          JsonValue.quote(id)
              + " is not a zone of the IANA time-zone database (the SystemV zones were removed in"
              + " release 2020b); use a region id like America/New_York");
    }
    String suggestion = Suggestions.didYouMean(id, IDS);
    throw InvalidInputException.at(
        path,
        "unknown time zone "
            + JsonValue.quote(id)
            + (suggestion.isEmpty()
                ? "; expected an IANA zone id like America/New_York (time-zone data "
                    + dataVersion()
                    + ")"
                : suggestion));
  }
}
