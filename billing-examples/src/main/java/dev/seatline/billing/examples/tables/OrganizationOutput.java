package dev.seatline.billing.examples.tables;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What one organization of a set of tables gives ({@code TABLES.md}, <a
 * href="{@docRoot}/index.html#R12">R12</a>): the output rows of every period rated, or exactly one
 * error row and no other row, or nothing (nothing to rate under the selection).
 *
 * <p>Immutable. Example: {@code output.nothingToRate()} for an organization whose contract starts
 * after the selected instant.
 *
 * @param orgId the organization
 * @param invoices the invoice rows, by period, then listing order
 * @param lines the invoice line rows, by period, then invoice, then line order
 * @param users the user outcome rows, by period, then user id
 * @param error the organization's problem, when it has one
 * @param periodsRated how many periods were rated
 */
public record OrganizationOutput(
    String orgId,
    List<InvoiceRow> invoices,
    List<InvoiceLineRow> lines,
    List<UserOutcomeRow> users,
    Optional<ErrorRow> error,
    int periodsRated) {
  /** Copies the lists and validates that an error comes alone. */
  public OrganizationOutput {
    requireNonNull(orgId, "orgId");
    invoices = List.copyOf(invoices);
    lines = List.copyOf(lines);
    users = List.copyOf(users);
    requireNonNull(error, "error");
    if (error.isPresent() && (!invoices.isEmpty() || !lines.isEmpty() || !users.isEmpty())) {
      throw new IllegalArgumentException("an organization in error has no other output rows");
    }
    if (periodsRated < 0 || (error.isPresent() && periodsRated != 0)) {
      throw new IllegalArgumentException("periods rated: " + periodsRated);
    }
  }

  /**
   * {@return the output of an organization in error}
   *
   * @param error its one problem
   */
  public static OrganizationOutput failed(ErrorRow error) {
    return new OrganizationOutput(
        error.orgId(), List.of(), List.of(), List.of(), Optional.of(error), 0);
  }

  /** {@return whether the organization had nothing to rate: no error and no period rated} */
  public boolean nothingToRate() {
    return error.isEmpty() && periodsRated == 0;
  }
}
