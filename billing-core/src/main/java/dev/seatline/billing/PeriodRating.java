package dev.seatline.billing;

import dev.seatline.billing.invoice.InvoiceKind;
import dev.seatline.billing.invoice.Invoicing;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.Organization;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.rating.ChargeRule;
import dev.seatline.billing.rating.Commitments;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.rating.MinimumTrueUp;
import dev.seatline.billing.rating.RatingContext;
import dev.seatline.billing.rating.RatingPolicy;
import dev.seatline.billing.rating.SeatRating;
import dev.seatline.billing.rating.SeatRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The orchestration of one period (R9, R11, R14): works out the rated time (cut at a cancellation
 * or at an "as of" instant), runs the seat rule, applies the commitments (the ADVANCE lines, the
 * OVERAGE lines), runs the charge rules in order, adds the minimum's true-up, and hands the lines
 * to {@link Invoicing}.
 */
final class PeriodRating {
  private PeriodRating() {}

  /**
   * Rates period {@code index} of {@code input}, up to {@code asOf} when present.
   *
   * @throws InvalidInputException for input the rules reject, naming the element
   */
  static RatedPeriod rate(
      RatingInput input,
      int index,
      Optional<Instant> asOf,
      RatingPolicy policy,
      SeatRule seatRule,
      List<ChargeRule> chargeRules) {
    BillingPeriod period = input.organization().calendar().period(index);
    Instant end = period.end();
    boolean cancelled = false;
    Optional<Instant> cancelledAt = input.organization().cancelledAt();
    if (cancelledAt.isPresent()) {
      Instant x = cancelledAt.get();
      if (!x.isAfter(period.start())) {
        throw InvalidInputException.at(
            "period.index",
            "period "
                + index
                + " starts at "
                + period.start()
                + ", at or after the cancellation (organization.cancelledAt "
                + x
                + ")");
      }
      if (!x.isAfter(period.end())) {
        end = x;
        cancelled = true;
      }
    }
    Instant periodEnd = end;
    if (asOf.isPresent()) {
      Instant a = asOf.get();
      if (a.isBefore(period.start()) || !a.isBefore(end)) {
        throw InvalidInputException.at(
            "period.asOf", a + " is not in the rated period [" + period.start() + ", " + end + ")");
      }
      end = a;
    }
    RatingContext context = new RatingContext(input, period, period.start(), end, policy);
    SeatRating rated = seatRule.rate(context);
    List<LineItem> advance = Commitments.advance(context, rated);
    SeatRating seats = Commitments.arrears(context, rated);
    List<LineItem> charges = new ArrayList<>();
    for (ChargeRule rule : chargeRules) {
      charges.addAll(rule.rate(context, seats));
    }
    List<LineItem> recurring = new ArrayList<>(seats.lines());
    recurring.addAll(charges);
    MinimumTrueUp.line(context, advance, recurring, asOf.isPresent()).ifPresent(charges::add);
    recurring = new ArrayList<>(seats.lines());
    recurring.addAll(charges);
    InvoiceKind kind =
        asOf.isPresent()
            ? InvoiceKind.PREVIEW
            : cancelled ? InvoiceKind.FINAL : InvoiceKind.RECURRING;
    return new RatedPeriod(
        input.organization().id(),
        period,
        periodEnd,
        asOf,
        context.currency(),
        Invoicing.invoices(context, kind, advance, recurring),
        seats,
        charges);
  }

  /**
   * The index of a cancelled organization's last period (R9): the period n with {@code A(n) < X <=
   * A(n+1)} for the cancellation X; empty when the organization is not cancelled.
   */
  static Optional<Integer> lastPeriodIndex(Organization organization) {
    Optional<Instant> cancelledAt = organization.cancelledAt();
    if (cancelledAt.isEmpty()) {
      return Optional.empty();
    }
    Instant x = cancelledAt.get();
    return organization
        .calendar()
        .periodContaining(x)
        .map(p -> p.start().equals(x) ? p.index() - 1 : p.index());
  }
}
