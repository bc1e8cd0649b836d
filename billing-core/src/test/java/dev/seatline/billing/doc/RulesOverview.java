package dev.seatline.billing.doc;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes billing-core's Javadoc overview page from the rules document, so that the rules have one
 * source: {@code src/main/javadoc/RULES.md}. The build runs it at {@code prepare-package}, before
 * the javadoc jar is made. Each rule heading {@code ## R3 Which tier...} gets the anchor {@code
 * id="R3"} that the API documentation links to, and every rule number in the text links to its
 * rule.
 *
 * <p>It reads the small subset of Markdown that RULES.md uses and rejects anything else, naming the
 * line: one {@code #} title first, {@code ##} headings, paragraphs, {@code -} lists whose items
 * continue on lines indented by two spaces, {@code `code`} and {@code *emphasis*}. A rule number
 * with no heading of its own is rejected too.
 *
 * <p>Usage: {@code RulesOverview RULES.md target/javadoc-overview/overview.html}.
 */
public final class RulesOverview {
  private static final Pattern RULE_HEADING = Pattern.compile("## (R\\d+) .+");
  private static final Pattern RULE_NUMBER = Pattern.compile("\\bR\\d+\\b");
  private static final Pattern EMPHASIS = Pattern.compile("\\*([^*\\s](?:[^*]*[^*\\s])?)\\*");

  private final Set<String> rules;
  private final StringBuilder body = new StringBuilder();
  private @Nullable String title;
  private @Nullable StringBuilder paragraph;
  private @Nullable StringBuilder item;
  private boolean inList;
  private int lineNumber;
  private int blockLine;

  private RulesOverview(Set<String> rules) {
    this.rules = rules;
  }

  /** Reads {@code args[0]} (RULES.md) and writes the overview page to {@code args[1]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: RulesOverview RULES.md overview.html");
    }
    Path out = Path.of(args[1]).toAbsolutePath();
    String html = toHtml(Files.readAllLines(Path.of(args[0]), UTF_8));
    Path dir = out.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Files.writeString(out, html, UTF_8);
  }

  /**
   * The overview page of the Markdown {@code lines}.
   *
   * @throws IllegalArgumentException naming the line, on Markdown outside the subset or a rule
   *     number without its heading
   */
  static String toHtml(List<String> lines) {
    Set<String> rules = new LinkedHashSet<>();
    for (String line : lines) {
      Matcher m = RULE_HEADING.matcher(line);
      if (m.matches() && !rules.add(m.group(1))) {
        throw new IllegalArgumentException("two headings of rule " + m.group(1));
      }
    }
    RulesOverview page = new RulesOverview(rules);
    for (String line : lines) {
      page.lineNumber++;
      page.read(line);
    }
    page.closeBlocks();
    if (page.title == null) {
      throw new IllegalArgumentException("no '# ' title on the first line");
    }
    return "<!DOCTYPE html>\n"
        + "<html lang=\"en\">\n"
        + "<head>\n"
        + "<meta charset=\"utf-8\">\n"
        + "<title>"
        + escape(page.title)
        + "</title>\n"
        + "<!-- Generated from src/main/javadoc/RULES.md at build time: edit that file. -->\n"
        + "</head>\n"
        + "<body>\n"
        + page.body
        + "</body>\n"
        + "</html>\n";
  }

  private void read(String line) {
    if (line.isBlank()) {
      closeBlocks();
    } else if (line.startsWith("# ")) {
      if (lineNumber != 1) {
        throw unsupported("a '# ' title is the first line only");
      }
      title = line.substring(2).strip();
      body.append("<h1 id=\"rules\">").append(escape(title)).append("</h1>\n");
    } else if (line.startsWith("## ")) {
      closeBlocks();
      Matcher m = RULE_HEADING.matcher(line);
      String text = line.substring(3).strip();
      blockLine = lineNumber;
      body.append(m.matches() ? "<h2 id=\"" + m.group(1) + "\">" : "<h2>")
          .append(inline(text, false))
          .append("</h2>\n");
    } else if (line.startsWith("- ")) {
      closeParagraph();
      closeItem();
      if (!inList) {
        body.append("<ul>\n");
        inList = true;
      }
      blockLine = lineNumber;
      item = new StringBuilder(line.substring(2).strip());
    } else if (line.startsWith("  ") && item != null) {
      item.append('\n').append(line.strip());
    } else if (inList) {
      throw unsupported("a list item continues on lines indented by two spaces");
    } else if (Character.isWhitespace(line.charAt(0))
        || line.matches("(#|>|\\||```|~~~|---|===|[*+] |\\d+[.)] |<).*")) {
      throw unsupported("Markdown outside the subset this page reads: " + line);
    } else if (paragraph == null) {
      blockLine = lineNumber;
      paragraph = new StringBuilder(line.strip());
    } else {
      paragraph.append('\n').append(line.strip());
    }
  }

  private void closeBlocks() {
    closeParagraph();
    closeItem();
    if (inList) {
      body.append("</ul>\n");
      inList = false;
    }
  }

  private void closeParagraph() {
    if (paragraph != null) {
      body.append("<p>").append(inline(paragraph.toString(), true)).append("</p>\n");
      paragraph = null;
    }
  }

  private void closeItem() {
    if (item != null) {
      body.append("<li>").append(inline(item.toString(), true)).append("</li>\n");
      item = null;
    }
  }

  /** Code spans, emphasis and (when {@code linkRules}) links to rules, the rest escaped. */
  private String inline(String text, boolean linkRules) {
    String[] parts = text.split("`", -1);
    if (parts.length % 2 == 0) {
      throw unsupportedInBlock("an unclosed code span");
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i % 2 == 1) {
        out.append("<code>").append(escape(parts[i])).append("</code>");
      } else {
        String prose = EMPHASIS.matcher(escape(parts[i])).replaceAll("<em>$1</em>");
        if (prose.indexOf('*') >= 0) {
          throw unsupportedInBlock("a '*' that is not emphasis");
        }
        out.append(linkRules ? linkRules(prose) : prose);
      }
    }
    return out.toString();
  }

  private String linkRules(String prose) {
    Matcher m = RULE_NUMBER.matcher(prose);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      if (!rules.contains(m.group())) {
        throw unsupportedInBlock(m.group() + " has no rule heading");
      }
      m.appendReplacement(out, "<a href=\"#$0\">$0</a>");
    }
    m.appendTail(out);
    return out.toString();
  }

  /** An error at the current line. */
  private IllegalArgumentException unsupported(String what) {
    return new IllegalArgumentException("RULES.md line " + lineNumber + ": " + what);
  }

  /** An error in the paragraph, list item or heading that starts at {@link #blockLine}. */
  private IllegalArgumentException unsupportedInBlock(String what) {
    return new IllegalArgumentException("RULES.md block at line " + blockLine + ": " + what);
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
