package dev.seatline.billing.model;

import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static dev.seatline.billing.model.ReadModelFixtures.W0;
import static dev.seatline.billing.model.ReadModelFixtures.W1;
import static dev.seatline.billing.model.ReadModelFixtures.iv;
import static dev.seatline.billing.model.ReadModelFixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.model.ReadModelFixtures.Form;
import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import dev.seatline.billing.testing.SeatlineGenerators;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RatedWindowTest {
  private static final List<UserTimeline> THREE_USERS =
      List.of(
          UserTimeline.builder("b").session(Channel.WEB, iv(1, 2)).build(),
          UserTimeline.builder("a").build(),
          UserTimeline.builder("c").onQueue(iv(3, 4)).build());

  private static PortSample sample(Instant at, long calls) {
    return new PortSample(at, calls);
  }

  /**
   * Calls from before the window: 5 at -2 h, then 3 at -1 h (the value at W0); inside: 6 at 2 h, 1
   * at 4 h, 4 at 5 h 30, 1 at 5 h 45; at and after the end: 100 at W1, 50 at 30 h (ignored). Given
   * out of time order.
   */
  private static final List<PortSample> SAMPLES =
      List.of(
          sample(t(4), 1),
          sample(W1, 100),
          sample(t(-1), 3),
          sample(t(2), 6),
          sample(t(30), 50),
          sample(t(5).plus(Duration.ofMinutes(30)), 4),
          sample(t(-2), 5),
          sample(t(5).plus(Duration.ofMinutes(45)), 1));

  private static RatedWindow window(Form form, Instant from, Instant to) {
    return RatedWindow.of(form.input(THREE_USERS, SAMPLES), from, to);
  }

  // ---- the window ----

  @ParameterizedTest
  @EnumSource(Form.class)
  void theWindowAndItsUsersInInputOrder(Form form) {
    RatingInput input = form.input(THREE_USERS, SAMPLES);
    RatedWindow window = RatedWindow.of(input, W0, W1);
    assertThat(window.input()).isSameAs(input);
    assertThat(window.start()).isEqualTo(W0);
    assertThat(window.end()).isEqualTo(W1);
    assertThat(window.isEmpty()).isFalse();
    assertThat(window.users()).extracting(UserUsage::id).containsExactly("b", "a", "c");
    assertThat(window.users()).extracting(UserUsage::index).containsExactly(0, 1, 2);
    assertThat(window)
        .hasToString("RatedWindow{acme [2026-01-20T00:00:00Z, 2026-01-21T00:00:00Z)}");
    assertThat(input.window(W0, W1).users())
        .extracting(UserUsage::id)
        .containsExactly("b", "a", "c");
  }

  @Test
  void aWindowOfMoreThan290YearsIsRejected() {
    RatingInput input =
        RatingInput.builder(
                Organization.builder(
                        "o",
                        dev.seatline.billing.money.BillingCurrency.USD,
                        LicensingModel.NAMED,
                        java.time.LocalDate.of(2026, 1, 15))
                    .build(),
                PriceBook.builder(dev.seatline.billing.money.BillingCurrency.USD).build())
            .build();
    Instant start = Instant.parse("1700-01-01T00:00:00Z");
    assertThatThrownBy(() -> RatedWindow.of(input, start, Instant.parse("2250-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("lasts longer than 290 years");
    assertThat(RatedWindow.of(input, start, start.plus(Duration.ofDays(365 * 290))).isEmpty())
        .isFalse();
  }

  @Test
  void theUsersAreAReadOnlyView() {
    List<UserUsage> users = window(Form.VALUE, W0, W1).users();
    assertThat(users).hasSize(3);
    assertThatThrownBy(() -> users.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> users.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> users.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(RatedWindow.of(Form.VALUE.input(), W0, W1).users()).isEmpty();
  }

  @Test
  void anEmptyWindowIsAllowedAReversedOneIsNot() {
    RatedWindow empty = window(Form.VALUE, t(3), t(3));
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.users()).hasSize(3);
    RatingInput input = Form.VALUE.input(THREE_USERS, SAMPLES);
    assertThatThrownBy(() -> RatedWindow.of(input, W1, W0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window [2026-01-21T00:00:00Z, 2026-01-20T00:00:00Z) is reversed");
    assertThat(RatedWindow.of(input, W0, W0.plusNanos(1)).isEmpty()).isFalse();
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullsAreRejected() {
    RatingInput input = Form.VALUE.input();
    assertNullRejected("input", () -> RatedWindow.of(null, W0, W1));
    assertNullRejected("start", () -> RatedWindow.of(input, null, W1));
    assertNullRejected("end", () -> RatedWindow.of(input, W0, null));
  }

  // ---- call ports, worked by hand ----

  @ParameterizedTest
  @EnumSource(Form.class)
  void callPortsAreAStepFunctionCarriedInAndCutAtTheEnd(Form form) {
    // 3 calls [0 h, 2 h), 6 [2 h, 4 h), 1 [4 h, 5 h 30), 4 [5 h 30, 5 h 45), 1 [5 h 45, 24 h).
    CallPorts ports = window(form, W0, W1).callPorts();
    assertThat(ports.initialCalls()).isEqualTo(3);
    assertThat(ports.samplesInside()).isEqualTo(4);
    // 2 included: 1 x 2 h + 4 x 2 h + 2 x 15 min = 10.5 port-hours.
    assertThat(ports.excessPortSeconds(2)).isEqualByComparingTo("37800");
    // none included: 3 x 2 + 6 x 2 + 1 x 1.5 + 4 x 0.25 + 1 x 18.25 = 38.75 port-hours.
    assertThat(ports.excessPortSeconds(0)).isEqualByComparingTo("139500");
    assertThat(ports.excessPortSeconds(6)).isEqualByComparingTo("0");
    // By the hour in UTC, 2 included: hours 0 and 1 peak 1, hours 2 and 3 peak 4, hour 5 peak 2.
    assertThat(ports.hourlyPeakExcessSeconds(2, ZoneOffset.UTC)).isEqualTo(12 * 3600L);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void aSampleAtTheStartGivesTheInitialValue(Form form) {
    CallPorts ports = window(form, t(2), t(3)).callPorts();
    assertThat(ports.initialCalls()).isEqualTo(6);
    assertThat(ports.samplesInside()).isZero();
    assertThat(ports.excessPortSeconds(1)).isEqualByComparingTo("18000");
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void samplesAtOrAfterTheEndAreIgnored(Form form) {
    CallPorts ports = window(form, t(3), t(4)).callPorts();
    assertThat(ports.initialCalls()).isEqualTo(6);
    assertThat(ports.samplesInside()).isZero();
    assertThat(ports.excessPortSeconds(0)).isEqualByComparingTo("21600");
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void withoutASampleBeforeTheStartTheCallsStartAtZero(Form form) {
    CallPorts ports = window(form, t(-3), t(-1)).callPorts();
    assertThat(ports.initialCalls()).isZero();
    assertThat(ports.samplesInside()).isEqualTo(1);
    // 0 calls [-3 h, -2 h), 5 calls [-2 h, -1 h).
    assertThat(ports.excessPortSeconds(0)).isEqualByComparingTo("18000");
    assertThat(RatedWindow.of(form.input(), W0, W1).callPorts().excessPortSeconds(0))
        .isEqualByComparingTo("0");
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void anEmptyWindowHasTheValueAtItsInstantAndNoExcess(Form form) {
    CallPorts ports = window(form, t(3), t(3)).callPorts();
    assertThat(ports.initialCalls()).isEqualTo(6);
    assertThat(ports.samplesInside()).isZero();
    assertThat(ports.excessPortSeconds(0)).isEqualByComparingTo("0");
    assertThat(ports.hourlyPeakExcessSeconds(0, ZoneOffset.UTC)).isZero();
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void excessIsExactToTheNanosecond(Form form) {
    List<PortSample> samples =
        List.of(sample(W0.plusNanos(1), 3), sample(W0.plusNanos(4), 0), sample(W0, 1));
    CallPorts ports = RatedWindow.of(form.input(List.of(), samples), W0, W1).callPorts();
    // 1 call [0, 1 ns), 3 calls [1 ns, 4 ns), 0 after: with none included 1 + 9 ns.
    assertThat(ports.excessPortSeconds(0)).isEqualByComparingTo("0.00000001");
    assertThat(ports.excessPortSeconds(2)).isEqualByComparingTo("0.000000003");
  }

  // ---- call ports against a brute force ----

  /** The calls at {@code t}: the count of the latest sample at or before it, 0 when none. */
  private static long callsAt(List<PortSample> samples, Instant t) {
    return samples.stream()
        .filter(s -> !s.at().isAfter(t))
        .max(Comparator.comparing(PortSample::at))
        .map(PortSample::concurrentCalls)
        .orElse(0L);
  }

  /**
   * The integral of {@code max(0, calls(t) - included)} over {@code [from, to)} in seconds, segment
   * by segment between the sample instants inside it.
   */
  private static BigDecimal excessSeconds(
      List<PortSample> samples, Instant from, Instant to, long included) {
    List<Instant> cuts = new ArrayList<>();
    cuts.add(from);
    samples.stream()
        .map(PortSample::at)
        .filter(at -> at.isAfter(from) && at.isBefore(to))
        .distinct()
        .sorted()
        .forEach(cuts::add);
    cuts.add(to);
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i + 1 < cuts.size(); i++) {
      long excess = Math.max(0, callsAt(samples, cuts.get(i)) - included);
      long nanos = Duration.between(cuts.get(i), cuts.get(i + 1)).toNanos();
      total = total.add(BigDecimal.valueOf(excess).multiply(BigDecimal.valueOf(nanos, 9)));
    }
    return total;
  }

  /** A generated input, a window over its time, and a number of included ports. */
  private record PortCase(RatingInput input, Instant from, Instant to, long included) {}

  private static final Gen<PortCase> PORT_CASES =
      r -> {
        RatingInput input =
            SeatlineGenerators.defaults().users(0, 0).portSamples(30, 12).ratingInputs().next(r);
        BillingPeriod period = input.organization().calendar().period(0);
        Instant lo = period.start().minus(Duration.ofDays(1));
        long span = Duration.between(lo, period.end().plus(Duration.ofDays(1))).toNanos();
        Instant a = lo.plusNanos(r.nextLong(span));
        Instant b = r.nextInt(3) == 0 ? period.end() : lo.plusNanos(r.nextLong(span));
        if (r.nextInt(3) == 0) {
          a = period.start();
        }
        return new PortCase(
            input, a.isBefore(b) ? a : b, a.isBefore(b) ? b : a, r.nextInt(3) * r.nextLong(8));
      };

  @Test
  void callPortsAreTheBruteForceIntegralOfTheSamples() {
    PropertyCheck.forAll(
        "excess port-seconds, initial calls and samples inside equal a direct brute force",
        1000,
        PORT_CASES,
        c -> {
          List<PortSample> samples = c.input().callPorts();
          for (Form form : Form.values()) {
            CallPorts ports =
                RatedWindow.of(form.input(List.of(), samples), c.from(), c.to()).callPorts();
            assertThat(ports.excessPortSeconds(c.included()))
                .as("%s", form)
                .isEqualByComparingTo(excessSeconds(samples, c.from(), c.to(), c.included()));
            assertThat(ports.initialCalls()).isEqualTo(callsAt(samples, c.from()));
            assertThat(ports.samplesInside())
                .isEqualTo(
                    (int)
                        samples.stream()
                            .filter(s -> s.at().isAfter(c.from()) && s.at().isBefore(c.to()))
                            .count());
          }
        });
  }
}
