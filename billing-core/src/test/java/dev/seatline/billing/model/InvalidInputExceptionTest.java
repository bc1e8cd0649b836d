package dev.seatline.billing.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvalidInputExceptionTest {
  @Test
  void messageIsPathColonProblem() {
    InvalidInputException e =
        InvalidInputException.at("users[0].sessions[1]", "'to' must be after 'from'");

    assertThat(e).hasMessage("users[0].sessions[1]: 'to' must be after 'from'");
    assertThat(e.path()).isEqualTo("users[0].sessions[1]");
    assertThat(e.problem()).isEqualTo("'to' must be after 'from'");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anElementStandingAloneHasAnEmptyPathAndTheProblemAsMessage() {
    InvalidInputException e = new InvalidInputException("", "negative");

    assertThat(e).hasMessage("negative");
    assertThat(e.path()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "users      | [3].id        | users[3].id",
        "users[3]   | sessions[0]   | users[3].sessions[0]",
        "prices     | seat.PURECLOUD_3 | prices.seat.PURECLOUD_3",
        "''         | sessions[0]   | sessions[0]",
        "users[3]   | ''            | users[3]",
        "''         | ''            | ''",
      })
  void joinPutsADotBetweenNamesButNotBeforeAnIndex(String parent, String child, String joined) {
    assertThat(InvalidInputException.join(parent, child)).isEqualTo(joined);
  }

  @Test
  void withinPrefixesThePathKeepsTheProblemAndTheStackTrace() {
    InvalidInputException inner = InvalidInputException.at("sessions[0]", "starts after deletion");

    InvalidInputException outer = inner.within("users[2]");

    assertThat(outer.path()).isEqualTo("users[2].sessions[0]");
    assertThat(outer.problem()).isEqualTo("starts after deletion");
    assertThat(outer).hasMessage("users[2].sessions[0]: starts after deletion");
    assertThat(outer.getStackTrace()).isEqualTo(inner.getStackTrace());
    assertThat(inner.path()).as("the original is unchanged").isEqualTo("sessions[0]");
  }

  @Test
  void withinAnEmptyPathGivesTheParentItself() {
    assertThat(new InvalidInputException("", "reversed").within("onQueue[4]").path())
        .isEqualTo("onQueue[4]");
  }
}
