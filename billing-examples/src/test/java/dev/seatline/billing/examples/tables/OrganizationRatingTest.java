package dev.seatline.billing.examples.tables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.examples.cli.ScenarioReader;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.testing.PropertyCheck;
import dev.seatline.billing.testing.SeatlineGenerators;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganizationRatingTest {
  private static final BillingEngine ENGINE = BillingEngine.withDefaults();

  /** The output rows of rating {@code input} through the value model, period by period. */
  static OrganizationOutput throughValueModel(RatingInput input, Selection selection) {
    List<InvoiceRow> invoices = new ArrayList<>();
    List<InvoiceLineRow> lines = new ArrayList<>();
    List<UserOutcomeRow> users = new ArrayList<>();
    List<OrganizationRating.Selected> periods =
        OrganizationRating.periods(input.organization(), selection);
    for (OrganizationRating.Selected s : periods) {
      RatedPeriod rated = ENGINE.rate(input, s.index(), s.asOf());
      OrganizationRating.rows(rated, invoices, lines, users);
    }
    return new OrganizationOutput(
        input.organization().id(), invoices, lines, users, Optional.empty(), periods.size());
  }

  /** The same through scenario files, one per selected period. */
  static OrganizationOutput throughScenarios(RatingInput input, Selection selection) {
    List<InvoiceRow> invoices = new ArrayList<>();
    List<InvoiceLineRow> lines = new ArrayList<>();
    List<UserOutcomeRow> users = new ArrayList<>();
    List<OrganizationRating.Selected> periods =
        OrganizationRating.periods(input.organization(), selection);
    for (OrganizationRating.Selected s : periods) {
      RatedPeriod rated =
          ScenarioReader.read(TableFixtures.scenario(input, s.index(), s.asOf())).rate(ENGINE);
      OrganizationRating.rows(rated, invoices, lines, users);
    }
    return new OrganizationOutput(
        input.organization().id(), invoices, lines, users, Optional.empty(), periods.size());
  }

  /** Every kind of selection, around the generated inputs' period 0. */
  static List<Selection> selections(RatingInput input) {
    Instant start = input.organization().calendar().start(0);
    Instant second = input.organization().calendar().start(1);
    return List.of(
        new Selection.Period(0),
        new Selection.Period(1),
        new Selection.PeriodContaining(start.plusSeconds(3600)),
        new Selection.ClosedBetween(start, second.plusSeconds(86_400)),
        new Selection.ClosedBetween(
            start.minusSeconds(86_400 * 40), second.plusSeconds(86_400 * 70)),
        new Selection.AsOf(start.plusSeconds(86_400 * 10 + 7)));
  }

  @Test
  void rowsRateExactlyAsTheValueModelAndAsScenarioFiles() {
    PropertyCheck.forAll(
        "rows rate as the value model and as scenario files",
        PropertyCheck.scaled(40),
        SeatlineGenerators.defaults().withCancellations().ratingInputs(),
        generated -> {
          RatingInput input = TableFixtures.normalized(generated, "org-1");
          OrganizationRows rows = TableFixtures.organizationRows(input);
          RatingInput read = OrganizationRating.input(rows);
          assertThat(read.organization()).isEqualTo(input.organization());
          assertThat(read.prices()).isEqualTo(input.prices());
          assertThat(read.users()).isEqualTo(input.users());
          assertThat(read.callPorts()).isEqualTo(input.callPorts());
          assertThat(read.orders()).isEqualTo(input.orders());
          assertThat(read.shipments()).isEqualTo(input.shipments());
          for (Selection selection : selections(input)) {
            OrganizationOutput fromRows = OrganizationRating.withDefaults().rate(rows, selection);
            assertThat(fromRows.error()).as("%s", selection).isEmpty();
            assertThat(fromRows).as("%s", selection).isEqualTo(throughValueModel(input, selection));
            assertThat(fromRows).as("%s", selection).isEqualTo(throughScenarios(input, selection));
          }
        });
  }
}
