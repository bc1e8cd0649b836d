package dev.seatline.billing.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.seatline.billing.examples.cli.TestScenarios.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line in a JVM of its own (the same {@code java} binary as the tests), with its
 * standard input, output and error in files: what a user of {@code java -jar} sees, exit status
 * included.
 */
final class ChildJvm {
  private static final long TIMEOUT_SECONDS = 120;

  private ChildJvm() {}

  /** The {@code java} launcher of the JVM running the tests. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * Runs {@code java ARGS} with {@code stdin} as standard input, its files in {@code dir}.
   *
   * @throws AssertionError if it does not end within two minutes
   */
  static Run run(Path dir, byte[] stdin, List<String> args)
      throws IOException, InterruptedException {
    Path in = Files.write(Files.createTempFile(dir, "stdin", ".json"), stdin);
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(args);
    Process p =
        new ProcessBuilder(command)
            .redirectInput(in.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("no exit within " + TIMEOUT_SECONDS + " s: " + command);
    }
    return new Run(p.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
  }
}
