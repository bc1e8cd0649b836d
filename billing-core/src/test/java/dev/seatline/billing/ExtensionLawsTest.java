package dev.seatline.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.invoice.InvoiceKind;
import dev.seatline.billing.invoice.Invoicing;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.Edition;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.Session;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.money.Money;
import dev.seatline.billing.rating.ExcessCallPortRating;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.rating.RatingContext;
import dev.seatline.billing.rating.RatingPolicy;
import dev.seatline.billing.rating.SeatRating;
import dev.seatline.billing.rating.UserOutcome;
import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import dev.seatline.billing.testing.SeatlineGenerators;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * The laws of R14, R15 and R17 as properties over {@link SeatlineGenerators}' inputs: without
 * commitments, minimum and with the default edition a result is the one of the FAQ's pipeline (seat
 * rule, excess call ports, invoicing); overage plus commitment covers the seats billed; the hourly
 * quantity is the ceiling of the exact sum of the users' logged-in time; under GENESYS_CLOUD the
 * peak never falls when on-queue time is added or a session lengthened.
 */
class ExtensionLawsTest {
  private static final BillingEngine ENGINE = BillingEngine.withDefaults();

  /** The FAQ's pipeline as it was before R14-R17: seat rule, R7, invoicing; nothing else. */
  private static RatedPeriod faqPipeline(RatingInput input, int index) {
    BillingPeriod period = input.organization().calendar().period(index);
    Instant end = period.end();
    boolean cancelled = false;
    Optional<Instant> x = input.organization().cancelledAt();
    if (x.isPresent() && !x.get().isAfter(period.end())) {
      end = x.get();
      cancelled = true;
    }
    RatingContext context =
        new RatingContext(input, period, period.start(), end, RatingPolicy.defaults());
    SeatRating seats =
        java.util.Objects.requireNonNull(ENGINE.seatRules().get(input.organization().licensing()))
            .rate(context);
    List<LineItem> charges = new ExcessCallPortRating().rate(context, seats);
    List<LineItem> recurring = new ArrayList<>(seats.lines());
    recurring.addAll(charges);
    InvoiceKind kind = cancelled ? InvoiceKind.FINAL : InvoiceKind.RECURRING;
    return new RatedPeriod(
        input.organization().id(),
        period,
        end,
        Optional.empty(),
        input.organization().currency(),
        Invoicing.invoices(context, kind, recurring),
        seats,
        charges);
  }

  @Test
  void withoutCommitmentMinimumOrAnotherEditionEveryResultIsTheFaqPipelines() {
    SeatlineGenerators g = SeatlineGenerators.defaults().users(0, 10).withCancellations();
    PropertyCheck.forAll(
        "no R14-R17 input rates as before",
        150,
        g.ratingInputs(),
        input -> {
          RatedPeriod rated = ENGINE.rate(input, g.periodIndex());
          assertThat(rated).isEqualTo(faqPipeline(input, g.periodIndex()));
          assertThat(rated.invoices()).noneMatch(i -> i.kind() == InvoiceKind.ADVANCE);
          assertThat(rated.invoices())
              .flatExtracting(i -> i.lines())
              .extracting(LineItem::code)
              .doesNotContain(
                  LineCode.COMMITTED_SEAT,
                  LineCode.OVERAGE,
                  LineCode.SEAT_HOUR,
                  LineCode.MINIMUM_TRUE_UP);
          SortedMap<LicenseTier, BigDecimal> basis = rated.seats().seatBasis();
          rated
              .seats()
              .seatsByTier()
              .forEach(
                  (tier, seats) ->
                      assertThat(basis.get(tier)).isEqualByComparingTo(BigDecimal.valueOf(seats)));
        });
  }

  @Test
  void overagePlusCommitmentCoversTheSeatsBilledPerTier() {
    SeatlineGenerators g =
        SeatlineGenerators.defaults()
            .users(0, 10)
            .withCommitments(6)
            .withMinimumMonthlyAmounts()
            .withCancellations();
    PropertyCheck.forAll(
        "overage + committed >= billed",
        150,
        g.ratingInputs(),
        input -> {
          RatedPeriod rated = ENGINE.rate(input, g.periodIndex());
          Map<LicenseTier, Long> committed = input.organization().commitments();
          for (Map.Entry<LicenseTier, Long> e : rated.seats().seatsByTier().entrySet()) {
            LicenseTier tier = e.getKey();
            long billed = e.getValue();
            Long c = committed.get(tier);
            if (c == null) {
              assertThat(rated.line(LineCode.OVERAGE, tier.name())).isEmpty();
              continue;
            }
            long overage =
                rated
                    .line(LineCode.OVERAGE, tier.name())
                    .map(l -> l.quantity().longValueExact())
                    .orElse(0L);
            assertThat(overage + c).as(tier.name()).isGreaterThanOrEqualTo(billed);
            assertThat(overage).as(tier.name()).isEqualTo(Math.max(0, billed - c));
            assertThat(rated.line(LineCode.SEAT, tier.name())).isEmpty();
            assertThat(rated.seats().seatBasis().get(tier))
                .isEqualByComparingTo(BigDecimal.valueOf(Math.max(billed, c)));
          }
          List<LineItem> advance =
              rated.invoices().stream()
                  .filter(i -> i.kind() == InvoiceKind.ADVANCE)
                  .flatMap(i -> i.lines().stream())
                  .toList();
          committed.forEach(
              (tier, c) ->
                  assertThat(
                          advance.stream()
                              .filter(l -> l.item().equals(tier.name()))
                              .map(l -> l.quantity().longValueExact())
                              .findFirst()
                              .orElse(0L))
                      .isEqualTo(c));
          Optional<Money> minimum = input.organization().minimumMonthlyAmount();
          if (minimum.isPresent() && !rated.seats().users().isEmpty() && !isTrial(input)) {
            Money total = rated.recurringInvoice().total();
            for (LineItem l : advance) {
              total = total.plus(l.amount());
            }
            assertThat(total.compareTo(minimum.get())).isGreaterThanOrEqualTo(0);
            if (rated.line(LineCode.MINIMUM_TRUE_UP, "MINIMUM").isPresent()) {
              assertThat(total).isEqualTo(minimum.get());
            }
          }
        });
  }

  private static boolean isTrial(RatingInput input) {
    return input.organization().status() == dev.seatline.billing.model.AccountStatus.TRIAL;
  }

  /** The exact union length of {@code user}'s DESKTOP, WEB and MOBILE sessions in the time. */
  private static Duration loggedIn(UserTimeline user, Instant start, Instant end) {
    Instant stop = user.deletedAt().filter(d -> d.isBefore(end)).orElse(end);
    List<Instant[]> cut = new ArrayList<>();
    for (Session s : user.sessions()) {
      if (s.channel() == Channel.API) {
        continue;
      }
      Instant from = s.interval().start().isBefore(start) ? start : s.interval().start();
      Instant to = s.interval().end().filter(t -> t.isBefore(stop)).orElse(stop);
      if (from.isBefore(to)) {
        cut.add(new Instant[] {from, to});
      }
    }
    cut.sort(Comparator.comparing((Instant[] a) -> a[0]));
    Duration total = Duration.ZERO;
    Instant reach = start;
    for (Instant[] iv : cut) {
      Instant from = reach.isAfter(iv[0]) ? reach : iv[0];
      if (from.isBefore(iv[1])) {
        total = total.plus(Duration.between(from, iv[1]));
        reach = iv[1];
      }
    }
    return total;
  }

  @Test
  void theHourlyQuantityIsTheCeilingOfTheExactSum() {
    SeatlineGenerators g =
        SeatlineGenerators.defaults()
            .users(0, 10)
            .licensing(LicensingModel.HOURLY)
            .granularity(Duration.ofSeconds(7));
    PropertyCheck.forAll(
        "SEAT_HOUR = ceil(sum of logged-in time)",
        150,
        g.ratingInputs(),
        input -> {
          RatedPeriod rated = ENGINE.rate(input, g.periodIndex());
          Map<LicenseTier, Duration> sum = new HashMap<>();
          for (int i = 0; i < input.users().size(); i++) {
            UserOutcome outcome = rated.users().get(i);
            if (outcome.billed()) {
              sum.merge(
                  outcome.tier().orElseThrow(),
                  loggedIn(input.users().get(i), rated.period().start(), rated.end()),
                  Duration::plus);
            }
          }
          for (LicenseTier tier : input.organization().tiers().tiers()) {
            Duration total = sum.getOrDefault(tier, Duration.ZERO);
            long seconds = total.getSeconds() + (total.getNano() > 0 ? 1 : 0);
            long ceiling = (seconds + 3599) / 3600;
            Optional<LineItem> line = rated.line(LineCode.SEAT_HOUR, tier.name());
            assertThat(line.map(l -> l.quantity().longValueExact()).orElse(0L))
                .as(tier.name() + " " + total)
                .isEqualTo(ceiling);
          }
        });
  }

  /** An input and a change that can only add logged-in or on-queue time. */
  private record Growth(RatingInput before, RatingInput after) {}

  private static UserTimeline grown(UserTimeline u, java.util.SplittableRandom r, Instant hi) {
    UserTimeline.Builder b = UserTimeline.builder(u.id());
    u.licenses().forEach(l -> b.license(l.tier(), l.interval()));
    u.addOns().forEach(a -> b.addOn(a.addOn(), a.interval()));
    u.onQueue().forEach(b::onQueue);
    int lengthen = u.sessions().isEmpty() || r.nextBoolean() ? -1 : r.nextInt(u.sessions().size());
    for (int i = 0; i < u.sessions().size(); i++) {
      Session s = u.sessions().get(i);
      UsageInterval iv = s.interval();
      if (i == lengthen && iv.end().isPresent()) {
        Instant longer = iv.end().get().plus(Duration.ofMinutes(1 + r.nextInt(600)));
        iv =
            r.nextInt(4) == 0
                ? UsageInterval.ofUnboundedEnd(iv.start())
                : UsageInterval.of(iv.start(), longer);
      }
      b.session(s.channel(), iv);
    }
    if (lengthen < 0) {
      Instant from = hi.minus(Duration.ofMinutes(1 + r.nextInt(40_000)));
      b.onQueue(UsageInterval.of(from, from.plus(Duration.ofMinutes(1 + r.nextInt(300)))));
    }
    u.deletedAt().ifPresent(b::deletedAt);
    return b.build();
  }

  @Test
  void underGenesysCloudThePeakNeverFallsWhenTimeIsAdded() {
    SeatlineGenerators g =
        SeatlineGenerators.defaults()
            .users(1, 10)
            .edition(Edition.GENESYS_CLOUD)
            .licensing(LicensingModel.CONCURRENT);
    Gen<Growth> growths =
        r -> {
          RatingInput input = g.ratingInputs().next(r);
          List<UserTimeline> users = new ArrayList<>(input.users());
          int k = r.nextInt(users.size());
          Instant hi = input.organization().calendar().period(g.periodIndex()).end();
          users.set(k, grown(users.get(k), r, hi));
          return new Growth(input, input.toBuilder().clearData().users(users).build());
        };
    PropertyCheck.forAll(
        "GENESYS_CLOUD peak is monotone",
        150,
        growths,
        growth -> {
          SeatRating before = ENGINE.rate(growth.before(), g.periodIndex()).seats();
          SeatRating after = ENGINE.rate(growth.after(), g.periodIndex()).seats();
          before
              .seatsByTier()
              .forEach(
                  (tier, seats) -> {
                    if (tier.isContactCenter()) {
                      assertThat(after.seatsByTier().getOrDefault(tier, 0L))
                          .as(tier.name())
                          .isGreaterThanOrEqualTo(seats);
                    }
                  });
        });
  }
}
