package dev.seatline.billing.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.UserTimeline;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SampleOrganizationTest {
  @Test
  void theSameSeedGivesTheSameInput() {
    assertThat(SampleOrganization.generate(LicensingModel.NAMED, 7))
        .isEqualTo(SampleOrganization.generate(LicensingModel.NAMED, 7))
        .isNotEqualTo(SampleOrganization.generate(LicensingModel.NAMED, 8));
  }

  @Test
  void holdsTheDocumentedPopulation() {
    RatingInput input =
        SampleOrganization.generate(LicensingModel.CONCURRENT, SampleOrganization.SEED);
    assertThat(input.users().size()).isEqualTo(SampleOrganization.USERS);
    assertThat(input.users().stream().map(UserTimeline::id).filter(id -> id.startsWith("agent-")))
        .hasSize(180);
    assertThat(input.users().stream().filter(u -> u.deletedAt().isPresent())).hasSize(5);
    assertThat(input.organization().concurrentSeatsPurchased()).isEqualTo(200);
    assertThat(input.orders()).hasSize(1);
    assertThat(input.shipments()).hasSize(1);
  }

  @Test
  void samplesCallsEveryQuarterHourOfThePeriod() {
    RatingInput input = SampleOrganization.generate(LicensingModel.NAMED, SampleOrganization.SEED);
    assertThat(input.callPorts()).hasSize(31 * 24 * 4);
    assertThat(input.callPorts().get(0).at()).isEqualTo(SampleOrganization.period().start());
    assertThat(input.callPorts())
        .filteredOn(s -> s.at().equals(Instant.parse("2026-02-03T16:00:00Z")))
        .singleElement()
        .satisfies(s -> assertThat(s.concurrentCalls()).isEqualTo(700));
  }
}
