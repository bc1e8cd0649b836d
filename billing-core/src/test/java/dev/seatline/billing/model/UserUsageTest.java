package dev.seatline.billing.model;

import static dev.seatline.billing.model.ReadModelFixtures.W0;
import static dev.seatline.billing.model.ReadModelFixtures.W1;
import static dev.seatline.billing.model.ReadModelFixtures.iv;
import static dev.seatline.billing.model.ReadModelFixtures.open;
import static dev.seatline.billing.model.ReadModelFixtures.t;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.model.ReadModelFixtures.Form;
import dev.seatline.billing.model.ReadModelFixtures.Read;
import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import dev.seatline.billing.testing.SeatlineGenerators;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UserUsageTest {
  private static final Duration H = Duration.ofHours(1);

  private static UserTimeline.Builder user(String id) {
    return UserTimeline.builder(id);
  }

  /** The only user of {@code u} given in {@code form}, read over {@code [W0, W1)}. */
  private static UserUsage read(Form form, UserTimeline u) {
    return read(form, u, W0, W1);
  }

  private static UserUsage read(Form form, UserTimeline u, Instant from, Instant to) {
    List<UserUsage> users = RatedWindow.of(form.input(u), from, to).users();
    assertThat(users).hasSize(1);
    return users.get(0);
  }

  // ---- licences and add-ons ----

  @ParameterizedTest
  @EnumSource(Form.class)
  void heldCountsOverlapsOnceAndClipsToTheWindow(Form form) {
    UserUsage u =
        read(
            form,
            user("u1")
                .license(LicenseTier.PURECLOUD_3, iv(-2, 3))
                .license(LicenseTier.PURECLOUD_3, iv(1, 5))
                .license(LicenseTier.PURECLOUD_3, iv(10, 12))
                .license(LicenseTier.COMMUNICATE, open(20))
                .license(LicenseTier.PURECLOUD_2, iv(-5, 0))
                .license(LicenseTier.PURECLOUD_2, iv(24, 30))
                .build());

    assertThat(u.held(LicenseTier.PURECLOUD_3)).isEqualTo(H.multipliedBy(7));
    assertThat(u.held(LicenseTier.COMMUNICATE)).isEqualTo(H.multipliedBy(4));
    assertThat(u.held(LicenseTier.PURECLOUD_2)).isEqualTo(Duration.ZERO);
    assertThat(u.held(LicenseTier.PURECLOUD_1)).isEqualTo(Duration.ZERO);
    assertThat(u.tiersHeld())
        .containsExactly(
            Map.entry(LicenseTier.COMMUNICATE, H.multipliedBy(4)),
            Map.entry(LicenseTier.PURECLOUD_3, H.multipliedBy(7)));
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void heldIsToTheNanosecond(Form form) {
    UserUsage u =
        read(
            form,
            user("u1")
                .license(LicenseTier.PURECLOUD_1, iv(W0.minusNanos(5), W0.plusNanos(3)))
                .license(LicenseTier.PURECLOUD_1, iv(W1.minusNanos(2), W1.plusSeconds(1)))
                .build());
    assertThat(u.held(LicenseTier.PURECLOUD_1)).isEqualTo(Duration.ofNanos(5));
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void addOnsHeldByName(Form form) {
    UserUsage u =
        read(
            form,
            user("u1")
                .addOn("WEM", open(-10))
                .addOn("SALESFORCE", iv(2, 4))
                .addOn("SALESFORCE", iv(3, 6))
                .addOn("ZENDESK", iv(30, 40))
                .license(LicenseTier.PURECLOUD_3, open(0))
                .build());
    assertThat(u.addOnsHeld())
        .containsExactly(
            Map.entry("SALESFORCE", H.multipliedBy(4)), Map.entry("WEM", H.multipliedBy(24)));
    assertThat(u.tiersHeld())
        .containsExactly(Map.entry(LicenseTier.PURECLOUD_3, H.multipliedBy(24)));
  }

  // ---- sessions and on-queue time ----

  @ParameterizedTest
  @EnumSource(Form.class)
  void userInterfaceSessionsAreTheUnionOfDesktopWebAndMobileInTheWindow(Form form) {
    UserUsage u =
        read(
            form,
            user("u1")
                .session(Channel.WEB, iv(1, 3))
                .session(Channel.MOBILE, iv(2, 4))
                .session(Channel.DESKTOP, iv(-3, 0))
                .session(Channel.API, iv(5, 8))
                .session(Channel.DESKTOP, open(22))
                .build());
    assertThat(u.userInterfaceSessions().intervals()).containsExactly(iv(1, 4), iv(22, 24));
    assertThat(u.onQueue()).isEqualTo(IntervalSet.empty());
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void onQueueIsTheUnionInTheWindowNotYetBoundedBySessions(Form form) {
    UserUsage u =
        read(
            form,
            user("u1")
                .onQueue(iv(-1, 1))
                .onQueue(iv(1, 2))
                .onQueue(open(23))
                .onQueue(iv(24, 25))
                .session(Channel.WEB, iv(5, 6))
                .build());
    assertThat(u.onQueue().intervals()).containsExactly(iv(0, 2), iv(23, 24));
    assertThat(u.userInterfaceSessions().intervals()).containsExactly(iv(5, 6));
  }

  // ---- the first login ----

  private static Optional<Login> firstLogin(Form form, UserTimeline.Builder b) {
    return read(form, b.build()).firstLogin();
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void theFirstLoginIsTheEarliestUserInterfaceStart(Form form) {
    assertThat(
            firstLogin(
                form,
                user("u1")
                    .session(Channel.WEB, iv(5, 6))
                    .session(Channel.MOBILE, iv(3, 4))
                    .session(Channel.API, iv(1, 2))
                    .session(Channel.DESKTOP, open(7))))
        .contains(new Login(Channel.MOBILE, t(3), false));
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void aSessionOpenAtTheWindowStartCountsAtTheStart(Form form) {
    assertThat(
            firstLogin(
                form,
                user("u1").session(Channel.DESKTOP, iv(2, 3)).session(Channel.WEB, iv(-1, 1))))
        .contains(new Login(Channel.WEB, W0, true));
    assertThat(firstLogin(form, user("u1").session(Channel.MOBILE, open(-30))))
        .contains(new Login(Channel.MOBILE, W0, true));
    assertThat(firstLogin(form, user("u1").session(Channel.MOBILE, iv(0, 1))))
        .contains(new Login(Channel.MOBILE, W0, true));
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void onATieTheChannelFirstInDeclarationOrder(Form form) {
    assertThat(
            firstLogin(
                form, user("u1").session(Channel.MOBILE, iv(2, 3)).session(Channel.WEB, iv(2, 9))))
        .contains(new Login(Channel.WEB, t(2), false));
    assertThat(
            firstLogin(
                form,
                user("u1").session(Channel.MOBILE, iv(-2, 1)).session(Channel.DESKTOP, iv(-1, 3))))
        .contains(new Login(Channel.DESKTOP, W0, true));
    assertThat(
            firstLogin(
                form,
                user("u1")
                    .session(Channel.MOBILE, iv(4, 5))
                    .session(Channel.DESKTOP, iv(4, 5))
                    .session(Channel.WEB, iv(4, 5))))
        .contains(new Login(Channel.DESKTOP, t(4), false));
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void noLoginWithoutAUserInterfaceSessionInTheWindow(Form form) {
    assertThat(firstLogin(form, user("u1").session(Channel.API, iv(1, 2)))).isEmpty();
    assertThat(
            firstLogin(
                form,
                user("u1")
                    .session(Channel.WEB, iv(-3, 0))
                    .session(Channel.WEB, iv(24, 30))
                    .session(Channel.DESKTOP, open(24))
                    .session(Channel.API, open(-10))))
        .isEmpty();
    assertThat(firstLogin(form, user("u1").license(LicenseTier.PURECLOUD_3, open(0)))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void whichSessionsTheUserHasAnywhereInTime(Form form) {
    UserUsage apiOnly = read(form, user("u1").session(Channel.API, iv(1, 2)).build());
    assertThat(apiOnly.hasSessions()).isTrue();
    assertThat(apiOnly.hasUserInterfaceSessions()).isFalse();
    assertThat(apiOnly.hasApiSessions()).isTrue();

    UserUsage outside = read(form, user("u1").session(Channel.MOBILE, iv(-48, -47)).build());
    assertThat(outside.hasSessions()).isTrue();
    assertThat(outside.hasUserInterfaceSessions()).isTrue();
    assertThat(outside.hasApiSessions()).isFalse();
    assertThat(outside.firstLogin()).isEmpty();

    UserUsage none = read(form, user("u1").license(LicenseTier.COMMUNICATE, open(0)).build());
    assertThat(none.hasSessions()).isFalse();
    assertThat(none.hasUserInterfaceSessions()).isFalse();
    assertThat(none.hasApiSessions()).isFalse();
  }

  // ---- the deletion (R2) ----

  @ParameterizedTest
  @EnumSource(Form.class)
  void aDeletedUserHoldsNothingAfterTheDeletion(Form form) {
    UserUsage u =
        read(
            form,
            user("u1")
                .license(LicenseTier.PURECLOUD_3, open(10))
                .license(LicenseTier.COMMUNICATE, open(11))
                .license(LicenseTier.PURECLOUD_2, iv(15, 20))
                .addOn("SALESFORCE", iv(9, 13))
                .addOn("ZENDESK", open(11))
                .onQueue(iv(10, 20))
                .onQueue(iv(12, 14))
                .session(Channel.WEB, iv(10, 20))
                .deletedAt(t(11))
                .build());

    assertThat(u.held(LicenseTier.PURECLOUD_3)).isEqualTo(H);
    assertThat(u.held(LicenseTier.COMMUNICATE)).isEqualTo(Duration.ZERO);
    assertThat(u.held(LicenseTier.PURECLOUD_2)).isEqualTo(Duration.ZERO);
    assertThat(u.tiersHeld()).containsExactly(Map.entry(LicenseTier.PURECLOUD_3, H));
    assertThat(u.addOnsHeld()).containsExactly(Map.entry("SALESFORCE", H.multipliedBy(2)));
    assertThat(u.onQueue().intervals()).containsExactly(iv(10, 11));
    assertThat(u.userInterfaceSessions().intervals()).containsExactly(iv(10, 11));
    assertThat(u.firstLogin()).contains(new Login(Channel.WEB, t(10), false));
    assertThat(u.deletedAt()).contains(t(11));
    assertThat(u.deletedInWindow()).contains(t(11));
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void deletedBeforeTheWindowTheUserHoldsNothingInIt(Form form) {
    UserUsage u =
        read(
            form,
            user("u1")
                .license(LicenseTier.PURECLOUD_3, open(-5))
                .addOn("SALESFORCE", open(-5))
                .onQueue(iv(-3, 3))
                .session(Channel.WEB, iv(-3, 3))
                .deletedAt(t(-1))
                .build());
    assertThat(u.tiersHeld()).isEmpty();
    assertThat(u.held(LicenseTier.PURECLOUD_3)).isEqualTo(Duration.ZERO);
    assertThat(u.addOnsHeld()).isEmpty();
    assertThat(u.onQueue().isEmpty()).isTrue();
    assertThat(u.userInterfaceSessions().isEmpty()).isTrue();
    assertThat(u.firstLogin()).isEmpty();
    assertThat(u.hasUserInterfaceSessions()).isTrue();
    assertThat(u.deletedInWindow()).contains(t(-1));
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void aDeletionAtOrAfterTheWindowEndIsNotInTheWindow(Form form) {
    UserTimeline.Builder b = user("u1").license(LicenseTier.PURECLOUD_3, open(0));
    UserUsage atEnd = read(form, b.deletedAt(W1).build());
    assertThat(atEnd.deletedAt()).contains(W1);
    assertThat(atEnd.deletedInWindow()).isEmpty();
    assertThat(atEnd.held(LicenseTier.PURECLOUD_3)).isEqualTo(H.multipliedBy(24));

    UserUsage after = read(form, b.deletedAt(t(30)).build());
    assertThat(after.deletedAt()).contains(t(30));
    assertThat(after.deletedInWindow()).isEmpty();

    UserUsage never = read(form, user("u1").build());
    assertThat(never.deletedAt()).isEmpty();
    assertThat(never.deletedInWindow()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void anEmptyWindowHoldsNothing(Form form) {
    UserUsage u =
        read(
            form,
            user("u1")
                .license(LicenseTier.PURECLOUD_3, open(-5))
                .addOn("SALESFORCE", open(-5))
                .onQueue(iv(-3, 3))
                .session(Channel.WEB, iv(-3, 3))
                .build(),
            t(1),
            t(1));
    assertThat(u.tiersHeld()).isEmpty();
    assertThat(u.held(LicenseTier.PURECLOUD_3)).isEqualTo(Duration.ZERO);
    assertThat(u.addOnsHeld()).isEmpty();
    assertThat(u.onQueue().isEmpty()).isTrue();
    assertThat(u.userInterfaceSessions().isEmpty()).isTrue();
    assertThat(u.firstLogin()).isEmpty();
    assertThat(u.hasSessions()).isTrue();
  }

  // ---- identity ----

  @ParameterizedTest
  @EnumSource(Form.class)
  void idIndexAndTimeline(Form form) {
    UserTimeline u0 = user("u0").session(Channel.WEB, iv(1, 2)).build();
    UserTimeline u1 =
        user("u1")
            .license(LicenseTier.PURECLOUD_1, open(3))
            .addOn("WEM", iv(1, 2))
            .session(Channel.API, iv(4, 5))
            .session(Channel.WEB, iv(2, 3))
            .onQueue(iv(2, 3))
            .deletedAt(t(6))
            .build();
    List<UserUsage> users = RatedWindow.of(form.input(u0, u1), W0, W1).users();
    UserUsage second = users.get(1);
    assertThat(second.id()).isEqualTo("u1");
    assertThat(second.index()).isEqualTo(1);
    assertThat(second).hasToString("UserUsage{u1}");
    UserTimeline timeline = second.timeline();
    assertThat(timeline.id()).isEqualTo("u1");
    assertThat(timeline.licenses()).containsExactlyInAnyOrderElementsOf(u1.licenses());
    assertThat(timeline.addOns()).containsExactlyInAnyOrderElementsOf(u1.addOns());
    assertThat(timeline.sessions()).containsExactlyInAnyOrderElementsOf(u1.sessions());
    assertThat(timeline.onQueue()).containsExactlyInAnyOrderElementsOf(u1.onQueue());
    assertThat(timeline.deletedAt()).contains(t(6));
  }

  // ---- laws ----

  /** A generated input and a window over it. */
  private record Sample(RatingInput input, Instant from, Instant to, long seed) {
    @Override
    public String toString() {
      return "window ["
          + from
          + ", "
          + to
          + ") of users "
          + input.users()
          + ", samples "
          + input.callPorts();
    }
  }

  /**
   * Inputs of the default generators and a window: the rated period, a window cut at random
   * nanoseconds inside the generated time, or an empty one.
   */
  static final Gen<Sample> SAMPLES =
      r -> {
        RatingInput input = SeatlineGenerators.defaults().ratingInputs().next(r);
        BillingPeriod period = input.organization().calendar().period(0);
        Instant lo = period.start().minus(Duration.ofDays(1));
        long span = Duration.between(lo, period.end().plus(Duration.ofDays(1))).toNanos();
        Instant from;
        Instant to;
        switch (r.nextInt(6)) {
          case 0, 1 -> {
            from = period.start();
            to = period.end();
          }
          case 2 -> {
            from = lo.plusNanos(r.nextLong(span));
            to = from;
          }
          default -> {
            Instant a = lo.plusNanos(r.nextLong(span));
            Instant b = lo.plusNanos(r.nextLong(span));
            from = a.isBefore(b) ? a : b;
            to = a.isBefore(b) ? b : a;
          }
        }
        return new Sample(input, from, to, r.nextLong());
      };

  private static List<Read> reads(RatingInput input, Instant from, Instant to) {
    List<Read> out = new ArrayList<>();
    for (UserUsage u : RatedWindow.of(input, from, to).users()) {
      out.add(Read.of(u, input.organization().tiers()));
    }
    return out;
  }

  @Test
  void everyQuantityIsTheBruteForceOfTheValueObjects() {
    PropertyCheck.forAll(
        "every UserUsage quantity equals the brute force of the user's value objects",
        300,
        SAMPLES,
        s -> {
          List<UserTimeline> users = s.input().users();
          List<Read> expected = new ArrayList<>();
          for (UserTimeline u : users) {
            expected.add(Read.bruteForce(u, s.input().organization().tiers(), s.from(), s.to()));
          }
          assertThat(reads(s.input(), s.from(), s.to())).isEqualTo(expected);
        });
  }

  @Test
  void everyFormOfTheSameDataReadsTheSame() {
    PropertyCheck.forAll(
        "the columnar and value forms of the same input give equal quantities",
        300,
        SAMPLES,
        s -> {
          List<UserTimeline> users = new ArrayList<>(s.input().users());
          List<PortSample> samples = new ArrayList<>(s.input().callPorts());
          List<Read> expected = reads(s.input(), s.from(), s.to());
          for (Form form : Form.values()) {
            assertThat(reads(form.input(users, samples), s.from(), s.to()))
                .as("%s", form)
                .isEqualTo(expected);
          }
          RatingInput shuffled =
              ReadModelFixtures.perRow(
                  users,
                  ReadModelFixtures.shuffled(
                      ReadModelFixtures.rows(users, samples), new SplittableRandom(s.seed())));
          assertThat(reads(shuffled, s.from(), s.to())).as("rows shuffled").isEqualTo(expected);
        });
  }
}
