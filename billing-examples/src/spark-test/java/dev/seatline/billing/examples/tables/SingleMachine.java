package dev.seatline.billing.examples.tables;

import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.testing.SeatlineGenerators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Spark tests' side of the single machine: generated organizations as the input tables, and the
 * output rows the single machine's engine and selection give for them ({@link OrganizationRating}
 * on each organization's rows, as the tables path rates them).
 */
public final class SingleMachine {
  private SingleMachine() {}

  /**
   * {@return {@code count} generated organizations (defaults, seeds from {@code seed}), ids org-N}
   */
  public static List<RatingInput> organizations(int count, long seed) {
    List<RatingInput> generated =
        SeatlineGenerators.samples(SeatlineGenerators.defaults().ratingInputs(), seed, count);
    List<RatingInput> inputs = new ArrayList<>();
    for (int i = 0; i < generated.size(); i++) {
      inputs.add(TableFixtures.normalized(generated.get(i), "org-" + i));
    }
    return inputs;
  }

  /**
   * Writes {@code inputs} as CSV tables into {@code dir}: each table's rows shuffled, its columns
   * in a shuffled order, every table written.
   */
  public static void writeCsv(Path dir, List<RatingInput> inputs, long seed) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TableFixtures.writeCsv(dir, inputs, seed);
  }

  /** {@return how many input rows {@code input} has, over every table} */
  public static long rowCount(RatingInput input) {
    return TableFixtures.organizationRows(input).rowCount();
  }

  /** The output rows of TABLES.md, as text lists in each table's column order. */
  public record Output(
      List<List<@Nullable String>> invoices,
      List<List<@Nullable String>> lines,
      List<List<@Nullable String>> users,
      List<List<@Nullable String>> errors) {
    /** {@return the rows of the output table {@code name}} */
    public List<List<@Nullable String>> table(String name) {
      return switch (name) {
        case "invoices" -> invoices;
        case "invoice_lines" -> lines;
        case "user_outcomes" -> users;
        case "errors" -> errors;
        default -> throw new IllegalArgumentException(name);
      };
    }
  }

  /** {@return the single machine's output rows for {@code inputs} under {@code selection}} */
  public static Output rate(List<RatingInput> inputs, Selection selection) {
    OrganizationRating rating = OrganizationRating.withDefaults();
    Output out =
        new Output(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (RatingInput input : inputs) {
      OrganizationOutput o = rating.rate(TableFixtures.organizationRows(input), selection);
      o.invoices().forEach(r -> out.invoices().add(r.values()));
      o.lines().forEach(r -> out.lines().add(r.values()));
      o.users().forEach(r -> out.users().add(r.values()));
      o.error().ifPresent(r -> out.errors().add(r.values()));
    }
    return out;
  }
}
