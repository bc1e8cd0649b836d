package dev.seatline.billing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import dev.seatline.billing.invoice.RatedPeriod;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.RatingInput;
import dev.seatline.billing.testing.SeatlineGenerators;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped test-jar on the module path beside the core, as another team's modular tests use it:
 * a module of its own, {@code dev.seatline.billing.testing}, holding that one package, split from
 * none of the core's and using only packages the core exports. Runs after {@code package} (the
 * surefire execution {@code module-path}), which passes the jar, the test-jar and the core's
 * runtime dependencies as the system properties {@code seatline.core.jar}, {@code
 * seatline.tests.jar} and {@code seatline.core.runtimePath}.
 */
class GeneratorsModuleJarIT {
  private static final String TESTING = "dev.seatline.billing.testing";
  private static final String CORE = "dev.seatline.billing";
  private static final long SEED = 42;
  private static final long TIMEOUT_SECONDS = 60;

  /** A module of another team's: requires the core and the test-jar, rates one input. */
  private static final String PROBE_MODULE =
      """
      module example.generators {
        requires dev.seatline.billing;
        requires dev.seatline.billing.testing;
      }
      """;

  private static final String PROBE_MAIN =
      """
      package example.generators;

      import dev.seatline.billing.BillingEngine;
      import dev.seatline.billing.invoice.RatedPeriod;
      import dev.seatline.billing.model.LicenseTier;
      import dev.seatline.billing.model.RatingInput;
      import dev.seatline.billing.testing.SeatlineGenerators;
      import java.util.SplittableRandom;

      public final class RateOne {
        public static void main(String[] args) {
          // one contact-center tier: rateable without an invalid-input error (R4)
          SeatlineGenerators generators =
              SeatlineGenerators.defaults().tiers(LicenseTier.COMMUNICATE, LicenseTier.PURECLOUD_2);
          RatingInput input =
              generators.ratingInputs().next(new SplittableRandom(Long.parseLong(args[0])));
          RatedPeriod rated = BillingEngine.withDefaults().rate(input, generators.periodIndex());
          System.out.println(RateOne.class.getModule().getName()
              + " " + SeatlineGenerators.class.getModule().getName()
              + " " + BillingEngine.class.getModule().getName());
          System.out.println(rated.organizationId() + " " + rated.users().size() + " users "
              + rated.invoices().size() + " invoices");
        }
      }
      """;

  @TempDir Path dir;

  private static Path file(String property) {
    Path file = Path.of(requireNonNull(System.getProperty(property), "-D" + property));
    assertThat(file).isRegularFile();
    return file;
  }

  private static Path coreJar() {
    return file("seatline.core.jar");
  }

  private static Path testsJar() {
    return file("seatline.tests.jar");
  }

  /** The core's runtime dependencies: Guava, jspecify and Guava's own. */
  private static List<String> runtimePath() {
    String path =
        requireNonNull(
            System.getProperty("seatline.core.runtimePath"), "-Dseatline.core.runtimePath");
    List<String> entries = Splitter.on(File.pathSeparatorChar).omitEmptyStrings().splitToList(path);
    assertThat(entries).anyMatch(e -> e.contains("guava")).anyMatch(e -> e.contains("jspecify"));
    return entries;
  }

  /** {@code first}, the jar, the test-jar and the core's runtime dependencies, as a path. */
  private static String modulePath(Path... first) {
    List<String> entries = new ArrayList<>();
    for (Path p : first) {
      entries.add(p.toString());
    }
    entries.add(coreJar().toString());
    entries.add(testsJar().toString());
    entries.addAll(runtimePath());
    return String.join(File.pathSeparator, entries);
  }

  private static ModuleDescriptor descriptor(Path jar) {
    Set<ModuleReference> modules = ModuleFinder.of(jar).findAll();
    assertThat(modules).hasSize(1);
    return modules.iterator().next().descriptor();
  }

  private record Run(int status, String out, String err) {}

  /** Runs {@code java ARGS} (the JVM running the tests), its output and error in files. */
  private Run java(String... args) throws Exception {
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("no exit within " + TIMEOUT_SECONDS + " s: " + command);
    }
    return new Run(p.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
  }

  @Test
  void theTestJarIsTheModuleDevSeatlineBillingTestingWithThatPackageOnly() throws Exception {
    ModuleDescriptor testing = descriptor(testsJar());
    assertThat(testing.name()).isEqualTo(TESTING);
    assertThat(testing.isAutomatic()).isTrue();
    assertThat(testing.packages()).containsExactly(TESTING);

    ModuleDescriptor core = descriptor(coreJar());
    assertThat(core.name()).isEqualTo(CORE);
    assertThat(core.packages()).doesNotContain(TESTING);

    Run run = java("--module-path", modulePath(), "--validate-modules");
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).doesNotContain("conflicts");
    assertThat(run.status()).isZero();
  }

  /**
   * Both modules in one boot layer: the launcher fails to start it when two modules hold one
   * package. (An automatic module does not bring in the named modules it uses, so the core is added
   * as well.)
   */
  @Test
  void theLauncherResolvesTheTestJarBesideTheCore() throws Exception {
    Run run =
        java(
            "--module-path",
            modulePath(),
            "--add-modules",
            TESTING + "," + CORE,
            "--describe-module",
            TESTING);
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith(TESTING + "@")
        .contains(" automatic\n")
        .contains("contains " + TESTING + "\n");
  }

  /**
   * Every package of the core's that the test-jar's classes use is exported: jdeps reads their
   * dependencies package by package.
   */
  @Test
  void theGeneratorsUseOnlyPackagesTheCoreExports() {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String runtime = String.join(File.pathSeparator, runtimePath());
    int status =
        jdeps.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "--multi-release",
            "17",
            "--module-path",
            coreJar() + File.pathSeparator + runtime,
            "-verbose:package",
            testsJar().toString());
    assertThat(err.toString()).isEmpty();
    assertThat(status).isZero();

    // after a summary of one line per module, one indented line per package used:
    // "   FROM-PACKAGE   ->   TO-PACKAGE   MODULE", MODULE followed by " (internal)" when the
    // package is not exported; "not found" instead of MODULE for a class on no path given
    assertThat(out.toString()).doesNotContain("not found");
    Pattern edge =
        Pattern.compile(
            "^[ \\t]+(\\S+)[ \\t]+->[ \\t]+(\\S+)[ \\t]+(.+?)[ \\t]*$", Pattern.MULTILINE);
    Set<String> used = new TreeSet<>();
    Matcher m = edge.matcher(out.toString());
    while (m.find()) {
      assertThat(m.group(1)).isEqualTo(TESTING);
      if (m.group(3).startsWith(CORE)) {
        assertThat(m.group(3)).as(m.group(0)).isEqualTo(CORE);
        used.add(m.group(2));
      }
    }
    Set<String> exported =
        descriptor(coreJar()).exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    assertThat(used).isNotEmpty().isSubsetOf(exported).doesNotContain(CORE + ".internal");
  }

  /**
   * A named module of another team's, compiled and run against the jars on the module path, rates
   * one generated input: the same result as here on the class path.
   */
  @Test
  void aModuleOnTheModulePathRatesAGeneratedInput() throws Exception {
    Path src = dir.resolve("src");
    Path main = src.resolve("example/generators/RateOne.java");
    Files.createDirectories(main.getParent());
    Files.writeString(src.resolve("module-info.java"), PROBE_MODULE, UTF_8);
    Files.writeString(main, PROBE_MAIN, UTF_8);
    Path classes = dir.resolve("classes");

    JavaCompiler javac = requireNonNull(javax.tools.ToolProvider.getSystemJavaCompiler(), "javac");
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int compiled =
        javac.run(
            null,
            diagnostics,
            diagnostics,
            "--module-path",
            modulePath(),
            "-d",
            classes.toString(),
            src.resolve("module-info.java").toString(),
            main.toString());
    assertThat(diagnostics.toString(UTF_8)).isEmpty();
    assertThat(compiled).isZero();

    Run run =
        java(
            "--module-path",
            modulePath(classes),
            "--add-modules",
            TESTING,
            "--module",
            "example.generators/example.generators.RateOne",
            Long.toString(SEED));
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();

    SeatlineGenerators generators =
        SeatlineGenerators.defaults().tiers(LicenseTier.COMMUNICATE, LicenseTier.PURECLOUD_2);
    RatingInput input = generators.ratingInputs().next(new SplittableRandom(SEED));
    RatedPeriod rated = BillingEngine.withDefaults().rate(input, generators.periodIndex());
    assertThat(run.out())
        .isEqualTo(
            "example.generators "
                + TESTING
                + " "
                + CORE
                + "\n"
                + rated.organizationId()
                + " "
                + rated.users().size()
                + " users "
                + rated.invoices().size()
                + " invoices\n");
  }
}
