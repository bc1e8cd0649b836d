package dev.seatline.billing.examples.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.examples.report.HtmlReport;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.RatingInput;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Renders the HTML report of the demo's CONCURRENT {@link SampleOrganization} and takes a
 * screenshot of it with headless Chromium ({@code mvn -B -DskipTests package -Preport-screenshot}
 * writes {@code billing-examples/target/report.html} and {@code report.png}).
 *
 * <p>Arguments: the report file, the PNG file. Chromium is the system property {@code chromium}
 * when set, else the first of {@code chromium}, {@code chromium-browser} and {@code google-chrome}
 * on the {@code PATH}; without one the report is still written, the screenshot is skipped with a
 * message saying so, and the exit status is 0. A Chromium that fails or leaves no PNG is exit 1.
 */
public final class ReportScreenshot {
  private static final List<String> BROWSERS =
      List.of("chromium", "chromium-browser", "google-chrome");

  /** The header, the seats and the two charts of the users on queue. */
  private static final String WINDOW = "1200,1380";

  private static final long TIMEOUT_SECONDS = 120;

  private ReportScreenshot() {}

  /** Writes the report and the screenshot; see the class comment. */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 2) {
      System.err.println("usage: ReportScreenshot REPORT.html REPORT.png");
      System.exit(1);
    }
    Path html = Path.of(args[0]).toAbsolutePath();
    Path png = Path.of(args[1]).toAbsolutePath();
    RatingInput input =
        SampleOrganization.generate(LicensingModel.CONCURRENT, SampleOrganization.SEED);
    RatedPeriod rated = BillingEngine.withDefaults().rate(input, 0);
    Files.writeString(html, HtmlReport.render(input, rated), UTF_8);
    System.out.println("report-screenshot: wrote " + html);

    Optional<Path> browser = browser();
    if (browser.isEmpty()) {
      System.out.println(
          "report-screenshot: SKIPPED, no Chromium found (tried "
              + String.join(", ", BROWSERS)
              + " on the PATH); install it (apt-get install chromium) or name it with"
              + " -Dchromium=/path/to/chromium");
      return;
    }
    Files.deleteIfExists(png);
    Path log = png.resolveSibling(png.getFileName() + ".log");
    Process p =
        new ProcessBuilder(
                browser.get().toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--screenshot=" + png,
                "--window-size=" + WINDOW,
                html.toUri().toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium did not finish in " + TIMEOUT_SECONDS + " s; its output is in " + log);
    }
    if (p.exitValue() != 0 || !Files.isRegularFile(png)) {
      fail("Chromium exited " + p.exitValue() + " without a screenshot; its output is in " + log);
    }
    System.out.println(
        "report-screenshot: wrote "
            + png
            + " ("
            + Files.size(png) / 1024
            + " KiB) with "
            + browser.get());
  }

  private static void fail(String message) {
    System.err.println("report-screenshot: " + message);
    System.exit(1);
  }

  private static Optional<Path> browser() {
    String named = System.getProperty("chromium", "");
    if (!named.isBlank()) {
      return Optional.of(Path.of(named));
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : BROWSERS) {
      for (String dir : path.split(File.pathSeparator, -1)) {
        if (dir.isEmpty()) {
          continue;
        }
        Path candidate = Path.of(dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
