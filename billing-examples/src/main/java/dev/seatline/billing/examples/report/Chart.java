package dev.seatline.billing.examples.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One chart of the HTML report as an inline SVG document (R5, R7): a step function drawn over a
 * time range, with a value axis, local-time ticks of the billing zone, and overlays (a shaded time
 * range, a horizontal level, the area above a level).
 *
 * <p>Geometry, in SVG user units ({@code viewBox="0 0 1200 300"}): the plot area spans x from
 * {@value #LEFT} to {@value #RIGHT} ({@value #COLUMNS} pixel columns) and y from {@value #TOP} (the
 * value axis' top) to {@value #BOTTOM} (0). An instant {@code t} of the range {@code [from, to)} is
 * at {@code x = 80 + 1080 * (t - from) / (to - from)}; a value {@code v} at {@code y = 250 - 220 *
 * v / top}, where {@code top} is the axis' top value: the smallest multiple of the tick step at or
 * above the largest value drawn, the step being the smallest of 1, 2, 5, 10, 20, 50 ... that needs
 * at most 5 steps (at least 1). The step function is drawn one pixel column at a time, at the
 * largest value in the column ({@link StepFunction#columnMax}). Coordinates are written with at
 * most 2 decimals.
 *
 * <p>Not thread-safe: one chart is built by one caller. Example: {@code new Chart(...).steps(f,
 * "#1f5fbf").svg()}.
 */
final class Chart {
  static final int WIDTH = 1200;
  static final int HEIGHT = 300;
  static final int LEFT = 80;
  static final int COLUMNS = 1080;
  static final int RIGHT = LEFT + COLUMNS;
  static final int TOP = 30;
  static final int BOTTOM = 250;
  static final int PLOT_HEIGHT = BOTTOM - TOP;

  static final String NAMESPACE = "http://www.w3.org/2000/svg";

  private static final int MAX_STEPS = 5;
  private static final int MIN_TICK_SPACING = 80;
  private static final long[] HOUR_STEPS = {1, 2, 3, 6, 12};
  private static final long[] DAY_STEPS = {1, 2, 3, 7, 14};
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
  private static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private final String id;
  private final String title;
  private final Instant ratedStart;
  private final Instant from;
  private final Instant to;
  private final long fromOffset;
  private final long toOffset;
  private final ZoneId zone;
  private final long top;
  private final long step;
  private final StringBuilder under = new StringBuilder();
  private final StringBuilder over = new StringBuilder();

  /**
   * A chart {@code id} of the range {@code [from, to)} (inside the rated time that starts at {@code
   * ratedStart}, {@code from < to}) whose value axis reaches at least {@code largest}.
   */
  Chart(
      String id,
      String title,
      Instant ratedStart,
      Instant from,
      Instant to,
      ZoneId zone,
      long largest) {
    this.id = id;
    this.title = title;
    this.ratedStart = ratedStart;
    this.from = from;
    this.to = to;
    this.fromOffset = Duration.between(ratedStart, from).toNanos();
    this.toOffset = Duration.between(ratedStart, to).toNanos();
    this.zone = zone;
    this.step = tickStep(largest);
    this.top = Math.max(step, ceilDiv(largest, step) * step);
  }

  /** The tick step of a value axis reaching {@code largest}: 1, 2, 5, 10, 20, 50 ... */
  static long tickStep(long largest) {
    long unit = 1;
    while (true) {
      for (long m : new long[] {1, 2, 5}) {
        long s = m * unit;
        if (ceilDiv(largest, s) <= MAX_STEPS) {
          return s;
        }
      }
      unit *= 10;
    }
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  /** The top of the value axis. */
  long top() {
    return top;
  }

  /** The x of {@code instant} (clamped to the plot). */
  double x(Instant instant) {
    return xOfOffset(Duration.between(ratedStart, instant).toNanos());
  }

  private double xOfOffset(long offset) {
    double fraction = (double) (offset - fromOffset) / (toOffset - fromOffset);
    return LEFT + COLUMNS * Math.max(0, Math.min(1, fraction));
  }

  /** The y of {@code value}. */
  double y(long value) {
    return BOTTOM - (double) PLOT_HEIGHT * value / top;
  }

  /** A step function given as the largest value of each pixel column, drawn column by column. */
  Chart steps(long[] columnMax, String cssClass, String color) {
    StringBuilder d = new StringBuilder("M").append(LEFT).append(' ').append(n(y(columnMax[0])));
    for (int j = 1; j < columnMax.length; j++) {
      if (columnMax[j] != columnMax[j - 1]) {
        d.append(" H").append(LEFT + j).append(" V").append(n(y(columnMax[j])));
      }
    }
    d.append(" H").append(RIGHT);
    over.append("<path class=\"")
        .append(cssClass)
        .append("\" d=\"")
        .append(d)
        .append("\" fill=\"none\" stroke=\"")
        .append(color)
        .append("\" stroke-width=\"1.5\" stroke-linejoin=\"round\"/>\n");
    return this;
  }

  /**
   * The area between {@code level} and the columns above it, shaded and outlined (so that one
   * column is still seen).
   */
  Chart areaAbove(long[] columnMax, long level, String cssClass, String color) {
    StringBuilder d = new StringBuilder();
    for (int j = 0; j < columnMax.length; j++) {
      if (columnMax[j] > level) {
        if (j == 0 || columnMax[j - 1] <= level) {
          d.append(d.length() == 0 ? "M" : " M").append(LEFT + j).append(' ').append(n(y(level)));
        }
        d.append(" V").append(n(y(columnMax[j]))).append(" H").append(LEFT + j + 1);
        if (j + 1 == columnMax.length || columnMax[j + 1] <= level) {
          d.append(" V").append(n(y(level))).append(" Z");
        }
      }
    }
    if (d.length() > 0) {
      under
          .append("<path class=\"")
          .append(cssClass)
          .append("\" d=\"")
          .append(d)
          .append("\" fill=\"")
          .append(color)
          .append("\" fill-opacity=\"0.35\" stroke=\"")
          .append(color)
          .append("\" stroke-width=\"1\"/>\n");
    }
    return this;
  }

  /** The time range {@code [start, end)} shaded, with a marker above the plot. */
  Chart shade(Instant start, Instant end, String cssClass, String color, String label) {
    double x0 = x(start);
    double x1 = x(end);
    under
        .append("<rect class=\"")
        .append(cssClass)
        .append("\" x=\"")
        .append(n(x0))
        .append("\" y=\"")
        .append(TOP)
        .append("\" width=\"")
        .append(n(x1 - x0))
        .append("\" height=\"")
        .append(PLOT_HEIGHT)
        .append("\" fill=\"")
        .append(color)
        .append("\" fill-opacity=\"0.45\" stroke=\"")
        .append(color)
        .append("\" stroke-width=\"1\"/>\n");
    double mid = (x0 + x1) / 2;
    over.append("<path class=\"marker\" d=\"M")
        .append(n(mid - 5))
        .append(' ')
        .append(TOP - 10)
        .append(" H")
        .append(n(mid + 5))
        .append(" L")
        .append(n(mid))
        .append(' ')
        .append(TOP - 2)
        .append(" Z\" fill=\"")
        .append(color)
        .append("\"/>\n");
    boolean rightHalf = mid > LEFT + COLUMNS / 2.0;
    text(
        over,
        rightHalf ? mid - 8 : mid + 8,
        TOP - 12,
        rightHalf ? "end" : "start",
        "marker-label",
        label);
    return this;
  }

  /** A horizontal line at {@code value}, labelled at its right end. */
  Chart level(long value, String cssClass, String color, String label) {
    double y = y(value);
    horizontal(
        over, cssClass, y, "stroke=\"" + color + "\" stroke-width=\"2\" stroke-dasharray=\"8 4\"");
    text(over, RIGHT - 4, y - 5, "end", cssClass + "-label", label);
    return this;
  }

  /** The SVG document. */
  String svg() {
    StringBuilder s = new StringBuilder(8192);
    s.append("<svg xmlns=\"")
        .append(NAMESPACE)
        .append("\" id=\"")
        .append(id)
        .append("\" class=\"chart\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-title\" font-family=\"sans-serif\" font-size=\"12\">\n");
    s.append("<title id=\"").append(id).append("-title\">").append(Html.escape(title));
    s.append("</title>\n");
    s.append("<rect class=\"plot\" x=\"")
        .append(LEFT)
        .append("\" y=\"")
        .append(TOP)
        .append("\" width=\"")
        .append(COLUMNS)
        .append("\" height=\"")
        .append(PLOT_HEIGHT)
        .append("\" fill=\"#fafafa\" stroke=\"#999\"/>\n");
    valueAxis(s);
    timeAxis(s);
    s.append(under).append(over);
    s.append("</svg>");
    return s.toString();
  }

  /** A line across the plot at {@code y}, of {@code cssClass}, with the SVG attributes given. */
  private static void horizontal(StringBuilder s, String cssClass, double y, String attributes) {
    s.append("<line class=\"")
        .append(cssClass)
        .append("\" x1=\"")
        .append(LEFT)
        .append("\" y1=\"")
        .append(n(y))
        .append("\" x2=\"")
        .append(RIGHT)
        .append("\" y2=\"")
        .append(n(y))
        .append("\" ")
        .append(attributes)
        .append("/>\n");
  }

  private void valueAxis(StringBuilder s) {
    for (long v = 0; v <= top; v += step) {
      double y = y(v);
      horizontal(s, "grid", y, "stroke=\"#ddd\"");
      text(
          s, LEFT - 8, y + 4, "end", "tick", ReportFormat.grouped(java.math.BigDecimal.valueOf(v)));
    }
  }

  private void timeAxis(StringBuilder s) {
    Duration range = Duration.between(from, to);
    double hoursPerLabel = range.toSeconds() / 3600.0 * MIN_TICK_SPACING / COLUMNS;
    List<Instant> ticks = new ArrayList<>();
    DateTimeFormatter format = DAY;
    long hours = 0;
    for (long h : HOUR_STEPS) {
      if (h >= hoursPerLabel) {
        hours = h;
        break;
      }
    }
    if (hours > 0) {
      format = HOUR;
      ZonedDateTime t = from.atZone(zone).truncatedTo(ChronoUnit.HOURS);
      while (t.toInstant().isBefore(to)) {
        if (t.getHour() % hours == 0 && !t.toInstant().isBefore(from)) {
          ticks.add(t.toInstant());
        }
        t = t.plusHours(1);
      }
    } else {
      long days = DAY_STEPS[DAY_STEPS.length - 1];
      for (long d : DAY_STEPS) {
        if (d * 24 >= hoursPerLabel) {
          days = d;
          break;
        }
      }
      LocalDate first = from.atZone(zone).toLocalDate();
      for (LocalDate day = first; ; day = day.plusDays(days)) {
        Instant midnight = day.atStartOfDay(zone).toInstant();
        if (!midnight.isBefore(to)) {
          break;
        }
        if (!midnight.isBefore(from)) {
          ticks.add(midnight);
        }
      }
    }
    for (Instant t : ticks) {
      double x = x(t);
      s.append("<line class=\"time-tick\" x1=\"")
          .append(n(x))
          .append("\" y1=\"")
          .append(BOTTOM)
          .append("\" x2=\"")
          .append(n(x))
          .append("\" y2=\"")
          .append(BOTTOM + 5)
          .append("\" stroke=\"#666\"/>\n");
      text(s, x, BOTTOM + 18, "middle", "tick", format.format(t.atZone(zone)));
    }
    text(s, LEFT + COLUMNS / 2.0, BOTTOM + 40, "middle", "axis-title", axisTitle());
  }

  /** {@code local time, America/New_York (−05:00)}, naming any change of offset in the range. */
  String axisTitle() {
    StringBuilder b = new StringBuilder("local time, ").append(zone.getId()).append(" (");
    ZoneOffset offset = zone.getRules().getOffset(from);
    b.append(ReportFormat.offset(offset));
    Instant t = from;
    for (int i = 0; i < 8; i++) {
      @Nullable ZoneOffsetTransition next = zone.getRules().nextTransition(t);
      if (next == null || !next.getInstant().isBefore(to)) {
        break;
      }
      b.append("; ")
          .append(ReportFormat.offset(next.getOffsetAfter()))
          .append(" from ")
          .append(ReportFormat.time(next.getInstant(), zone));
      t = next.getInstant();
    }
    return b.append(')').toString();
  }

  private static void text(
      StringBuilder s, double x, double y, String anchor, String cssClass, String text) {
    s.append("<text class=\"")
        .append(cssClass)
        .append("\" x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\" fill=\"#333\">")
        .append(Html.escape(text))
        .append("</text>\n");
  }

  /** {@code value} with at most 2 decimals, trailing zeros dropped: {@code 103.33}, {@code 80}. */
  static String n(double value) {
    long hundredths = Math.round(value * 100);
    if (hundredths == 0) {
      return "0";
    }
    String sign = hundredths < 0 ? "-" : "";
    long abs = Math.abs(hundredths);
    long whole = abs / 100;
    long fraction = abs % 100;
    if (fraction == 0) {
      return sign + whole;
    }
    return fraction % 10 == 0
        ? sign + whole + "." + fraction / 10
        : sign + whole + "." + (fraction < 10 ? "0" : "") + fraction;
  }
}
