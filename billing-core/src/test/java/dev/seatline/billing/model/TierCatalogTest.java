package dev.seatline.billing.model;

import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TierCatalogTest {
  private static final LicenseTier BASIC = LicenseTier.of("BASIC", 0, false, 1);
  private static final LicenseTier CX_1 = LicenseTier.of("CX_1", 10, true, 2);
  private static final LicenseTier CX_2 = LicenseTier.of("CX_2", 20, true, 3);
  private static final LicenseTier PREMIUM = LicenseTier.of("PREMIUM", 30, false, 0);

  @Test
  void theFaqCatalogueLowestFirst() {
    assertThat(TierCatalog.faq().tiers())
        .containsExactly(
            LicenseTier.COMMUNICATE,
            LicenseTier.PURECLOUD_1,
            LicenseTier.PURECLOUD_2,
            LicenseTier.PURECLOUD_3);
    assertThat(TierCatalog.faq().contactCenterDescending())
        .containsExactly(LicenseTier.PURECLOUD_3, LicenseTier.PURECLOUD_2, LicenseTier.PURECLOUD_1);
    assertThat(TierCatalog.faq())
        .hasToString("[COMMUNICATE, PURECLOUD_1, PURECLOUD_2, PURECLOUD_3]");
  }

  @Test
  void ofSortsTiersGivenInAnyOrder() {
    TierCatalog catalog = TierCatalog.of(List.of(CX_2, PREMIUM, BASIC, CX_1));
    assertThat(catalog.tiers()).containsExactly(BASIC, CX_1, CX_2, PREMIUM);
    assertThat(catalog.contactCenterDescending()).containsExactly(CX_2, CX_1);
    assertThat(catalog).hasToString("[BASIC, CX_1, CX_2, PREMIUM]");
  }

  @Test
  void aCatalogueWithoutContactCenterTiers() {
    TierCatalog catalog = TierCatalog.of(List.of(PREMIUM, BASIC));
    assertThat(catalog.tiers()).containsExactly(BASIC, PREMIUM);
    assertThat(catalog.contactCenterDescending()).isEmpty();
  }

  @Test
  void theFaqTiersGivenAgainAreTheFaqCatalogue() {
    TierCatalog again =
        TierCatalog.of(
            List.of(
                LicenseTier.PURECLOUD_2,
                LicenseTier.COMMUNICATE,
                LicenseTier.PURECLOUD_3,
                LicenseTier.PURECLOUD_1));
    assertThat(again).isEqualTo(TierCatalog.faq()).hasSameHashCodeAs(TierCatalog.faq());
    assertThat(TierCatalog.of(List.of(BASIC, CX_1))).isNotEqualTo(TierCatalog.faq());
    assertThat(TierCatalog.of(List.of(BASIC))).isNotEqualTo(TierCatalog.of(List.of(BASIC, CX_1)));
  }

  @Test
  void anEmptyCatalogueIsRejected() {
    assertThatThrownBy(() -> TierCatalog.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a tier catalogue needs at least one tier");
  }

  @Test
  void aRepeatedNameIsRejected() {
    LicenseTier otherBasic = LicenseTier.of("BASIC", 5, true, 2);
    assertThatThrownBy(() -> TierCatalog.of(List.of(BASIC, CX_1, otherBasic)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiers must have distinct names and ranks; BASIC (rank 5) repeats one");
    assertThatThrownBy(() -> TierCatalog.of(List.of(BASIC, BASIC)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiers must have distinct names and ranks; BASIC (rank 0) repeats one");
  }

  @Test
  void aRepeatedRankIsRejected() {
    LicenseTier sameRank = LicenseTier.of("CX_3", 10, true, 2);
    assertThatThrownBy(() -> TierCatalog.of(List.of(CX_1, BASIC, sameRank)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiers must have distinct names and ranks; CX_3 (rank 10) repeats one");
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullsAreRejected() {
    assertNullRejected("tiers", () -> TierCatalog.of(null));
    assertNullRejected("tier", () -> TierCatalog.of(Arrays.asList(BASIC, null)));
    assertNullRejected("name", () -> TierCatalog.faq().find(null));
  }

  @Test
  void findByName() {
    TierCatalog catalog = TierCatalog.of(List.of(BASIC, CX_1));
    assertThat(catalog.find("CX_1")).containsSame(CX_1);
    assertThat(catalog.find("PURECLOUD_1")).isEmpty();
    assertThat(catalog.find("cx_1")).isEmpty();
    assertThat(TierCatalog.faq().find("PURECLOUD_3")).contains(LicenseTier.PURECLOUD_3);
  }

  @Test
  void containsOnlyItsOwnTiers() {
    TierCatalog catalog = TierCatalog.of(List.of(BASIC, CX_1));
    assertThat(catalog.contains(CX_1)).isTrue();
    assertThat(catalog.contains(LicenseTier.of("CX_1", 10, true, 2))).isTrue();
    assertThat(catalog.contains(CX_2)).isFalse();
    assertThat(catalog.contains(LicenseTier.of("CX_1", 11, true, 2))).isFalse();
    assertThat(catalog.contains(LicenseTier.of("CX_1", 10, false, 2))).isFalse();
    assertThat(catalog.contains(LicenseTier.of("CX_1", 10, true, 1))).isFalse();
    assertThat(TierCatalog.faq().contains(LicenseTier.of("PURECLOUD_3", 7, true, 2))).isFalse();
    assertThat(TierCatalog.faq().contains(CX_1)).isFalse();
  }

  @Test
  void theListsCannotBeChanged() {
    TierCatalog catalog = TierCatalog.of(List.of(BASIC, CX_1));
    assertThatThrownBy(() -> catalog.tiers().add(CX_2))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> catalog.contactCenterDescending().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(catalog.tiers()).containsExactly(BASIC, CX_1);
  }
}
