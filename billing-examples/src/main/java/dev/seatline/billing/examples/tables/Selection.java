package dev.seatline.billing.examples.tables;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.model.BillingCalendar;
import java.time.Instant;

/**
 * What is rated of every organization of a set of tables ({@code TABLES.md}, <a
 * href="{@docRoot}/index.html#R1">R1</a>, <a href="{@docRoot}/index.html#R9">R9</a>, <a
 * href="{@docRoot}/index.html#R11">R11</a>): one period, the period containing an instant, every
 * period that closed in a window, or the period containing an instant as of it.
 *
 * <p>Immutable. Example: {@code new Selection.Period(0)} rates every organization's first period.
 */
public sealed interface Selection {
  /**
   * Period {@code index} of every organization ({@code --period N}).
   *
   * @param index the period index, from 0
   */
  record Period(int index) implements Selection {
    /** Validates the index. */
    public Period {
      if (index < 0 || index > BillingCalendar.MAX_INDEX) {
        throw new IllegalArgumentException(
            "period index must be from 0 to " + BillingCalendar.MAX_INDEX + ", was " + index);
      }
    }
  }

  /**
   * The period that contains {@code instant} ({@code --period-containing INSTANT}).
   *
   * @param instant the instant
   */
  record PeriodContaining(Instant instant) implements Selection {
    /** Validates that the instant is present. */
    public PeriodContaining {
      requireNonNull(instant, "instant");
    }
  }

  /**
   * Every period whose end (or cancellation) lies in {@code [from, to)} ({@code --closed-between
   * FROM TO}): a billing run that invoices what closed in that window.
   *
   * @param from the start of the window, included
   * @param to the end of the window, excluded
   */
  record ClosedBetween(Instant from, Instant to) implements Selection {
    /** Validates that {@code from} is before {@code to}. */
    public ClosedBetween {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      if (!from.isBefore(to)) {
        throw new IllegalArgumentException(
            "the window [" + from + ", " + to + ") is empty: 'from' must be before 'to'");
      }
    }
  }

  /**
   * The period containing {@code instant}, rated as of it (R11, a PREVIEW) ({@code --as-of
   * INSTANT}).
   *
   * @param instant the instant the usage is rated up to
   */
  record AsOf(Instant instant) implements Selection {
    /** Validates that the instant is present. */
    public AsOf {
      requireNonNull(instant, "instant");
    }
  }
}
