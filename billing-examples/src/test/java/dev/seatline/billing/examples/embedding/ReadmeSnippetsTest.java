package dev.seatline.billing.examples.embedding;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code ```java} block of the repository's {@code README.md} compiles as pasted, against the
 * test class path. A block that declares a type (a line starting with {@code class}, {@code
 * interface}, {@code enum} or {@code record}, after any modifiers) is a compilation unit of its
 * own, in the default package. Any other block is its own imports followed by statements, compiled
 * as {@code class Snippet { void run() throws Exception { ... } }} with only those imports. Each
 * block is compiled together with the types that the README's other blocks declare, as they would
 * be by a reader who pastes them all into one package.
 */
class ReadmeSnippetsTest {
  private static final Pattern TYPE =
      Pattern.compile(
          "^(?:(?:public|final|abstract|sealed|non-sealed|static)\\s+)*"
              + "(?:class|interface|enum|record)\\s+(\\w+)");

  /**
   * One block: its first line's number in the README (1-based), and its code without the fences and
   * the fence's indentation.
   */
  record Snippet(int line, List<String> code) {
    Snippet {
      code = List.copyOf(code);
    }

    String firstLine() {
      return code.isEmpty() ? "" : code.get(0);
    }

    /** The number of leading lines that are imports or blank. */
    int importLines() {
      int n = 0;
      while (n < code.size() && (code.get(n).isBlank() || code.get(n).startsWith("import "))) {
        n++;
      }
      return n;
    }

    /** The first line after the imports, which names the snippet better than an import. */
    String firstCodeLine() {
      return importLines() < code.size() ? code.get(importLines()) : "";
    }

    /** The type this block declares, public first, if it is a compilation unit. */
    Optional<String> declaredType() {
      Optional<String> first = Optional.empty();
      for (String line : code) {
        Matcher m = TYPE.matcher(line);
        if (m.find()) {
          if (line.startsWith("public ")) {
            return Optional.of(m.group(1));
          }
          if (first.isEmpty()) {
            first = Optional.of(m.group(1));
          }
        }
      }
      return first;
    }

    String fileName() {
      return declaredType().orElse("Snippet") + ".java";
    }

    /** The source compiled: the block itself, or its statements wrapped after its imports. */
    String source() {
      if (declaredType().isPresent()) {
        return String.join("\n", code) + "\n";
      }
      List<String> out = new ArrayList<>(code.subList(0, importLines()));
      out.add("class Snippet {");
      out.add("  void run() throws Exception {");
      out.addAll(code.subList(importLines(), code.size()));
      out.add("  }");
      out.add("}");
      return String.join("\n", out) + "\n";
    }

    /** The README line of line {@code sourceLine} (1-based) of {@link #source()}. */
    long readmeLine(long sourceLine) {
      boolean wrapped = declaredType().isEmpty() && sourceLine > importLines();
      return line + sourceLine - 1 - (wrapped ? 2 : 0);
    }

    @Override
    public String toString() {
      String more = importLines() == 0 ? "" : " ... " + firstCodeLine();
      return "README.md line " + line + " (" + firstLine() + more + ")";
    }
  }

  /** The {@code ```java} blocks of {@code markdown}, in order; other fenced blocks are skipped. */
  static List<Snippet> javaBlocks(List<String> markdown) {
    List<Snippet> out = new ArrayList<>();
    List<String> block = null;
    String language = "";
    int indent = 0;
    int start = 0;
    for (int i = 0; i < markdown.size(); i++) {
      String line = markdown.get(i);
      String stripped = line.strip();
      if (block == null) {
        if (stripped.startsWith("```")) {
          block = new ArrayList<>();
          language = stripped.substring(3).strip();
          indent = line.indexOf('`');
          start = i + 2;
        }
      } else if (stripped.equals("```")) {
        if (language.equals("java")) {
          out.add(new Snippet(start, block));
        }
        block = null;
      } else {
        boolean indented = line.length() >= indent && line.substring(0, indent).isBlank();
        block.add(indented ? line.substring(indent) : line.strip());
      }
    }
    assertThat(block).as("an unclosed fenced block").isNull();
    return out;
  }

  /** The compiler's errors in {@code snippet}, compiled with the types {@code others} declare. */
  static List<String> errors(Snippet snippet, List<Snippet> others) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("the JDK's compiler").isNotNull();
    JavaFileObject unit = source(snippet);
    List<JavaFileObject> units = new ArrayList<>(List.of(unit));
    for (Snippet other : others) {
      if (!other.equals(snippet) && other.declaredType().isPresent()) {
        units.add(source(other));
      }
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options =
        List.of("-classpath", System.getProperty("java.class.path"), "-proc:none", "-Xlint:none");
    try (JavaFileManager files =
        new DiscardingOutput(javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8))) {
      javac.getTask(null, files, diagnostics, options, null, units).call();
    }
    List<String> out = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR
          && (d.getSource() == null || unit.equals(d.getSource()))) {
        String where =
            d.getSource() == null
                ? ""
                : "README.md line " + snippet.readmeLine(d.getLineNumber()) + ": ";
        out.add(where + d.getMessage(Locale.ROOT));
      }
    }
    return out;
  }

  private static JavaFileObject source(Snippet snippet) {
    return new SimpleJavaFileObject(
        URI.create("string:///" + snippet.fileName()), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return snippet.source();
      }
    };
  }

  /** A file manager whose class files go nowhere: only whether the snippets compile matters. */
  private static final class DiscardingOutput
      extends ForwardingJavaFileManager<StandardJavaFileManager> {
    DiscardingOutput(StandardJavaFileManager standard) {
      super(standard);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      return new SimpleJavaFileObject(URI.create("discarded:///" + className), kind) {
        @Override
        public OutputStream openOutputStream() {
          return OutputStream.nullOutputStream();
        }
      };
    }
  }

  /** The snippet's place, its first lines and the compiler's messages, if it does not compile. */
  static Optional<String> failure(Snippet snippet, List<Snippet> others) throws IOException {
    List<String> errors = errors(snippet, others);
    return errors.isEmpty()
        ? Optional.empty()
        : Optional.of(snippet + " does not compile:\n" + String.join("\n", errors));
  }

  private static void assertCompiles(Snippet snippet, List<Snippet> others) throws IOException {
    failure(snippet, others).ifPresent(message -> fail(message));
  }

  private static List<Snippet> readmeSnippets() throws IOException {
    Path readme = Path.of("").toAbsolutePath().resolveSibling("README.md");
    return javaBlocks(Files.readAllLines(readme, UTF_8));
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlockOfTheReadmeCompiles() throws IOException {
    List<Snippet> snippets = readmeSnippets();

    assertThat(snippets).hasSizeGreaterThanOrEqualTo(4);
    return snippets.stream()
        .map(s -> DynamicTest.dynamicTest(s.toString(), () -> assertCompiles(s, snippets)));
  }

  @Test
  void theReadmeHasBothKindsOfBlockAndEachStatesItsImports() throws IOException {
    List<Snippet> snippets = readmeSnippets();

    assertThat(snippets)
        .extracting(s -> s.declaredType().orElse("statements"))
        .contains("RateNamedOrganization", "statements");
    assertThat(snippets).allMatch(s -> s.firstLine().startsWith("import "));
  }

  @Test
  void aBlockThatDoesNotCompileFailsWithItsFirstLinesAndTheCompilersMessage() throws IOException {
    Snippet noImport =
        new Snippet(
            10, List.of("import java.time.Instant;", "", "List<Instant> none = List.of();"));

    assertThatFailure(noImport)
        .contains("README.md line 10 (import java.time.Instant; ... List<Instant> none")
        .contains("README.md line 12: cannot find symbol")
        .contains("class List");
    assertThatFailure(new Snippet(3, List.of("int count = \"three\";")))
        .contains("README.md line 3 (int count = \"three\";")
        .contains(
            "README.md line 3: incompatible types: java.lang.String cannot be converted to int");
    assertThatFailure(
            new Snippet(7, List.of("final class Broken {", "  void f() { return 1; }", "}")))
        .contains("README.md line 7 (final class Broken {")
        .contains("README.md line 8: incompatible types: unexpected return value");
  }

  @Test
  void statementsSeeTheTypesOfOtherBlocksButNoImportsOfThem() throws IOException {
    Snippet type =
        new Snippet(
            1,
            List.of(
                "import java.util.List;",
                "",
                "class Names {",
                "  static List<String> all() {",
                "    return List.of(\"a\");",
                "  }",
                "}"));
    Snippet uses = new Snippet(20, List.of("Names.all();"));
    Snippet usesImport = new Snippet(30, List.of("List<String> names = Names.all();"));

    assertThat(errors(uses, List.of(type, uses))).isEmpty();
    assertThat(errors(uses, List.of(uses)))
        .singleElement()
        .asString()
        .contains("cannot find symbol");
    assertThat(errors(usesImport, List.of(type, usesImport)))
        .singleElement()
        .asString()
        .startsWith("README.md line 30: cannot find symbol");
  }

  @Test
  void blocksAreReadWithoutTheirFencesAndIndentation() {
    List<Snippet> blocks =
        javaBlocks(
            List.of(
                "text",
                "```xml",
                "```java",
                "```",
                "1. a list item:",
                "",
                "   ```java",
                "   import java.util.List;",
                "",
                "   List.of();",
                "   ```"));

    assertThat(blocks)
        .singleElement()
        .isEqualTo(new Snippet(8, List.of("import java.util.List;", "", "List.of();")));
  }

  private static AbstractStringAssert<?> assertThatFailure(Snippet snippet) throws IOException {
    Optional<String> failure = failure(snippet, List.of(snippet));
    assertThat(failure).as("the failure of %s", snippet).isPresent();
    return assertThat(failure.orElseThrow());
  }
}
