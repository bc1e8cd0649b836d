package dev.seatline.billing.model;

import static dev.seatline.billing.InvalidInputs.assertInvalidAt;
import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.money.BillingCurrency;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationTest {
  private static final LocalDate JAN_15 = LocalDate.of(2026, 1, 15);
  private static final Instant A0 = Instant.parse("2026-01-15T05:00:00Z");

  private static Organization.Builder named() {
    return Organization.builder("acme-prod", BillingCurrency.USD, LicensingModel.NAMED, JAN_15);
  }

  private static Organization.Builder concurrent() {
    return Organization.builder(
        "acme-prod", BillingCurrency.USD, LicensingModel.CONCURRENT, JAN_15);
  }

  @Test
  void theDefaults() {
    Organization o = named().build();

    assertThat(o.id()).isEqualTo("acme-prod");
    assertThat(o.environment()).isEqualTo(Environment.PRODUCTION);
    assertThat(o.status()).isEqualTo(AccountStatus.PAID);
    assertThat(o.currency()).isEqualTo(BillingCurrency.USD);
    assertThat(o.licensing()).isEqualTo(LicensingModel.NAMED);
    assertThat(o.contractEffectiveDate()).isEqualTo(JAN_15);
    assertThat(o.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(o.concurrentSeatsPurchased()).isZero();
    assertThat(o.addOnLicensesPurchased()).isEmpty();
    assertThat(o.cancelledAt()).isEmpty();
    assertThat(o.calendar().start(0)).isEqualTo(A0);
  }

  @Test
  void everyPartCanBeSet() {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    Organization o =
        concurrent()
            .environment(Environment.TRAINING)
            .status(AccountStatus.TRIAL)
            .timeZone(tokyo)
            .concurrentSeatsPurchased(1000)
            .addOnLicensesPurchased("SALESFORCE", 200)
            .addOnLicensesPurchased("ZENDESK", 0)
            .cancelledAt(Instant.parse("2026-03-01T00:00:00Z"))
            .build();

    assertThat(o.environment()).isEqualTo(Environment.TRAINING);
    assertThat(o.status()).isEqualTo(AccountStatus.TRIAL);
    assertThat(o.timeZone()).isEqualTo(tokyo);
    assertThat(o.calendar().zone()).isEqualTo(tokyo);
    assertThat(o.calendar().start(0)).isEqualTo(Instant.parse("2026-01-14T15:00:00Z"));
    assertThat(o.concurrentSeatsPurchased()).isEqualTo(1000);
    assertThat(o.addOnLicensesPurchased())
        .containsExactly(
            java.util.Map.entry("SALESFORCE", 200L), java.util.Map.entry("ZENDESK", 0L));
    assertThat(o.cancelledAt()).contains(Instant.parse("2026-03-01T00:00:00Z"));
  }

  @Test
  void countsAreZeroToOneBillion() {
    assertThat(named().concurrentSeatsPurchased(1_000_000_000).build().concurrentSeatsPurchased())
        .isEqualTo(1_000_000_000);
    assertInvalidAt("concurrentSeatsPurchased", () -> named().concurrentSeatsPurchased(-1).build())
        .hasMessage(
            "concurrentSeatsPurchased: must be a whole number from 0 to 1000000000, was -1");
    assertInvalidAt(
        "concurrentSeatsPurchased", () -> named().concurrentSeatsPurchased(1_000_000_001).build());
    assertInvalidAt(
            "addOnLicensesPurchased.SALESFORCE",
            () -> concurrent().addOnLicensesPurchased("SALESFORCE", -5).build())
        .hasMessageContaining("was -5");
    assertInvalidAt(
        "addOnLicensesPurchased.SALESFORCE",
        () ->
            concurrent()
                .concurrentSeatsPurchased(10)
                .addOnLicensesPurchased("SALESFORCE", Long.MAX_VALUE)
                .build());
  }

  @Test
  void addOnLicensesWithoutConcurrentSeatsAreRejectedForConcurrentOnly() {
    assertInvalidAt(
            "addOnLicensesPurchased.SALESFORCE",
            () -> concurrent().addOnLicensesPurchased("SALESFORCE", 200).build())
        .hasMessage(
            "addOnLicensesPurchased.SALESFORCE: 200 add-on licences purchased while"
                + " concurrentSeatsPurchased is 0: the usage percentage (R6) is undefined");
    assertThat(concurrent().addOnLicensesPurchased("SALESFORCE", 0).build().licensing())
        .isEqualTo(LicensingModel.CONCURRENT);
    assertThat(named().addOnLicensesPurchased("SALESFORCE", 200).build().addOnLicensesPurchased())
        .containsEntry("SALESFORCE", 200L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", " SALESFORCE"})
  void aBlankAddOnNameIsRejected(String name) {
    assertInvalidAt(
        "addOnLicensesPurchased." + name, () -> named().addOnLicensesPurchased(name, 1).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "acme "})
  void aBlankIdIsRejected(String id) {
    assertInvalidAt(
        "id",
        () -> Organization.builder(id, BillingCurrency.USD, LicensingModel.NAMED, JAN_15).build());
  }

  @Test
  void theCancellationMustBeAfterTheFirstInstant() {
    assertInvalidAt("cancelledAt", () -> named().cancelledAt(A0).build())
        .hasMessage(
            "cancelledAt: 2026-01-15T05:00:00Z is not after the contract's first instant"
                + " 2026-01-15T05:00:00Z");
    assertInvalidAt("cancelledAt", () -> named().cancelledAt(A0.minusSeconds(1)).build());
    assertThat(named().cancelledAt(A0.plusNanos(1)).build().cancelledAt())
        .contains(A0.plusNanos(1));
  }

  @Test
  void contractDatesAreBoundedToSupportedYears() {
    assertInvalidAt(
            "contractEffectiveDate",
            () ->
                Organization.builder(
                        "a", BillingCurrency.USD, LicensingModel.NAMED, LocalDate.of(1899, 12, 31))
                    .build())
        .hasMessage(
            "contractEffectiveDate: 1899-12-31 is outside the supported years 1900 to 9999");
    assertInvalidAt(
        "contractEffectiveDate",
        () ->
            Organization.builder("a", BillingCurrency.USD, LicensingModel.NAMED, LocalDate.MAX)
                .build());
    assertThat(
            Organization.builder(
                    "a", BillingCurrency.USD, LicensingModel.NAMED, LocalDate.of(1900, 1, 1))
                .build()
                .contractEffectiveDate())
        .isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(
            Organization.builder(
                    "a", BillingCurrency.USD, LicensingModel.NAMED, LocalDate.of(9999, 12, 31))
                .build()
                .contractEffectiveDate())
        .isEqualTo(LocalDate.of(9999, 12, 31));
  }

  @Test
  void equalityIsByEveryPart() {
    Organization o = named().build();

    assertThat(o).isEqualTo(named().build()).hasSameHashCodeAs(named().build());
    assertThat(o)
        .isNotEqualTo(concurrent().build())
        .isNotEqualTo(named().environment(Environment.QA).build())
        .isNotEqualTo(named().status(AccountStatus.TRIAL).build())
        .isNotEqualTo(named().timeZone(ZoneId.of("UTC")).build())
        .isNotEqualTo(named().concurrentSeatsPurchased(1).build())
        .isNotEqualTo(named().addOnLicensesPurchased("A", 1).build())
        .isNotEqualTo(named().cancelledAt(A0.plusSeconds(1)).build())
        .isNotEqualTo(
            Organization.builder("other", BillingCurrency.USD, LicensingModel.NAMED, JAN_15)
                .build())
        .isNotEqualTo(
            Organization.builder("acme-prod", BillingCurrency.EUR, LicensingModel.NAMED, JAN_15)
                .build())
        .isNotEqualTo(
            Organization.builder(
                    "acme-prod", BillingCurrency.USD, LicensingModel.NAMED, JAN_15.plusDays(1))
                .build())
        .isNotEqualTo("acme-prod");
  }

  @Test
  void toStringNamesTheContract() {
    assertThat(named().build())
        .hasToString(
            "Organization{acme-prod, PRODUCTION, PAID, USD, NAMED, contract 2026-01-15"
                + " America/New_York}");
    assertThat(named().cancelledAt(A0.plusSeconds(1)).build().toString())
        .endsWith(", cancelled 2026-01-15T05:00:01Z}");
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentsAreRejected() {
    assertNullRejected(
        "id", () -> Organization.builder(null, BillingCurrency.USD, LicensingModel.NAMED, JAN_15));
    assertNullRejected(
        "currency", () -> Organization.builder("a", null, LicensingModel.NAMED, JAN_15));
    assertNullRejected(
        "licensing", () -> Organization.builder("a", BillingCurrency.USD, null, JAN_15));
    assertNullRejected(
        "contractEffectiveDate",
        () -> Organization.builder("a", BillingCurrency.USD, LicensingModel.NAMED, null));
    Organization.Builder b = named();
    assertNullRejected("environment", () -> b.environment(null));
    assertNullRejected("status", () -> b.status(null));
    assertNullRejected("timeZone", () -> b.timeZone(null));
    assertNullRejected("addOn", () -> b.addOnLicensesPurchased(null, 1));
    assertNullRejected("instant", () -> b.cancelledAt(null));
  }
}
