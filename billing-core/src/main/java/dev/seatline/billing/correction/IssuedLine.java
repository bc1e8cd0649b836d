package dev.seatline.billing.correction;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.money.Money;
import dev.seatline.billing.rating.Evidence;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One line of an invoice already issued (<a href="{@docRoot}/index.html#R13">R13</a>), as the
 * ledger holds it: its stable id, code, item, quantity, unit price, amount and explanation, and the
 * typed evidence behind it when it is known (a line made from a rated period has it, a line read
 * back from the result JSON has only its explanation).
 *
 * <p>Immutable. Example: {@code acme-prod/0/RECURRING/SEAT/PURECLOUD_3}, SEAT PURECLOUD_3, 3 x
 * 150.00 = USD 450.00.
 *
 * @param id the line's stable id ({@link dev.seatline.billing.invoice.StableIds})
 * @param code what was charged
 * @param item the tier, add-on, {@code PORT_HOUR} or SKU
 * @param quantity the quantity invoiced (negative on a correction's credit)
 * @param unitPrice the unit price invoiced
 * @param amount the amount invoiced (negative on a correction's credit)
 * @param explanation the explanation as issued, never empty
 * @param evidence the typed evidence behind the line, when known
 */
public record IssuedLine(
    String id,
    LineCode code,
    String item,
    BigDecimal quantity,
    BigDecimal unitPrice,
    Money amount,
    List<String> explanation,
    Optional<Evidence> evidence) {

  /**
   * Validates and copies the parts.
   *
   * @param id the line's stable id ({@link dev.seatline.billing.invoice.StableIds})
   * @param code what was charged
   * @param item the tier, add-on, {@code PORT_HOUR} or SKU
   * @param quantity the quantity invoiced (negative on a correction's credit)
   * @param unitPrice the unit price invoiced
   * @param amount the amount invoiced (negative on a correction's credit)
   * @param explanation the explanation as issued, never empty
   * @param evidence the typed evidence behind the line, when known
   */
  public IssuedLine {
    requireNonNull(id, "id");
    requireNonNull(code, "code");
    requireNonNull(item, "item");
    requireNonNull(quantity, "quantity");
    requireNonNull(unitPrice, "unitPrice");
    requireNonNull(amount, "amount");
    explanation = List.copyOf(explanation);
    requireNonNull(evidence, "evidence");
  }
}
