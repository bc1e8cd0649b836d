package dev.seatline.billing.examples.spark;

import dev.seatline.billing.examples.tables.ErrorRow;
import dev.seatline.billing.examples.tables.InvoiceLineRow;
import dev.seatline.billing.examples.tables.InvoiceRow;
import dev.seatline.billing.examples.tables.OrganizationOutput;
import dev.seatline.billing.examples.tables.OrganizationRating;
import dev.seatline.billing.examples.tables.OrganizationRows;
import dev.seatline.billing.examples.tables.RowSource;
import dev.seatline.billing.examples.tables.Selection;
import dev.seatline.billing.examples.tables.UserOutcomeRow;
import java.io.Serial;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Rates one organization's group of {@link TaggedRow}s, in the order of its tables, files and
 * lines, with {@link OrganizationRating} (the single machine's engine and selection, R1-R12) and
 * emits its output rows (<a href="{@docRoot}/index.html#R12">R12</a>): the invoices, invoice lines
 * and user outcomes of TABLES.md, or exactly one error row, and one status row for the run's
 * summary. It never throws for one organization's data, so one organization never fails the job:
 *
 * <ul>
 *   <li>invalid input is the error row {@link OrganizationRating} gives;
 *   <li>an organization of more than {@code maxRows} input rows is not held at all: its error row
 *       names the first row beyond the limit, and the rest of its group is skipped unread, so a
 *       task's memory stays bounded by the limit and never by the organization;
 *   <li>any other failure of the engine on one organization ({@link RuntimeException}, {@link
 *       StackOverflowError}) is that organization's error row at {@code $}.
 * </ul>
 *
 * <p>A deterministic function of its group: the same rows give the same output rows in the same
 * order. Serializable, and thread-confined once deserialized in a task.
 */
final class GroupRating implements FlatMapGroupsFunction<String, Row, Row> {
  @Serial private static final long serialVersionUID = 1L;

  /** The output row's kind: an {@code invoices} row. */
  static final int INVOICE = 0;

  /** The output row's kind: an {@code invoice_lines} row. */
  static final int LINE = 1;

  /** The output row's kind: a {@code user_outcomes} row. */
  static final int USER = 2;

  /** The output row's kind: an {@code errors} row. */
  static final int ERROR = 3;

  /** The output row's kind: the organization's status, values {@code [status, periods]}. */
  static final int STATUS = 4;

  /** Status: at least one period rated. */
  static final String RATED = "rated";

  /** Status: in error. */
  static final String FAILED = "error";

  /** Status: nothing to rate under the selection. */
  static final String NOTHING = "nothing to rate";

  /** The schema of an output row: its kind and the output table's values as text. */
  static final StructType SCHEMA =
      new StructType()
          .add("kind", DataTypes.IntegerType, false)
          .add("values", DataTypes.createArrayType(DataTypes.StringType, true), false);

  private final List<String> selectionArgs;
  private final long maxRows;
  private transient @Nullable OrganizationRating rating;
  private transient @Nullable Selection selection;

  /**
   * @param selectionArgs the selection's command-line words ({@code --period 3}), parsed in the
   *     task since a selection is not serializable
   * @param maxRows the most input rows one organization may have
   */
  GroupRating(List<String> selectionArgs, long maxRows) {
    this.selectionArgs = List.copyOf(selectionArgs);
    this.maxRows = maxRows;
  }

  @Override
  public Iterator<Row> call(@Nullable String orgId, Iterator<Row> rows) {
    return rate(orgId, rows).iterator();
  }

  /**
   * {@return the output rows of one organization}
   *
   * @param orgId the group's key, {@code null} for rows with no {@code org_id}
   * @param rows the organization's rows, ordered by table, file and line
   */
  List<Row> rate(@Nullable String orgId, Iterator<Row> rows) {
    if (orgId == null) {
      Row first = rows.next();
      String path = TaggedRow.source(first).path("org_id");
      return failed(new ErrorRow("", path, "org_id: required value missing"));
    }
    OrganizationRows organization = new OrganizationRows(orgId);
    long count = 0;
    while (rows.hasNext()) {
      Row row = rows.next();
      count++;
      RowSource source = TaggedRow.source(row);
      if (count > maxRows) {
        return failed(
            new ErrorRow(
                orgId,
                source.location(),
                "the organization has more than "
                    + maxRows
                    + " input rows, the limit per organization (--max-rows-per-organization);"
                    + " rate it with more executor memory and a higher limit"));
      }
      organization.add(TaggedRow.table(row), source, TaggedRow.values(row));
    }
    OrganizationOutput output;
    try {
      output = rating().rate(organization, selection());
    } catch (RuntimeException | StackOverflowError e) {
      output =
          OrganizationOutput.failed(
              new ErrorRow(orgId, "$", "internal error rating the organization: " + e));
    }
    return rows(output);
  }

  private static List<Row> failed(ErrorRow error) {
    return rows(OrganizationOutput.failed(error));
  }

  private static List<Row> rows(OrganizationOutput output) {
    List<Row> rows = new ArrayList<>();
    for (InvoiceRow invoice : output.invoices()) {
      rows.add(row(INVOICE, invoice.values()));
    }
    for (InvoiceLineRow line : output.lines()) {
      rows.add(row(LINE, line.values()));
    }
    for (UserOutcomeRow user : output.users()) {
      rows.add(row(USER, user.values()));
    }
    output.error().ifPresent(error -> rows.add(row(ERROR, error.values())));
    String status = output.error().isPresent() ? FAILED : output.nothingToRate() ? NOTHING : RATED;
    rows.add(row(STATUS, List.of(status, Integer.toString(output.periodsRated()))));
    return rows;
  }

  private static Row row(int kind, List<@Nullable String> values) {
    return RowFactory.create(kind, values.toArray(new @Nullable String[0]));
  }

  private OrganizationRating rating() {
    OrganizationRating r = rating;
    if (r == null) {
      r = OrganizationRating.withDefaults();
      rating = r;
    }
    return r;
  }

  private Selection selection() {
    Selection s = selection;
    if (s == null) {
      s = SparkRating.parseSelection(selectionArgs);
      selection = s;
    }
    return s;
  }
}
