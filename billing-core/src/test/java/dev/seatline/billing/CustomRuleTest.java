package dev.seatline.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.InvoiceKind;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.AccountStatus;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.IntervalSet;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PortSample;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.model.UserUsage;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.money.Money;
import dev.seatline.billing.rating.ChargeRule;
import dev.seatline.billing.rating.ConcurrentSeatRating;
import dev.seatline.billing.rating.Evidence;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.rating.NamedSeatRating;
import dev.seatline.billing.rating.NotBilledReason;
import dev.seatline.billing.rating.Pricing;
import dev.seatline.billing.rating.RatingContext;
import dev.seatline.billing.rating.RatingPolicy;
import dev.seatline.billing.rating.RatingPolicy.PeakMeasure;
import dev.seatline.billing.rating.SeatRating;
import dev.seatline.billing.rating.SeatRule;
import dev.seatline.billing.rating.SustainedPeak;
import dev.seatline.billing.rating.SustainedPeaks;
import dev.seatline.billing.rating.TierQualification;
import dev.seatline.billing.rating.UserOutcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A rule of one's own, written the way a third party would: public types only. A flat support fee
 * per billed contact-center seat as a {@link ChargeRule}, and a CONCURRENT {@link SeatRule} that
 * measures the sustained peak over a fixed hour, built from {@link TierQualification} and {@link
 * SustainedPeaks}. Period 0 of a contract of 2026-01-15 in America/New_York is {@code
 * [2026-01-15T05:00:00Z, 2026-02-15T05:00:00Z)}.
 */
class CustomRuleTest {
  private static final LineCode SUPPORT = LineCode.custom("SUPPORT");
  private static final String PER_SEAT = "PER_SEAT";
  private static final Instant PERIOD_START = Instant.parse("2026-01-15T05:00:00Z");

  /** The support fee: one PER_SEAT line for the billed contact-center seats, none without. */
  private static final ChargeRule SUPPORT_FEE =
      (context, seats) -> {
        long n = seats.contactCenterSeats();
        if (n == 0) {
          return List.of();
        }
        return List.of(
            Pricing.recurring(
                context,
                SUPPORT,
                PER_SEAT,
                n,
                "support is billed per contact-center seat",
                new Evidence.Text(
                    List.of(n + " contact-center seats billed", "flat support fee per seat"))));
      };

  /** Evidence of the hourly seat rule's users, rendering itself. */
  record OnQueueForTheHourRule(Duration onQueue) implements Evidence.Custom {
    @Override
    public List<String> lines() {
      return List.of("on queue " + onQueue + " inside sessions", "counted by the hourly peak");
    }
  }

  /**
   * CONCURRENT seats as the peak held throughout a full hour, whatever the policy's window: a user
   * who held a contact-center tier for the concurrent minimum is counted by on-queue time inside
   * sessions; everyone else is rated by the named rules, which can bill only the other tiers.
   */
  static final class HourlyPeakSeats implements SeatRule {
    static final Duration HOUR = Duration.ofHours(1);

    @Override
    public SeatRating rate(RatingContext context) {
      List<UserUsage> users = context.window().users();
      List<LicenseTier> contactCenter = context.tiers().contactCenterDescending();
      Duration minimum = context.policy().concurrentMinimumAssignment();
      List<UserUsage> named = new ArrayList<>();
      Map<String, UserOutcome> concurrent = new TreeMap<>();
      SortedMap<LicenseTier, List<IntervalSet>> onQueue = new TreeMap<>();
      for (UserUsage user : users) {
        Optional<TierQualification.Qualified> held =
            TierQualification.highest(user, contactCenter, minimum);
        if (held.isEmpty()) {
          named.add(user);
          continue;
        }
        LicenseTier tier = held.get().tier();
        IntervalSet inside = user.onQueue().intersection(user.userInterfaceSessions());
        Evidence evidence = new OnQueueForTheHourRule(inside.length());
        if (inside.isEmpty()) {
          concurrent.put(
              user.id(),
              UserOutcome.notBilled(
                  user.id(), LicensingModel.CONCURRENT, NotBilledReason.NEVER_ON_QUEUE, evidence));
        } else {
          onQueue.computeIfAbsent(tier, t -> new ArrayList<>()).add(inside);
          concurrent.put(
              user.id(), UserOutcome.billed(user.id(), tier, LicensingModel.CONCURRENT, evidence));
        }
      }
      Set<LicenseTier> others = new HashSet<>(context.tiers().tiers());
      others.removeAll(contactCenter);
      TierQualification.NamedUsers namedPart = TierQualification.rateNamed(context, named, others);

      SortedMap<LicenseTier, Long> seats = new TreeMap<>(namedPart.seats());
      List<LineItem> lines = new ArrayList<>(namedPart.seatLines(context));
      List<SustainedPeak> peaks = new ArrayList<>();
      onQueue.forEach(
          (tier, sets) -> {
            SustainedPeak peak =
                SustainedPeaks.measure(
                    tier,
                    sets,
                    context.start(),
                    context.end(),
                    HOUR,
                    PeakMeasure.CONTIGUOUS_WINDOW);
            peaks.add(peak);
            if (peak.seats() > 0) {
              seats.put(tier, peak.seats());
              lines.add(
                  Pricing.recurring(
                      context,
                      LineCode.SEAT,
                      tier.name(),
                      peak.seats(),
                      "seats of " + tier + " are billed",
                      new Evidence.Text(
                          List.of(
                              peak.seats()
                                  + " users on queue throughout "
                                  + peak.window().orElseThrow()))));
            }
          });

      List<UserOutcome> outcomes = new ArrayList<>(users.size());
      int next = 0;
      for (UserUsage user : users) {
        UserOutcome c = concurrent.get(user.id());
        outcomes.add(c != null ? c : namedPart.outcomes().get(next++));
      }
      return new SeatRating(outcomes, seats, lines, peaks);
    }
  }

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }

  private static UsageInterval iv(String from, String to) {
    return UsageInterval.of(at(from), at(to));
  }

  /** A user holding {@code tier} all period, with a WEB session {@code [from, to)}. */
  private static UserTimeline.Builder user(String id, LicenseTier tier, String from, String to) {
    return UserTimeline.builder(id)
        .license(tier, UsageInterval.ofUnboundedEnd(PERIOD_START))
        .session(Channel.WEB, iv(from, to));
  }

  private static Organization.Builder org(LicensingModel model) {
    return Organization.builder("acme", BillingCurrency.USD, model, LocalDate.of(2026, 1, 15))
        .concurrentSeatsPurchased(10);
  }

  private static PriceBook.Builder prices() {
    return PriceBook.builder(BillingCurrency.USD)
        .seat(LicenseTier.COMMUNICATE, new BigDecimal("25.00"))
        .seat(LicenseTier.PURECLOUD_3, new BigDecimal("150.00"))
        .excessPortHour(new BigDecimal("0.0125"));
  }

  private static PriceBook pricesWithSupport() {
    return prices().price(SUPPORT, PER_SEAT, new BigDecimal("12.50")).build();
  }

  private static Money usd(String amount) {
    return Money.of(BillingCurrency.USD, new BigDecimal(amount));
  }

  /**
   * Two PURECLOUD_3 users and a COMMUNICATE user, all logged in: 2 contact-center seats and 5
   * included ports; 7 calls from 2026-01-20T14:00:00Z to 16:00 are 2 excess ports for 2 hours.
   */
  private static RatingInput namedInput(Organization organization, PriceBook prices) {
    return RatingInput.builder(organization, prices)
        .user(
            user("a1", LicenseTier.PURECLOUD_3, "2026-01-20T14:00:00Z", "2026-01-20T18:00:00Z")
                .build())
        .user(
            user("a2", LicenseTier.PURECLOUD_3, "2026-01-21T09:00:00Z", "2026-01-21T10:00:00Z")
                .build())
        .user(
            user("b1", LicenseTier.COMMUNICATE, "2026-01-22T09:00:00Z", "2026-01-22T10:00:00Z")
                .build())
        .callPort(new PortSample(at("2026-01-20T14:00:00Z"), 7))
        .callPort(new PortSample(at("2026-01-20T16:00:00Z"), 0))
        .build();
  }

  // ---- a charge rule of one's own ----

  @Test
  void aCustomChargeRuleBillsAfterTheDefaultOnes() {
    BillingEngine engine = BillingEngine.withDefaults().withChargeRule(SUPPORT_FEE);
    // The two default rules (excess call ports, metered usage), then the rule added.
    assertThat(engine.chargeRules()).hasSize(3).endsWith(SUPPORT_FEE);

    RatedPeriod rated =
        engine.rate(namedInput(org(LicensingModel.NAMED).build(), pricesWithSupport()), 0);

    Invoice invoice = rated.recurringInvoice();
    assertThat(invoice.kind()).isEqualTo(InvoiceKind.RECURRING);
    assertThat(invoice.issuedOn()).isEqualTo(LocalDate.of(2026, 2, 15));
    assertThat(invoice.lines())
        .extracting(l -> l.code() + " " + l.item() + " " + l.quantity() + " x " + l.unitPrice())
        .containsExactly(
            "SEAT COMMUNICATE 1 x 25.00",
            "SEAT PURECLOUD_3 2 x 150.00",
            "EXCESS_CALL_PORTS PORT_HOUR 4.0000 x 0.0125",
            "SUPPORT PER_SEAT 2 x 12.50");
    assertThat(invoice.lines())
        .extracting(LineItem::amount)
        .containsExactly(usd("25.00"), usd("300.00"), usd("0.05"), usd("25.00"));
    // 25.00 + 300.00 + 0.05 + 25.00
    assertThat(invoice.total()).isEqualTo(usd("350.05"));
    assertThat(rated.charges())
        .extracting(LineItem::code)
        .containsExactly(LineCode.EXCESS_CALL_PORTS, SUPPORT);

    LineItem support = rated.line(SUPPORT, PER_SEAT).orElseThrow();
    assertThat(support.evidence())
        .isEqualTo(
            new Evidence.Text(
                List.of("2 contact-center seats billed", "flat support fee per seat")));
    assertThat(support.explanation())
        .containsExactly("2 contact-center seats billed", "flat support fee per seat");
  }

  @Test
  void theCustomChargeIsPricedFromTheBookUnderItsCode() {
    BillingEngine engine = BillingEngine.withDefaults().withChargeRule(SUPPORT_FEE);
    RatingInput input = namedInput(org(LicensingModel.NAMED).build(), prices().build());

    assertThatThrownBy(() -> engine.rate(input, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "prices.SUPPORT.PER_SEAT: no price, but support is billed per contact-center seat")
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).path())
                    .isEqualTo("prices.SUPPORT.PER_SEAT"));
    assertThat(BillingEngine.withDefaults().rate(input, 0).recurringInvoice().total())
        .isEqualTo(usd("325.05"));
  }

  @Test
  void aTrialNeedsNoPriceForTheCustomCharge() {
    BillingEngine engine = BillingEngine.withDefaults().withChargeRule(SUPPORT_FEE);
    RatingInput input =
        namedInput(org(LicensingModel.NAMED).status(AccountStatus.TRIAL).build(), prices().build());

    LineItem support = engine.rate(input, 0).line(SUPPORT, PER_SEAT).orElseThrow();
    assertThat(support.quantity()).isEqualByComparingTo("2");
    assertThat(support.unitPrice()).isEqualByComparingTo("0");
    assertThat(support.amount()).isEqualTo(usd("0.00"));
  }

  @Test
  void withoutContactCenterSeatsTheCustomRuleChargesNothing() {
    BillingEngine engine = BillingEngine.withDefaults().withChargeRule(SUPPORT_FEE);
    RatingInput input =
        RatingInput.builder(org(LicensingModel.NAMED).build(), prices().build())
            .user(
                user("b1", LicenseTier.COMMUNICATE, "2026-01-22T09:00:00Z", "2026-01-22T10:00:00Z")
                    .build())
            .build();
    RatedPeriod rated = engine.rate(input, 0);
    assertThat(rated.line(SUPPORT, PER_SEAT)).isEmpty();
    assertThat(rated.recurringInvoice().total()).isEqualTo(usd("25.00"));
  }

  // ---- a seat rule of one's own ----

  /**
   * CONCURRENT users holding PURECLOUD_3, each with a WEB session 2026-01-20 14:00-18:00 (UTC): c1
   * on queue 14:00-16:00, c2 14:00-15:00, c3 14:00-14:40, c4 never on queue; n1 a logged-in
   * COMMUNICATE user and n2 a COMMUNICATE user without a session. Three are on queue for 40 minutes
   * (a 30-minute peak of 3), two for a full hour (an hourly peak of 2).
   */
  private static RatingInput concurrentInput() {
    String from = "2026-01-20T14:00:00Z";
    String to = "2026-01-20T18:00:00Z";
    return RatingInput.builder(org(LicensingModel.CONCURRENT).build(), pricesWithSupport())
        .user(
            user("c1", LicenseTier.PURECLOUD_3, from, to)
                .onQueue(iv("2026-01-20T14:00:00Z", "2026-01-20T16:00:00Z"))
                .build())
        .user(
            user("n1", LicenseTier.COMMUNICATE, "2026-01-22T09:00:00Z", "2026-01-22T10:00:00Z")
                .build())
        .user(
            user("c2", LicenseTier.PURECLOUD_3, from, to)
                .onQueue(iv("2026-01-20T14:00:00Z", "2026-01-20T15:00:00Z"))
                .build())
        .user(
            user("c3", LicenseTier.PURECLOUD_3, from, to)
                .onQueue(iv("2026-01-20T14:00:00Z", "2026-01-20T14:40:00Z"))
                .build())
        .user(user("c4", LicenseTier.PURECLOUD_3, from, to).build())
        .user(
            UserTimeline.builder("n2")
                .license(LicenseTier.COMMUNICATE, UsageInterval.ofUnboundedEnd(PERIOD_START))
                .build())
        .build();
  }

  @Test
  void aCustomSeatRuleReplacesTheConcurrentOne() {
    SeatRule hourly = new HourlyPeakSeats();
    BillingEngine engine =
        BillingEngine.withDefaults()
            .withSeatRule(LicensingModel.CONCURRENT, hourly)
            .withChargeRule(SUPPORT_FEE);
    assertThat(engine.seatRules().get(LicensingModel.CONCURRENT)).isSameAs(hourly);
    assertThat(engine.seatRules().get(LicensingModel.NAMED)).isInstanceOf(NamedSeatRating.class);

    RatedPeriod rated = engine.rate(concurrentInput(), 0);

    assertThat(rated.seats().seatsByTier())
        .containsExactly(
            Map.entry(LicenseTier.COMMUNICATE, 1L), Map.entry(LicenseTier.PURECLOUD_3, 2L));
    SustainedPeak peak = rated.seats().peaks().get(0);
    assertThat(rated.seats().peaks()).hasSize(1);
    assertThat(peak.seats()).isEqualTo(2);
    assertThat(peak.window()).contains(iv("2026-01-20T14:00:00Z", "2026-01-20T15:00:00Z"));
    assertThat(peak.usersOnQueue()).isEqualTo(3);
    assertThat(rated.recurringInvoice().lines())
        .extracting(l -> l.code() + " " + l.item() + " " + l.quantity() + " = " + l.amount())
        .containsExactly(
            "SEAT COMMUNICATE 1 = USD 25.00",
            "SEAT PURECLOUD_3 2 = USD 300.00",
            "SUPPORT PER_SEAT 2 = USD 25.00");
    // 25.00 + 2 x 150.00 + 2 x 12.50
    assertThat(rated.recurringInvoice().total()).isEqualTo(usd("350.00"));
    assertThat(rated.line(LineCode.SEAT, "PURECLOUD_3").orElseThrow().explanation())
        .containsExactly(
            "2 users on queue throughout [2026-01-20T14:00:00Z, 2026-01-20T15:00:00Z)");

    assertThat(rated.users())
        .extracting(
            u ->
                u.userId()
                    + " "
                    + u.tier().map(LicenseTier::name).orElse("-")
                    + " "
                    + u.countedAs())
        .containsExactly(
            "c1 PURECLOUD_3 CONCURRENT",
            "n1 COMMUNICATE NAMED",
            "c2 PURECLOUD_3 CONCURRENT",
            "c3 PURECLOUD_3 CONCURRENT",
            "c4 - CONCURRENT",
            "n2 - NAMED");
    assertThat(rated.users().get(4).reason()).contains(NotBilledReason.NEVER_ON_QUEUE);
    assertThat(rated.users().get(5).reason()).contains(NotBilledReason.NO_USER_INTERFACE_LOGIN);
  }

  @Test
  void theDefaultConcurrentRuleBillsTheHalfHourPeakOfTheSameInput() {
    RatedPeriod rated =
        BillingEngine.withDefaults().withChargeRule(SUPPORT_FEE).rate(concurrentInput(), 0);
    assertThat(rated.seats().seatsByTier()).containsEntry(LicenseTier.PURECLOUD_3, 3L);
    // 25.00 + 3 x 150.00 + 3 x 12.50
    assertThat(rated.recurringInvoice().total()).isEqualTo(usd("512.50"));
  }

  @Test
  void customEvidenceRendersItself() {
    RatedPeriod rated =
        BillingEngine.withDefaults()
            .withSeatRule(LicensingModel.CONCURRENT, new HourlyPeakSeats())
            .withChargeRule(SUPPORT_FEE)
            .rate(concurrentInput(), 0);
    UserOutcome c3 = rated.users().get(3);
    assertThat(c3.evidence()).isEqualTo(new OnQueueForTheHourRule(Duration.ofMinutes(40)));
    assertThat(c3.explanation())
        .isEqualTo("on queue PT40M inside sessions; counted by the hourly peak");
    assertThat(rated.users().get(4).explanation())
        .isEqualTo("on queue PT0S inside sessions; counted by the hourly peak");
    LineItem line =
        LineItem.priced(
            SUPPORT,
            PER_SEAT,
            1,
            new BigDecimal("12.50"),
            BillingCurrency.USD,
            RatingPolicy.defaults().moneyRounding(),
            new OnQueueForTheHourRule(Duration.ofHours(2)));
    assertThat(line.explanation())
        .containsExactly("on queue PT2H inside sessions", "counted by the hourly peak");
    assertThatThrownBy(() -> new Evidence.Text(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an explanation needs at least one sentence");
  }

  // ---- what the engine's rule slots allow ----

  @Test
  void everyEngineHasASeatRuleForEveryLicensingModel() {
    SeatRule hourly = new HourlyPeakSeats();
    List<BillingEngine> engines =
        List.of(
            BillingEngine.withDefaults(),
            BillingEngine.of(RatingPolicy.defaults().withPeakWindow(Duration.ofHours(1))),
            BillingEngine.withDefaults().withSeatRule(LicensingModel.CONCURRENT, hourly),
            BillingEngine.withDefaults().withSeatRule(LicensingModel.NAMED, hourly),
            BillingEngine.withDefaults().withChargeRules(List.of()));
    for (BillingEngine engine : engines) {
      assertThat(engine.seatRules()).containsOnlyKeys(LicensingModel.values());
    }
    assertThat(BillingEngine.withDefaults().seatRules().get(LicensingModel.CONCURRENT))
        .isInstanceOf(ConcurrentSeatRating.class);
  }

  @Test
  @SuppressWarnings("NullAway")
  void aSeatRuleCanBeReplacedButNotRemoved() {
    BillingEngine engine = BillingEngine.withDefaults();
    SeatRule hourly = new HourlyPeakSeats();
    assertThatThrownBy(() -> engine.withSeatRule(LicensingModel.CONCURRENT, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule");
    assertThatThrownBy(() -> engine.withSeatRule(null, hourly))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("model");
    assertThatThrownBy(() -> engine.seatRules().remove(LicensingModel.CONCURRENT))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> engine.chargeRules().clear())
        .isInstanceOf(UnsupportedOperationException.class);

    BillingEngine replaced = engine.withSeatRule(LicensingModel.CONCURRENT, hourly);
    assertThat(replaced.seatRules().get(LicensingModel.CONCURRENT)).isSameAs(hourly);
    assertThat(engine.seatRules().get(LicensingModel.CONCURRENT))
        .isInstanceOf(ConcurrentSeatRating.class);
    assertThat(engine.withChargeRule(SUPPORT_FEE).chargeRules()).hasSize(3);
    assertThat(engine.chargeRules()).hasSize(2);
  }
}
