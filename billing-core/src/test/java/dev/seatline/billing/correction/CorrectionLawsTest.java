package dev.seatline.billing.correction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.InvoiceKind;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.BillingPeriod;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.testing.Gen;
import dev.seatline.billing.testing.PropertyCheck;
import dev.seatline.billing.testing.SeatlineGenerators;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The ledger law of R13 as properties over {@link SeatlineGenerators}' inputs with random late data
 * ({@link LateData}: users added and removed, intervals lengthened and cut, port samples added,
 * orders added and removed): what was invoiced plus the correction equals a fresh rating of the new
 * data, for every invoice and (code, item), exactly; correcting again with the same data gives
 * nothing; corrections of corrections net out. About five ratings per try.
 */
class CorrectionLawsTest {
  private static final SeatlineGenerators G =
      SeatlineGenerators.defaults().users(0, 8).withCancellations();
  private static final BillingEngine ENGINE = BillingEngine.withDefaults();
  private static final int TRIES = 150;

  /** A generated input, two rounds of late data for it, and the correction instant. */
  private record Case(RatingInput base, RatingInput late, RatingInput later, Instant at) {}

  private static Gen<Case> cases() {
    return r -> {
      RatingInput base = G.ratingInputs().next(r);
      RatedPeriod rated = ENGINE.rate(base, G.periodIndex());
      BillingPeriod p = rated.period();
      RatingInput late = LateData.of(base, p, r);
      RatingInput later = LateData.of(late, p, r);
      Instant at = rated.end().plus(Duration.ofMinutes(r.nextInt(60 * 24 * 40)));
      return new Case(base, late, later, at);
    };
  }

  @Test
  void issuedPlusCorrectionIsAFreshRating() {
    int[] seen = new int[4];
    PropertyCheck.forAll(
        "issued + correction == fresh rating",
        TRIES,
        cases(),
        c -> {
          List<IssuedPeriod> issued = List.of(IssuedPeriod.of(rate(c.base())));
          CorrectedPeriod corrected = ENGINE.correct(c.late(), G.periodIndex(), issued, c.at());
          assertThat(ledger(issued, corrected)).isEqualTo(expected(corrected.fresh(), issued));
          for (Invoice i : corrected.invoices()) {
            assertThat(i.issuedOn())
                .isEqualTo(java.time.LocalDate.ofInstant(c.at(), corrected.period().zone()));
            assertThat(i.lines()).isNotEmpty();
            seen[0] += i.kind() == InvoiceKind.CORRECTION ? 1 : 0;
            seen[1] += i.kind() == InvoiceKind.ORDER ? 1 : 0;
            for (LineItem l : i.lines()) {
              seen[2] += l.amount().amount().signum() < 0 ? 1 : 0;
              seen[3] += l.amount().amount().signum() > 0 ? 1 : 0;
            }
          }
        });
    // The late data exercises the law: corrections, late orders, credits and debits all occur.
    assertThat(java.util.Arrays.stream(seen).min().orElseThrow()).isGreaterThan(TRIES / 20);
  }

  @Test
  void correctingAgainWithTheSameDataGivesNothing() {
    PropertyCheck.forAll(
        "a second correction with the same data is empty",
        TRIES,
        cases(),
        c -> {
          List<IssuedPeriod> issued = new ArrayList<>(List.of(IssuedPeriod.of(rate(c.base()))));
          CorrectedPeriod first = ENGINE.correct(c.late(), G.periodIndex(), issued, c.at());
          issued.add(IssuedPeriod.of(first));
          CorrectedPeriod again =
              ENGINE.correct(c.late(), G.periodIndex(), issued, c.at().plusSeconds(3600));
          assertThat(again.invoices()).isEmpty();
        });
  }

  @Test
  void correctionsOfCorrectionsNetOut() {
    PropertyCheck.forAll(
        "corrections of corrections net out",
        TRIES,
        cases(),
        c -> {
          List<IssuedPeriod> issued = new ArrayList<>(List.of(IssuedPeriod.of(rate(c.base()))));
          List<IssuedPeriod> corrections = new ArrayList<>();
          for (RatingInput data : List.of(c.late(), c.later(), c.base())) {
            CorrectedPeriod corrected = ENGINE.correct(data, G.periodIndex(), issued, c.at());
            assertThat(ledger(issued, corrected)).isEqualTo(expected(corrected.fresh(), issued));
            issued.add(IssuedPeriod.of(corrected));
            corrections.add(IssuedPeriod.of(corrected));
          }
          // Back at the original data, the three corrections add up to nothing, key by key.
          assertThat(sums(corrections)).isEmpty();
          Set<String> ids = new HashSet<>();
          for (IssuedPeriod period : issued) {
            for (IssuedInvoice invoice : period.invoices()) {
              assertThat(ids.add(invoice.id())).as("ids are distinct: " + invoice.id()).isTrue();
            }
          }
        });
  }

  private static RatedPeriod rate(RatingInput input) {
    return ENGINE.rate(input, G.periodIndex());
  }

  /** The issued invoices and the correction, added up per invoice id, code and item. */
  private static Map<String, String> ledger(List<IssuedPeriod> issued, CorrectedPeriod c) {
    List<IssuedPeriod> all = new ArrayList<>(issued);
    all.add(IssuedPeriod.of(c));
    return sums(all);
  }

  /**
   * Quantities and amounts added up per (invoice, code, item): a correction's lines count for the
   * invoice its ref names; keys whose quantity and amount are both 0 are left out.
   */
  private static Map<String, String> sums(List<IssuedPeriod> periods) {
    Map<String, BigDecimal[]> sums = new TreeMap<>();
    for (IssuedPeriod period : periods) {
      for (IssuedInvoice invoice : period.invoices()) {
        String id =
            invoice.kind() == InvoiceKind.CORRECTION ? invoice.ref().orElseThrow() : invoice.id();
        for (IssuedLine line : invoice.lines()) {
          BigDecimal[] sum =
              sums.computeIfAbsent(
                  id + " " + line.code() + " " + line.item(),
                  k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
          sum[0] = sum[0].add(line.quantity());
          sum[1] = sum[1].add(line.amount().amount());
        }
      }
    }
    Map<String, String> out = new TreeMap<>();
    sums.forEach(
        (k, v) -> {
          if (v[0].signum() != 0 || v[1].signum() != 0) {
            out.put(k, text(v[0], v[1]));
          }
        });
    return out;
  }

  /**
   * The fresh rating per (invoice, code, item), its recurring invoice under the id of the issued
   * recurring one.
   */
  private static Map<String, String> expected(RatedPeriod fresh, List<IssuedPeriod> issued) {
    String recurring =
        issued.get(0).invoices().stream()
            .filter(i -> i.kind().isRecurring())
            .findFirst()
            .orElseThrow()
            .id();
    Map<String, String> out = new TreeMap<>();
    for (Invoice invoice : fresh.invoices()) {
      String id = invoice.kind().isRecurring() ? recurring : fresh.invoiceId(invoice);
      for (LineItem line : invoice.lines()) {
        out.put(
            id + " " + line.code() + " " + line.item(),
            text(line.quantity(), line.amount().amount()));
      }
    }
    return out;
  }

  private static String text(BigDecimal quantity, BigDecimal amount) {
    return quantity.stripTrailingZeros().toPlainString()
        + " "
        + amount.stripTrailingZeros().toPlainString();
  }
}
