package dev.seatline.billing.correction;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.InvoiceKind;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.invoice.StableIds;
import dev.seatline.billing.model.InvalidInputException;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.money.Money;
import dev.seatline.billing.rating.Evidence;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.rating.UserOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Corrections of a closed period (<a href="{@docRoot}/index.html#R13">R13</a>): a fresh rating of
 * the period's new data against every invoice already issued for it (the original and any earlier
 * corrections, oldest first).
 *
 * <ul>
 *   <li>For each issued invoice that is not itself a correction (RECURRING or FINAL, ORDER,
 *       SHIPMENT), what was invoiced is added up per (code, item) over that invoice and every
 *       CORRECTION whose ref is its id. The fresh rating's matching invoice (its recurring invoice
 *       for the issued recurring one, the ORDER or SHIPMENT invoice of the same order or shipment)
 *       gives what is due now. Each (code, item) whose quantity or amount differs becomes a line of
 *       quantity {@code new - invoiced} and amount {@code new amount - invoiced amount}: both
 *       already rounded, nothing is rounded again. A line that disappeared is credited in full; an
 *       invoice whose order or shipment disappeared is credited in full. The unit price is the
 *       fresh line's, else the one invoiced.
 *   <li>Those lines make one CORRECTION invoice per corrected invoice, ref = its id, issued on the
 *       local date of {@code at} in the billing zone (due 30 days later); its total may be
 *       negative. No line changed, no correction. The id is the {@code N}th correction of that
 *       invoice ({@link StableIds#correction}), {@code N} = 1 + the corrections of it already
 *       issued.
 *   <li>An ORDER or SHIPMENT invoice of the fresh rating that was never issued (a late order) is
 *       issued as it is, also on the local date of {@code at} (an invoice is not issued in the
 *       past), with its ordinary id.
 *   <li>Each line's {@link Evidence.Correction} holds the quantities and amounts before and after,
 *       the typed evidence of both ratings where known (the last line that invoiced it; for an
 *       issued invoice read back from text, the first sentence of its explanation as issued, except
 *       on lines that count users), and the users added to or removed from a seat or add-on count
 *       with their tiers before and after (for a named seat line read back from text, from the
 *       issued users' outcomes).
 * </ul>
 *
 * <p>Law: for every corrected invoice and every (code, item), the quantities and amounts invoiced
 * before plus those of the correction equal the fresh rating's, exactly; correcting again with the
 * correction added to the issued invoices gives nothing.
 *
 * <p>Stateless. Example: {@code Corrections.correct(engine.rate(lateInput, 0),
 * List.of(IssuedPeriod.of(original)), at)}.
 */
public final class Corrections {
  private Corrections() {}

  /**
   * {@return the correction of the period {@code fresh} rates, against {@code issued}}
   *
   * @param fresh the fresh rating of the new data, of the whole period (not "as of" an instant)
   * @param issued what was issued for the period, oldest first: the original result and any earlier
   *     corrections
   * @param at the correction instant, at or after the end of the rated period
   * @throws InvalidInputException at {@code period.asOf} when {@code fresh} is a usage-to-date
   *     view; at {@code at} when {@code at} is before the end of the rated period; at {@code
   *     issued} when nothing was issued or no recurring invoice was; at {@code
   *     issued[i].organization}, {@code .period.index} or {@code .currency} for another
   *     organization, period or currency; at {@code issued[i].invoices[j].kind} for a PREVIEW or a
   *     second recurring invoice, {@code .id} for an id issued twice or not the invoice's stable
   *     id, {@code .ref} for a correction whose ref matches no issued invoice, and {@code
   *     .lines[k].id} or {@code .lines[k]} for a line whose id is not its stable id or that occurs
   *     twice
   */
  public static CorrectedPeriod correct(RatedPeriod fresh, List<IssuedPeriod> issued, Instant at) {
    requireNonNull(fresh, "fresh");
    requireNonNull(issued, "issued");
    requireNonNull(at, "at");
    if (fresh.asOf().isPresent()) {
      throw InvalidInputException.at(
          "period.asOf",
          "a usage-to-date view (PREVIEW, R11) is never corrected; rate the whole period"
              + " (without asOf) to correct it");
    }
    if (at.isBefore(fresh.end())) {
      throw InvalidInputException.at(
          "at",
          "the correction at "
              + at
              + " is before the end of the rated period "
              + fresh.end()
              + "; only a closed period is corrected (before, rate it as of an instant, R11)");
    }
    if (issued.isEmpty()) {
      throw InvalidInputException.at(
          "issued",
          "nothing issued for the period: a correction needs the invoices already issued");
    }
    String org = fresh.organizationId();
    int index = fresh.period().index();
    Map<String, Ledger> originals = new LinkedHashMap<>();
    Map<String, String> pathOfId = new HashMap<>();
    @Nullable String recurringId = null;
    @Nullable String recurringPath = null;
    for (int i = 0; i < issued.size(); i++) {
      IssuedPeriod period = issued.get(i);
      String periodPath = "issued[" + i + "]";
      checkPeriod(fresh, period, periodPath);
      for (int j = 0; j < period.invoices().size(); j++) {
        IssuedInvoice invoice = period.invoices().get(j);
        String path = periodPath + ".invoices[" + j + "]";
        if (invoice.kind() == InvoiceKind.PREVIEW) {
          throw InvalidInputException.at(
              path + ".kind",
              "a PREVIEW (usage to date, R11) is never corrected; it is simply rated again");
        }
        @Nullable String first = pathOfId.putIfAbsent(invoice.id(), path);
        if (first != null) {
          throw InvalidInputException.at(
              path + ".id",
              "invoice '" + invoice.id() + "' is issued twice (also at " + first + ")");
        }
        if (invoice.kind() == InvoiceKind.CORRECTION) {
          checkLines(invoice, period, path);
          continue;
        }
        String expected = StableIds.invoice(org, index, invoice.kind(), invoice.ref());
        if (!invoice.id().equals(expected)) {
          throw InvalidInputException.at(
              path + ".id",
              "'"
                  + invoice.id()
                  + "' is not the id of this "
                  + invoice.kind()
                  + " invoice of period "
                  + index
                  + " (expected '"
                  + expected
                  + "')");
        }
        checkLines(invoice, period, path);
        if (invoice.kind().isRecurring()) {
          if (recurringId != null) {
            throw InvalidInputException.at(
                path + ".kind",
                "a second recurring invoice of period "
                    + index
                    + " (the first is at "
                    + recurringPath
                    + ")");
          }
          recurringId = invoice.id();
          recurringPath = path;
        }
        originals.put(invoice.id(), new Ledger(invoice, fresh.currency()));
      }
    }
    if (recurringId == null) {
      throw InvalidInputException.at(
          "issued",
          "no RECURRING or FINAL invoice of period " + index + " among the issued invoices");
    }
    for (int i = 0; i < issued.size(); i++) {
      List<IssuedInvoice> invoices = issued.get(i).invoices();
      for (int j = 0; j < invoices.size(); j++) {
        IssuedInvoice invoice = invoices.get(j);
        if (invoice.kind() != InvoiceKind.CORRECTION) {
          requireNonNull(originals.get(invoice.id()), "original").add(invoice, false);
          continue;
        }
        String ref = invoice.ref().orElseThrow();
        Ledger corrected = originals.get(ref);
        if (corrected == null) {
          throw InvalidInputException.at(
              "issued[" + i + "].invoices[" + j + "].ref",
              "'"
                  + ref
                  + "' matches no issued invoice of period "
                  + index
                  + " (a correction's ref is the id of the ADVANCE, RECURRING, FINAL, ORDER or SHIPMENT"
                  + " invoice it corrects)");
        }
        corrected.add(invoice, true);
      }
    }

    Map<String, Invoice> freshById = new LinkedHashMap<>();
    for (Invoice invoice : fresh.invoices()) {
      String id = invoice.kind().isRecurring() ? recurringId : fresh.invoiceId(invoice);
      freshById.put(id, invoice);
    }
    Users users = new Users(issued.get(issued.size() - 1).users(), fresh.users());
    LocalDate issuedOn = LocalDate.ofInstant(at, fresh.period().zone());
    List<Invoice> out = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Map.Entry<String, Ledger> e : originals.entrySet()) {
      Ledger ledger = e.getValue();
      List<LineItem> lines = ledger.differences(freshById.remove(e.getKey()), users);
      if (lines.isEmpty()) {
        continue;
      }
      int sequence = ledger.corrections + 1;
      String id =
          StableIds.correction(org, index, sequence, ledger.invoice.kind(), ledger.invoice.ref());
      while (pathOfId.containsKey(id)) {
        sequence++;
        id =
            StableIds.correction(org, index, sequence, ledger.invoice.kind(), ledger.invoice.ref());
      }
      out.add(
          Invoice.of(
              InvoiceKind.CORRECTION, Optional.of(e.getKey()), issuedOn, fresh.currency(), lines));
      ids.add(id);
    }
    for (Map.Entry<String, Invoice> e : freshById.entrySet()) {
      Invoice late = e.getValue();
      out.add(Invoice.of(late.kind(), late.ref(), issuedOn, fresh.currency(), late.lines()));
      ids.add(e.getKey());
    }
    return new CorrectedPeriod(fresh, at, out, ids);
  }

  private static void checkPeriod(RatedPeriod fresh, IssuedPeriod period, String path) {
    if (!period.organizationId().equals(fresh.organizationId())) {
      throw InvalidInputException.at(
          path + ".organization",
          "issued for organization '"
              + period.organizationId()
              + "', but the new data is of '"
              + fresh.organizationId()
              + "'");
    }
    if (period.periodIndex() != fresh.period().index()) {
      throw InvalidInputException.at(
          path + ".period.index",
          "issued for period "
              + period.periodIndex()
              + ", but the new data is rated for period "
              + fresh.period().index());
    }
    if (period.currency() != fresh.currency()) {
      throw InvalidInputException.at(
          path + ".currency",
          "issued in "
              + period.currency()
              + ", but the organization is billed in "
              + fresh.currency());
    }
  }

  private static void checkLines(IssuedInvoice invoice, IssuedPeriod period, String path) {
    if (invoice.total().currency() != period.currency()) {
      throw InvalidInputException.at(
          path + ".total",
          "in " + invoice.total().currency() + ", but the result is in " + period.currency());
    }
    Set<String> seen = new TreeSet<>();
    for (int k = 0; k < invoice.lines().size(); k++) {
      IssuedLine line = invoice.lines().get(k);
      String linePath = path + ".lines[" + k + "]";
      String expected = StableIds.line(invoice.id(), line.code(), line.item());
      if (!line.id().equals(expected)) {
        throw InvalidInputException.at(
            linePath + ".id",
            "'"
                + line.id()
                + "' is not the id of line "
                + line.code()
                + " "
                + line.item()
                + " of invoice '"
                + invoice.id()
                + "' (expected '"
                + expected
                + "')");
      }
      if (!seen.add(line.id())) {
        throw InvalidInputException.at(
            linePath, "a second line " + line.code() + " " + line.item() + " on one invoice");
      }
    }
  }

  /** A line's key on an invoice: code, then item. */
  private record Key(LineCode code, String item) {
    static final Comparator<Key> ORDER = Comparator.comparing(Key::code).thenComparing(Key::item);
  }

  /** What was invoiced for one (code, item) of an invoice: the sums and the last line. */
  private static final class Invoiced {
    BigDecimal quantity = BigDecimal.ZERO;
    Money amount;
    IssuedLine last;
    boolean lastIsCorrection;

    Invoiced(IssuedLine first, Money zero) {
      this.amount = zero;
      this.last = first;
    }
  }

  /** The users' outcomes before (as last issued) and after (fresh), by user id. */
  private static final class Users {
    final Map<String, Optional<LicenseTier>> before = new HashMap<>();
    final Map<String, Optional<LicenseTier>> after = new HashMap<>();
    final boolean concurrent;

    Users(List<IssuedUser> issued, List<UserOutcome> fresh) {
      issued.forEach(u -> before.put(u.userId(), u.tier()));
      fresh.forEach(u -> after.put(u.userId(), u.tier()));
      concurrent = fresh.stream().anyMatch(u -> u.countedAs() == LicensingModel.CONCURRENT);
    }

    /** The users billed at the tier named {@code tier} before. */
    Set<String> billedBefore(String tier) {
      Set<String> ids = new TreeSet<>();
      before.forEach(
          (id, t) -> {
            if (t.isPresent() && t.get().name().equals(tier)) {
              ids.add(id);
            }
          });
      return ids;
    }
  }

  /** One issued invoice that is not a correction, and what was invoiced for it in total. */
  private static final class Ledger {
    final IssuedInvoice invoice;
    final Money zero;
    final Map<Key, Invoiced> lines = new TreeMap<>(Key.ORDER);
    int corrections;

    Ledger(IssuedInvoice invoice, dev.seatline.billing.money.BillingCurrency currency) {
      this.invoice = invoice;
      this.zero = Money.zero(currency);
    }

    void add(IssuedInvoice issued, boolean correction) {
      if (correction) {
        corrections++;
      }
      for (IssuedLine line : issued.lines()) {
        Invoiced sum =
            lines.computeIfAbsent(new Key(line.code(), line.item()), k -> new Invoiced(line, zero));
        sum.quantity = sum.quantity.add(line.quantity());
        sum.amount = sum.amount.plus(line.amount());
        sum.last = line;
        sum.lastIsCorrection = correction;
      }
    }

    /** The correction lines against {@code fresh} (null when it is gone), in invoice order. */
    List<LineItem> differences(@Nullable Invoice fresh, Users users) {
      Map<Key, LineItem> now = new TreeMap<>(Key.ORDER);
      if (fresh != null) {
        fresh.lines().forEach(l -> now.put(new Key(l.code(), l.item()), l));
      }
      Set<Key> keys = new TreeSet<>(Key.ORDER);
      keys.addAll(lines.keySet());
      keys.addAll(now.keySet());
      List<LineItem> out = new ArrayList<>();
      for (Key key : keys) {
        @Nullable Invoiced before = lines.get(key);
        @Nullable LineItem after = now.get(key);
        BigDecimal quantityBefore = before == null ? BigDecimal.ZERO : before.quantity;
        Money amountBefore = before == null ? zero : before.amount;
        BigDecimal quantityAfter = after == null ? BigDecimal.ZERO : after.quantity();
        Money amountAfter = after == null ? zero : after.amount();
        if (quantityBefore.compareTo(quantityAfter) == 0 && amountBefore.equals(amountAfter)) {
          continue;
        }
        Optional<Evidence> beforeEvidence = Optional.empty();
        List<String> beforeText = List.of();
        if (before != null) {
          Optional<Evidence> last = before.last.evidence();
          if (last.isPresent()) {
            beforeEvidence =
                last.get() instanceof Evidence.Correction c ? c.after() : Optional.of(last.get());
          } else if (!before.lastIsCorrection && !isUserLine(key, after, users)) {
            beforeText = before.last.explanation().subList(0, 1);
          }
        }
        BigDecimal unitPrice =
            after != null ? after.unitPrice() : requireNonNull(before).last.unitPrice();
        Evidence.Correction evidence =
            new Evidence.Correction(
                quantityBefore,
                quantityAfter,
                amountBefore,
                amountAfter,
                userChanges(key, before, beforeEvidence, after, users),
                beforeEvidence,
                beforeText,
                after == null ? Optional.empty() : Optional.of(after.evidence()));
        out.add(
            new LineItem(
                key.code(),
                key.item(),
                evidence.quantity(),
                unitPrice,
                evidence.amount(),
                evidence));
      }
      return out;
    }
  }

  /**
   * The users added to or removed from a seat or add-on line: from the typed evidence of both
   * sides, or for a named seat line invoiced without typed evidence, from the issued outcomes.
   */
  private static List<Evidence.UserChange> userChanges(
      Key key,
      @Nullable Invoiced invoiced,
      Optional<Evidence> before,
      @Nullable LineItem after,
      Users users) {
    Optional<Set<String>> afterIds = after == null ? Optional.empty() : usersOf(after.evidence());
    Optional<Set<String>> beforeIds = before.flatMap(Corrections::usersOf);
    boolean untypedBefore = invoiced != null && before.isEmpty();
    boolean namedSeatLine =
        key.code().equals(LineCode.SEAT)
            && (after == null
                ? untypedBefore && !users.concurrent
                : after.evidence() instanceof Evidence.SeatUsers);
    if (beforeIds.isEmpty() && (invoiced == null || (untypedBefore && namedSeatLine))) {
      beforeIds = Optional.of(invoiced == null ? Set.of() : users.billedBefore(key.item()));
    }
    if (afterIds.isEmpty() && after == null && beforeIds.isPresent()) {
      afterIds = Optional.of(Set.of());
    }
    if (beforeIds.isEmpty() || afterIds.isEmpty()) {
      return List.of();
    }
    List<Evidence.UserChange> changes = new ArrayList<>();
    for (String id : afterIds.get()) {
      if (!beforeIds.get().contains(id)) {
        changes.add(
            new Evidence.UserChange(
                id,
                true,
                users.before.getOrDefault(id, Optional.empty()),
                users.after.getOrDefault(id, Optional.empty())));
      }
    }
    for (String id : beforeIds.get()) {
      if (!afterIds.get().contains(id)) {
        changes.add(
            new Evidence.UserChange(
                id,
                false,
                users.before.getOrDefault(id, Optional.empty()),
                users.after.getOrDefault(id, Optional.empty())));
      }
    }
    return changes;
  }

  /**
   * Whether a line counts users (named seats, add-ons), whose users added and removed say what
   * changed; the issued explanation of such a line (one sentence per user) is not repeated.
   */
  private static boolean isUserLine(Key key, @Nullable LineItem after, Users users) {
    if (after != null) {
      return after.evidence() instanceof Evidence.SeatUsers
          || after.evidence() instanceof Evidence.AddOnUsers;
    }
    return key.code().equals(LineCode.ADD_ON)
        || (key.code().equals(LineCode.SEAT) && !users.concurrent);
  }

  private static Optional<Set<String>> usersOf(Evidence evidence) {
    if (evidence instanceof Evidence.Overage o) {
      return usersOf(o.seats());
    }
    if (evidence instanceof Evidence.SeatUsers s) {
      Set<String> ids = new TreeSet<>();
      s.users().forEach(u -> ids.add(u.userId()));
      return Optional.of(ids);
    }
    if (evidence instanceof Evidence.AddOnUsers a) {
      return Optional.of(new TreeSet<>(a.heldByUser().keySet()));
    }
    return Optional.empty();
  }
}
