package dev.seatline.billing.rating;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.Login;
import dev.seatline.billing.money.Money;
import dev.seatline.billing.rating.RatingPolicy.PeakBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Why a line or a user's outcome is what it is, as data a program can read (<a
 * href="{@docRoot}/index.html#R12">R12</a>): users with their login and held time, the sustained
 * peak with its window and the users on queue, the port-seconds and the included ports, the order
 * behind a one-time fee. {@link LineItem#explanation()} and {@link UserOutcome#explanation()}
 * render it into sentences, in one place.
 *
 * <p>A correction line (<a href="{@docRoot}/index.html#R13">R13</a>) carries a {@link Correction}:
 * what was invoiced before and what is due now, with the evidence of both ratings where it is
 * known.
 *
 * <p>A rule of one's own gives {@link Text}, or a {@link Custom} type of its own.
 *
 * <p>Every implementation is an immutable record. Example: {@code new Evidence.Text(List.of("flat
 * onboarding fee"))}.
 */
public sealed interface Evidence
    permits Evidence.NamedUser,
        Evidence.NoLogin,
        Evidence.NoQualifyingTier,
        Evidence.ConcurrentUser,
        Evidence.SeatUsers,
        Evidence.AddOnUsers,
        Evidence.Peak,
        Evidence.AddOnUsage,
        PortUsage,
        MeterUsage,
        Evidence.OrderItem,
        Evidence.ShipmentItem,
        Evidence.CommittedSeats,
        Evidence.Overage,
        Evidence.HourlyUsers,
        Evidence.MinimumShortfall,
        Evidence.Correction,
        Evidence.Custom {

  /**
   * A user billed by the named rules (<a href="{@docRoot}/index.html#R2">R2</a>, <a
   * href="{@docRoot}/index.html#R3">R3</a>): the first login, the tier and how long it was held in
   * the rated time before any deletion; {@code billedAt} when the mixing rule billed the user at
   * another tier (<a href="{@docRoot}/index.html#R4">R4</a>, BILL_AT_HIGHEST).
   *
   * @param login the first login through a user interface in the rated time
   * @param tier the highest tier held for the minimum time
   * @param held how long that tier was held in the rated time before any deletion
   * @param deletedAt the deletion, if it falls before the end of the rated time
   * @param billedAt the tier the mixing rule billed the user at instead, under BILL_AT_HIGHEST
   */
  record NamedUser(
      Login login,
      LicenseTier tier,
      Duration held,
      Optional<Instant> deletedAt,
      Optional<LicenseTier> billedAt)
      implements Evidence {
    /**
     * Validates the parts.
     *
     * @param login the first login through a user interface in the rated time
     * @param tier the highest tier held for the minimum time
     * @param held how long that tier was held in the rated time before any deletion
     * @param deletedAt the deletion, if it falls before the end of the rated time
     * @param billedAt the tier the mixing rule billed the user at instead, under BILL_AT_HIGHEST
     */
    public NamedUser {
      requireNonNull(login, "login");
      requireNonNull(tier, "tier");
      requireNonNull(held, "held");
      requireNonNull(deletedAt, "deletedAt");
      requireNonNull(billedAt, "billedAt");
    }
  }

  /**
   * A user with no login through a user interface in the rated time {@code [start, end)} (<a
   * href="{@docRoot}/index.html#R2">R2</a>), and what the user did have: any session,
   * user-interface sessions elsewhere, API sessions, a deletion.
   *
   * @param start the start of the rated time
   * @param end the end of the rated time
   * @param anySession whether the user had any session at all, in or out of the rated time
   * @param userInterfaceSessions whether the user had a user-interface session anywhere in time
   * @param apiSessions whether the user had an API session anywhere in time (never billed)
   * @param deleted whether the user was deleted
   */
  record NoLogin(
      Instant start,
      Instant end,
      boolean anySession,
      boolean userInterfaceSessions,
      boolean apiSessions,
      boolean deleted)
      implements Evidence {
    /**
     * Validates the parts.
     *
     * @param start the start of the rated time
     * @param end the end of the rated time
     * @param anySession whether the user had any session at all, in or out of the rated time
     * @param userInterfaceSessions whether the user had a user-interface session anywhere in time
     * @param apiSessions whether the user had an API session anywhere in time (never billed)
     * @param deleted whether the user was deleted
     */
    public NoLogin {
      requireNonNull(start, "start");
      requireNonNull(end, "end");
    }
  }

  /**
   * A user who logged in but held no billable tier for the minimum time (<a
   * href="{@docRoot}/index.html#R3">R3</a>): the billable tiers ({@code billable}; every tier of
   * the catalogue when {@code anyTier}), the minimum, and every tier held for some time, with that
   * time, before the deletion when there was one.
   *
   * @param login the first login through a user interface in the rated time
   * @param billable the tiers the user could be billed at, highest first
   * @param anyTier whether every tier of the catalogue was billable
   * @param minimum the minimum assignment time
   * @param held every tier held for some time in the rated time, with that time
   * @param deletedAt the deletion, if it falls before the end of the rated time
   */
  record NoQualifyingTier(
      Login login,
      List<LicenseTier> billable,
      boolean anyTier,
      Duration minimum,
      SortedMap<LicenseTier, Duration> held,
      Optional<Instant> deletedAt)
      implements Evidence {
    /**
     * Copies the parts.
     *
     * @param login the first login through a user interface in the rated time
     * @param billable the tiers the user could be billed at, highest first
     * @param anyTier whether every tier of the catalogue was billable
     * @param minimum the minimum assignment time
     * @param held every tier held for some time in the rated time, with that time
     * @param deletedAt the deletion, if it falls before the end of the rated time
     */
    public NoQualifyingTier {
      requireNonNull(login, "login");
      billable = List.copyOf(billable);
      requireNonNull(minimum, "minimum");
      held = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(held));
      requireNonNull(deletedAt, "deletedAt");
    }
  }

  /**
   * A concurrent user (<a href="{@docRoot}/index.html#R4">R4</a>, <a
   * href="{@docRoot}/index.html#R5">R5</a>): the contact-center tier held and for how long, whether
   * they logged in, their on-queue time inside user-interface sessions and its first instant, the
   * on-queue time outside every session that was ignored, and {@code billedAt} under
   * BILL_AT_HIGHEST.
   *
   * @param tier the contact-center tier held for the minimum time
   * @param held how long that tier was held in the rated time before any deletion
   * @param loggedIn whether the user logged in through a user interface in the rated time
   * @param onQueue the on-queue time inside user-interface sessions
   * @param firstOnQueue the first instant of that time, empty when there is none
   * @param ignored the on-queue time outside every session, which is not counted
   * @param billedAt the tier the mixing rule billed the user at instead, under BILL_AT_HIGHEST
   */
  record ConcurrentUser(
      LicenseTier tier,
      Duration held,
      boolean loggedIn,
      Duration onQueue,
      Optional<Instant> firstOnQueue,
      Duration ignored,
      Optional<LicenseTier> billedAt,
      PeakBasis basis)
      implements Evidence {
    /**
     * Validates the parts.
     *
     * @param tier the contact-center tier held for the minimum time
     * @param held how long that tier was held in the rated time before any deletion
     * @param loggedIn whether the user logged in through a user interface in the rated time
     * @param onQueue the time counted: on queue inside user-interface sessions, or logged in
     * @param firstOnQueue the first instant of that time, empty when there is none
     * @param ignored the on-queue time outside every session, which is not counted
     * @param billedAt the tier the mixing rule billed the user at instead, under BILL_AT_HIGHEST
     * @param basis what the peak counts (<a href="{@docRoot}/index.html#R17">R17</a>)
     */
    public ConcurrentUser {
      requireNonNull(tier, "tier");
      requireNonNull(held, "held");
      requireNonNull(onQueue, "onQueue");
      requireNonNull(firstOnQueue, "firstOnQueue");
      requireNonNull(ignored, "ignored");
      requireNonNull(billedAt, "billedAt");
      requireNonNull(basis, "basis");
    }

    /**
     * A concurrent user counted through on-queue time (R5).
     *
     * @param tier the contact-center tier held for the minimum time
     * @param held how long that tier was held in the rated time before any deletion
     * @param loggedIn whether the user logged in through a user interface in the rated time
     * @param onQueue the on-queue time inside user-interface sessions
     * @param firstOnQueue the first instant of that time, empty when there is none
     * @param ignored the on-queue time outside every session, which is not counted
     * @param billedAt the tier the mixing rule billed the user at instead, under BILL_AT_HIGHEST
     */
    public ConcurrentUser(
        LicenseTier tier,
        Duration held,
        boolean loggedIn,
        Duration onQueue,
        Optional<Instant> firstOnQueue,
        Duration ignored,
        Optional<LicenseTier> billedAt) {
      this(tier, held, loggedIn, onQueue, firstOnQueue, ignored, billedAt, PeakBasis.ON_QUEUE);
    }
  }

  /**
   * One user of a line and the evidence of their outcome.
   *
   * @param userId the user
   * @param evidence the evidence of the user's outcome
   */
  record UserLine(String userId, Evidence evidence) {
    /**
     * Validates the parts.
     *
     * @param userId the user
     * @param evidence the evidence of the user's outcome
     */
    public UserLine {
      requireNonNull(userId, "userId");
      requireNonNull(evidence, "evidence");
    }
  }

  /**
   * The users billed a seat of one tier by the named rules (<a
   * href="{@docRoot}/index.html#R3">R3</a>), sorted by user id.
   *
   * @param users the users, sorted by user id
   */
  record SeatUsers(List<UserLine> users) implements Evidence {
    /**
     * Copies the users.
     *
     * @param users the users, sorted by user id
     */
    public SeatUsers {
      users = List.copyOf(users);
    }
  }

  /**
   * The billed users who held an add-on for the minimum time, with that time, by user id (<a
   * href="{@docRoot}/index.html#R6">R6</a>).
   *
   * @param addOn the add-on
   * @param heldByUser how long each billed user held it, by user id
   */
  record AddOnUsers(String addOn, SortedMap<String, Duration> heldByUser) implements Evidence {
    /**
     * Copies the parts.
     *
     * @param addOn the add-on
     * @param heldByUser how long each billed user held it, by user id
     */
    public AddOnUsers {
      requireNonNull(addOn, "addOn");
      heldByUser = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(heldByUser));
    }
  }

  /**
   * One user on queue: the time inside user-interface sessions and its first instant (<a
   * href="{@docRoot}/index.html#R5">R5</a>).
   *
   * @param userId the user
   * @param onQueue the on-queue time inside user-interface sessions
   * @param firstAt the first instant of that time
   */
  record OnQueueUser(String userId, Duration onQueue, Instant firstAt) {
    /**
     * Validates the parts.
     *
     * @param userId the user
     * @param onQueue the on-queue time inside user-interface sessions
     * @param firstAt the first instant of that time
     */
    public OnQueueUser {
      requireNonNull(userId, "userId");
      requireNonNull(onQueue, "onQueue");
      requireNonNull(firstAt, "firstAt");
    }
  }

  /**
   * A concurrent seat line (<a href="{@docRoot}/index.html#R5">R5</a>): the sustained peak, the
   * window length the policy asks for, and the users on queue, sorted by user id.
   *
   * @param peak the sustained peak
   * @param peakWindow the window length the policy asks for
   * @param users the users on queue, sorted by user id
   */
  record Peak(SustainedPeak peak, Duration peakWindow, List<OnQueueUser> users, PeakBasis basis)
      implements Evidence {
    /**
     * Copies the parts.
     *
     * @param peak the sustained peak
     * @param peakWindow the window length the policy asks for
     * @param users the users counted, sorted by user id
     * @param basis what the peak counts: on-queue or logged-in time (<a
     *     href="{@docRoot}/index.html#R17">R17</a>)
     */
    public Peak {
      requireNonNull(peak, "peak");
      requireNonNull(peakWindow, "peakWindow");
      users = List.copyOf(users);
      requireNonNull(basis, "basis");
    }

    /**
     * A peak of users on queue (R5).
     *
     * @param peak the sustained peak
     * @param peakWindow the window length the policy asks for
     * @param users the users on queue, sorted by user id
     */
    public Peak(SustainedPeak peak, Duration peakWindow, List<OnQueueUser> users) {
      this(peak, peakWindow, users, PeakBasis.ON_QUEUE);
    }
  }

  /**
   * A concurrent add-on line (<a href="{@docRoot}/index.html#R6">R6</a>): contact-center seats
   * billed of the seats purchased, times the add-ons purchased, rounded to {@code seats}.
   *
   * @param addOn the add-on
   * @param contactCenterSeats the contact-center seats billed in the period
   * @param seatsPurchased the concurrent seats purchased
   * @param addOnsPurchased the add-on licences purchased
   * @param rounding how the exact seat count was rounded
   * @param seats the add-on seats billed
   */
  record AddOnUsage(
      String addOn,
      long contactCenterSeats,
      long seatsPurchased,
      long addOnsPurchased,
      RoundingMode rounding,
      long seats)
      implements Evidence {
    /**
     * Validates the parts.
     *
     * @param addOn the add-on
     * @param contactCenterSeats the contact-center seats billed in the period
     * @param seatsPurchased the concurrent seats purchased
     * @param addOnsPurchased the add-on licences purchased
     * @param rounding how the exact seat count was rounded
     * @param seats the add-on seats billed
     */
    public AddOnUsage {
      requireNonNull(addOn, "addOn");
      requireNonNull(rounding, "rounding");
    }

    /** {@return the exact {@code contactCenterSeats x addOnsPurchased} before division} */
    public BigDecimal numerator() {
      return BigDecimal.valueOf(contactCenterSeats).multiply(BigDecimal.valueOf(addOnsPurchased));
    }
  }

  /**
   * A one-time line (<a href="{@docRoot}/index.html#R8">R8</a>): the order, when it was placed, the
   * SKU and the quantity.
   *
   * @param orderId the order
   * @param placedAt when it was placed
   * @param sku the SKU
   * @param quantity the quantity ordered
   */
  record OrderItem(String orderId, Instant placedAt, String sku, long quantity)
      implements Evidence {
    /**
     * Validates the parts.
     *
     * @param orderId the order
     * @param placedAt when it was placed
     * @param sku the SKU
     * @param quantity the quantity ordered
     */
    public OrderItem {
      requireNonNull(orderId, "orderId");
      requireNonNull(placedAt, "placedAt");
      requireNonNull(sku, "sku");
    }
  }

  /**
   * A hardware line (<a href="{@docRoot}/index.html#R8">R8</a>): the shipment, its order, when it
   * shipped, the SKU and the quantity.
   *
   * @param shipmentId the shipment
   * @param orderId its order
   * @param shippedAt when it shipped
   * @param sku the SKU
   * @param quantity the quantity shipped
   */
  record ShipmentItem(
      String shipmentId, String orderId, Instant shippedAt, String sku, long quantity)
      implements Evidence {
    /**
     * Validates the parts.
     *
     * @param shipmentId the shipment
     * @param orderId its order
     * @param shippedAt when it shipped
     * @param sku the SKU
     * @param quantity the quantity shipped
     */
    public ShipmentItem {
      requireNonNull(shipmentId, "shipmentId");
      requireNonNull(orderId, "orderId");
      requireNonNull(shippedAt, "shippedAt");
      requireNonNull(sku, "sku");
    }
  }

  /**
   * A COMMITTED_SEAT line of the ADVANCE invoice (<a href="{@docRoot}/index.html#R14">R14</a>): the
   * seats committed of one tier, invoiced in advance whatever the use, and the seats billed in the
   * rated time.
   *
   * @param tier the tier
   * @param committed the seats committed
   * @param billed the seats billed at the tier in the rated time (R3-R5)
   * @param periodStart the start of the period, whose local date is the invoice's
   */
  record CommittedSeats(LicenseTier tier, long committed, long billed, Instant periodStart)
      implements Evidence {
    /**
     * Validates the parts.
     *
     * @param tier the tier
     * @param committed the seats committed
     * @param billed the seats billed at the tier in the rated time (R3-R5)
     * @param periodStart the start of the period, whose local date is the invoice's
     */
    public CommittedSeats {
      requireNonNull(tier, "tier");
      requireNonNull(periodStart, "periodStart");
      if (committed < 0 || billed < 0) {
        throw new IllegalArgumentException(
            "negative seats: " + committed + " committed, " + billed + " billed");
      }
    }
  }

  /**
   * An OVERAGE line (<a href="{@docRoot}/index.html#R14">R14</a>): the seats billed of one tier
   * above its commitment, with the evidence of the seats billed.
   *
   * @param tier the tier
   * @param committed the seats committed
   * @param billed the seats billed at the tier (R3-R5), more than committed
   * @param seats the evidence of the seats billed (the users, or the sustained peak)
   */
  record Overage(LicenseTier tier, long committed, long billed, Evidence seats)
      implements Evidence {
    /**
     * Validates the parts.
     *
     * @param tier the tier
     * @param committed the seats committed
     * @param billed the seats billed at the tier (R3-R5), more than committed
     * @param seats the evidence of the seats billed (the users, or the sustained peak)
     */
    public Overage {
      requireNonNull(tier, "tier");
      requireNonNull(seats, "seats");
      if (committed < 0 || billed <= committed) {
        throw new IllegalArgumentException(
            "no overage: " + committed + " committed, " + billed + " billed");
      }
    }

    /** {@return the seats above the commitment} */
    public long overage() {
      return billed - committed;
    }
  }

  /**
   * A SEAT_HOUR line (<a href="{@docRoot}/index.html#R15">R15</a>): the logged-in time of each user
   * billed at one tier, the exact total before rounding, and the whole hours billed.
   *
   * @param tier the tier
   * @param timeByUser each user's billable time (union of DESKTOP, WEB and MOBILE sessions), by
   *     user id
   * @param total the exact sum of those times
   * @param hours the total rounded up to a whole hour
   */
  record HourlyUsers(
      LicenseTier tier, SortedMap<String, Duration> timeByUser, Duration total, long hours)
      implements Evidence {
    /**
     * Copies the parts.
     *
     * @param tier the tier
     * @param timeByUser each user's billable time, by user id
     * @param total the exact sum of those times
     * @param hours the total rounded up to a whole hour
     */
    public HourlyUsers {
      requireNonNull(tier, "tier");
      timeByUser = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(timeByUser));
      requireNonNull(total, "total");
    }
  }

  /**
   * A MINIMUM_TRUE_UP line (<a href="{@docRoot}/index.html#R14">R14</a>): the minimum monthly
   * amount, the period's recurring charges on its ADVANCE invoice and in arrears, and what fell
   * short of the minimum.
   *
   * @param minimum the minimum monthly amount
   * @param advance the total of the period's ADVANCE invoice
   * @param arrears the total of the arrears lines before the true-up
   * @param shortfall {@code minimum - advance - arrears}, positive
   * @param cancelled whether the period was cut by a cancellation (no proration)
   */
  record MinimumShortfall(
      Money minimum, Money advance, Money arrears, Money shortfall, boolean cancelled)
      implements Evidence {
    /**
     * Validates the parts.
     *
     * @param minimum the minimum monthly amount
     * @param advance the total of the period's ADVANCE invoice
     * @param arrears the total of the arrears lines before the true-up
     * @param shortfall {@code minimum - advance - arrears}, positive
     * @param cancelled whether the period was cut by a cancellation (no proration)
     */
    public MinimumShortfall {
      requireNonNull(minimum, "minimum");
      requireNonNull(advance, "advance");
      requireNonNull(arrears, "arrears");
      requireNonNull(shortfall, "shortfall");
      if (!minimum.equals(advance.plus(arrears).plus(shortfall))) {
        throw new IllegalArgumentException(
            "the shortfall " + shortfall + " does not make up the minimum " + minimum);
      }
    }
  }

  /**
   * A user whose presence on a line changed between what was invoiced and a fresh rating (<a
   * href="{@docRoot}/index.html#R13">R13</a>): added to the line or removed from it, with the tier
   * the user was billed at before and is billed at now (empty when not billed, or not known).
   *
   * @param userId the user
   * @param added true when the user is on the line now and was not before, false when removed
   * @param tierBefore the tier the user was billed at before, empty when not billed or not known
   * @param tierAfter the tier the user is billed at now, empty when not billed
   */
  record UserChange(
      String userId,
      boolean added,
      Optional<LicenseTier> tierBefore,
      Optional<LicenseTier> tierAfter) {
    /**
     * Validates the parts.
     *
     * @param userId the user
     * @param added true when the user is on the line now and was not before, false when removed
     * @param tierBefore the tier the user was billed at before, empty when not billed or not known
     * @param tierAfter the tier the user is billed at now, empty when not billed
     */
    public UserChange {
      requireNonNull(userId, "userId");
      requireNonNull(tierBefore, "tierBefore");
      requireNonNull(tierAfter, "tierAfter");
    }
  }

  /**
   * A correction line (<a href="{@docRoot}/index.html#R13">R13</a>): the quantity and amount
   * already invoiced for one (code, item) of an invoice (the original and any earlier corrections
   * added up) and those of a fresh rating; the line's quantity and amount are the differences,
   * nothing rounded again. {@code before} is the typed evidence of the last rating that invoiced
   * the line, when known (an issued invoice read back from text has none; then {@code
   * beforeExplanation} holds its sentences as issued); {@code after} is the fresh line's evidence,
   * empty when the line disappeared. {@code users} are the users added to or removed from the line.
   *
   * @param quantityBefore the quantity already invoiced
   * @param quantityAfter the quantity of the fresh rating, 0 when the line disappeared
   * @param amountBefore the amount already invoiced
   * @param amountAfter the amount of the fresh rating, 0 when the line disappeared
   * @param users the users added to or removed from the line, by user id
   * @param before the typed evidence behind what was invoiced, when known
   * @param beforeExplanation the explanation of what was invoiced as issued, when {@code before} is
   *     not known; empty otherwise
   * @param after the evidence of the fresh line, empty when the line disappeared
   */
  record Correction(
      BigDecimal quantityBefore,
      BigDecimal quantityAfter,
      Money amountBefore,
      Money amountAfter,
      List<UserChange> users,
      Optional<Evidence> before,
      List<String> beforeExplanation,
      Optional<Evidence> after)
      implements Evidence {
    /**
     * Validates and copies the parts.
     *
     * @param quantityBefore the quantity already invoiced
     * @param quantityAfter the quantity of the fresh rating, 0 when the line disappeared
     * @param amountBefore the amount already invoiced
     * @param amountAfter the amount of the fresh rating, 0 when the line disappeared
     * @param users the users added to or removed from the line, by user id
     * @param before the typed evidence behind what was invoiced, when known
     * @param beforeExplanation the explanation of what was invoiced as issued, when {@code before}
     *     is not known; empty otherwise
     * @param after the evidence of the fresh line, empty when the line disappeared
     */
    public Correction {
      requireNonNull(quantityBefore, "quantityBefore");
      requireNonNull(quantityAfter, "quantityAfter");
      requireNonNull(amountBefore, "amountBefore");
      requireNonNull(amountAfter, "amountAfter");
      users = users.stream().sorted(Comparator.comparing(UserChange::userId)).toList();
      requireNonNull(before, "before");
      beforeExplanation = List.copyOf(beforeExplanation);
      requireNonNull(after, "after");
      if ((before.isPresent() && before.get() instanceof Correction)
          || (after.isPresent() && after.get() instanceof Correction)) {
        throw new IllegalArgumentException("the evidence of a rating is never a correction");
      }
    }

    /** {@return the difference of the quantities, {@code quantityAfter - quantityBefore}} */
    public BigDecimal quantity() {
      return quantityAfter.subtract(quantityBefore);
    }

    /**
     * {@return the difference of the amounts, {@code amountAfter - amountBefore}: a debit when
     * positive, a credit when negative}
     */
    public Money amount() {
      return amountAfter.minus(amountBefore);
    }
  }

  /** Evidence of a rule of one's own, which renders itself. */
  non-sealed interface Custom extends Evidence {
    /** {@return the sentences of the explanation, never empty} */
    List<String> lines();
  }

  /**
   * Evidence given as sentences.
   *
   * @param lines the sentences, at least one
   */
  record Text(List<String> lines) implements Custom {
    /**
     * Copies the sentences.
     *
     * @param lines the sentences, at least one
     */
    public Text {
      lines = List.copyOf(lines);
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("an explanation needs at least one sentence");
      }
    }
  }
}
