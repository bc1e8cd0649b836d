package dev.seatline.billing.rating;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.Login;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
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
        Evidence.OrderItem,
        Evidence.ShipmentItem,
        Evidence.Custom {

  /**
   * A user billed by the named rules (R2, R3): the first login, the tier and how long it was held
   * in the rated time before any deletion; {@code billedAt} when the mixing rule billed the user at
   * another tier (R4, BILL_AT_HIGHEST).
   */
  record NamedUser(
      Login login,
      LicenseTier tier,
      Duration held,
      Optional<Instant> deletedAt,
      Optional<LicenseTier> billedAt)
      implements Evidence {
    /** Validates the parts. */
    public NamedUser {
      requireNonNull(login, "login");
      requireNonNull(tier, "tier");
      requireNonNull(held, "held");
      requireNonNull(deletedAt, "deletedAt");
      requireNonNull(billedAt, "billedAt");
    }
  }

  /**
   * A user with no login through a user interface in the rated time {@code [start, end)} (R2), and
   * what the user did have: any session, user-interface sessions elsewhere, API sessions, a
   * deletion.
   */
  record NoLogin(
      Instant start,
      Instant end,
      boolean anySession,
      boolean userInterfaceSessions,
      boolean apiSessions,
      boolean deleted)
      implements Evidence {
    /** Validates the parts. */
    public NoLogin {
      requireNonNull(start, "start");
      requireNonNull(end, "end");
    }
  }

  /**
   * A user who logged in but held no billable tier for the minimum time (R3): the billable tiers
   * ({@code billable}; every tier of the catalogue when {@code anyTier}), the minimum, and every
   * tier held for some time, with that time, before the deletion when there was one.
   */
  record NoQualifyingTier(
      Login login,
      List<LicenseTier> billable,
      boolean anyTier,
      Duration minimum,
      SortedMap<LicenseTier, Duration> held,
      Optional<Instant> deletedAt)
      implements Evidence {
    /** Copies the parts. */
    public NoQualifyingTier {
      requireNonNull(login, "login");
      billable = List.copyOf(billable);
      requireNonNull(minimum, "minimum");
      held = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(held));
      requireNonNull(deletedAt, "deletedAt");
    }
  }

  /**
   * A concurrent user (R4, R5): the contact-center tier held and for how long, whether they logged
   * in, their on-queue time inside user-interface sessions and its first instant, the on-queue time
   * outside every session that was ignored, and {@code billedAt} under BILL_AT_HIGHEST.
   */
  record ConcurrentUser(
      LicenseTier tier,
      Duration held,
      boolean loggedIn,
      Duration onQueue,
      Optional<Instant> firstOnQueue,
      Duration ignored,
      Optional<LicenseTier> billedAt)
      implements Evidence {
    /** Validates the parts. */
    public ConcurrentUser {
      requireNonNull(tier, "tier");
      requireNonNull(held, "held");
      requireNonNull(onQueue, "onQueue");
      requireNonNull(firstOnQueue, "firstOnQueue");
      requireNonNull(ignored, "ignored");
      requireNonNull(billedAt, "billedAt");
    }
  }

  /** One user of a line and the evidence of their outcome. */
  record UserLine(String userId, Evidence evidence) {
    /** Validates the parts. */
    public UserLine {
      requireNonNull(userId, "userId");
      requireNonNull(evidence, "evidence");
    }
  }

  /** The users billed a seat of one tier by the named rules (R3), sorted by user id. */
  record SeatUsers(List<UserLine> users) implements Evidence {
    /** Copies the users. */
    public SeatUsers {
      users = List.copyOf(users);
    }
  }

  /** The billed users who held an add-on for the minimum time, with that time, by user id (R6). */
  record AddOnUsers(String addOn, SortedMap<String, Duration> heldByUser) implements Evidence {
    /** Copies the parts. */
    public AddOnUsers {
      requireNonNull(addOn, "addOn");
      heldByUser = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(heldByUser));
    }
  }

  /** One user on queue: the time inside user-interface sessions and its first instant (R5). */
  record OnQueueUser(String userId, Duration onQueue, Instant firstAt) {
    /** Validates the parts. */
    public OnQueueUser {
      requireNonNull(userId, "userId");
      requireNonNull(onQueue, "onQueue");
      requireNonNull(firstAt, "firstAt");
    }
  }

  /**
   * A concurrent seat line (R5): the sustained peak, the window length the policy asks for, and the
   * users on queue, sorted by user id.
   */
  record Peak(SustainedPeak peak, Duration peakWindow, List<OnQueueUser> users)
      implements Evidence {
    /** Copies the parts. */
    public Peak {
      requireNonNull(peak, "peak");
      requireNonNull(peakWindow, "peakWindow");
      users = List.copyOf(users);
    }
  }

  /**
   * A concurrent add-on line (R6): contact-center seats billed of the seats purchased, times the
   * add-ons purchased, rounded to {@code seats}.
   */
  record AddOnUsage(
      String addOn,
      long contactCenterSeats,
      long seatsPurchased,
      long addOnsPurchased,
      RoundingMode rounding,
      long seats)
      implements Evidence {
    /** Validates the parts. */
    public AddOnUsage {
      requireNonNull(addOn, "addOn");
      requireNonNull(rounding, "rounding");
    }

    /** The exact {@code contactCenterSeats x addOnsPurchased} before division. */
    public BigDecimal numerator() {
      return BigDecimal.valueOf(contactCenterSeats).multiply(BigDecimal.valueOf(addOnsPurchased));
    }
  }

  /** A one-time line (R8): the order, when it was placed, the SKU and the quantity. */
  record OrderItem(String orderId, Instant placedAt, String sku, long quantity)
      implements Evidence {
    /** Validates the parts. */
    public OrderItem {
      requireNonNull(orderId, "orderId");
      requireNonNull(placedAt, "placedAt");
      requireNonNull(sku, "sku");
    }
  }

  /** A hardware line (R8): the shipment, its order, when it shipped, the SKU and the quantity. */
  record ShipmentItem(
      String shipmentId, String orderId, Instant shippedAt, String sku, long quantity)
      implements Evidence {
    /** Validates the parts. */
    public ShipmentItem {
      requireNonNull(shipmentId, "shipmentId");
      requireNonNull(orderId, "orderId");
      requireNonNull(shippedAt, "shippedAt");
      requireNonNull(sku, "sku");
    }
  }

  /** Evidence of a rule of one's own, which renders itself. */
  non-sealed interface Custom extends Evidence {
    /** The sentences of the explanation, never empty. */
    List<String> lines();
  }

  /** Evidence given as sentences. */
  record Text(List<String> lines) implements Custom {
    /** Copies the sentences. */
    public Text {
      lines = List.copyOf(lines);
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("an explanation needs at least one sentence");
      }
    }
  }
}
