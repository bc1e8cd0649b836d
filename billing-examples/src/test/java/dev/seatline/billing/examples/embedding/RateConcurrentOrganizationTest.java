package dev.seatline.billing.examples.embedding;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.rating.RatingPolicy;
import dev.seatline.billing.rating.RatingPolicy.MixedTierPolicy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateConcurrentOrganizationTest {
  @Test
  void theCustomPolicyBillsTwoPurecloud3SeatsAndOneAddOn() {
    RatedPeriod rated = RateConcurrentOrganization.rate();
    assertThat(rated.recurringInvoice().lines())
        .extracting(LineItem::code, LineItem::item, l -> l.quantity().intValueExact())
        .containsExactly(
            tuple(LineCode.SEAT, "PURECLOUD_3", 2), tuple(LineCode.ADD_ON, "SALESFORCE", 1));
    assertThat(rated.recurringInvoice().total().amount())
        .isEqualByComparingTo(new BigDecimal("392.30"));
    assertThat(rated.seats().seatsByTier()).containsOnlyKeys(LicenseTier.PURECLOUD_3);
  }

  @Test
  void theDefaultPolicyRejectsTheMixedTiers() {
    assertThatThrownBy(
            () -> BillingEngine.withDefaults().rate(RateConcurrentOrganization.input(), 0))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("users"));
  }

  @Test
  void aContiguousThirtyMinuteWindowBillsOneSeat() {
    RatingPolicy policy = RatingPolicy.defaults().withMixedTiers(MixedTierPolicy.BILL_AT_HIGHEST);
    RatedPeriod rated = BillingEngine.of(policy).rate(RateConcurrentOrganization.input(), 0);
    assertThat(rated.seats().seatsByTier()).containsEntry(LicenseTier.PURECLOUD_3, 1L);
  }

  @Test
  void printsThePeakAndTheInvoice() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RateConcurrentOrganization.print(
        RateConcurrentOrganization.rate(), new PrintStream(bytes, true, UTF_8));
    assertThat(bytes.toString(UTF_8))
        .startsWith("PURECLOUD_3: 2 seats (ACCUMULATED_TIME, 24 min at that level)")
        .contains("RECURRING issued 2026-02-15, due 2026-03-17: USD 392.30");
  }
}
