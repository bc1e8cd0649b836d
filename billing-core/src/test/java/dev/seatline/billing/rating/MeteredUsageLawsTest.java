package dev.seatline.billing.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.AccountStatus;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.Meter;
import dev.seatline.billing.model.MeterTotal;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.UsageRecord;
import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import dev.seatline.billing.testing.SeatlineGenerators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * The laws of R16 as properties over {@link SeatlineGenerators}' inputs with usage: the USAGE lines
 * agree with a plain oracle (filter to the rated time, round each record up, sum, subtract the
 * allowance); a record counts in exactly one of two adjacent windows; the order of the records
 * never matters; more usage never lowers an overage.
 */
class MeteredUsageLawsTest {
  private static final SeatlineGenerators G =
      SeatlineGenerators.defaults().users(0, 6).usage(60).withCancellations();
  private static final BillingEngine ENGINE = BillingEngine.withDefaults();
  private static final int TRIES = PropertyCheck.scaled(150);

  /** An input and a random number to place extra records or split instants. */
  private record Case(RatingInput input, long salt) {}

  private static final Gen<Case> CASES = r -> new Case(G.ratingInputs().next(r), r.nextLong());

  /** The oracle's quantity used of {@code meter}: each record in [from, to) rounded up, summed. */
  private static BigDecimal oracleUsed(RatingInput input, Meter meter, Instant from, Instant to) {
    BigDecimal used = BigDecimal.ZERO;
    for (UsageRecord u : input.usageRecords()) {
      if (!u.meter().equals(meter.name()) || u.at().isBefore(from) || !u.at().isBefore(to)) {
        continue;
      }
      BigDecimal q = u.quantity();
      if (meter.increment().isPresent()) {
        BigDecimal inc = meter.increment().get();
        q = q.divide(inc, 0, RoundingMode.CEILING).multiply(inc);
      }
      used = used.add(q);
    }
    return used;
  }

  /** {@code input} with {@code records} as its usage, everything else kept. */
  private static RatingInput withUsage(RatingInput input, List<UsageRecord> records) {
    return RatingInput.builder(input.organization(), input.prices())
        .columns(input.timeline())
        .orders(input.orders())
        .shipments(input.shipments())
        .usage(records)
        .build();
  }

  private static BigDecimal overage(RatedPeriod rated, String meter) {
    return rated.line(LineCode.USAGE, meter).map(LineItem::quantity).orElse(BigDecimal.ZERO);
  }

  @Test
  void usageLinesAgreeWithAPlainOracle() {
    PropertyCheck.forAll(
        "usage lines = max(0, sum of rounded-up records - seats x allowance - organization)",
        TRIES,
        CASES,
        c -> {
          RatingInput input = c.input();
          RatedPeriod rated = ENGINE.rate(input, G.periodIndex());
          Instant from = rated.period().start();
          Instant to = rated.ratedEnd();
          for (Meter meter : input.prices().meters().values()) {
            BigDecimal allowance = meter.allowancePerOrganization();
            for (Map.Entry<LicenseTier, Long> e : rated.seats().seatsByTier().entrySet()) {
              BigDecimal perSeat = meter.allowancePerSeat().get(e.getKey());
              if (perSeat != null) {
                allowance = allowance.add(perSeat.multiply(BigDecimal.valueOf(e.getValue())));
              }
            }
            BigDecimal over = oracleUsed(input, meter, from, to).subtract(allowance);
            var line = rated.line(LineCode.USAGE, meter.name());
            if (over.signum() <= 0) {
              assertThat(line).isEmpty();
              continue;
            }
            LineItem l = line.orElseThrow();
            boolean trial = input.organization().status() == AccountStatus.TRIAL;
            BigDecimal price = trial ? BigDecimal.ZERO : meter.overage();
            int scale = input.organization().currency().scale();
            assertThat(l.quantity()).isEqualByComparingTo(over);
            assertThat(l.unitPrice()).isEqualByComparingTo(price);
            assertThat(l.amount().amount())
                .isEqualTo(over.multiply(price).setScale(scale, RoundingMode.HALF_UP));
          }
        });
  }

  @Test
  void aRecordCountsInExactlyOneOfTwoAdjacentWindows() {
    PropertyCheck.forAll(
        "windows [a, t) and [t, b) count every record of [a, b) once",
        TRIES,
        CASES,
        c -> {
          RatingInput input = c.input();
          BillingPeriod p0 = input.organization().calendar().period(0);
          BillingPeriod p1 = input.organization().calendar().period(1);
          Random random = new Random(c.salt());
          long seconds = p0.length().toSeconds();
          Instant t = p0.start().plusSeconds(random.nextInt((int) seconds));
          List<Instant[]> splits =
              List.of(
                  new Instant[] {p0.start(), p0.end(), p1.end()},
                  new Instant[] {p0.start(), t, p0.end()});
          for (Instant[] s : splits) {
            SortedMap<String, MeterTotal> left = input.window(s[0], s[1]).meteredUsage();
            SortedMap<String, MeterTotal> right = input.window(s[1], s[2]).meteredUsage();
            SortedMap<String, MeterTotal> whole = input.window(s[0], s[2]).meteredUsage();
            for (String meter : whole.keySet()) {
              MeterTotal a = Objects.requireNonNull(left.get(meter));
              MeterTotal b = Objects.requireNonNull(right.get(meter));
              MeterTotal w = Objects.requireNonNull(whole.get(meter));
              assertThat(a.records() + b.records()).isEqualTo(w.records());
              assertThat(a.recorded().add(b.recorded())).isEqualByComparingTo(w.recorded());
              assertThat(a.used().add(b.used())).isEqualByComparingTo(w.used());
            }
          }
        });
  }

  @Test
  void theOrderOfTheRecordsNeverMatters() {
    PropertyCheck.forAll(
        "shuffled usage records rate alike",
        TRIES,
        CASES,
        c -> {
          List<UsageRecord> shuffled = new ArrayList<>(c.input().usageRecords());
          Collections.shuffle(shuffled, new Random(c.salt()));
          RatingInput other = withUsage(c.input(), shuffled);

          assertThat(ENGINE.rate(other, G.periodIndex()).charges())
              .isEqualTo(ENGINE.rate(c.input(), G.periodIndex()).charges());
        });
  }

  @Test
  void moreUsageNeverLowersAnOverage() {
    PropertyCheck.forAll(
        "one more record never lowers any meter's overage",
        TRIES,
        CASES,
        c -> {
          RatingInput input = c.input();
          RatedPeriod before = ENGINE.rate(input, G.periodIndex());
          Random random = new Random(c.salt());
          Duration rated = Duration.between(before.period().start(), before.ratedEnd());
          Instant at = before.period().start().plusSeconds(random.nextInt((int) rated.toSeconds()));
          String meter = SeatlineGenerators.METERS.get(random.nextInt(2));
          UsageRecord extra =
              new UsageRecord(meter, at, BigDecimal.valueOf(random.nextInt(50_000), 2));
          List<UsageRecord> more = new ArrayList<>(input.usageRecords());
          more.add(extra);
          RatedPeriod after = ENGINE.rate(withUsage(input, more), G.periodIndex());

          for (String m : SeatlineGenerators.METERS) {
            assertThat(overage(after, m)).isGreaterThanOrEqualTo(overage(before, m));
          }
        });
  }
}
