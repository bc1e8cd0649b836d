package dev.seatline.billing.model;

import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LicenseTierTest {
  @Test
  void tiersAreOrderedLowestToHighest() {
    assertThat(TierCatalog.faq().tiers())
        .containsExactly(
            LicenseTier.COMMUNICATE,
            LicenseTier.PURECLOUD_1,
            LicenseTier.PURECLOUD_2,
            LicenseTier.PURECLOUD_3);
    assertThat(LicenseTier.PURECLOUD_3).isGreaterThan(LicenseTier.COMMUNICATE);
  }

  @Test
  void contactCenterTiersIncludeTwoPortsCommunicateOne() {
    assertThat(LicenseTier.COMMUNICATE.isContactCenter()).isFalse();
    assertThat(LicenseTier.COMMUNICATE.includedPorts()).isEqualTo(1);
    for (LicenseTier t :
        new LicenseTier[] {
          LicenseTier.PURECLOUD_1, LicenseTier.PURECLOUD_2, LicenseTier.PURECLOUD_3
        }) {
      assertThat(t.isContactCenter()).isTrue();
      assertThat(t.includedPorts()).isEqualTo(2);
    }
  }

  @Test
  void theConstantsAreTheFaqTiers() {
    assertThat(LicenseTier.COMMUNICATE).isEqualTo(LicenseTier.of("COMMUNICATE", 0, false, 1));
    assertThat(LicenseTier.PURECLOUD_1).isEqualTo(LicenseTier.of("PURECLOUD_1", 1, true, 2));
    assertThat(LicenseTier.PURECLOUD_2).isEqualTo(LicenseTier.of("PURECLOUD_2", 2, true, 2));
    assertThat(LicenseTier.PURECLOUD_3).isEqualTo(LicenseTier.of("PURECLOUD_3", 3, true, 2));
  }

  @Test
  void ofKeepsItsParts() {
    LicenseTier tier = LicenseTier.of("CX_2", -4, true, 0);
    assertThat(tier.name()).isEqualTo("CX_2");
    assertThat(tier.rank()).isEqualTo(-4);
    assertThat(tier.isContactCenter()).isTrue();
    assertThat(tier.includedPorts()).isZero();
    assertThat(tier).hasToString("CX_2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "CX", "CX_2", "X9", "A_", "Z__1"})
  void upperCaseIdentifiersAreNames(String name) {
    assertThat(LicenseTier.of(name, 1, false, 1).name()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "cx", "Cx_1", "1CX", "_CX", "CX-1", "CX 1", " CX", "CX ", "CÉ", "CX.1"})
  void otherNamesAreRejected(String name) {
    assertThatThrownBy(() -> LicenseTier.of(name, 1, true, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a tier name is an upper-case identifier ([A-Z][A-Z0-9_]*), was '" + name + "'");
  }

  @Test
  void negativeIncludedPortsAreRejected() {
    assertThatThrownBy(() -> LicenseTier.of("CX_1", 1, true, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("included ports of CX_1 must not be negative, was -1");
    assertThat(LicenseTier.of("CX_1", 1, true, 0).includedPorts()).isZero();
  }

  @Test
  @SuppressWarnings("NullAway")
  void aNullNameIsRejected() {
    assertNullRejected("name", () -> LicenseTier.of(null, 1, true, 2));
  }

  @Test
  void orderedByRankThenName() {
    LicenseTier low = LicenseTier.of("ZULU", -1, false, 1);
    LicenseTier alpha = LicenseTier.of("ALPHA", 5, true, 2);
    LicenseTier bravo = LicenseTier.of("BRAVO", 5, false, 3);
    LicenseTier high = LicenseTier.of("AAA", 9, true, 2);
    List<LicenseTier> tiers = new ArrayList<>(List.of(high, bravo, low, alpha));
    Collections.sort(tiers);
    assertThat(tiers).containsExactly(low, alpha, bravo, high);
    assertThat(alpha.compareTo(bravo)).isNegative();
    assertThat(bravo.compareTo(alpha)).isPositive();
    assertThat(alpha.compareTo(LicenseTier.of("ALPHA", 5, true, 2))).isZero();
  }

  @Test
  void equalWhenEveryPartIsEqual() {
    LicenseTier tier = LicenseTier.of("CX_1", 1, true, 2);
    assertThat(LicenseTier.of("CX_1", 1, true, 2)).isEqualTo(tier).hasSameHashCodeAs(tier);
    assertThat(LicenseTier.of("CX_2", 1, true, 2)).isNotEqualTo(tier);
    assertThat(LicenseTier.of("CX_1", 2, true, 2)).isNotEqualTo(tier);
    assertThat(LicenseTier.of("CX_1", 1, false, 2)).isNotEqualTo(tier);
    assertThat(LicenseTier.of("CX_1", 1, true, 3)).isNotEqualTo(tier);
    assertThat(tier).isNotEqualTo("CX_1");
  }
}
