package dev.seatline.billing.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelTest {
  @Test
  void onlyApiIsNotAUserInterface() {
    assertThat(Channel.DESKTOP.isUserInterface()).isTrue();
    assertThat(Channel.WEB.isUserInterface()).isTrue();
    assertThat(Channel.MOBILE.isUserInterface()).isTrue();
    assertThat(Channel.API.isUserInterface()).isFalse();
  }
}
