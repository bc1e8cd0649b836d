package dev.seatline.billing.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RulesOverviewTest {
  private static final Path RULES = Path.of("src/main/javadoc/RULES.md");

  private static String body(String... lines) {
    String html = RulesOverview.toHtml(List.of(lines));
    return html.substring(html.indexOf("<body>\n") + 7, html.indexOf("</body>"));
  }

  @Test
  void everyRuleOfTheRulesDocumentHasItsAnchorInOrder() throws IOException {
    String html = RulesOverview.toHtml(Files.readAllLines(RULES, StandardCharsets.UTF_8));
    Matcher ids = Pattern.compile("<h2 id=\"(R\\d+)\">").matcher(html);
    List<String> anchors = ids.results().map(r -> r.group(1)).toList();
    assertThat(anchors).isEqualTo(IntStream.rangeClosed(1, 17).mapToObj(n -> "R" + n).toList());
    assertThat(html)
        .contains("<title>Billing rules: what the library computes</title>")
        .contains("<h2 id=\"R1\">R1 Billing periods</h2>")
        .contains("(<a href=\"#R5\">R5</a>)")
        .contains("<code>A(n) &lt; X &lt;= A(n+1)</code>");
  }

  @Test
  void everyRuleLinkOfTheApiDocumentationHasItsAnchor() throws IOException {
    String html = RulesOverview.toHtml(Files.readAllLines(RULES, StandardCharsets.UTF_8));
    Pattern link = Pattern.compile("\\{@docRoot}/index\\.html#(\\w+)\"");
    List<String> targets;
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      targets =
          sources
              .filter(p -> p.toString().endsWith(".java"))
              .flatMap(p -> link.matcher(read(p)).results().map(r -> r.group(1)))
              .distinct()
              .toList();
    }
    assertThat(targets).contains("rules", "R1", "R12");
    assertThat(targets).allSatisfy(id -> assertThat(html).contains(" id=\"" + id + "\""));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void titleHeadingsParagraphsAndLists() {
    assertThat(
            body(
                "# Rules",
                "",
                "Intro over",
                "two lines.",
                "",
                "## R1 First",
                "- one",
                "  continued",
                "- two",
                "",
                "## Notes"))
        .isEqualTo(
            """
            <h1 id="rules">Rules</h1>
            <p>Intro over
            two lines.</p>
            <h2 id="R1">R1 First</h2>
            <ul>
            <li>one
            continued</li>
            <li>two</li>
            </ul>
            <h2>Notes</h2>
            """);
  }

  @Test
  void ruleNumbersLinkToTheirRuleOutsideCodeAndHeadings() {
    assertThat(body("# T", "## R1 A", "## R2 B, unlike R1", "See R1-R2, not `R1`, nor R12x."))
        .contains("<h2 id=\"R2\">R2 B, unlike R1</h2>")
        .contains(
            "<p>See <a href=\"#R1\">R1</a>-<a href=\"#R2\">R2</a>, not <code>R1</code>, nor"
                + " R12x.</p>");
  }

  @Test
  void codeEmphasisAndEscaping() {
    assertThat(body("# T", "a `x < \"y\" & *z*` is *configurable* & 1 < 2"))
        .isEqualTo(
            "<h1 id=\"rules\">T</h1>\n"
                + "<p>a <code>x &lt; &quot;y&quot; &amp; *z*</code> is <em>configurable</em>"
                + " &amp; 1 &lt; 2</p>\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "### Deeper",
        "1. numbered",
        "* starred",
        "| a | table |",
        "```",
        "> quote",
        "<p>"
      })
  void markdownOutsideTheSubsetIsRejectedWithItsLine(String line) {
    assertThatThrownBy(() -> body("# T", "", line))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("RULES.md line 3: Markdown outside the subset");
  }

  @Test
  void aRuleNumberWithoutItsHeadingIsRejected() {
    assertThatThrownBy(() -> body("# T", "## R1 A", "", "As R13 says."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RULES.md block at line 4: R13 has no rule heading");
  }

  @Test
  void malformedDocumentsAreRejected() {
    assertThatThrownBy(() -> body("No title.")).hasMessage("no '# ' title on the first line");
    assertThatThrownBy(() -> body("# T", "# Again"))
        .hasMessage("RULES.md line 2: a '# ' title is the first line only");
    assertThatThrownBy(() -> body("# T", "## R1 A", "## R1 B"))
        .hasMessage("two headings of rule R1");
    assertThatThrownBy(() -> body("# T", "- item", "not indented"))
        .hasMessage("RULES.md line 3: a list item continues on lines indented by two spaces");
    assertThatThrownBy(() -> body("# T", "", "a `b", "c"))
        .hasMessage("RULES.md block at line 3: an unclosed code span");
    assertThatThrownBy(() -> body("# T", "2 * 3"))
        .hasMessage("RULES.md block at line 2: a '*' that is not emphasis");
  }

  @Test
  void mainWritesThePage(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("sub/overview.html");
    RulesOverview.main(new String[] {RULES.toString(), out.toString()});
    assertThat(out).content(StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>");
    assertThatThrownBy(() -> RulesOverview.main(new String[] {"only-one"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("usage: RulesOverview RULES.md overview.html");
  }
}
