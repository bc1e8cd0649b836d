package dev.seatline.billing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.model.InvalidInputException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeZonesTest {
  private static final Instant WINTER = Instant.parse("2026-01-15T12:00:00Z");
  private static final Instant SUMMER = Instant.parse("2026-07-15T12:00:00Z");

  private static ZoneOffset offset(ZoneId zone, Instant at) {
    return zone.getRules().getOffset(at);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "America/New_York",
        "Asia/Tokyo",
        "Europe/London",
        "UTC",
        "Etc/GMT+5",
        "US/Eastern",
        "EST5EDT",
        "Australia/Lord_Howe"
      })
  void theDatabasesIdsAreTakenAsTheyAre(String id) {
    assertThat(TimeZones.parse(id, "p")).isEqualTo(ZoneId.of(id));
  }

  @ParameterizedTest
  @CsvSource({"EST, -05:00", "MST, -07:00", "HST, -10:00"})
  void estMstAndHstAreFixedOffsetsAllYear(String id, String offset) {
    // java.time knows them only as old short ids: ZoneId.of("EST") fails.
    assertThatThrownBy(() -> ZoneId.of(id)).isInstanceOf(DateTimeException.class);
    ZoneId zone = TimeZones.parse(id, "p");
    assertThat(offset(zone, WINTER)).isEqualTo(ZoneOffset.of(offset));
    assertThat(offset(zone, SUMMER)).isEqualTo(ZoneOffset.of(offset));
    assertThat(offset(zone, Instant.parse("1900-01-01T00:00:00Z")))
        .isEqualTo(ZoneOffset.of(offset));
  }

  @Test
  void estIsNotNewYork() {
    ZoneId est = TimeZones.parse("EST", "p");
    assertThat(est.getId()).isEqualTo("Etc/GMT+5");
    assertThat(offset(est, SUMMER)).isNotEqualTo(offset(ZoneId.of("America/New_York"), SUMMER));
  }

  @ParameterizedTest
  @CsvSource({"ROC, Asia/Taipei", "GMT+0, Etc/GMT", "GMT-0, Etc/GMT"})
  void linksJavaTimeLacksAreWhatTheyLinkTo(String id, String target) {
    assertThat(TimeZones.parse(id, "p")).isEqualTo(ZoneId.of(target));
  }

  @ParameterizedTest
  @ValueSource(strings = {"SystemV/EST5", "SystemV/AST4ADT", "SystemV/PST8PDT", "SystemV/x"})
  void systemVZonesAreRejectedSayingWhy(String id) {
    assertThatThrownBy(() -> TimeZones.parse(id, "organization.timeZone"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.path()).isEqualTo("organization.timeZone");
              assertThat(e.problem())
                  .isEqualTo(
                      "'"
                          + id
                          + "' is not a zone of the IANA time-zone database (the SystemV zones were"
                          + " removed in release 2020b); use a region id like America/New_York");
            });
    assertThat(TimeZones.ids()).doesNotContain(id);
  }

  @Test
  void anUnknownIdNamesTheDataVersion() {
    assertThatThrownBy(() -> TimeZones.parse("Mars/Olympus_Mons", "p"))
        .hasMessage(
            "p: unknown time zone 'Mars/Olympus_Mons'; expected an IANA zone id like"
                + " America/New_York (time-zone data "
                + TimeZones.dataVersion()
                + ")");
    assertThat(TimeZones.dataVersion()).matches("\\d{4}[a-z]");
  }

  @Test
  void aNearlyRightIdIsSuggested() {
    assertThatThrownBy(() -> TimeZones.parse("america/new_york", "p"))
        .hasMessage("p: unknown time zone 'america/new_york'; did you mean 'America/New_York'?");
    assertThatThrownBy(() -> TimeZones.parse("Europe/Lodnon", "p"))
        .hasMessage("p: unknown time zone 'Europe/Lodnon'; did you mean 'Europe/London'?");
    assertThatThrownBy(() -> TimeZones.parse("est", "p"))
        .hasMessage("p: unknown time zone 'est'; did you mean 'EST'?");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+05:00", "Z", "UT", "GMT+5", "", " America/New_York"})
  void offsetsAndOtherNamesAreRejected(String id) {
    assertThatThrownBy(() -> TimeZones.parse(id, "p"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("p: unknown time zone");
  }
}
