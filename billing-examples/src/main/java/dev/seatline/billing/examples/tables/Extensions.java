package dev.seatline.billing.examples.tables;

import java.util.Optional;

/**
 * The one place that says which parts of the tables belong to rules this build does not rate yet
 * (<a href="{@docRoot}/index.html#R14">R14</a>-<a href="{@docRoot}/index.html#R17">R17</a>): an
 * organization that uses one gets an errors row naming the rule, never a result that silently
 * leaves it out. Wiring a rule in is removing its entries here and reading its values in {@link
 * OrganizationRating}.
 *
 * <p>Stateless.
 */
final class Extensions {
  private Extensions() {}

  /** The rule a whole table belongs to, when this build does not rate it. */
  static Optional<String> unsupportedTable(Table table) {
    return switch (table) {
      case COMMITMENTS -> Optional.of("R14 (committed seats)");
      case METERS, METER_ALLOWANCES, USAGE -> Optional.of("R16 (metered usage)");
      default -> Optional.empty();
    };
  }

  /** The rule a non-empty organizations column belongs to, when this build does not rate it. */
  static Optional<String> unsupportedOrganizationColumn(String column) {
    return switch (column) {
      case "edition" -> Optional.of("R17 (editions)");
      case "minimum_monthly_amount" -> Optional.of("R14 (minimum monthly amount)");
      default -> Optional.empty();
    };
  }

  /** The rule a licensing model name belongs to, when this build does not rate it. */
  static Optional<String> unsupportedLicensing(String name) {
    return name.equals("HOURLY") ? Optional.of("R15 (hourly licensing)") : Optional.empty();
  }

  /** The rule a price kind belongs to, when this build does not rate it. */
  static Optional<String> unsupportedPriceKind(String kind) {
    return switch (kind) {
      case "COMMITTED_SEAT", "OVERAGE_SEAT" -> Optional.of("R14 (committed seats)");
      case "SEAT_HOUR" -> Optional.of("R15 (hourly licensing)");
      default -> Optional.empty();
    };
  }

  /** The problem text of a value of rule {@code rule}. */
  static String message(String what, String rule) {
    return what + " belongs to rule " + rule + ", which is not supported by this build";
  }
}
