package dev.seatline.billing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.model.InvalidInputException;
import org.junit.jupiter.api.Test;

class JsonPathsTest {
  @Test
  void aPlainKeyIsDotted() {
    assertThat(JsonPaths.key("organization", "timeZone")).isEqualTo("organization.timeZone");
    assertThat(JsonPaths.key("prices.seat", "PURECLOUD_3")).isEqualTo("prices.seat.PURECLOUD_3");
    assertThat(JsonPaths.key("", "users")).isEqualTo("users");
    assertThat(JsonPaths.key("x", "_a1")).isEqualTo("x._a1");
  }

  @Test
  void anyOtherKeyIsInBracketForm() {
    assertThat(JsonPaths.key("organization", "id.x")).isEqualTo("organization['id.x']");
    assertThat(JsonPaths.key("o", "a[0]")).isEqualTo("o['a[0]']");
    assertThat(JsonPaths.key("o", "]")).isEqualTo("o[']']");
    assertThat(JsonPaths.key("o", "a b")).isEqualTo("o['a b']");
    assertThat(JsonPaths.key("o", "3d")).isEqualTo("o['3d']");
    assertThat(JsonPaths.key("o", "caf\u00e9")).isEqualTo("o['caf\u00e9']");
    assertThat(JsonPaths.key("o", "a-b")).isEqualTo("o['a-b']");
    assertThat(JsonPaths.key("o", "")).isEqualTo("o['']");
  }

  @Test
  void quotesAndBackslashesAreEscaped() {
    assertThat(JsonPaths.key("o", "it's")).isEqualTo("o['it\\'s']");
    assertThat(JsonPaths.key("o", "a\\b")).isEqualTo("o['a\\\\b']");
    assertThat(JsonPaths.key("o", "\\'")).isEqualTo("o['\\\\\\'']");
  }

  @Test
  void theRootIsDollarInBracketForm() {
    assertThat(JsonPaths.key("", "a.b")).isEqualTo("$['a.b']");
    assertThat(JsonPaths.index("", 0)).isEqualTo("$[0]");
    assertThat(JsonPaths.index("users", 3)).isEqualTo("users[3]");
  }

  @Test
  void theModelsMapPathsAreRewritten() {
    assertThat(rewrite("prices.addOn.crm.sync")).isEqualTo("prices.addOn['crm.sync']");
    assertThat(rewrite("prices.oneTime.a b")).isEqualTo("prices.oneTime['a b']");
    assertThat(rewrite("prices.hardware.it's")).isEqualTo("prices.hardware['it\\'s']");
    assertThat(rewrite("organization.addOnLicensesPurchased.x[1]"))
        .isEqualTo("organization.addOnLicensesPurchased['x[1]']");
  }

  @Test
  void otherPathsAndPlainKeysAreKept() {
    InvalidInputException plain = InvalidInputException.at("prices.addOn.SALESFORCE", "no price");
    assertThat(JsonPaths.fromModel(plain)).isSameAs(plain);
    for (String path :
        new String[] {"users[0].sessions[1]", "prices.excessPortHour", "users", ""}) {
      InvalidInputException e = InvalidInputException.at(path, "p");
      assertThat(JsonPaths.fromModel(e)).isSameAs(e);
    }
  }

  @Test
  void aRewrittenErrorKeepsItsProblem() {
    InvalidInputException e =
        JsonPaths.fromModel(InvalidInputException.at("prices.addOn.a.b", "no price, but x"));
    assertThat(e.problem()).isEqualTo("no price, but x");
    assertThat(e).hasMessage("prices.addOn['a.b']: no price, but x");
  }

  private static String rewrite(String path) {
    return JsonPaths.fromModel(InvalidInputException.at(path, "problem")).path();
  }
}
