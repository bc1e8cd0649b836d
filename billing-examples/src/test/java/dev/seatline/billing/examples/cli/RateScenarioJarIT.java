package dev.seatline.billing.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatline.billing.BillingEngine;
import dev.seatline.billing.examples.cli.TestScenarios.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code billing-rate.jar} as a user runs it, {@code java -jar billing-rate.jar ...}:
 * its manifest's version, its Main-Class and exit statuses, and what it holds of the core's
 * test-jar. Runs after {@code package} (the surefire execution {@code billing-rate-jar}), which
 * passes the jar and the project version as the system properties {@code seatline.jar} and {@code
 * seatline.version}.
 */
class RateScenarioJarIT {
  @TempDir Path dir;

  private static String jar() {
    String jar = requireNonNull(System.getProperty("seatline.jar"), "-Dseatline.jar");
    assertThat(Path.of(jar)).isRegularFile();
    return jar;
  }

  private Run java(byte[] stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("-jar", jar()));
    command.addAll(List.of(args));
    return ChildJvm.run(dir, stdin, command);
  }

  @Test
  void versionIsTheProjectVersionFromTheManifest() throws Exception {
    String version = requireNonNull(System.getProperty("seatline.version"), "-Dseatline.version");
    Run run = java(new byte[0], "--version");
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isEqualTo(RateScenario.OK);
    assertThat(run.out()).isEqualTo("billing-rate " + version + "\n");
  }

  @Test
  void ratesAScenarioOnStandardInput() throws Exception {
    Run run = java(TestScenarios.BASE.getBytes(UTF_8), "-");
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isEqualTo(RateScenario.OK);
    assertThat(VectorChecker.parse(run.out()).get("invoices")).hasSize(3);
  }

  @Test
  void invalidInputExitsTwoWithOneLine() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.json"), "{\"organization\": 1}");
    Run run = java(new byte[0], file.toString());
    assertThat(run.status()).isEqualTo(RateScenario.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("organization: must be an object, was the number 1\n");
  }

  @Test
  void writesTheHtmlReportBesideTheResult() throws Exception {
    Path report = dir.resolve("report.html");
    Run run = java(TestScenarios.BASE.getBytes(UTF_8), "--html", report.toString(), "-");
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isEqualTo(RateScenario.OK);
    assertThat(VectorChecker.parse(run.out()).get("invoices")).hasSize(3);
    assertThat(Files.readString(report, UTF_8))
        .startsWith("<!DOCTYPE html>")
        .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"call-ports\"")
        .contains("2026-01-15 00:00 \u221205:00 through 2026-02-14 23:59:59 \u221205:00");
  }

  @Test
  void anUnknownOptionExitsOne() throws Exception {
    Run run = java(new byte[0], "--foo");
    assertThat(run.status()).isEqualTo(RateScenario.FAILURE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("unknown option '--foo'; see --help\n");
  }

  /** The names of the class files in a jar or under a directory, "/" between the parts. */
  private static Set<String> classFiles(Path jarOrDirectory) throws IOException {
    if (Files.isDirectory(jarOrDirectory)) {
      try (Stream<Path> files = Files.walk(jarOrDirectory)) {
        return files
            .map(f -> jarOrDirectory.relativize(f).toString().replace('\\', '/'))
            .filter(n -> n.endsWith(".class"))
            .collect(Collectors.toCollection(TreeSet::new));
      }
    }
    try (ZipFile zip = new ZipFile(jarOrDirectory.toFile())) {
      return Collections.list(zip.entries()).stream()
          .map(ZipEntry::getName)
          .filter(n -> n.endsWith(".class"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /**
   * Only what the command line runs: no generators of the core's test-jar, no benchmark, no JMH or
   * its dependencies; every class of {@code dev.seatline.billing} outside the examples is one of
   * the core's jar.
   */
  @Test
  void holdsOnlyWhatTheCommandLineRuns() throws Exception {
    Path core =
        Path.of(
            requireNonNull(BillingEngine.class.getProtectionDomain().getCodeSource())
                .getLocation()
                .toURI());
    Set<String> coreClasses = classFiles(core);
    assertThat(coreClasses).contains("dev/seatline/billing/BillingEngine.class");

    Set<String> others = new TreeSet<>();
    Set<String> unwanted = new TreeSet<>();
    for (String name : classFiles(Path.of(jar()))) {
      if (name.startsWith("dev/seatline/billing/testing/")
          || name.startsWith("dev/seatline/billing/examples/bench/")
          || name.startsWith("org/openjdk/jmh/")
          || name.startsWith("org/apache/commons/math3/")
          || name.startsWith("joptsimple/")) {
        unwanted.add(name);
      } else if (name.startsWith("dev/seatline/billing/")
          && !name.startsWith("dev/seatline/billing/examples/")) {
        others.add(name);
      }
    }
    assertThat(others).isNotEmpty().isSubsetOf(coreClasses);
    assertThat(unwanted).isEmpty();
  }
}
