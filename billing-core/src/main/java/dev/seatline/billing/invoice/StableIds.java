package dev.seatline.billing.invoice;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.model.LineCode;
import java.util.Optional;

/**
 * The stable ids of invoices and lines (<a href="{@docRoot}/index.html#R13">R13</a>, {@code
 * TABLES.md}): the same input gives the same ids on every run and every machine, so a ledger can
 * match a later correction's line to the line it corrects.
 *
 * <p>An invoice id is {@code ORG/PERIOD/KIND}, followed by {@code /REF} for an invoice with a ref
 * (ORDER, SHIPMENT); a line id is the invoice id followed by {@code /CODE/ITEM}. In each part, a
 * {@code %} is written {@code %25} and a {@code /} is written {@code %2F}, so that an id always
 * splits back into its parts. Example: {@code acme-prod/0/RECURRING/SEAT/PURECLOUD_3}.
 *
 * <p>A CORRECTION invoice (<a href="{@docRoot}/index.html#R13">R13</a>) is {@code
 * ORG/PERIOD/CORRECTION/N/KIND[/REF]}: the {@code N}th correction of the invoice {@code
 * ORG/PERIOD/KIND[/REF]}, counted from 1 per corrected invoice, so that every correction of one
 * invoice has its own id and correcting again with the same issued invoices and the same data gives
 * the same id. Example: {@code acme-prod/0/CORRECTION/1/RECURRING/SEAT/PURECLOUD_3} is a line of
 * the first correction of {@code acme-prod/0/RECURRING}.
 *
 * <p>Stateless.
 */
public final class StableIds {

  private StableIds() {}

  /**
   * {@return the id of an invoice}
   *
   * @param organizationId the organization
   * @param periodIndex the index of the billing period
   * @param kind the kind of invoice
   * @param ref the invoice's ref (the order or shipment), empty for recurring kinds
   */
  public static String invoice(
      String organizationId, int periodIndex, InvoiceKind kind, Optional<String> ref) {
    requireNonNull(kind, "kind");
    StringBuilder id =
        new StringBuilder()
            .append(part(organizationId))
            .append('/')
            .append(periodIndex)
            .append('/')
            .append(kind.name());
    ref.ifPresent(r -> id.append('/').append(part(r)));
    return id.toString();
  }

  /**
   * {@return the id of the {@code sequence}th correction (<a
   * href="{@docRoot}/index.html#R13">R13</a>) of the invoice {@code invoice(organizationId,
   * periodIndex, kind, ref)}}
   *
   * @param organizationId the organization
   * @param periodIndex the index of the billing period
   * @param sequence which correction of that invoice, from 1
   * @param kind the kind of the corrected invoice (not CORRECTION)
   * @param ref the corrected invoice's ref, empty for recurring kinds
   * @throws IllegalArgumentException if {@code sequence} is below 1 or {@code kind} is CORRECTION
   */
  public static String correction(
      String organizationId,
      int periodIndex,
      int sequence,
      InvoiceKind kind,
      Optional<String> ref) {
    requireNonNull(kind, "kind");
    if (sequence < 1 || kind == InvoiceKind.CORRECTION) {
      throw new IllegalArgumentException(
          "a correction is numbered from 1 and corrects an invoice that is not a correction: "
              + sequence
              + " "
              + kind);
    }
    StringBuilder id =
        new StringBuilder()
            .append(part(organizationId))
            .append('/')
            .append(periodIndex)
            .append('/')
            .append(InvoiceKind.CORRECTION.name())
            .append('/')
            .append(sequence)
            .append('/')
            .append(kind.name());
    ref.ifPresent(r -> id.append('/').append(part(r)));
    return id.toString();
  }

  /**
   * {@return the id of a line of an invoice}
   *
   * @param invoiceId the invoice's id, from {@link #invoice}
   * @param code the line's code
   * @param item the line's item
   */
  public static String line(String invoiceId, LineCode code, String item) {
    requireNonNull(invoiceId, "invoiceId");
    return invoiceId + '/' + part(code.name()) + '/' + part(item);
  }

  private static String part(String text) {
    requireNonNull(text, "part");
    if (text.indexOf('/') < 0 && text.indexOf('%') < 0) {
      return text;
    }
    return text.replace("%", "%25").replace("/", "%2F");
  }
}
