package dev.seatline.billing.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every conformance vector ({@code conformance/vectors/NAME.scenario.json} with {@code
 * NAME.expected.json}; a correction vector, R13, also has {@code NAME.issued.json} and the {@code
 * --at} instant in {@code NAME.at.txt}) through {@link RateScenario#run}, the jar's code path, and
 * compares the outcome with {@link VectorChecker}, strictly (orders, reasons, organization and
 * currency too).
 */
class ConformanceVectorsTest {
  private static final int VECTORS_AT_LEAST = 16;

  static Stream<String> vectors() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(directory())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".scenario.json"))
          .map(n -> n.substring(0, n.length() - ".scenario.json".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void everyVectorHasAnExpectedResultAndANote() throws Exception {
    List<String> names = vectors().toList();
    assertThat(names).hasSizeGreaterThanOrEqualTo(VECTORS_AT_LEAST);
    for (String name : names) {
      assertThat(directory().resolve(name + ".expected.json")).exists();
      assertThat(directory().resolve(name + ".md")).exists();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void vectorConforms(String name) throws Exception {
    Path scenario = directory().resolve(name + ".scenario.json");
    JsonNode expected = VectorChecker.load(directory().resolve(name + ".expected.json"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path issued = directory().resolve(name + ".issued.json");
    String[] args =
        Files.exists(issued)
            ? new String[] {
              "--correct",
              issued.toString(),
              scenario.toString(),
              "--at",
              Files.readString(directory().resolve(name + ".at.txt")).strip()
            }
            : new String[] {scenario.toString()};
    int status =
        RateScenario.run(
            args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    String stdout = out.toString(UTF_8);
    String stderr = err.toString(UTF_8);

    if (VectorChecker.isError(expected)) {
      assertThat(VectorChecker.compareError(expected, status, stderr, stdout)).isEmpty();
      assertThat(stderr).startsWith(expected.get("error").textValue() + ": ");
    } else {
      assertThat(stderr).isEmpty();
      assertThat(status).isEqualTo(RateScenario.OK);
      assertThat(VectorChecker.compareResults(expected, VectorChecker.parse(stdout), true))
          .isEmpty();
    }
  }

  private static Path directory() throws URISyntaxException {
    URL url =
        Objects.requireNonNull(ConformanceVectorsTest.class.getResource("/conformance/vectors"));
    return Path.of(url.toURI());
  }
}
