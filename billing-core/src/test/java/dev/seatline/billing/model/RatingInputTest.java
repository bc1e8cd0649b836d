package dev.seatline.billing.model;

import static dev.seatline.billing.InvalidInputs.assertInvalidAt;
import static dev.seatline.billing.InvalidInputs.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.money.BillingCurrency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingInputTest {
  private static final Instant T = Instant.parse("2026-01-16T14:00:00Z");
  private static final Organization ORG =
      Organization.builder(
              "acme-prod", BillingCurrency.USD, LicensingModel.NAMED, LocalDate.of(2026, 1, 15))
          .build();
  private static final PriceBook USD = PriceBook.builder(BillingCurrency.USD).build();

  private static RatingInput.Builder input() {
    return RatingInput.builder(ORG, USD);
  }

  private static UserTimeline user(String id) {
    return UserTimeline.builder(id).build();
  }

  private static Order order(String id) {
    return new Order(id, T, List.of(new SkuQuantity("ENABLEMENT_STANDARD", 1)));
  }

  private static Shipment shipment(String id, String orderId) {
    return new Shipment(id, orderId, T, List.of(new SkuQuantity("HEADSET_H1", 10)));
  }

  @Test
  void keepsEveryListInInputOrder() {
    RatingInput in =
        input()
            .user(user("u2"))
            .users(List.of(user("u1"), user("u3")))
            .callPort(new PortSample(T, 3))
            .callPorts(List.of(new PortSample(T.minusSeconds(1), 1)))
            .order(order("o2"))
            .orders(List.of(order("o1")))
            .shipment(shipment("s1", "o1"))
            .shipments(List.of(shipment("s0", "o2")))
            .build();

    assertThat(in.organization()).isEqualTo(ORG);
    assertThat(in.prices()).isEqualTo(USD);
    assertThat(in.users()).extracting(UserTimeline::id).containsExactly("u2", "u1", "u3");
    // Port samples are held in time order (R7: their order never matters).
    assertThat(in.callPorts())
        .containsExactly(new PortSample(T.minusSeconds(1), 1), new PortSample(T, 3));
    assertThat(in.orders()).extracting(Order::id).containsExactly("o2", "o1");
    assertThat(in.shipments()).extracting(Shipment::id).containsExactly("s1", "s0");
    assertThat(in.toBuilder().build()).isEqualTo(in).hasSameHashCodeAs(in);
    assertThat(in)
        .hasToString(
            "RatingInput{acme-prod, 3 users, 0 intervals, 2 port samples, 2 orders, 2 shipments}");
  }

  @Test
  void duplicateUserIdsAreRejectedAtTheSecond() {
    assertInvalidAt(
            "users[2].id", () -> input().user(user("u1")).user(user("u2")).user(user("u1")).build())
        .hasMessage("users[2].id: duplicate id 'u1', already used by users[0]");
  }

  @Test
  void duplicateOrderAndShipmentIdsAreRejected() {
    assertInvalidAt("orders[1].id", () -> input().order(order("o1")).order(order("o1")).build())
        .hasMessage("orders[1].id: duplicate id 'o1', already used by orders[0]");
    assertInvalidAt(
            "shipments[1].id",
            () ->
                input()
                    .order(order("o1"))
                    .shipment(shipment("s1", "o1"))
                    .shipment(shipment("s1", "o1"))
                    .build())
        .hasMessage("shipments[1].id: duplicate id 's1', already used by shipments[0]");
  }

  @Test
  void aShipmentOfAnUnknownOrderIsRejected() {
    assertInvalidAt(
            "shipments[1].orderId",
            () ->
                input()
                    .order(order("o1"))
                    .shipment(shipment("s1", "o1"))
                    .shipment(shipment("s2", "o9"))
                    .build())
        .hasMessage("shipments[1].orderId: names order 'o9', which is not in the input");
  }

  @Test
  void twoPortSamplesAtOneInstantMustAgree() {
    assertInvalidAt(
            "callPorts[2].at",
            () ->
                input()
                    .callPort(new PortSample(T, 3))
                    .callPort(new PortSample(T.plusSeconds(1), 4))
                    .callPort(new PortSample(T, 5))
                    .build())
        .hasMessage(
            "callPorts[2].at: two samples at 2026-01-16T14:00:00Z with different counts: 5 here"
                + " and 3 at callPorts[0]");
    assertThat(
            input()
                .callPort(new PortSample(T, 3))
                .callPort(new PortSample(T, 3))
                .build()
                .callPorts())
        .hasSize(2);
  }

  @Test
  void pricesInAnotherCurrencyAreRejectedAtPrices() {
    assertThatThrownBy(
            () -> RatingInput.builder(ORG, PriceBook.builder(BillingCurrency.EUR).build()).build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.path()).isEqualTo("prices");
              assertThat(e)
                  .hasMessage(
                      "prices: currency EUR does not match the organization's currency USD");
            });
  }

  @Test
  void theBuilderReplacesPartsAndClearsData() {
    Organization other =
        Organization.builder(
                "o2", BillingCurrency.EUR, LicensingModel.NAMED, LocalDate.of(2026, 1, 1))
            .build();
    PriceBook eur = PriceBook.builder(BillingCurrency.EUR).build();
    RatingInput full =
        input().user(user("u1")).callPort(new PortSample(T, 1)).order(order("o1")).build();

    RatingInput replaced = full.toBuilder().organization(other).prices(eur).clearData().build();

    assertThat(replaced.organization()).isEqualTo(other);
    assertThat(replaced.prices()).isEqualTo(eur);
    assertThat(replaced.users()).isEmpty();
    assertThat(replaced.callPorts()).isEmpty();
    assertThat(replaced.orders()).isEmpty();
    assertThat(replaced.shipments()).isEmpty();
    assertThat(replaced).isNotEqualTo(full);
  }

  @Test
  void equalityIsByEveryPart() {
    RatingInput base = input().build();

    assertThat(base)
        .isEqualTo(input().build())
        .isNotEqualTo(input().user(user("u1")).build())
        .isNotEqualTo(input().callPort(new PortSample(T, 1)).build())
        .isNotEqualTo(input().order(order("o1")).build())
        .isNotEqualTo(input().order(order("o1")).shipment(shipment("s", "o1")).build())
        .isNotEqualTo(
            input()
                .prices(
                    PriceBook.builder(BillingCurrency.USD)
                        .excessPortHour(java.math.BigDecimal.ONE)
                        .build())
                .build())
        .isNotEqualTo(
            input()
                .organization(
                    Organization.builder(
                            "x",
                            BillingCurrency.USD,
                            LicensingModel.NAMED,
                            LocalDate.of(2026, 1, 1))
                        .build())
                .build())
        .isNotEqualTo("input");
    RatingInput withOrder = input().order(order("o1")).build();
    assertThat(input().order(order("o1")).shipment(shipment("s", "o1")).build())
        .isNotEqualTo(withOrder);
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentsAreRejected() {
    assertNullRejected("organization", () -> RatingInput.builder(null, USD));
    assertNullRejected("prices", () -> RatingInput.builder(ORG, null));
    RatingInput.Builder b = input();
    assertNullRejected("organization", () -> b.organization(null));
    assertNullRejected("prices", () -> b.prices(null));
    assertNullRejected("user", () -> b.user(null));
    assertNullRejected("sample", () -> b.callPort(null));
    assertNullRejected("order", () -> b.order(null));
    assertNullRejected("shipment", () -> b.shipment(null));
    assertThatThrownBy(() -> b.users(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> b.callPorts(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> b.orders(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> b.shipments(null)).isInstanceOf(NullPointerException.class);
  }
}
