package dev.seatline.billing.model;

import static dev.seatline.billing.InvalidInputs.assertInvalidAt;
import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AddOnAssignmentTest {
  private static final UsageInterval ALWAYS =
      UsageInterval.ofUnboundedEnd(Instant.parse("2026-01-15T05:00:00Z"));

  @Test
  void theNameIsAnIdentifier() {
    assertThat(new AddOnAssignment("SALESFORCE", ALWAYS).addOn()).isEqualTo("SALESFORCE");
    assertInvalidAt("addOn", () -> new AddOnAssignment("", ALWAYS))
        .hasMessage("addOn: must be a non-blank identifier without surrounding spaces, was ''");
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentsAreRejected() {
    assertNullRejected("addOn", () -> new AddOnAssignment(null, ALWAYS));
    assertNullRejected("interval", () -> new AddOnAssignment("A", null));
  }
}
