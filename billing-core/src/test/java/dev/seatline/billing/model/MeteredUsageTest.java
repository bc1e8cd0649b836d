package dev.seatline.billing.model;

import static dev.seatline.billing.InvalidInputs.assertInvalidAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.money.BillingCurrency;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MeteredUsageTest {
  private static final Instant T = Instant.parse("2026-01-16T14:00:00Z");
  private static final long T_NANOS = T.getEpochSecond() * 1_000_000_000L;

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void primitiveRowsBulkArraysAndValueObjectsHoldTheSameRecords() {
    MeteredUsage.Builder rows = MeteredUsage.builder();
    int voice = rows.meter("VOICE_MINUTES");
    int api = rows.meter("API_REQUESTS");
    rows.record(voice, T_NANOS, 10167, 4).record(api, T_NANOS + 1, 1200, 0);

    MeteredUsage.Builder bulk = MeteredUsage.builder();
    int v = bulk.meter("VOICE_MINUTES");
    int a = bulk.meter("API_REQUESTS");
    bulk.records(
        new int[] {v, a},
        new long[] {T_NANOS, T_NANOS + 1},
        TimeUnit.NANOSECONDS,
        new long[] {10167, 1200},
        new int[] {4, 0});

    MeteredUsage.Builder values = MeteredUsage.builder();
    values.record(new UsageRecord("VOICE_MINUTES", T, d("1.0167")));
    values.record(new UsageRecord("API_REQUESTS", T.plusNanos(1), d("1200")));

    assertThat(rows.build()).isEqualTo(bulk.build()).isEqualTo(values.build());
    assertThat(rows.build().records())
        .containsExactly(
            new UsageRecord("VOICE_MINUTES", T, d("1.0167")),
            new UsageRecord("API_REQUESTS", T.plusNanos(1), d("1200")));
    assertThat(rows.build().meterNames()).containsExactly("VOICE_MINUTES", "API_REQUESTS");
    assertThat(rows.build())
        .hasToString("MeteredUsage{2 records of [VOICE_MINUTES, API_REQUESTS]}");
  }

  @Test
  void oneScaleForAWholeColumnAndSecondsAsTheUnit() {
    MeteredUsage.Builder b = MeteredUsage.builder();
    int m = b.meter("GB");
    b.records(new int[] {m, m}, new long[] {100, 200}, TimeUnit.SECONDS, new long[] {15, 20}, 1);

    // 15 at scale 1 is 1.5; 20 at scale 1 is 2.0 (the scale is kept).
    assertThat(b.build().records())
        .containsExactly(
            new UsageRecord("GB", Instant.ofEpochSecond(100), d("1.5")),
            new UsageRecord("GB", Instant.ofEpochSecond(200), d("2.0")));
  }

  @Test
  void scalesBeyondNineAreCutWhenTheDigitsAreZerosAndNegativeScalesBecomeWhole() {
    MeteredUsage.Builder b = MeteredUsage.builder();
    int m = b.meter("M");
    // 15000000000 at scale 10 is 1.5000000000 = 1.500000000 (scale 9); 12 at scale -2 is 1200.
    b.record(m, 0, 15_000_000_000L, 10).record(m, 1, 12, -2);

    assertThat(b.build().records())
        .extracting(UsageRecord::quantity)
        .containsExactly(d("1.500000000"), d("1200"));
  }

  @Test
  void badRowsAreInvalidAtTheirIndex() {
    MeteredUsage.Builder b = MeteredUsage.builder();
    int m = b.meter("M");
    b.record(m, 0, 1, 0);
    assertInvalidAt("usage[1].quantity", () -> b.record(m, 0, -1, 0))
        .hasMessageContaining("negative");
    assertInvalidAt("usage[1].quantity", () -> b.record(m, 0, 1, 10))
        .hasMessageContaining("more than 9 decimals");
    assertInvalidAt("usage[1].quantity", () -> b.record(m, 0, 1_000_000_001L, 0))
        .hasMessageContaining("at most 1000000000");
    assertInvalidAt("usage[1].quantity", () -> b.record(m, 0, 2, -9))
        .hasMessageContaining("at most 1000000000");
    assertInvalidAt(
            "usage[1].at",
            () ->
                b.records(
                    new int[] {m},
                    new long[] {Long.MAX_VALUE},
                    TimeUnit.SECONDS,
                    new long[] {1},
                    0))
        .hasMessageContaining("outside the columnar time range");
    assertThatThrownBy(() -> b.record(7, 0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no meter with index 7");
    assertThatThrownBy(
            () -> b.records(new int[] {m}, new long[0], TimeUnit.SECONDS, new long[] {1}, 0))
        .hasMessageContaining("arrays differ in length");
    assertInvalidAt("meter", () -> b.meter(" "));
    // Nothing of the rejected rows was kept.
    assertThat(b.build().size()).isEqualTo(1);
  }

  @Test
  void theRatedWindowSumsEachMeterOverItsHalfOpenTime() {
    Organization org =
        Organization.builder(
                "acme", BillingCurrency.USD, LicensingModel.NAMED, LocalDate.of(2026, 1, 15))
            .build();
    PriceBook prices =
        PriceBook.builder(BillingCurrency.USD)
            .meter(Meter.builder("VOICE", d("0.02")).increment(d("0.1")).build())
            .meter(Meter.builder("IDLE", d("1")).build())
            .build();
    RatingInput input =
        RatingInput.builder(org, prices)
            .usage(
                List.of(
                    new UsageRecord("VOICE", T, d("1.0167")),
                    new UsageRecord("VOICE", T.plusSeconds(1), d("0.30")),
                    new UsageRecord("VOICE", T.plusSeconds(2), d("2"))))
            .build();

    // [T, T + 2 s): 1.0167 -> 1.1 and 0.30 stays; 2 at T + 2 s is outside.
    SortedMap<String, MeterTotal> totals = input.window(T, T.plusSeconds(2)).meteredUsage();

    assertThat(totals).containsOnlyKeys("IDLE", "VOICE");
    MeterTotal voice = java.util.Objects.requireNonNull(totals.get("VOICE"));
    assertThat(voice.records()).isEqualTo(2);
    assertThat(voice.roundedUp()).isEqualTo(1);
    assertThat(voice.recorded()).isEqualTo(d("1.3167"));
    assertThat(voice.used()).isEqualTo(d("1.4000"));
    assertThat(java.util.Objects.requireNonNull(totals.get("IDLE")).records()).isZero();
    assertThat(input.usageRecords()).hasSize(3);
    assertThat(input.toBuilder().build()).isEqualTo(input);
  }

  @Test
  void recordsAreGivenAsValueObjectsOrAsColumnsNotBoth() {
    Organization org =
        Organization.builder(
                "acme", BillingCurrency.USD, LicensingModel.NAMED, LocalDate.of(2026, 1, 15))
            .build();
    PriceBook prices =
        PriceBook.builder(BillingCurrency.USD).meter(Meter.builder("M", d("1")).build()).build();
    MeteredUsage.Builder columns = MeteredUsage.builder();
    columns.record(columns.meter("M"), T_NANOS, 1, 0);

    assertInvalidAt(
        "usage",
        () ->
            RatingInput.builder(org, prices)
                .usageColumns(columns.build())
                .usage(new UsageRecord("M", T, d("1")))
                .build());
    assertThat(
            RatingInput.builder(org, prices).usageColumns(columns.build()).build().usageRecords())
        .containsExactly(new UsageRecord("M", T, d("1")));
  }
}
