package dev.seatline.billing.examples.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.examples.cli.ScenarioReader;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.Edition;
import dev.seatline.billing.model.LicensingModel;
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
    rateAlike("the defaults", SeatlineGenerators.defaults().withCancellations(), 40);
  }

  /** The R14-R17 options of the generators, one configuration each and all together. */
  static List<SeatlineGenerators> extensions() {
    SeatlineGenerators d = SeatlineGenerators.defaults();
    return List.of(
        d.edition(Edition.GENESYS_CLOUD).withCommitments(5).withMinimumMonthlyAmounts(),
        d.withHourly().usage(30),
        d.withCommitments(8).usage(20).withCancellations(),
        d.edition(Edition.GENESYS_CLOUD)
            .withHourly()
            .withMinimumMonthlyAmounts()
            .usage(40)
            .withCancellations());
  }

  @Test
  void rowsOfEditionsCommitmentsHourlyAndUsageRateAsTheValueModelAndAsScenarioFiles() {
    List<SeatlineGenerators> configurations = extensions();
    for (int c = 0; c < configurations.size(); c++) {
      rateAlike("extensions " + c, configurations.get(c), 15);
    }
    // The configurations do make what they are for: usage records, commitments, minimums, HOURLY
    // and the GENESYS_CLOUD edition, each in some of 30 samples.
    List<RatingInput> samples = new ArrayList<>();
    for (SeatlineGenerators g : configurations) {
      samples.addAll(SeatlineGenerators.samples(g.ratingInputs(), 7, 30));
    }
    assertThat(samples).anyMatch(i -> i.usage().size() > 0);
    assertThat(samples).anyMatch(i -> !i.prices().meters().isEmpty());
    assertThat(samples).anyMatch(i -> !i.organization().commitments().isEmpty());
    assertThat(samples).anyMatch(i -> i.organization().minimumMonthlyAmount().isPresent());
    assertThat(samples).anyMatch(i -> i.organization().licensing() == LicensingModel.HOURLY);
    assertThat(samples).anyMatch(i -> i.organization().edition() == Edition.GENESYS_CLOUD);
  }

  private static void rateAlike(String name, SeatlineGenerators generators, int tries) {
    PropertyCheck.forAll(
        "rows rate as the value model and as scenario files: " + name,
        PropertyCheck.scaled(tries),
        generators.ratingInputs(),
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
          assertThat(read.usageRecords()).isEqualTo(input.usageRecords());
          for (Selection selection : selections(input)) {
            OrganizationOutput fromRows = OrganizationRating.withDefaults().rate(rows, selection);
            assertThat(fromRows.error()).as("%s", selection).isEmpty();
            assertThat(fromRows).as("%s", selection).isEqualTo(throughValueModel(input, selection));
            assertThat(fromRows).as("%s", selection).isEqualTo(throughScenarios(input, selection));
          }
          // Rating that releases the rows' columns once the timeline holds them rates alike, and
          // the released rows are not loaded a second time.
          Selection first = selections(input).get(0);
          OrganizationRows released = TableFixtures.organizationRows(input);
          assertThat(OrganizationRating.withDefaults().rate(released, first, true))
              .isEqualTo(OrganizationRating.withDefaults().rate(rows, first));
          assertThatThrownBy(() -> OrganizationRating.input(released))
              .isInstanceOf(IllegalStateException.class);
        });
  }
}
