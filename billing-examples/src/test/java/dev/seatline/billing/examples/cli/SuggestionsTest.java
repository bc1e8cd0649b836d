package dev.seatline.billing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> TIERS =
      List.of("COMMUNICATE", "PURECLOUD_1", "PURECLOUD_2", "PURECLOUD_3");

  @Test
  void aNameEqualIgnoringCaseComesFirst() {
    assertThat(Suggestions.closest("usd", List.of("EUR", "USD"))).containsExactly("USD");
    assertThat(Suggestions.closest("timezone", List.of("timeZone", "timeZones")))
        .containsExactly("timeZone");
  }

  @Test
  void elseTheNamesAtTheSmallestDistanceUpToTwo() {
    assertThat(Suggestions.closest("PURECLOUD3", TIERS)).containsExactly("PURECLOUD_3");
    assertThat(Suggestions.closest("purecloud_4", TIERS))
        .containsExactly("PURECLOUD_1", "PURECLOUD_2", "PURECLOUD_3");
    assertThat(Suggestions.closest("COMUNICATEE", TIERS)).containsExactly("COMMUNICATE");
    assertThat(Suggestions.closest("DESKTPO", List.of("DESKTOP", "WEB")))
        .containsExactly("DESKTOP");
    assertThat(Suggestions.closest("COMMUNIC", TIERS)).isEmpty();
  }

  @Test
  void aShortNameIsNotReplacedWholesale() {
    assertThat(Suggestions.closest("id", List.of("to", "from"))).isEmpty();
    assertThat(Suggestions.closest("ix", List.of("id", "to"))).containsExactly("id");
    assertThat(Suggestions.closest("", List.of("a", "QA"))).isEmpty();
    assertThat(Suggestions.closest("x", List.of("QA", "y"))).isEmpty();
  }

  @Test
  void aLongNameIsComparedQuickly() {
    assertThat(Suggestions.closest("a".repeat(4096), TIERS)).isEmpty();
  }

  @Test
  void didYouMeanListsTheSuggestions() {
    assertThat(Suggestions.didYouMean("PURECLOUD3", TIERS))
        .isEqualTo("; did you mean 'PURECLOUD_3'?");
    assertThat(Suggestions.didYouMean("PURECLOUD_4", TIERS))
        .isEqualTo("; did you mean 'PURECLOUD_1', 'PURECLOUD_2' or 'PURECLOUD_3'?");
    assertThat(Suggestions.didYouMean("ab", List.of("aa", "bb")))
        .isEqualTo("; did you mean 'aa' or 'bb'?");
    assertThat(Suggestions.didYouMean("HYBRID", List.of("NAMED", "CONCURRENT"))).isEmpty();
  }

  @Test
  void distanceCountsEditsAndAdjacentTranspositions() {
    assertThat(Suggestions.distance("", "")).isZero();
    assertThat(Suggestions.distance("abc", "abc")).isZero();
    assertThat(Suggestions.distance("abc", "")).isEqualTo(3);
    assertThat(Suggestions.distance("abc", "abd")).isEqualTo(1);
    assertThat(Suggestions.distance("abc", "ac")).isEqualTo(1);
    assertThat(Suggestions.distance("abc", "acb")).isEqualTo(1);
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
  }
}
