package dev.seatline.billing.examples.report;

import dev.seatline.billing.invoice.Invoice;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.IntervalSet;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.LineCode;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.model.UsageInterval;
import dev.seatline.billing.model.UserUsage;
import dev.seatline.billing.rating.LineItem;
import dev.seatline.billing.rating.NotBilledReason;
import dev.seatline.billing.rating.PortUsage;
import dev.seatline.billing.rating.RatingPolicy.PeakMeasure;
import dev.seatline.billing.rating.SustainedPeak;
import dev.seatline.billing.rating.UserOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A rated period as one self-contained HTML page (R5, R7, R9, R12): no script, no external
 * resource, inline CSS and one inline SVG per chart. It shows
 *
 * <ul>
 *   <li>the organization, the period and the seats billed per tier;
 *   <li>for each contact-center tier of a CONCURRENT organization, the users on queue over the
 *       rated time (R5: the number of the tier's users counted as CONCURRENT whose on-queue time
 *       and user-interface sessions both cover the instant, from the input's {@link
 *       dev.seatline.billing.model.RatedWindow}), with the sustained window shaded and the billed
 *       seats drawn as a horizontal line, and the same for the local day of the window;
 *   <li>the concurrent calls of the port samples over the rated time (R7), with the included ports
 *       as a horizontal line and the excess above them shaded;
 *   <li>every invoice as a table: lines, quantities, unit prices, amounts, total, issue and due
 *       dates;
 *   <li>the users not billed, by reason, with the explanation of each.
 * </ul>
 *
 * <p>Every time is shown in the organization's zone with its offset ({@code 2026-01-20 09:00
 * −05:00}), the instants of the library's explanations included; dates are local dates of that
 * zone. A chart draws each of its {@value Chart#COLUMNS} pixel columns at the largest value in the
 * column's time ({@link Chart} gives the scales), so a month of per-second samples stays a few
 * kilobytes and no peak is hidden; the figures in the text are exact. At most {@value
 * #USERS_LISTED} users are listed per reason and {@value #SENTENCES} sentences per line (the result
 * JSON has them all), so the page stays small for tenants of millions of intervals.
 *
 * <p>Stateless; the output depends only on its arguments. Example: {@code
 * HtmlReport.render(scenario.input(), rated)} starts with {@code <!DOCTYPE html>}.
 */
public final class HtmlReport {
  /** The most users listed for one reason they were not billed. */
  public static final int USERS_LISTED = 1000;

  /** The most sentences of a line's explanation shown in an invoice table. */
  public static final int SENTENCES = 3;

  private static final String STEPS_COLOR = "#1f5fbf";
  private static final String WINDOW_COLOR = "#f4b400";
  private static final String BILLED_COLOR = "#c0392b";
  private static final String INCLUDED_COLOR = "#2e7d32";
  private static final String EXCESS_COLOR = "#c0392b";
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  private static final String STYLE =
      """
      body { font-family: system-ui, sans-serif; color: #222; margin: 24px auto; max-width: 1240px;
             padding: 0 16px; line-height: 1.4; }
      h1 { font-size: 1.6em; margin-bottom: 0.2em; }
      h2 { font-size: 1.25em; margin-top: 1.8em; border-bottom: 1px solid #ccc; }
      h3 { font-size: 1.05em; }
      dl.facts { display: grid; grid-template-columns: max-content auto; gap: 2px 16px; }
      dl.facts dt { font-weight: 600; }
      dl.facts dd { margin: 0; }
      figure { margin: 12px 0 24px; }
      svg.chart { width: 100%; height: auto; max-width: 1200px; display: block; }
      figcaption { font-size: 0.9em; color: #444; max-width: 1200px; }
      table { border-collapse: collapse; margin: 8px 0 20px; font-size: 0.92em; }
      caption { text-align: left; font-weight: 600; padding: 4px 0; }
      th, td { border: 1px solid #ccc; padding: 3px 8px; vertical-align: top; text-align: left; }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      tfoot th, tfoot td { font-weight: 700; background: #f3f3f3; }
      td.why { font-size: 0.9em; color: #444; max-width: 560px; }
      table.invoice { width: 100%; }
      .legend { display: block; margin-bottom: 2px; }
      .key { display: inline-block; width: 14px; height: 10px; margin: 0 4px 0 8px; }
      .muted { color: #666; }
      """;

  private HtmlReport() {}

  /**
   * The report of {@code rated}, the result of rating {@code input}.
   *
   * @throws IllegalArgumentException if {@code rated} is not a rating of {@code input} (another
   *     organization, or other users)
   */
  public static String render(RatingInput input, RatedPeriod rated) {
    if (!input.organization().id().equals(rated.organizationId())
        || input.timeline().userCount() != rated.users().size()) {
      throw new IllegalArgumentException(
          "the rated period of " + rated.organizationId() + " is not a rating of this input");
    }
    return new Page(input, rated).render();
  }

  /** One page being written. */
  private static final class Page {
    private final RatingInput input;
    private final RatedPeriod rated;
    private final ZoneId zone;
    private final Instant start;
    private final Instant end;
    private final StringBuilder html = new StringBuilder(64 * 1024);

    Page(RatingInput input, RatedPeriod rated) {
      this.input = input;
      this.rated = rated;
      this.zone = rated.period().zone();
      this.start = rated.period().start();
      this.end = rated.ratedEnd();
    }

    String render() {
      String title =
          "Seatline rating report: "
              + rated.organizationId()
              + ", period "
              + rated.period().index();
      html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<title>")
          .append(Html.escape(title))
          .append("</title>\n<style>\n")
          .append(STYLE)
          .append("</style>\n</head>\n<body>\n");
      header();
      seats();
      if (input.organization().licensing() == LicensingModel.CONCURRENT) {
        usersOnQueue();
      }
      callPorts();
      invoices();
      notBilled();
      html.append("<footer class=\"muted\"><p>")
          .append(
              "Written by billing-rate from the rated period; the result JSON carries the same"
                  + " invoices and every user's outcome. No script and no external resource: the"
                  + " page is complete in itself.")
          .append("</p></footer>\n</body>\n</html>\n");
      return html.toString();
    }

    private String time(Instant instant) {
      return ReportFormat.time(instant, zone);
    }

    private void header() {
      html.append("<header>\n<h1>")
          .append(Html.escape(rated.organizationId()))
          .append(": period ")
          .append(rated.period().index())
          .append("</h1>\n<dl class=\"facts\">\n");
      fact("Licensing", input.organization().licensing().name());
      fact("Period", ReportFormat.period(rated.period()));
      if (!end.equals(rated.period().end())) {
        String why =
            rated.asOf().isPresent()
                ? "usage to date, as of " + time(rated.asOf().get())
                : "cancelled at " + time(rated.end());
        fact("Rated time", "until " + time(end) + " (" + why + ")");
      }
      fact("Time zone", zone.getId() + "; every time on this page is local, with its offset");
      fact("Currency", rated.currency().name() + " (amounts exclude taxes)");
      fact(
          "Recurring total",
          rated.currency() + " " + ReportFormat.grouped(rated.recurringInvoice().total().amount()));
      html.append("</dl>\n</header>\n");
    }

    private void fact(String name, String value) {
      html.append("<dt>")
          .append(Html.escape(name))
          .append("</dt><dd>")
          .append(Html.escape(value))
          .append("</dd>\n");
    }

    private void seats() {
      Map<LicenseTier, long[]> users = new TreeMap<>();
      for (UserOutcome u : rated.users()) {
        if (u.tier().isPresent()) {
          long[] counts = users.computeIfAbsent(u.tier().get(), t -> new long[2]);
          counts[u.countedAs() == LicensingModel.CONCURRENT ? 1 : 0]++;
        }
      }
      html.append("<section id=\"seats\">\n<h2>Seats billed</h2>\n");
      if (users.isEmpty()) {
        html.append("<p>No user is billed a seat.</p>\n</section>\n");
        return;
      }
      html.append("<table class=\"seats\">\n<thead><tr><th>Tier</th><th>Counted as</th>")
          .append("<th class=\"num\">Users</th><th class=\"num\">Seats billed</th></tr></thead>")
          .append("\n<tbody>\n");
      for (Map.Entry<LicenseTier, long[]> e : users.entrySet()) {
        long seats = rated.seats().seatsByTier().getOrDefault(e.getKey(), 0L);
        long named = e.getValue()[0];
        long concurrent = e.getValue()[1];
        if (named > 0) {
          seatRow(e.getKey(), "NAMED: one seat per billed user", named, named);
        }
        if (concurrent > 0) {
          seatRow(
              e.getKey(),
              "CONCURRENT: users counted on queue; seats = the sustained peak",
              concurrent,
              seats);
        }
      }
      html.append("</tbody>\n</table>\n</section>\n");
    }

    private void seatRow(LicenseTier tier, String countedAs, long users, long seats) {
      html.append("<tr><td>")
          .append(Html.escape(tier.name()))
          .append("</td><td>")
          .append(Html.escape(countedAs))
          .append("</td><td class=\"num\">")
          .append(ReportFormat.grouped(BigDecimal.valueOf(users)))
          .append("</td><td class=\"num\">")
          .append(ReportFormat.grouped(BigDecimal.valueOf(seats)))
          .append("</td></tr>\n");
    }

    private boolean noTimeRated() {
      if (end.isAfter(start)) {
        return false;
      }
      html.append("<p>No time is rated (the rated time ends where it starts, at ")
          .append(Html.escape(time(start)))
          .append("): there is nothing to draw.</p>\n");
      return true;
    }

    private void usersOnQueue() {
      html.append("<section id=\"users-on-queue\">\n<h2>Users on queue</h2>\n");
      html.append("<p>A concurrent user is on queue at an instant when one of their on-queue")
          .append(" intervals and one of their user-interface sessions (DESKTOP, WEB, MOBILE)")
          .append(" both cover it (R5). The seats billed for a tier are the largest number of its")
          .append(" users on queue throughout a window of the peak-window length.</p>\n");
      List<SustainedPeak> peaks = rated.seats().peaks();
      if (peaks.isEmpty()) {
        html.append("<p>No contact-center user was on queue inside a user-interface session:")
            .append(" no concurrent seat is billed.</p>\n</section>\n");
        return;
      }
      if (noTimeRated()) {
        html.append("</section>\n");
        return;
      }
      List<UserOutcome> outcomes = rated.users();
      List<UserUsage> users = input.window(start, end).users();
      for (SustainedPeak peak : peaks) {
        long[] starts = new long[64];
        long[] ends = new long[64];
        int n = 0;
        int counted = 0;
        for (int i = 0; i < outcomes.size(); i++) {
          UserOutcome o = outcomes.get(i);
          if (o.countedAs() == LicensingModel.CONCURRENT
              && o.tier().equals(Optional.of(peak.tier()))) {
            UserUsage u = users.get(i);
            if (!u.id().equals(o.userId())) {
              throw new IllegalArgumentException(
                  "user " + i + " of the input is " + u.id() + ", rated as " + o.userId());
            }
            IntervalSet onQueue = u.onQueue().intersection(u.userInterfaceSessions());
            if (n + onQueue.size() > starts.length) {
              int capacity = Math.max(starts.length * 2, n + onQueue.size());
              starts = Arrays.copyOf(starts, capacity);
              ends = Arrays.copyOf(ends, capacity);
            }
            n += onQueue.copyTo(starts, ends, n);
            counted++;
          }
        }
        long length = Duration.between(start, end).toNanos();
        StepFunction f = StepFunction.count(starts, ends, n, epochNanos(start), length);
        peakCharts(peak, f, counted, n);
      }
      html.append("</section>\n");
    }

    private void peakCharts(SustainedPeak peak, StepFunction f, int counted, int intervals) {
      String tier = peak.tier().name();
      long highest = f.max(0, f.length());
      html.append("<h3>")
          .append(Html.escape(tier))
          .append(": ")
          .append(peak.seats())
          .append(peak.seats() == 1 ? " seat" : " seats")
          .append(" billed</h3>\n<p>");
      if (peak.window().isPresent() && peak.measure() == PeakMeasure.CONTIGUOUS_WINDOW) {
        UsageInterval w = peak.window().get();
        html.append(peak.seats())
            .append(" users of ")
            .append(Html.escape(tier))
            .append(" were on queue throughout ")
            .append(Html.escape(window(w)))
            .append(" (")
            .append(ReportFormat.duration(w.duration()))
            .append("), the shaded window, and no window of that length had more; at least ")
            .append(peak.seats())
            .append(" were on queue for ")
            .append(ReportFormat.duration(peak.timeAtLevel()))
            .append(" at a stretch. ");
      } else if (peak.window().isPresent()) {
        UsageInterval w = peak.window().get();
        html.append("At least ")
            .append(peak.seats())
            .append(" users of ")
            .append(Html.escape(tier))
            .append(" were on queue for ")
            .append(ReportFormat.duration(peak.timeAtLevel()))
            .append(" in total (the accumulated-time measure); the first stretch, ")
            .append(Html.escape(window(w)))
            .append(", is shaded. ");
      } else {
        html.append("No window of the peak-window length had a user of ")
            .append(Html.escape(tier))
            .append(" on queue throughout: no seat is billed. ");
      }
      html.append(counted)
          .append(counted == 1 ? " user" : " users")
          .append(" counted on queue in the period (")
          .append(ReportFormat.grouped(BigDecimal.valueOf(intervals)))
          .append(" intervals on queue inside sessions); at most ")
          .append(highest)
          .append(" at once.</p>\n");

      long length = f.length();
      long[] columns = f.columnMax(0, length, Chart.COLUMNS);
      Chart month =
          new Chart(
              "on-queue-" + tier,
              tier + " users on queue over the rated time",
              start,
              start,
              end,
              zone,
              Math.max(max(columns), peak.seats()));
      figure(
          onQueueChart(month, columns, peak),
          tier + " users on queue, " + time(start) + " to " + time(end) + ".");

      if (peak.window().isPresent()) {
        UsageInterval w = peak.window().get();
        Instant dayStart = w.start().atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        Instant dayEnd =
            w.start().atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        Instant from = dayStart.isBefore(start) ? start : dayStart;
        Instant windowEnd = w.endOrThrow();
        Instant to = dayEnd.isBefore(windowEnd) ? windowEnd : dayEnd;
        if (to.isAfter(end)) {
          to = end;
        }
        long a = Duration.between(start, from).toNanos();
        long b = Duration.between(start, to).toNanos();
        long[] dayColumns = f.columnMax(a, b, Chart.COLUMNS);
        Chart day =
            new Chart(
                "on-queue-" + tier + "-day",
                tier + " users on queue on the day of the sustained window",
                start,
                from,
                to,
                zone,
                Math.max(max(dayColumns), peak.seats()));
        figure(
            onQueueChart(day, dayColumns, peak),
            "The same, " + time(from) + " to " + time(to) + ": the day of the window.");
      }
    }

    private String onQueueChart(Chart chart, long[] columns, SustainedPeak peak) {
      peak.window()
          .ifPresent(
              w ->
                  chart.shade(
                      w.start(),
                      w.endOrThrow(),
                      "sustained-window",
                      WINDOW_COLOR,
                      "sustained window, " + ReportFormat.duration(w.duration())));
      chart.steps(columns, "steps", STEPS_COLOR);
      chart.level(
          peak.seats(),
          "billed-level",
          BILLED_COLOR,
          "billed: " + peak.seats() + (peak.seats() == 1 ? " seat" : " seats"));
      return chart.svg()
          + "\n<figcaption><span class=\"legend\">"
          + key(STEPS_COLOR)
          + "users on queue inside a session"
          + key(WINDOW_COLOR)
          + "the sustained window"
          + key(BILLED_COLOR)
          + "the seats billed</span>";
    }

    /** A figure: the chart, the start of its caption (its key), then {@code caption}. */
    private void figure(String svgAndKey, String caption) {
      html.append("<figure>\n")
          .append(svgAndKey)
          .append(Html.escape(caption))
          .append(' ')
          .append(Html.escape(downsampling()))
          .append("</figcaption>\n</figure>\n");
    }

    private String downsampling() {
      return "Each of the "
          + ReportFormat.grouped(BigDecimal.valueOf(Chart.COLUMNS))
          + " pixel columns is drawn at the highest value reached in its time, so no peak is"
          + " hidden; the figures in the text are exact.";
    }

    private void callPorts() {
      html.append("<section id=\"call-ports\">\n<h2>Concurrent calls</h2>\n");
      if (noTimeRated()) {
        html.append("</section>\n");
        return;
      }
      Optional<PortUsage> usage = Optional.empty();
      for (LineItem line : rated.charges()) {
        if (line.code().equals(LineCode.EXCESS_CALL_PORTS)
            && line.evidence() instanceof PortUsage p) {
          usage = Optional.of(p);
        }
      }
      long included =
          usage
              .map(
                  p -> p.includedPorts().setScale(0, java.math.RoundingMode.FLOOR).longValueExact())
              .orElse(rated.seats().includedPorts());
      BigDecimal excessSeconds =
          usage
              .map(PortUsage::excessPortSeconds)
              .orElseGet(() -> input.window(start, end).callPorts().excessPortSeconds(included));
      int samples = input.window(start, end).callPorts().samplesInside();
      StepFunction f = StepFunction.ofSamples(input.callPorts(), start, end);
      long[] columns = f.columnMax(0, f.length(), Chart.COLUMNS);
      long highest = f.max(0, f.length());
      html.append("<p>The port samples form a step function (R7): a sample holds until the next,")
          .append(" the last one at or before the start gives the calls at the start. ")
          .append(ReportFormat.grouped(BigDecimal.valueOf(samples)))
          .append(samples == 1 ? " sample" : " samples")
          .append(" in the rated time; at most ")
          .append(ReportFormat.grouped(BigDecimal.valueOf(highest)))
          .append(" calls at once. Included ports: ")
          .append(ReportFormat.grouped(BigDecimal.valueOf(included)))
          .append(" (")
          .append(Html.escape(includedBy()))
          .append("). Excess: ")
          .append(
              ReportFormat.grouped(excessSeconds.divide(SECONDS_PER_HOUR, 4, RoundingMode.HALF_UP)))
          .append(" port-hours")
          .append(usage.isPresent() ? ", the EXCESS_CALL_PORTS line" : "")
          .append(".</p>\n");
      Chart chart =
          new Chart(
              "call-ports",
              "concurrent calls over the rated time",
              start,
              start,
              end,
              zone,
              Math.max(max(columns), included));
      chart.areaAbove(columns, included, "excess", EXCESS_COLOR);
      chart.steps(columns, "steps", STEPS_COLOR);
      chart.level(
          included,
          "included-ports",
          INCLUDED_COLOR,
          "included: " + included + (included == 1 ? " port" : " ports"));
      figure(
          chart.svg()
              + "\n<figcaption><span class=\"legend\">"
              + key(STEPS_COLOR)
              + "concurrent calls"
              + key(INCLUDED_COLOR)
              + "the included ports"
              + key(EXCESS_COLOR)
              + "the excess</span>",
          "Concurrent calls, "
              + time(start)
              + " to "
              + time(end)
              + "; the shaded excess is where a column's highest value is above the included"
              + " ports.");
      html.append("</section>\n");
    }

    /** {@code 2 per contact-center seat x 150 + 1 per COMMUNICATE seat x 82}. */
    private String includedBy() {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<LicenseTier, BigDecimal> e : rated.seats().seatBasis().entrySet()) {
        parts.add(
            e.getKey().includedPorts()
                + " per "
                + e.getKey().name()
                + " seat x "
                + ReportFormat.grouped(e.getValue()));
      }
      return parts.isEmpty() ? "no seat billed" : String.join(" + ", parts);
    }

    private void invoices() {
      html.append("<section id=\"invoices\">\n<h2>Invoices</h2>\n<p>Dates are local dates in ")
          .append(Html.escape(zone.getId()))
          .append("; every invoice is due 30 days after it is issued; no amount includes")
          .append(" taxes.</p>\n");
      for (Invoice invoice : rated.invoices()) {
        html.append("<table class=\"invoice\" data-kind=\"")
            .append(invoice.kind().name())
            .append("\">\n<caption>")
            .append(invoice.kind().name())
            .append(Html.escape(invoice.ref().map(r -> " " + r).orElse("")))
            .append(": issued <time class=\"issued\">")
            .append(invoice.issuedOn())
            .append("</time>, due <time class=\"due\">")
            .append(invoice.dueOn())
            .append("</time></caption>\n<thead><tr><th>Charge</th><th>Item</th>")
            .append("<th class=\"num\">Quantity</th><th class=\"num\">Unit price</th>")
            .append("<th class=\"num\">Amount</th><th>Why</th></tr></thead>\n<tbody>\n");
        for (LineItem line : invoice.lines()) {
          html.append("<tr><td class=\"code\">")
              .append(Html.escape(line.code().name()))
              .append("</td><td class=\"item\">")
              .append(Html.escape(line.item()))
              .append("</td><td class=\"num quantity\">")
              .append(ReportFormat.grouped(quantity(line)))
              .append("</td><td class=\"num unit-price\">")
              .append(ReportFormat.grouped(line.unitPrice()))
              .append("</td><td class=\"num amount\">")
              .append(ReportFormat.grouped(line.amount().amount()))
              .append("</td><td class=\"why\">")
              .append(Html.escape(explanation(line.explanation())))
              .append("</td></tr>\n");
        }
        if (invoice.lines().isEmpty()) {
          html.append("<tr><td colspan=\"6\" class=\"muted\">no lines</td></tr>\n");
        }
        html.append("</tbody>\n<tfoot><tr><th colspan=\"4\">Total</th><td class=\"num total\">")
            .append(rated.currency().name())
            .append(' ')
            .append(ReportFormat.grouped(invoice.total().amount()))
            .append("</td><td></td></tr></tfoot>\n</table>\n");
      }
      html.append("</section>\n");
    }

    /** The first sentences, times local, and how many more there are. */
    private String explanation(List<String> sentences) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < Math.min(SENTENCES, sentences.size()); i++) {
        b.append(i == 0 ? "" : "; ").append(ReportFormat.localTimes(sentences.get(i), zone));
      }
      if (sentences.size() > SENTENCES) {
        b.append("; and ")
            .append(ReportFormat.grouped(BigDecimal.valueOf(sentences.size() - SENTENCES)))
            .append(" more in the result JSON");
      }
      return b.toString();
    }

    private void notBilled() {
      Map<NotBilledReason, List<UserOutcome>> byReason = new EnumMap<>(NotBilledReason.class);
      for (UserOutcome u : rated.users()) {
        u.reason().ifPresent(r -> byReason.computeIfAbsent(r, k -> new ArrayList<>()).add(u));
      }
      int total = byReason.values().stream().mapToInt(List::size).sum();
      html.append("<section id=\"not-billed\">\n<h2>Not billed</h2>\n<p>");
      if (total == 0) {
        int users = rated.users().size();
        html.append(
                users == 0
                    ? "The input has no users."
                    : users == 1
                        ? "The one user of the input is billed."
                        : "Every one of the "
                            + ReportFormat.grouped(BigDecimal.valueOf(users))
                            + " users of the input is billed.")
            .append("</p>\n</section>\n");
        return;
      }
      html.append(ReportFormat.grouped(BigDecimal.valueOf(total)))
          .append(" of the ")
          .append(ReportFormat.grouped(BigDecimal.valueOf(rated.users().size())))
          .append(" users of the input are not billed.</p>\n");
      for (Map.Entry<NotBilledReason, List<UserOutcome>> e : byReason.entrySet()) {
        List<UserOutcome> users = e.getValue();
        html.append("<table class=\"not-billed\" data-reason=\"")
            .append(e.getKey().name())
            .append("\">\n<caption>")
            .append(Html.escape(e.getKey().text()))
            .append(": ")
            .append(ReportFormat.grouped(BigDecimal.valueOf(users.size())))
            .append(users.size() == 1 ? " user" : " users")
            .append("</caption>\n<thead><tr><th>User</th><th>Why</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < Math.min(USERS_LISTED, users.size()); i++) {
          UserOutcome u = users.get(i);
          html.append("<tr><td class=\"user\">")
              .append(Html.escape(u.userId()))
              .append("</td><td class=\"why\">")
              .append(Html.escape(ReportFormat.localTimes(u.explanation(), zone)))
              .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (users.size() > USERS_LISTED) {
          html.append("<p class=\"muted\">and ")
              .append(ReportFormat.grouped(BigDecimal.valueOf(users.size() - USERS_LISTED)))
              .append(" more, listed in the result JSON.</p>\n");
        }
      }
      html.append("</section>\n");
    }

    private String window(UsageInterval w) {
      return "[" + time(w.start()) + ", " + time(w.endOrThrow()) + ")";
    }
  }

  private static String key(String color) {
    return "<span class=\"key\" style=\"background:" + color + "\"></span>";
  }

  private static long max(long[] values) {
    long best = 0;
    for (long v : values) {
      best = Math.max(best, v);
    }
    return best;
  }

  /**
   * Port-hours with 4 decimals and metered usage at its own scale, as the result JSON shows them;
   * every other quantity whole.
   */
  static BigDecimal quantity(LineItem line) {
    BigDecimal q = line.quantity();
    if (line.code().equals(LineCode.USAGE)) {
      return q;
    }
    return line.code().equals(LineCode.EXCESS_CALL_PORTS)
        ? q.setScale(4, RoundingMode.HALF_UP)
        : q.setScale(0, RoundingMode.UNNECESSARY);
  }

  /** {@code instant} in epoch nanoseconds, saturated as the library's columns hold it. */
  static long epochNanos(Instant instant) {
    try {
      return Math.addExact(
          Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    } catch (ArithmeticException e) {
      return instant.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }
}
