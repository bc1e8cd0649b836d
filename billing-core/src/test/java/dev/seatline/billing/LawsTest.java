package dev.seatline.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.Order;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.Shipment;
import dev.seatline.billing.model.TierCatalog;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.money.Money;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.rating.PortUsage;
import dev.seatline.billing.rating.RatingPolicy;
import dev.seatline.billing.rating.RatingPolicy.MixedTierPolicy;
import dev.seatline.billing.rating.RatingPolicy.PeakMeasure;
import dev.seatline.billing.rating.SustainedPeak;
import dev.seatline.billing.rating.UserOutcome;
import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import dev.seatline.billing.testing.SeatlineGenerators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The laws of R12 as properties over {@link SeatlineGenerators}' inputs: rating is deterministic
 * and independent of input order; every user is billed or excluded with a reason, once; every seat
 * line's evidence checks out against a brute-force count; totals are sums of lines; usage to date
 * is monotone. Try counts are in each test (about 1-2 ms per rating on 2 cores).
 */
class LawsTest {
  /** Mixed tiers, so that the mixing rule's REJECT and BILL_AT_HIGHEST are both exercised (R4). */
  private static final SeatlineGenerators G =
      SeatlineGenerators.mixedTiers().users(0, 10).withCancellations();

  /** An input, the period rated, and the engine's policy. */
  private record Case(RatingInput input, int index, RatingPolicy policy) {
    BillingEngine engine() {
      return BillingEngine.of(policy);
    }
  }

  private static final Gen<RatingPolicy> POLICIES =
      r ->
          RatingPolicy.defaults()
              .withMixedTiers(
                  r.nextBoolean() ? MixedTierPolicy.REJECT : MixedTierPolicy.BILL_AT_HIGHEST)
              .withPeakMeasure(
                  r.nextBoolean() ? PeakMeasure.CONTIGUOUS_WINDOW : PeakMeasure.ACCUMULATED_TIME)
              .withPortMeasure(
                  r.nextBoolean()
                      ? RatingPolicy.PortMeasure.INTEGRAL
                      : RatingPolicy.PortMeasure.HOURLY_PEAK)
              .withMoneyRounding(r.nextInt(4) == 0 ? RoundingMode.HALF_EVEN : RoundingMode.HALF_UP);

  private static Gen<Case> cases(SeatlineGenerators g) {
    return r -> new Case(g.ratingInputs().next(r), g.periodIndex(), POLICIES.next(r));
  }

  private static final Gen<Case> CASES = cases(G);

  /** The result, or the invalid-input error (mixed tiers under REJECT) it was refused with. */
  private record Outcome(@Nullable RatedPeriod rated, @Nullable String error) {}

  private static Outcome outcome(BillingEngine engine, RatingInput input, int index) {
    try {
      return new Outcome(engine.rate(input, index), null);
    } catch (InvalidInputException e) {
      assertThat(e.path()).as("only the mixing rule refuses generated input").isEqualTo("users");
      return new Outcome(null, e.getMessage());
    }
  }

  private static <T> List<T> shuffled(List<T> list, SplittableRandom r) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, new java.util.Random(r.nextLong()));
    return copy;
  }

  private static RatingInput shuffle(RatingInput in, SplittableRandom r) {
    List<UserTimeline> users = new ArrayList<>();
    for (UserTimeline u : shuffled(in.users(), r)) {
      UserTimeline.Builder b = UserTimeline.builder(u.id());
      shuffled(u.licenses(), r).forEach(a -> b.license(a.tier(), a.interval()));
      shuffled(u.addOns(), r).forEach(a -> b.addOn(a.addOn(), a.interval()));
      shuffled(u.sessions(), r).forEach(s -> b.session(s.channel(), s.interval()));
      b.onQueue(shuffled(u.onQueue(), r));
      u.deletedAt().ifPresent(b::deletedAt);
      users.add(b.build());
    }
    List<Order> orders = new ArrayList<>();
    for (Order o : shuffled(in.orders(), r)) {
      orders.add(new Order(o.id(), o.placedAt(), shuffled(o.oneTime(), r)));
    }
    List<Shipment> shipments = new ArrayList<>();
    for (Shipment s : shuffled(in.shipments(), r)) {
      shipments.add(new Shipment(s.id(), s.orderId(), s.shippedAt(), shuffled(s.items(), r)));
    }
    return in.toBuilder()
        .clearData()
        .users(users)
        .callPorts(shuffled(in.callPorts(), r))
        .orders(orders)
        .shipments(shipments)
        .build();
  }

  private static Map<String, UserOutcome> byId(List<UserOutcome> outcomes) {
    return outcomes.stream().collect(Collectors.toMap(UserOutcome::userId, o -> o));
  }

  // ---- deterministic and independent of input order ----

  @Test
  void ratingIsDeterministicAndIndependentOfInputOrder() {
    PropertyCheck.forAll(
        "rating is deterministic and order-independent",
        1500,
        r -> {
          Case c = CASES.next(r);
          return new Object[] {c, shuffle(c.input(), r)};
        },
        pair -> {
          Case c = (Case) pair[0];
          RatingInput shuffledInput = (RatingInput) pair[1];
          Outcome a = outcome(c.engine(), c.input(), c.index());
          Outcome again = outcome(c.engine(), c.input(), c.index());
          Outcome b = outcome(c.engine(), shuffledInput, c.index());
          assertThat(again).isEqualTo(a);
          assertThat(b.error()).isEqualTo(a.error());
          if (a.rated() != null && b.rated() != null) {
            RatedPeriod x = a.rated();
            RatedPeriod y = b.rated();
            assertThat(y.invoices()).isEqualTo(x.invoices());
            assertThat(byId(y.users())).isEqualTo(byId(x.users()));
            assertThat(y.seats().seatsByTier()).isEqualTo(x.seats().seatsByTier());
            assertThat(y.seats().peaks()).isEqualTo(x.seats().peaks());
            assertThat(y.charges()).isEqualTo(x.charges());
            assertThat(y.period()).isEqualTo(x.period());
            assertThat(y.end()).isEqualTo(x.end());
          }
        });
  }

  // ---- nothing is lost ----

  @Test
  void everyInputUserIsBilledOrExcludedWithAReasonExactlyOnce() {
    PropertyCheck.forAll(
        "every user billed or excluded once",
        2000,
        CASES,
        c -> {
          RatedPeriod rated = outcome(c.engine(), c.input(), c.index()).rated();
          if (rated == null) {
            return;
          }
          assertThat(rated.users())
              .extracting(UserOutcome::userId)
              .containsExactlyElementsOf(c.input().users().stream().map(UserTimeline::id).toList());
          for (UserOutcome o : rated.users()) {
            assertThat(o.billed()).isEqualTo(o.tier().isPresent());
            assertThat(o.billed()).isNotEqualTo(o.reason().isPresent());
            assertThat(o.explanation()).isNotBlank();
          }
        });
  }

  // ---- every charge can be checked ----

  @Test
  void eachNamedSeatLineListsAsManyBilledUsersAsItsQuantity() {
    long[] linesChecked = new long[1];
    PropertyCheck.forAll(
        "named SEAT lines list their users",
        2000,
        CASES,
        c -> {
          RatedPeriod rated = outcome(c.engine(), c.input(), c.index()).rated();
          if (rated == null) {
            return;
          }
          boolean concurrentOrg = c.input().organization().licensing() == LicensingModel.CONCURRENT;
          for (LineItem line : rated.seats().lines()) {
            if (!line.code().equals(LineCode.SEAT)) {
              continue;
            }
            LicenseTier tier = TierCatalog.faq().find(line.item()).orElseThrow();
            if (concurrentOrg && tier.isContactCenter()) {
              continue;
            }
            Set<String> billedAtTier =
                rated.users().stream()
                    .filter(o -> o.tier().equals(Optional.of(tier)))
                    .filter(o -> o.countedAs() == LicensingModel.NAMED)
                    .map(UserOutcome::userId)
                    .collect(Collectors.toSet());
            Set<String> listed = new TreeSet<>();
            for (String entry : line.explanation()) {
              listed.add(entry.substring(0, entry.indexOf(':')));
            }
            linesChecked[0]++;
            assertThat(line.explanation()).hasSize(line.quantity().intValueExact());
            assertThat(listed).hasSize(line.quantity().intValueExact()).isEqualTo(billedAtTier);
          }
        });
    assertThat(linesChecked[0])
        .as("named SEAT lines checked")
        .isGreaterThan(PropertyCheck.scaled(2000) / 4);
  }

  /** Whether {@code user} is on queue inside a user-interface session at {@code t} (R5). */
  private static boolean onQueueAt(UserTimeline user, Instant t) {
    return user.onQueue().stream().anyMatch(q -> q.contains(t))
        && user.userInterfaceSessions().stream().anyMatch(s -> s.contains(t));
  }

  @Test
  void aConcurrentSeatLinesPeakWindowHasThatManyUsersOnQueueThroughout() {
    Gen<Case> concurrent = cases(G.licensing(LicensingModel.CONCURRENT).users(1, 12));
    long[] peaksChecked = new long[1];
    PropertyCheck.forAll(
        "concurrent peak windows hold",
        1500,
        concurrent,
        c -> {
          RatedPeriod rated = outcome(c.engine(), c.input(), c.index()).rated();
          if (rated == null) {
            return;
          }
          Map<String, UserTimeline> users = new HashMap<>();
          c.input().users().forEach(u -> users.put(u.id(), u));
          for (SustainedPeak peak : rated.seats().peaks()) {
            List<UserTimeline> atTier =
                rated.users().stream()
                    .filter(o -> o.countedAs() == LicensingModel.CONCURRENT)
                    .filter(o -> o.tier().equals(Optional.of(peak.tier())))
                    .map(o -> users.get(o.userId()))
                    .toList();
            assertThat(peak.usersOnQueue()).isEqualTo(atTier.size());
            if (peak.seats() == 0) {
              assertThat(peak.window()).isEmpty();
              continue;
            }
            peaksChecked[0]++;
            UsageInterval window = peak.window().orElseThrow();
            assertThat(window.start()).isAfterOrEqualTo(rated.period().start());
            assertThat(window.endOrThrow()).isBeforeOrEqualTo(rated.ratedEnd());
            if (peak.measure() == PeakMeasure.CONTIGUOUS_WINDOW) {
              assertThat(window.duration()).isEqualTo(c.policy().peakWindow());
            }
            assertThat(peak.timeAtLevel()).isGreaterThanOrEqualTo(c.policy().peakWindow());
            // The count only changes at interval ends: check the window start and every end in it.
            List<Instant> probes = new ArrayList<>(List.of(window.start()));
            for (UserTimeline u : atTier) {
              for (UsageInterval i : u.onQueue()) {
                probes.add(i.start());
                i.end().ifPresent(probes::add);
              }
              for (UsageInterval i : u.userInterfaceSessions()) {
                probes.add(i.start());
                i.end().ifPresent(probes::add);
              }
            }
            for (Instant t : probes) {
              if (window.contains(t)) {
                long count = atTier.stream().filter(u -> onQueueAt(u, t)).count();
                assertThat(count)
                    .as("users on queue at %s", t)
                    .isGreaterThanOrEqualTo(peak.seats());
              }
            }
            LineItem line =
                rated.seats().lines().stream()
                    .filter(
                        l -> l.code().equals(LineCode.SEAT) && l.item().equals(peak.tier().name()))
                    .findFirst()
                    .orElseThrow();
            assertThat(line.quantity()).isEqualByComparingTo(BigDecimal.valueOf(peak.seats()));
          }
        });
    assertThat(peaksChecked[0])
        .as("peaks with seats checked")
        .isGreaterThan(PropertyCheck.scaled(1500) / 10);
  }

  @Test
  void totalsAreSumsOfLinesAndEachLineIsRoundedOnce() {
    PropertyCheck.forAll(
        "totals are sums of lines",
        2000,
        CASES,
        c -> {
          RatedPeriod rated = outcome(c.engine(), c.input(), c.index()).rated();
          if (rated == null) {
            return;
          }
          RoundingMode mode = c.policy().moneyRounding();
          for (Invoice invoice : rated.invoices()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (LineItem line : invoice.lines()) {
              sum = sum.add(line.amount().amount());
              assertThat(line.explanation()).isNotEmpty();
              BigDecimal exact =
                  line.code().equals(LineCode.EXCESS_CALL_PORTS)
                      ? ((PortUsage) line.evidence())
                          .excessPortSeconds()
                          .multiply(line.unitPrice())
                          .divide(BigDecimal.valueOf(3600), 40, RoundingMode.HALF_EVEN)
                      : line.quantity().multiply(line.unitPrice());
              assertThat(line.amount()).isEqualTo(Money.rounded(rated.currency(), exact, mode));
            }
            assertThat(invoice.total().amount()).isEqualByComparingTo(sum);
            assertThat(invoice.total().currency()).isEqualTo(rated.currency());
          }
          assertThat(rated.invoices().stream().filter(i -> i.kind().isRecurring())).hasSize(1);
        });
  }

  // ---- usage to date ----

  /** A case and two instants {@code a1 <= a2} in its rated time. */
  private record AsOfPair(Case c, Instant first, Instant second) {}

  private static Gen<AsOfPair> asOfPairs(SeatlineGenerators g) {
    Gen<Case> base = cases(g);
    return r -> {
      Case c = base.next(r);
      BillingPeriod p = c.input().organization().calendar().period(c.index());
      Instant end =
          c.input().organization().cancelledAt().filter(x -> x.isBefore(p.end())).orElse(p.end());
      long span = Duration.between(p.start(), end).toNanos();
      long a = r.nextLong(span);
      long b = r.nextLong(span);
      return new AsOfPair(
          c, p.start().plusNanos(Math.min(a, b)), p.start().plusNanos(Math.max(a, b)));
    };
  }

  @Test
  void usageToDateIsMonotone() {
    // One contact-center tier, so that no user changes tier between the two instants.
    SeatlineGenerators g = G.tiers(LicenseTier.COMMUNICATE, LicenseTier.PURECLOUD_2);
    PropertyCheck.forAll(
        "usage to date is monotone",
        1500,
        asOfPairs(g),
        pair -> {
          BillingEngine engine = pair.c().engine();
          RatedPeriod early = engine.rateAsOf(pair.c().input(), pair.c().index(), pair.first());
          RatedPeriod late = engine.rateAsOf(pair.c().input(), pair.c().index(), pair.second());
          Set<String> billedEarly = billed(early);
          Set<String> billedLate = billed(late);
          if (pair.c().input().organization().licensing() == LicensingModel.NAMED) {
            assertThat(billedLate).containsAll(billedEarly);
          } else {
            // A named COMMUNICATE user may become a concurrent user later (R4) and then counts
            // only through on-queue time; everyone else billed early stays billed.
            Set<String> becameConcurrent =
                late.users().stream()
                    .filter(o -> o.countedAs() == LicensingModel.CONCURRENT)
                    .map(UserOutcome::userId)
                    .collect(Collectors.toSet());
            for (UserOutcome o : early.users()) {
              if (o.billed()
                  && !(o.countedAs() == LicensingModel.NAMED
                      && becameConcurrent.contains(o.userId()))) {
                assertThat(billedLate).contains(o.userId());
              }
            }
          }
          Map<LicenseTier, Long> latePeaks = new HashMap<>();
          late.seats().peaks().forEach(p -> latePeaks.put(p.tier(), p.seats()));
          for (SustainedPeak p : early.seats().peaks()) {
            assertThat(latePeaks.getOrDefault(p.tier(), 0L))
                .as("sustained peak of %s", p.tier())
                .isGreaterThanOrEqualTo(p.seats());
          }
          if (late.seats().includedPorts() == early.seats().includedPorts()) {
            assertThat(InvoicingFixtures.excessPortSeconds(late))
                .isGreaterThanOrEqualTo(InvoicingFixtures.excessPortSeconds(early));
          }
        });
  }

  // ---- an earlier deletion never raises a tier nor the seat charges (R2) ----

  /** An input, the index of one of its users, and an earlier deletion instant for that user. */
  private record DeletionCase(Case c, int user, Instant deletion) {
    RatingInput deleted() {
      List<UserTimeline> users = new ArrayList<>(c.input().users());
      UserTimeline u = users.get(user);
      UserTimeline.Builder b = UserTimeline.builder(u.id());
      u.licenses().forEach(a -> b.license(a.tier(), a.interval()));
      u.addOns().forEach(a -> b.addOn(a.addOn(), a.interval()));
      u.sessions().forEach(x -> b.session(x.channel(), x.interval()));
      b.onQueue(u.onQueue()).deletedAt(deletion);
      users.set(user, b.build());
      return c.input().toBuilder()
          .clearData()
          .users(users)
          .callPorts(c.input().callPorts())
          .orders(c.input().orders())
          .shipments(c.input().shipments())
          .build();
    }
  }

  /**
   * Cases for the deletion law: seat prices that rise with the tier (as every vendor price list
   * does; with a COMMUNICATE seat dearer than a contact-center one, a lower tier would cost more)
   * and BILL_AT_HIGHEST (so that no tier change turns the input into a mixed-tier error). The new
   * deletion lies after the user's last session start (an earlier one would make that session
   * invalid input) and before their current deletion, if any.
   */
  private static Gen<DeletionCase> deletionCases() {
    Gen<Case> base = cases(G.users(1, 10));
    return r -> {
      Case c = base.next(r);
      PriceBook prices = c.input().prices();
      List<BigDecimal> ascending = new ArrayList<>();
      for (LicenseTier tier : TierCatalog.faq().tiers()) {
        ascending.add(prices.require(LineCode.SEAT, tier.name(), "a seat is billed"));
      }
      Collections.sort(ascending);
      PriceBook.Builder monotone = PriceBook.builder(prices.currency());
      for (LineCode code : prices.codes()) {
        prices.prices(code).forEach((item, price) -> monotone.price(code, item, price));
      }
      int k = 0;
      for (LicenseTier tier : TierCatalog.faq().tiers()) {
        monotone.seat(tier, ascending.get(k++));
      }
      RatingInput input = c.input().toBuilder().prices(monotone.build()).build();
      Case monotoneCase =
          new Case(input, c.index(), c.policy().withMixedTiers(MixedTierPolicy.BILL_AT_HIGHEST));
      int user = r.nextInt(input.users().size());
      UserTimeline u = input.users().get(user);
      BillingPeriod p = input.organization().calendar().period(c.index());
      Instant lo = p.start().minus(Duration.ofDays(1));
      for (var x : u.sessions()) {
        if (!x.interval().start().isBefore(lo)) {
          lo = x.interval().start().plusNanos(1);
        }
      }
      Instant hi = u.deletedAt().orElse(p.end().plus(Duration.ofDays(1)));
      long span = Math.max(0, Duration.between(lo, hi).toNanos());
      Instant deletion = span == 0 ? lo : lo.plusNanos(r.nextLong(span + 1));
      return new DeletionCase(monotoneCase, user, deletion);
    };
  }

  private static int rank(UserOutcome o) {
    return o.tier().map(LicenseTier::rank).orElse(-1);
  }

  private static BigDecimal seatCharges(RatedPeriod rated) {
    BigDecimal sum = BigDecimal.ZERO;
    for (LineItem l : rated.seats().lines()) {
      sum = sum.add(l.amount().amount());
    }
    return sum;
  }

  @Test
  void anEarlierDeletionNeverRaisesATierNorTheSeatCharges() {
    PropertyCheck.forAll(
        "an earlier deletion never raises a tier nor the seat charges",
        1500,
        deletionCases(),
        d -> {
          BillingEngine engine = d.c().engine();
          RatedPeriod before = engine.rate(d.c().input(), d.c().index());
          RatedPeriod after = engine.rate(d.deleted(), d.c().index());
          String id = d.c().input().users().get(d.user()).id();
          Map<String, UserOutcome> was = byId(before.users());
          boolean leftConcurrent = false;
          for (UserOutcome now : after.users()) {
            UserOutcome then = java.util.Objects.requireNonNull(was.get(now.userId()));
            // R4: a concurrent user whose contact-center time falls below the concurrent minimum
            // is rated by the named rules and may then be billed a COMMUNICATE seat.
            boolean exempt =
                now.userId().equals(id)
                    && then.countedAs() == LicensingModel.CONCURRENT
                    && now.countedAs() == LicensingModel.NAMED
                    && now.tier().equals(Optional.of(LicenseTier.COMMUNICATE));
            leftConcurrent |= exempt && rank(now) > rank(then);
            if (!exempt) {
              assertThat(rank(now)).as("tier of %s", now.userId()).isLessThanOrEqualTo(rank(then));
            }
          }
          BigDecimal allowance =
              leftConcurrent
                  ? d.c()
                      .input()
                      .prices()
                      .price(LineCode.SEAT, LicenseTier.COMMUNICATE.name())
                      .orElse(BigDecimal.ZERO)
                  : BigDecimal.ZERO;
          assertThat(seatCharges(after)).isLessThanOrEqualTo(seatCharges(before).add(allowance));
        });
  }

  private static Set<String> billed(RatedPeriod rated) {
    return rated.users().stream()
        .filter(UserOutcome::billed)
        .map(UserOutcome::userId)
        .collect(Collectors.toSet());
  }
}
