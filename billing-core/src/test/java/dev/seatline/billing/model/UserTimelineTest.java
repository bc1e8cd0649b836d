package dev.seatline.billing.model;

import static dev.seatline.billing.InvalidInputs.assertInvalidAt;
import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserTimelineTest {
  private static final Instant T0 = Instant.parse("2026-01-16T00:00:00Z");

  private static Instant t(long h) {
    return T0.plus(Duration.ofHours(h));
  }

  private static UsageInterval iv(long fromHour, long toHour) {
    return UsageInterval.of(t(fromHour), t(toHour));
  }

  @Test
  void keepsEveryPartInInputOrder() {
    UserTimeline u =
        UserTimeline.builder("u1")
            .license(LicenseTier.PURECLOUD_3, UsageInterval.ofUnboundedEnd(t(0)))
            .license(LicenseTier.COMMUNICATE, iv(0, 5))
            .license(LicenseTier.PURECLOUD_3, iv(-10, -5))
            .addOn("SALESFORCE", iv(0, 9))
            .addOn("ZENDESK", iv(1, 2))
            .session(Channel.API, iv(2, 3))
            .session(Channel.WEB, iv(1, 2))
            .onQueue(iv(1, 2))
            .onQueue(List.of(iv(4, 5), iv(3, 4)))
            .build();

    assertThat(u.id()).isEqualTo("u1");
    assertThat(u.licenses())
        .containsExactly(
            new LicenseAssignment(LicenseTier.PURECLOUD_3, UsageInterval.ofUnboundedEnd(t(0))),
            new LicenseAssignment(LicenseTier.COMMUNICATE, iv(0, 5)),
            new LicenseAssignment(LicenseTier.PURECLOUD_3, iv(-10, -5)));
    assertThat(u.addOns())
        .containsExactly(
            new AddOnAssignment("SALESFORCE", iv(0, 9)), new AddOnAssignment("ZENDESK", iv(1, 2)));
    assertThat(u.sessions())
        .containsExactly(new Session(Channel.API, iv(2, 3)), new Session(Channel.WEB, iv(1, 2)));
    assertThat(u.onQueue()).containsExactly(iv(1, 2), iv(4, 5), iv(3, 4));
    assertThat(u.deletedAt()).isEmpty();
    assertThat(u.assignmentsOf(LicenseTier.PURECLOUD_3))
        .containsExactly(UsageInterval.ofUnboundedEnd(t(0)), iv(-10, -5));
    assertThat(u.assignmentsOf(LicenseTier.COMMUNICATE)).containsExactly(iv(0, 5));
    assertThat(u.assignmentsOf(LicenseTier.PURECLOUD_1)).isEmpty();
    assertThat(u.assignmentsOfAddOn("SALESFORCE")).containsExactly(iv(0, 9));
    assertThat(u.assignmentsOfAddOn("ZENDESK")).containsExactly(iv(1, 2));
    assertThat(u.assignmentsOfAddOn("OTHER")).isEmpty();
  }

  @Test
  void userInterfaceSessionsLeaveOutApiSessions() {
    UserTimeline u =
        UserTimeline.builder("u1")
            .session(Channel.DESKTOP, iv(0, 1))
            .session(Channel.API, iv(1, 2))
            .session(Channel.WEB, iv(2, 3))
            .session(Channel.MOBILE, UsageInterval.ofUnboundedEnd(t(3)))
            .build();

    assertThat(u.userInterfaceSessions())
        .containsExactly(iv(0, 1), iv(2, 3), UsageInterval.ofUnboundedEnd(t(3)));
  }

  @Test
  void aSessionSpanningTheDeletionIsClippedThere() {
    UserTimeline u =
        UserTimeline.builder("u1")
            .session(Channel.WEB, iv(0, 2))
            .session(Channel.DESKTOP, iv(3, 9))
            .session(Channel.MOBILE, UsageInterval.ofUnboundedEnd(t(4)))
            .session(Channel.WEB, iv(4, 5))
            .deletedAt(t(5))
            .build();

    assertThat(u.deletedAt()).contains(t(5));
    assertThat(u.sessions().get(1).interval()).as("kept as given").isEqualTo(iv(3, 9));
    assertThat(u.userInterfaceSessions()).containsExactly(iv(0, 2), iv(3, 5), iv(4, 5), iv(4, 5));
  }

  @Test
  void aSessionStartingAtTheDeletionIsRejectedAtItsIndex() {
    UserTimeline.Builder b =
        UserTimeline.builder("u1")
            .session(Channel.WEB, iv(0, 2))
            .session(Channel.API, iv(5, 6))
            .deletedAt(t(5));

    assertInvalidAt("sessions[1]", b::build)
        .hasMessage(
            "sessions[1]: starts at 2026-01-16T05:00:00Z, at or after the user's deletion"
                + " (deletedAt 2026-01-16T05:00:00Z)");
  }

  @Test
  void aSessionStartingAfterTheDeletionIsRejectedAtItsIndex() {
    UserTimeline.Builder b =
        UserTimeline.builder("u1")
            .session(Channel.WEB, iv(0, 2))
            .session(Channel.WEB, iv(1, 3))
            .session(Channel.MOBILE, UsageInterval.ofUnboundedEnd(t(7)))
            .deletedAt(t(5));

    assertInvalidAt("sessions[2]", b::build).hasMessageContaining("starts at 2026-01-16T07:00:00Z");
  }

  @Test
  void aSessionEndingExactlyAtTheDeletionIsKept() {
    UserTimeline u =
        UserTimeline.builder("u1").session(Channel.WEB, iv(4, 5)).deletedAt(t(5)).build();

    assertThat(u.userInterfaceSessions()).containsExactly(iv(4, 5));
    assertThat(UserTimeline.builder("u1").session(Channel.WEB, iv(4, 5)).deletedAt(t(5)).build())
        .isEqualTo(u);
  }

  @Test
  void aDeletedUserWithoutSessionsIsValid() {
    UserTimeline u = UserTimeline.builder("u1").deletedAt(t(0)).build();

    assertThat(u.userInterfaceSessions()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", " u1", "u1 "})
  void aBlankOrPaddedIdIsRejectedAtId(String id) {
    assertInvalidAt("id", () -> UserTimeline.builder(id).build())
        .hasMessage(
            "id: must be a non-blank identifier without surrounding spaces, was '" + id + "'");
  }

  @Test
  void aBlankAddOnNameIsRejectedAtItsIndex() {
    UserTimeline.Builder b = UserTimeline.builder("u1").addOn("SALESFORCE", iv(0, 1));

    assertInvalidAt("addOns[1].addOn", () -> b.addOn(" ", iv(0, 1)));
  }

  @Test
  void equalityIsByEveryPart() {
    UserTimeline a = UserTimeline.builder("u1").session(Channel.WEB, iv(0, 1)).build();

    assertThat(a)
        .isEqualTo(UserTimeline.builder("u1").session(Channel.WEB, iv(0, 1)).build())
        .hasSameHashCodeAs(UserTimeline.builder("u1").session(Channel.WEB, iv(0, 1)).build())
        .isNotEqualTo(UserTimeline.builder("u2").session(Channel.WEB, iv(0, 1)).build())
        .isNotEqualTo(UserTimeline.builder("u1").session(Channel.API, iv(0, 1)).build())
        .isNotEqualTo(
            UserTimeline.builder("u1").session(Channel.WEB, iv(0, 1)).onQueue(iv(0, 1)).build())
        .isNotEqualTo(
            UserTimeline.builder("u1")
                .session(Channel.WEB, iv(0, 1))
                .license(LicenseTier.COMMUNICATE, iv(0, 1))
                .build())
        .isNotEqualTo(
            UserTimeline.builder("u1").session(Channel.WEB, iv(0, 1)).addOn("A", iv(0, 1)).build())
        .isNotEqualTo(
            UserTimeline.builder("u1").session(Channel.WEB, iv(0, 1)).deletedAt(t(9)).build())
        .isNotEqualTo("u1");
  }

  @Test
  void toStringNamesTheParts() {
    assertThat(UserTimeline.builder("u1").session(Channel.WEB, iv(0, 1)).build())
        .hasToString(
            "UserTimeline{u1, licenses=[], addOns=[], sessions=[Session[channel=WEB,"
                + " interval=[2026-01-16T00:00:00Z, 2026-01-16T01:00:00Z)]], onQueue=[]}");
    assertThat(UserTimeline.builder("u1").deletedAt(t(2)).build().toString())
        .endsWith(", deletedAt=2026-01-16T02:00:00Z}");
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentsAreRejected() {
    assertNullRejected("id", () -> UserTimeline.builder(null));
    UserTimeline.Builder b = UserTimeline.builder("u1");
    assertNullRejected("tier", () -> b.license(null, iv(0, 1)));
    assertNullRejected("interval", () -> b.license(LicenseTier.PURECLOUD_1, null));
    assertNullRejected("addOn", () -> b.addOn(null, iv(0, 1)));
    assertNullRejected("interval", () -> b.addOn("A", null));
    assertNullRejected("channel", () -> b.session(null, iv(0, 1)));
    assertNullRejected("interval", () -> b.session(Channel.WEB, null));
    assertNullRejected("interval", () -> b.onQueue((UsageInterval) null));
    assertThatThrownBy(() -> b.onQueue((List<UsageInterval>) null))
        .isInstanceOf(NullPointerException.class);
    assertNullRejected("instant", () -> b.deletedAt(null));
    UserTimeline u = b.build();
    assertNullRejected("tier", () -> u.assignmentsOf(null));
    assertNullRejected("addOn", () -> u.assignmentsOfAddOn(null));
  }
}
