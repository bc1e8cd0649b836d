package dev.seatline.billing.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
