package dev.seatline.billing.rating;

import static dev.seatline.billing.internal.Durations.readable;

import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.Login;
import dev.seatline.billing.rating.RatingPolicy.PeakBasis;
import dev.seatline.billing.rating.RatingPolicy.PeakMeasure;
import dev.seatline.billing.rating.RatingPolicy.PortMeasure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Renders {@link Evidence} into the sentences of an explanation: the one place that writes them.
 */
final class Explanations {
  private Explanations() {}

  /** The sentences of a line's explanation (R12). */
  static List<String> lines(Evidence e) {
    if (e instanceof Evidence.SeatUsers s) {
      List<String> out = new ArrayList<>(s.users().size());
      for (Evidence.UserLine u : s.users()) {
        out.add(u.userId() + ": " + user(u.evidence()));
      }
      return out;
    }
    if (e instanceof Evidence.AddOnUsers a) {
      List<String> out = new ArrayList<>(a.heldByUser().size());
      a.heldByUser().forEach((id, d) -> out.add(id + ": " + a.addOn() + " held " + readable(d)));
      return out;
    }
    if (e instanceof Evidence.Peak p) {
      return peak(p);
    }
    if (e instanceof Evidence.AddOnUsage a) {
      return List.of(addOnUsage(a));
    }
    if (e instanceof PortUsage p) {
      return List.of(ports(p));
    }
    if (e instanceof MeterUsage m) {
      return meter(m);
    }
    if (e instanceof Evidence.OrderItem o) {
      return List.of(
          "order "
              + o.orderId()
              + " placed "
              + o.placedAt()
              + ": "
              + o.quantity()
              + " x "
              + o.sku());
    }
    if (e instanceof Evidence.ShipmentItem s) {
      return List.of(
          "shipment "
              + s.shipmentId()
              + " of order "
              + s.orderId()
              + " shipped "
              + s.shippedAt()
              + ": "
              + s.quantity()
              + " x "
              + s.sku());
    }
    if (e instanceof Evidence.CommittedSeats c) {
      return List.of(committedSeats(c));
    }
    if (e instanceof Evidence.Overage o) {
      return overage(o);
    }
    if (e instanceof Evidence.HourlyUsers h) {
      return hourly(h);
    }
    if (e instanceof Evidence.MinimumShortfall m) {
      return List.of(minimum(m));
    }
    if (e instanceof Evidence.Correction c) {
      return correction(c);
    }
    if (e instanceof Evidence.Custom c) {
      return List.copyOf(c.lines());
    }
    return List.of(user(e));
  }

  /**
   * The sentences of a correction line (R13): the quantity and amount before and after, the users
   * added and removed, and what changed in the evidence of a peak, a port line or an order item.
   */
  private static List<String> correction(Evidence.Correction c) {
    List<String> out = new ArrayList<>();
    BigDecimal amount = c.amount().amount();
    out.add(
        "quantity "
            + c.quantityBefore().toPlainString()
            + " -> "
            + c.quantityAfter().toPlainString()
            + ", amount "
            + c.amountBefore()
            + " -> "
            + c.amountAfter()
            + (amount.signum() > 0
                ? " (debit " + amount.toPlainString() + ")"
                : amount.signum() < 0 ? " (credit " + amount.negate().toPlainString() + ")" : ""));
    userChanges(c.users(), true).ifPresent(out::add);
    userChanges(c.users(), false).ifPresent(out::add);
    Evidence before = c.before().orElse(null);
    Evidence after = c.after().orElse(null);
    if (before instanceof Evidence.Peak || after instanceof Evidence.Peak) {
      out.add(peakChange(before, after, c.quantityBefore()));
    } else if (before instanceof PortUsage || after instanceof PortUsage) {
      out.add(portChange(before, after));
    } else if (after == null) {
      out.add("no longer in the fresh rating: fully credited");
    }
    if (!c.beforeExplanation().isEmpty()) {
      out.add("as invoiced: " + String.join("; ", c.beforeExplanation()));
    }
    return out;
  }

  private static Optional<String> userChanges(List<Evidence.UserChange> changes, boolean added) {
    List<String> ids = new ArrayList<>();
    for (Evidence.UserChange u : changes) {
      if (u.added() != added) {
        continue;
      }
      Optional<LicenseTier> other = added ? u.tierBefore() : u.tierAfter();
      Optional<LicenseTier> own = added ? u.tierAfter() : u.tierBefore();
      String note = "";
      if (other.isEmpty()) {
        note = added ? " (not billed before)" : " (not billed now)";
      } else if (!other.equals(own)) {
        note = (added ? " (was " : " (now ") + other.get() + ")";
      }
      ids.add(u.userId() + note);
    }
    return ids.isEmpty()
        ? Optional.empty()
        : Optional.of((added ? "users added: " : "users removed: ") + String.join(", ", ids));
  }

  /** {@code sustained peak 3 -> 4 PURECLOUD_3 users on queue; window [a, b) -> [c, d)}. */
  private static String peakChange(
      @Nullable Evidence before, @Nullable Evidence after, BigDecimal seatsBefore) {
    SustainedPeak b = before instanceof Evidence.Peak p ? p.peak() : null;
    SustainedPeak a = after instanceof Evidence.Peak p ? p.peak() : null;
    SustainedPeak any = a != null ? a : b;
    if (any == null) {
      throw new IllegalStateException("neither side is a peak");
    }
    String level =
        "sustained peak "
            + (b == null ? seatsBefore.toPlainString() : String.valueOf(b.seats()))
            + " -> "
            + (a == null ? "0" : String.valueOf(a.seats()))
            + " "
            + any.tier()
            + " users on queue; window ";
    return b == null
        ? level + "now " + (a == null ? "none" : window(a))
        : level + window(b) + " -> " + (a == null ? "none" : window(a));
  }

  private static String window(SustainedPeak peak) {
    return peak.window().map(Object::toString).orElse("none");
  }

  /** {@code excess port-seconds 2559600 -> 2563200; included ports 2 -> 2}. */
  private static String portChange(@Nullable Evidence before, @Nullable Evidence after) {
    PortUsage b = before instanceof PortUsage p ? p : null;
    PortUsage a = after instanceof PortUsage p ? p : null;
    if (a == null) {
      return "excess port-seconds "
          + (b == null ? "" : b.excessPortSeconds().toPlainString() + " ")
          + "-> 0";
    }
    return b == null
        ? "excess port-seconds now "
            + a.excessPortSeconds().toPlainString()
            + "; included ports now "
            + a.includedPorts()
        : "excess port-seconds "
            + b.excessPortSeconds().toPlainString()
            + " -> "
            + a.excessPortSeconds().toPlainString()
            + "; included ports "
            + b.includedPorts()
            + " -> "
            + a.includedPorts();
  }

  /** The sentence of a user's outcome (R12). */
  static String user(Evidence e) {
    if (e instanceof Evidence.NamedUser n) {
      StringBuilder s =
          new StringBuilder(login(n.login()))
              .append("; ")
              .append(n.tier())
              .append(" held ")
              .append(readable(n.held()));
      n.deletedAt()
          .ifPresent(
              d ->
                  s.append(" before the deletion at ")
                      .append(d)
                      .append(", billed for the whole period"));
      n.billedAt().ifPresent(t -> s.append(mixedNote(n.tier(), t)));
      return s.toString();
    }
    if (e instanceof Evidence.NoLogin n) {
      return noLogin(n);
    }
    if (e instanceof Evidence.NoQualifyingTier n) {
      return login(n.login()) + "; " + noQualifyingTier(n);
    }
    if (e instanceof Evidence.ConcurrentUser c) {
      return concurrentUser(c);
    }
    return String.join("; ", lines(e));
  }

  private static String login(Login login) {
    return login.atWindowStart()
        ? "logged in via " + login.channel() + " at or before the period start " + login.at()
        : "logged in via " + login.channel() + " at " + login.at();
  }

  private static String mixedNote(LicenseTier own, LicenseTier target) {
    return "; billed at "
        + target
        + " instead of "
        + own
        + ": contact-center tiers were mixed, policy BILL_AT_HIGHEST";
  }

  private static String noLogin(Evidence.NoLogin n) {
    if (!n.end().isAfter(n.start())) {
      return "no time rated: [" + n.start() + ", " + n.end() + ") is empty";
    }
    String text = "no DESKTOP, WEB or MOBILE session overlaps [" + n.start() + ", " + n.end() + ")";
    if (!n.anySession()) {
      return text + "; no session at all";
    }
    if (!n.userInterfaceSessions()) {
      return text + "; API sessions only, which are never billed";
    }
    return text
        + "; its user-interface sessions lie outside it"
        + (n.deleted() ? " or after its deletion" : "")
        + (n.apiSessions() ? "; API sessions are never billed" : "");
  }

  private static String noQualifyingTier(Evidence.NoQualifyingTier n) {
    StringBuilder held = new StringBuilder();
    n.held()
        .forEach(
            (tier, d) ->
                held.append(held.length() == 0 ? "" : ", ")
                    .append(tier)
                    .append(' ')
                    .append(readable(d)));
    String which =
        n.anyTier()
            ? "no licence"
            : "no "
                + String.join(
                    " or ", n.billable().stream().map(LicenseTier::name).sorted().toList())
                + " licence";
    String none =
        n.deletedAt().isPresent()
            ? " (no licence held in the period before the deletion at " + n.deletedAt().get() + ")"
            : " (no licence assigned in the period)";
    String deleted = n.deletedAt().map(d -> " before the deletion at " + d).orElse("");
    return which
        + " held for "
        + readable(n.minimum())
        + (held.length() == 0 ? none : " (held" + deleted + ": " + held + ")");
  }

  private static String concurrentUser(Evidence.ConcurrentUser c) {
    if (c.basis() == PeakBasis.LOGGED_IN) {
      StringBuilder text =
          new StringBuilder(c.tier().name())
              .append(" held ")
              .append(readable(c.held()))
              .append(" (a concurrent user, counted while logged in)");
      if (c.firstOnQueue().isEmpty()) {
        return text.append("; no DESKTOP, WEB or MOBILE session in the period").toString();
      }
      text.append("; logged in ")
          .append(readable(c.onQueue()))
          .append(", first at ")
          .append(c.firstOnQueue().get());
      c.billedAt().ifPresent(t -> text.append(mixedNote(c.tier(), t)));
      return text.toString();
    }
    StringBuilder text =
        new StringBuilder(c.tier().name())
            .append(" held ")
            .append(readable(c.held()))
            .append(" (a concurrent user)");
    String ignored =
        c.ignored().isZero()
            ? ""
            : "; "
                + readable(c.ignored())
                + " on queue outside every user-interface session ignored";
    if (c.firstOnQueue().isEmpty()) {
      text.append(
          c.loggedIn()
              ? "; never on queue inside a user-interface session"
              : "; no DESKTOP, WEB or MOBILE session in the period");
      return text + ignored;
    }
    text.append("; on queue ")
        .append(readable(c.onQueue()))
        .append(" inside user-interface sessions, first at ")
        .append(c.firstOnQueue().get())
        .append(ignored);
    c.billedAt().ifPresent(t -> text.append(mixedNote(c.tier(), t)));
    return text.toString();
  }

  private static List<String> peak(Evidence.Peak e) {
    SustainedPeak peak = e.peak();
    var window = peak.window().orElseThrow();
    String counted = e.basis() == PeakBasis.LOGGED_IN ? " users logged in" : " users on queue";
    String level = "sustained peak " + peak.seats() + " " + peak.tier() + counted;
    String summary =
        peak.measure() == PeakMeasure.CONTIGUOUS_WINDOW
            ? level
                + " throughout "
                + window
                + " ("
                + readable(window.duration())
                + "; at least "
                + peak.seats()
                + " for "
                + readable(peak.timeAtLevel())
                + ")"
            : level
                + " for "
                + readable(peak.timeAtLevel())
                + " in total (at least "
                + readable(e.peakWindow())
                + "), first throughout "
                + window
                + " ("
                + readable(window.duration())
                + ")";
    List<String> out = new ArrayList<>(e.users().size() + 1);
    out.add(summary + "; " + peak.usersOnQueue() + counted + " in the period");
    for (Evidence.OnQueueUser u : e.users()) {
      out.add(
          u.userId()
              + (e.basis() == PeakBasis.LOGGED_IN
                  ? ": logged in " + readable(u.onQueue()) + ", first at "
                  : ": on queue "
                      + readable(u.onQueue())
                      + " inside user-interface sessions, first at ")
              + u.firstAt());
    }
    return out;
  }

  private static String addOnUsage(Evidence.AddOnUsage a) {
    BigDecimal divisor = BigDecimal.valueOf(a.seatsPurchased());
    BigDecimal exact = a.numerator();
    return a.contactCenterSeats()
        + " of "
        + a.seatsPurchased()
        + " concurrent seats used "
        + approximately(
            BigDecimal.valueOf(a.contactCenterSeats()).multiply(BigDecimal.valueOf(100)), divisor)
        + "%; x "
        + a.addOnsPurchased()
        + " "
        + a.addOn()
        + " purchased "
        + approximately(exact, divisor)
        + (exact.remainder(divisor).signum() == 0
            ? ""
            : ", rounded " + a.rounding() + " to " + a.seats());
  }

  /** {@code "= 30"} when the quotient is exact in 4 decimals, else {@code "~ 33.3333"}. */
  private static String approximately(BigDecimal numerator, BigDecimal divisor) {
    BigDecimal q = numerator.divide(divisor, 4, RoundingMode.HALF_UP);
    boolean exact = q.multiply(divisor).compareTo(numerator) == 0;
    return (exact ? "= " : "~ ") + q.stripTrailingZeros().toPlainString();
  }

  private static String ports(PortUsage p) {
    StringBuilder s =
        new StringBuilder("included ports ").append(number(p.includedPorts())).append(" (");
    List<String> parts = new ArrayList<>();
    BigDecimal contactCenter = BigDecimal.ZERO;
    int contactCenterPorts = -1;
    boolean uniform = true;
    for (Map.Entry<LicenseTier, BigDecimal> e : p.seats().entrySet()) {
      if (e.getKey().isContactCenter() && e.getValue().signum() > 0) {
        contactCenter = contactCenter.add(e.getValue());
        uniform &= contactCenterPorts < 0 || contactCenterPorts == e.getKey().includedPorts();
        contactCenterPorts = e.getKey().includedPorts();
      }
    }
    if (contactCenter.signum() > 0 && uniform) {
      parts.add(plural(contactCenter, "contact-center seat") + " x " + contactCenterPorts);
    }
    for (Map.Entry<LicenseTier, BigDecimal> e : p.seats().entrySet()) {
      LicenseTier tier = e.getKey();
      if (e.getValue().signum() > 0 && (!tier.isContactCenter() || !uniform)) {
        String noun = tier.isContactCenter() ? tier.name() + " seat" : title(tier.name()) + " seat";
        parts.add(plural(e.getValue(), noun) + " x " + tier.includedPorts());
      }
    }
    s.append(parts.isEmpty() ? "no seats billed" : String.join(" + ", parts));
    s.append("); ").append(number(p.excessPortSeconds())).append(" excess port-seconds");
    if (p.measure() == PortMeasure.HOURLY_PEAK) {
      s.append(" (peak excess of each clock hour x 3600 s)");
    }
    return s.toString();
  }

  private static List<String> meter(MeterUsage m) {
    dev.seatline.billing.model.MeterTotal t = m.usage();
    String used = plain(t.used());
    StringBuilder first = new StringBuilder("used ").append(used).append(' ').append(t.meter());
    if (t.records() == 0) {
      first.append(": no records in the rated time");
    } else {
      first.append(": ").append(plural(t.records(), "record")).append(" in the rated time");
      if (t.increment().isPresent()) {
        first
            .append(", ")
            .append(plain(t.recorded()))
            .append(" as recorded; ")
            .append(t.roundedUp())
            .append(" rounded up to increments of ")
            .append(plain(t.increment().get()));
      }
    }
    List<String> parts = new ArrayList<>();
    for (MeterUsage.TierAllowance a : m.parts()) {
      parts.add(a.tier() + " " + plain(a.seats()) + " seats x " + plain(a.perSeat()));
    }
    if (m.perOrganization().signum() > 0) {
      parts.add("organization " + plain(m.perOrganization()));
    }
    String allowance =
        "allowance "
            + plain(m.allowance())
            + (parts.isEmpty() ? " (no allowance applies)" : " = " + String.join(" + ", parts));
    String overage =
        m.overage().signum() > 0
            ? "overage "
                + plain(m.overage())
                + " = used "
                + used
                + " - allowance "
                + plain(m.allowance())
            : "no overage: used " + used + " is within the allowance " + plain(m.allowance());
    return List.of(first.toString(), allowance, overage);
  }

  /** A decimal without trailing zeros or an exponent: {@code 61.1}, {@code 75000}. */
  private static String plain(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  /** A whole or terminating figure as it is; a rounded seat-equivalent as {@code ~ 2.0031}. */
  private static String number(BigDecimal value) {
    if (value.scale() < SeatRating.SEAT_EQUIVALENT_SCALE) {
      return value.toPlainString();
    }
    return "~ " + value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  private static String plural(BigDecimal n, String noun) {
    return number(n) + " " + noun + (n.compareTo(BigDecimal.ONE) == 0 ? "" : "s");
  }

  private static String committedSeats(Evidence.CommittedSeats c) {
    String use =
        c.billed() > c.committed()
            ? "; "
                + c.billed()
                + " billed in the period: "
                + (c.billed() - c.committed())
                + " above the commitment are OVERAGE"
            : "; "
                + c.billed()
                + " billed in the period, within the commitment"
                + (c.billed() < c.committed() ? " (unused committed seats are not refunded)" : "");
    return plural(c.committed(), c.tier() + " seat")
        + " committed, invoiced in advance at the period start "
        + c.periodStart()
        + " whatever the use"
        + use;
  }

  private static List<String> overage(Evidence.Overage o) {
    List<String> out = new ArrayList<>();
    out.add(
        o.billed()
            + " "
            + o.tier()
            + " seats billed, "
            + o.committed()
            + " committed (invoiced in advance): "
            + o.overage()
            + " above the commitment at the on-demand price");
    out.addAll(lines(o.seats()));
    return out;
  }

  private static List<String> hourly(Evidence.HourlyUsers h) {
    List<String> out = new ArrayList<>(h.timeByUser().size() + 1);
    out.add(
        h.tier()
            + ": "
            + h.timeByUser().size()
            + (h.timeByUser().size() == 1 ? " user" : " users")
            + " logged in "
            + readable(h.total())
            + " in total ("
            + hoursOf(h.total())
            + " h), rounded up to "
            + h.hours()
            + " h");
    h.timeByUser().forEach((id, d) -> out.add(id + ": logged in " + readable(d)));
    return out;
  }

  /** Exact hours, as a decimal when it terminates in 6 places, else {@code ~} 6 places. */
  private static String hoursOf(java.time.Duration d) {
    BigDecimal nanos =
        BigDecimal.valueOf(d.getSeconds())
            .scaleByPowerOfTen(9)
            .add(BigDecimal.valueOf(d.getNano()));
    return approximately(nanos, BigDecimal.valueOf(3_600_000_000_000L))
        .replace("= ", "")
        .replace("~ ", "~");
  }

  private static String minimum(Evidence.MinimumShortfall m) {
    return "minimum monthly amount "
        + m.minimum().amount().toPlainString()
        + "; recurring charges "
        + m.advance().plus(m.arrears()).amount().toPlainString()
        + " (in advance "
        + m.advance().amount().toPlainString()
        + ", in arrears "
        + m.arrears().amount().toPlainString()
        + "): "
        + m.shortfall().amount().toPlainString()
        + " short of the minimum"
        + (m.cancelled() ? " (a cancelled last period gets the full true-up, no proration)" : "");
  }

  private static String title(String name) {
    return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
