package dev.seatline.billing.rating;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotBilledReasonTest {
  @Test
  void eachReasonReadsAsTheResultsShowIt() {
    assertThat(NotBilledReason.NO_USER_INTERFACE_LOGIN.text())
        .isEqualTo("no login through a user interface in the period");
    assertThat(NotBilledReason.NO_LICENSE_FOR_MINIMUM_TIME.text())
        .isEqualTo("no licence held for the minimum time");
    assertThat(NotBilledReason.NEVER_ON_QUEUE.text())
        .isEqualTo("concurrent user never on queue inside a user-interface session");
  }
}
