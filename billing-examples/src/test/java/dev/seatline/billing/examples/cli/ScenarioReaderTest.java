package dev.seatline.billing.examples.cli;

import static dev.seatline.billing.examples.cli.TestScenarios.at;
import static dev.seatline.billing.examples.cli.TestScenarios.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seatline.billing.model.AccountStatus;
import dev.seatline.billing.model.BillingCalendar;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.Environment;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.Order;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.PortSample;
import dev.seatline.billing.model.PriceBook;
import dev.seatline.billing.model.Shipment;
import dev.seatline.billing.model.SkuQuantity;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserTimeline;
import dev.seatline.billing.money.BillingCurrency;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Mapping the scenario JSON onto the model (FORMAT.md); error paths are in RateScenarioTest. */
class ScenarioReaderTest {
  private static Instant t(String text) {
    return Instant.parse(text);
  }

  @Test
  void readsTheOrganization() {
    Organization o = ScenarioReader.read(TestScenarios.BASE).input().organization();
    assertThat(o.id()).isEqualTo("acme-prod");
    assertThat(o.environment()).isEqualTo(Environment.PRODUCTION);
    assertThat(o.status()).isEqualTo(AccountStatus.PAID);
    assertThat(o.currency()).isEqualTo(BillingCurrency.USD);
    assertThat(o.licensing()).isEqualTo(LicensingModel.NAMED);
    assertThat(o.contractEffectiveDate()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(o.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(o.concurrentSeatsPurchased()).isZero();
    assertThat(o.addOnLicensesPurchased()).isEmpty();
    assertThat(o.cancelledAt()).isEmpty();
  }

  @Test
  void readsConcurrentQuantitiesCancellationAndZone() {
    String json =
        with(
            r -> {
              at(r, "organization")
                  .put("licensing", "CONCURRENT")
                  .put("timeZone", "Asia/Tokyo")
                  .put("concurrentSeatsPurchased", 1000)
                  .put("cancelledAt", "2026-02-01T09:30:00+09:00");
              at(r, "organization").putObject("addOnLicensesPurchased").put("SALESFORCE", 200);
            });
    Organization o = ScenarioReader.read(json).input().organization();
    assertThat(o.licensing()).isEqualTo(LicensingModel.CONCURRENT);
    assertThat(o.timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    assertThat(o.concurrentSeatsPurchased()).isEqualTo(1000);
    assertThat(o.addOnLicensesPurchased()).containsExactly(java.util.Map.entry("SALESFORCE", 200L));
    assertThat(o.cancelledAt()).contains(t("2026-02-01T00:30:00Z"));
  }

  @Test
  void estIsTheFixedOffsetOfMinusFiveHours() {
    String json = with(r -> at(r, "organization").put("timeZone", "EST"));
    assertThat(ScenarioReader.read(json).input().organization().timeZone())
        .isEqualTo(ZoneId.of("Etc/GMT+5"));
  }

  @Test
  void anOmittedZoneIsTheDefault() {
    String json = with(r -> at(r, "organization").remove("timeZone"));
    assertThat(ScenarioReader.read(json).input().organization().timeZone())
        .isEqualTo(BillingCalendar.DEFAULT_ZONE);
  }

  @Test
  void readsThePeriod() {
    Scenario plain = ScenarioReader.read(TestScenarios.BASE);
    assertThat(plain.periodIndex()).isZero();
    assertThat(plain.asOf()).isEmpty();

    Scenario asOf =
        ScenarioReader.read(
            with(r -> at(r, "period").put("index", 3).put("asOf", "2026-04-20T12:00:00.5-04:00")));
    assertThat(asOf.periodIndex()).isEqualTo(3);
    assertThat(asOf.asOf()).contains(t("2026-04-20T16:00:00.500Z"));
  }

  @Test
  void readsThePricesAtTheirScale() {
    PriceBook p = ScenarioReader.read(TestScenarios.BASE).input().prices();
    assertThat(p.currency()).isEqualTo(BillingCurrency.USD);
    assertThat(p.prices(LineCode.SEAT))
        .containsEntry("COMMUNICATE", new BigDecimal("25.00"))
        .containsEntry("PURECLOUD_3", new BigDecimal("150.00"))
        .hasSize(4);
    assertThat(p.prices(LineCode.ADD_ON)).containsEntry("SALESFORCE", new BigDecimal("10.00"));
    assertThat(p.price(LineCode.EXCESS_CALL_PORTS, "PORT_HOUR")).contains(new BigDecimal("0.0125"));
    assertThat(p.prices(LineCode.ONE_TIME))
        .containsEntry("ENABLEMENT_STANDARD", new BigDecimal("4500.00"));
    assertThat(p.prices(LineCode.HARDWARE)).containsEntry("HEADSET_H1", new BigDecimal("99.00"));
  }

  @Test
  void readsMetersAndUsageRecords() {
    String json =
        with(
            r -> {
              ObjectNode voice = at(r, "prices").putObject("meters").putObject("voice.US");
              voice.put("overage", "0.02").put("increment", "0.1");
              voice.putObject("allowancePerSeat").put("PURECLOUD_3", "1000");
              voice.put("allowancePerOrganization", "50.5");
              r.putArray("usage")
                  .addObject()
                  .put("meter", "voice.US")
                  .put("at", "2026-01-16T14:00:00+01:00")
                  .put("quantity", "1.0167");
            });

    var input = ScenarioReader.read(json).input();

    assertThat(input.prices().meters())
        .containsExactly(
            java.util.Map.entry(
                "voice.US",
                dev.seatline.billing.model.Meter.builder("voice.US", new BigDecimal("0.02"))
                    .increment(new BigDecimal("0.1"))
                    .allowancePerSeat(LicenseTier.PURECLOUD_3, new BigDecimal("1000"))
                    .allowancePerOrganization(new BigDecimal("50.5"))
                    .build()));
    assertThat(input.usageRecords())
        .containsExactly(
            new dev.seatline.billing.model.UsageRecord(
                "voice.US", t("2026-01-16T13:00:00Z"), new BigDecimal("1.0167")));
  }

  @Test
  void aNullIncrementIsNone() {
    String json =
        with(
            r ->
                at(r, "prices")
                    .putObject("meters")
                    .putObject("API")
                    .put("overage", "0.001")
                    .putNull("increment"));

    assertThat(ScenarioReader.read(json).input().prices().meters().get("API"))
        .satisfies(m -> assertThat(m.increment()).isEmpty());
  }

  @Test
  void aNullPriceIsAbsent() {
    String json =
        with(
            r -> {
              at(r, "prices.seat").putNull("PURECLOUD_1");
              at(r, "prices").putNull("excessPortHour");
              at(r, "prices").putNull("hardware");
            });
    PriceBook p = ScenarioReader.read(json).input().prices();
    assertThat(p.prices(LineCode.SEAT)).doesNotContainKey("PURECLOUD_1").hasSize(3);
    assertThat(p.price(LineCode.EXCESS_CALL_PORTS, "PORT_HOUR")).isEmpty();
    assertThat(p.prices(LineCode.HARDWARE)).isEmpty();
  }

  @Test
  void readsUsersInOrderWithOpenIntervals() {
    List<UserTimeline> users = ScenarioReader.read(TestScenarios.BASE).input().users();
    assertThat(users).extracting(UserTimeline::id).containsExactly("u1", "u2");
    UserTimeline u1 = users.get(0);
    assertThat(u1.licenses()).hasSize(1);
    assertThat(u1.licenses().get(0).tier()).isEqualTo(LicenseTier.PURECLOUD_3);
    assertThat(u1.licenses().get(0).interval())
        .isEqualTo(UsageInterval.ofUnboundedEnd(t("2026-01-10T05:00:00Z")));
    assertThat(u1.addOns().get(0).addOn()).isEqualTo("SALESFORCE");
    assertThat(u1.sessions().get(0).channel()).isEqualTo(Channel.WEB);
    assertThat(u1.sessions().get(0).interval())
        .isEqualTo(UsageInterval.of(t("2026-01-16T14:00:00Z"), t("2026-01-16T22:00:00Z")));
    assertThat(u1.onQueue())
        .containsExactly(UsageInterval.of(t("2026-01-16T14:05:00Z"), t("2026-01-16T21:55:00Z")));
    assertThat(u1.deletedAt()).isEmpty();
    UserTimeline u2 = users.get(1);
    assertThat(u2.licenses().get(0).interval().isUnboundedEnd()).isTrue();
    assertThat(u2.addOns()).isEmpty();
    assertThat(u2.onQueue()).isEmpty();
  }

  @Test
  void readsDeletionAndNanosecondInstants() {
    String json =
        with(
            r -> {
              at(r, "users[0]").put("deletedAt", "2026-01-17T00:00:00.123456789Z");
              at(r, "users[0].sessions[0]").put("to", "2026-01-16T17:00-05:00");
            });
    UserTimeline u1 = ScenarioReader.read(json).input().users().get(0);
    assertThat(u1.deletedAt()).contains(t("2026-01-17T00:00:00.123456789Z"));
    assertThat(u1.sessions().get(0).interval().end()).contains(t("2026-01-16T22:00:00Z"));
  }

  @Test
  void readsPortsOrdersAndShipments() {
    var input = ScenarioReader.read(TestScenarios.BASE).input();
    assertThat(input.callPorts())
        .containsExactly(
            new PortSample(t("2026-01-16T14:00:00Z"), 5),
            new PortSample(t("2026-01-16T18:00:00Z"), 0));
    assertThat(input.orders())
        .containsExactly(
            new Order(
                "ord-1",
                t("2026-01-15T15:00:00Z"),
                List.of(new SkuQuantity("ENABLEMENT_STANDARD", 1))));
    assertThat(input.shipments())
        .containsExactly(
            new Shipment(
                "shp-1",
                "ord-1",
                t("2026-01-20T15:00:00Z"),
                List.of(new SkuQuantity("HEADSET_H1", 10))));
  }

  @Test
  void optionalListsMayBeNullOrOmitted() {
    String json =
        with(
            r -> {
              r.putNull("callPorts");
              r.remove("orders");
              r.remove("shipments");
              at(r, "users[0]").putNull("licenses").putNull("addOns").remove("onQueue");
            });
    var input = ScenarioReader.read(json).input();
    assertThat(input.callPorts()).isEmpty();
    assertThat(input.orders()).isEmpty();
    assertThat(input.shipments()).isEmpty();
    assertThat(input.users().get(0).licenses()).isEmpty();
    assertThat(input.users().get(0).addOns()).isEmpty();
    assertThat(input.users().get(0).onQueue()).isEmpty();
  }

  @Test
  void aCountMayBeZeroOrABillion() {
    String json =
        with(
            r -> {
              at(r, "callPorts[0]").put("concurrentCalls", 1_000_000_000);
              at(r, "callPorts[1]").put("concurrentCalls", 0);
            });
    assertThat(ScenarioReader.read(json).input().callPorts())
        .extracting(PortSample::concurrentCalls)
        .containsExactly(1_000_000_000L, 0L);
  }

  @Test
  void aCountWithAFractionOrExponentIsNotWhole() {
    for (String count : List.of("5.0", "5e0", "5E+0")) {
      String json =
          TestScenarios.BASE.replace("\"concurrentCalls\": 5", "\"concurrentCalls\": " + count);
      assertThatThrownBy(() -> ScenarioReader.read(json))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(
              "callPorts[0].concurrentCalls: must be a whole number from 0 to 1000000000, was the"
                  + " number "
                  + count);
    }
  }

  @Test
  void theFirstErrorInDocumentOrderIsReported() {
    String json =
        with(
            r -> {
              at(r, "users[0].sessions[0]").put("channel", "FAX");
              at(r, "users[1].sessions[0]").put("channel", "TELEX");
            });
    assertThatThrownBy(() -> ScenarioReader.read(json))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.path()).isEqualTo("users[0].sessions[0].channel"));
  }

  @Test
  void anInstantMayOmitSecondsButNotTheOffsetLetterCase() {
    String lower = with(r -> at(r, "users[0].sessions[0]").put("from", "2026-01-16t14:00:00z"));
    assertThatThrownBy(() -> ScenarioReader.read(lower))
        .hasMessageStartingWith("users[0].sessions[0].from: not an ISO-8601 instant");
    String noSeconds = with(r -> at(r, "users[0].sessions[0]").put("from", "2026-01-16T14:00Z"));
    assertThat(ScenarioReader.read(noSeconds).input().users().get(0).sessions().get(0).interval())
        .isEqualTo(UsageInterval.of(t("2026-01-16T14:00:00Z"), t("2026-01-16T22:00:00Z")));
  }

  @Test
  void theAsOfIsNotCheckedAgainstThePeriodWhenRead() {
    // Whether asOf lies in the rated period is a rating rule (R11), reported at period.asOf then.
    Scenario s =
        ScenarioReader.read(with(r -> at(r, "period").put("asOf", "2030-01-01T00:00:00Z")));
    assertThat(s.asOf()).isEqualTo(Optional.of(t("2030-01-01T00:00:00Z")));
  }
}
