package dev.seatline.billing.examples.demo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class DemoTest {
  private static String demo() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, UTF_8));
    return bytes.toString(UTF_8);
  }

  @Test
  void ratesBothVariantsAndExplainsTheBiggestCharges() {
    String out = demo();
    assertThat(out)
        .startsWith(
            "Seatline demo: a contact center of 300 users, period 0 = 2026-01-15 00:00:00 through"
                + " 2026-02-14 23:59:59 America/New_York")
        .contains("=== NAMED licensing ===", "=== CONCURRENT licensing ===")
        .contains("ORDER ord-1001 issued 2026-01-15, due 2026-02-14 (taxes excluded)")
        .contains("SHIPMENT shp-2001 issued 2026-01-22, due 2026-02-21 (taxes excluded)")
        .contains("RECURRING issued 2026-02-15, due 2026-03-17 (taxes excluded)")
        .contains("EXCESS_CALL_PORTS", "PORT_HOUR")
        .contains("not billed: no login through a user interface in the period")
        .contains("1. SEAT PURECLOUD_2", "4. EXCESS_CALL_PORTS PORT_HOUR")
        .contains("sustained peak");
    assertThat(out.split("Biggest recurring charges, and why:", -1)).hasSize(3);
  }

  @Test
  void isDeterministic() {
    assertThat(demo()).isEqualTo(demo());
  }
}
