package dev.seatline.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.model.AccountStatus;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.Environment;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.Order;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PortSample;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.Shipment;
import dev.seatline.billing.model.SkuQuantity;
import dev.seatline.billing.model.TierCatalog;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.money.Money;
import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * R12: building any domain value from random raw input, and rating it, (reversed instants, negative
 * or huge counts, blank strings, out-of-range dates and prices) either succeeds or throws {@link
 * InvalidInputException}; nothing else escapes (no null is generated, so no NullPointerException
 * either).
 */
class RawInputTest {
  private static final Instant NEAR = Instant.parse("2026-01-15T05:00:00Z");
  private static final List<ZoneId> ZONES =
      ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();

  /** Instants: mostly near 2026 (so that values often connect), sometimes anywhere, or extreme. */
  static Instant instant(SplittableRandom r) {
    return switch (r.nextInt(10)) {
      case 0 -> Instant.MIN;
      case 1 -> Instant.MAX;
      case 2 ->
          Instant.ofEpochSecond(
              r.nextLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
              r.nextLong(1_000_000_000L));
      default -> NEAR.plusSeconds(r.nextLong(-90L * 86400, 90L * 86400)).plusNanos(r.nextInt(3));
    };
  }

  static long count(SplittableRandom r) {
    return switch (r.nextInt(8)) {
      case 0 -> Long.MIN_VALUE;
      case 1 -> Long.MAX_VALUE;
      case 2 -> -1 - r.nextLong(1_000);
      case 3 -> 1_000_000_000L + r.nextLong(-2, 3);
      case 4 -> r.nextLong();
      default -> r.nextLong(10);
    };
  }

  static String string(SplittableRandom r) {
    return switch (r.nextInt(9)) {
      case 0 -> "";
      case 1 -> " ";
      case 2 -> "\t\n";
      case 3 -> " x";
      case 4 -> "x ";
      case 5 -> "é\u00a0ü";
      default -> "id" + r.nextInt(3);
    };
  }

  static LocalDate date(SplittableRandom r) {
    return switch (r.nextInt(6)) {
      case 0 -> LocalDate.MIN;
      case 1 -> LocalDate.MAX;
      case 2 -> LocalDate.ofEpochDay(r.nextLong(-800_000, 3_000_000));
      default -> LocalDate.of(2026, 1, 1).plusDays(r.nextInt(-400, 400));
    };
  }

  static BigDecimal decimal(SplittableRandom r) {
    return switch (r.nextInt(5)) {
      case 0 -> new BigDecimal(BigInteger.valueOf(r.nextLong()), r.nextInt(-30, 30));
      case 1 -> BigDecimal.valueOf(r.nextLong(-1000, 1000), r.nextInt(0, 16));
      default -> BigDecimal.valueOf(r.nextLong(0, 100_000), r.nextInt(0, 5));
    };
  }

  static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  static UsageInterval interval(SplittableRandom r) {
    Instant from = instant(r);
    if (r.nextInt(4) == 0) {
      return UsageInterval.ofUnboundedEnd(from);
    }
    boolean near = from.isBefore(NEAR.plusSeconds(365L * 86400));
    return UsageInterval.of(
        from, near && r.nextBoolean() ? from.plusSeconds(r.nextInt(1, 90_000)) : instant(r));
  }

  static UserTimeline user(SplittableRandom r) {
    UserTimeline.Builder b = UserTimeline.builder(string(r));
    for (int i = r.nextInt(3); i > 0; i--) {
      b.license(pick(r, TierCatalog.faq().tiers().toArray(new LicenseTier[0])), interval(r));
    }
    for (int i = r.nextInt(2); i > 0; i--) {
      b.addOn(string(r), interval(r));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.session(pick(r, Channel.values()), interval(r));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.onQueue(interval(r));
    }
    if (r.nextInt(3) == 0) {
      b.deletedAt(instant(r));
    }
    return b.build();
  }

  static List<SkuQuantity> items(SplittableRandom r) {
    List<SkuQuantity> out = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      out.add(new SkuQuantity(string(r), count(r)));
    }
    return out;
  }

  static Organization organization(SplittableRandom r) {
    Organization.Builder b =
        Organization.builder(
                string(r),
                pick(r, BillingCurrency.values()),
                pick(r, LicensingModel.values()),
                date(r))
            .environment(pick(r, Environment.values()))
            .status(pick(r, AccountStatus.values()))
            .timeZone(ZONES.get(r.nextInt(ZONES.size())))
            .concurrentSeatsPurchased(count(r));
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addOnLicensesPurchased(string(r), count(r));
    }
    if (r.nextBoolean()) {
      b.cancelledAt(instant(r));
    }
    return b.build();
  }

  static PriceBook prices(SplittableRandom r, BillingCurrency currency) {
    PriceBook.Builder b = PriceBook.builder(currency);
    for (int i = r.nextInt(5); i > 0; i--) {
      switch (r.nextInt(5)) {
        case 0 ->
            b.seat(pick(r, TierCatalog.faq().tiers().toArray(new LicenseTier[0])), decimal(r));
        case 1 -> b.addOn(string(r), decimal(r));
        case 2 -> b.excessPortHour(decimal(r));
        case 3 -> b.oneTime(string(r), decimal(r));
        default -> b.hardware(string(r), decimal(r));
      }
    }
    return b.build();
  }

  static RatingInput input(SplittableRandom r) {
    Organization org = organization(r);
    RatingInput.Builder b =
        RatingInput.builder(
            org, prices(r, r.nextInt(8) == 0 ? pick(r, BillingCurrency.values()) : org.currency()));
    for (int i = r.nextInt(4); i > 0; i--) {
      b.user(user(r));
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      b.callPort(new PortSample(instant(r), count(r)));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.order(new Order(string(r), instant(r), items(r)));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.shipment(new Shipment(string(r), string(r), instant(r), items(r)));
    }
    return b.build();
  }

  /** One attempt to build a domain value (or to ask the calendar about one) from raw input. */
  private static final Gen<Supplier<Object>> ATTEMPTS =
      r -> {
        long seed = r.nextLong();
        int kind = r.nextInt(15);
        return new Supplier<>() {
          @Override
          public Object get() {
            SplittableRandom x = new SplittableRandom(seed);
            return switch (kind) {
              case 0 -> interval(x);
              case 1 -> user(x);
              case 2 -> new PortSample(instant(x), count(x));
              case 3 -> new SkuQuantity(string(x), count(x));
              case 4 -> new Order(string(x), instant(x), items(x));
              case 5 -> new Shipment(string(x), string(x), instant(x), items(x));
              case 6 -> organization(x);
              case 7 -> prices(x, pick(x, BillingCurrency.values()));
              case 8 ->
                  Money.rounded(
                      pick(x, BillingCurrency.values()), decimal(x), RoundingMode.HALF_UP);
              case 9 -> BillingCurrency.find(x.nextBoolean() ? string(x) : "USD");
              case 10 -> organization(x).calendar().period(x.nextInt(-5, 1_000_010));
              case 11 -> organization(x).calendar().periodContaining(instant(x));
              case 12 -> BillingEngine.withDefaults().rate(input(x), x.nextInt(-1, 30));
              case 13 -> BillingEngine.withDefaults().rateAsOf(input(x), instant(x));
              default -> input(x);
            };
          }

          @Override
          public String toString() {
            return "attempt " + kind + " from seed " + seed;
          }
        };
      };

  @Test
  void buildingFromRawInputSucceedsOrThrowsInvalidInputOnly() {
    int[] outcomes = new int[2];
    PropertyCheck.forAll(
        "raw input: success or InvalidInputException",
        20_000,
        ATTEMPTS,
        attempt -> {
          @Nullable Throwable thrown = null;
          try {
            assertThat(attempt.get()).isNotNull();
          } catch (RuntimeException e) {
            thrown = e;
          }
          if (thrown == null) {
            outcomes[0]++;
          } else {
            assertThat(thrown).isInstanceOf(InvalidInputException.class);
            outcomes[1]++;
          }
        });
    assertThat(outcomes[0])
        .as("some raw input is valid")
        .isGreaterThan(PropertyCheck.scaled(20_000) / 20);
    assertThat(outcomes[1])
        .as("some raw input is invalid")
        .isGreaterThan(PropertyCheck.scaled(20_000) / 20);
  }
}
