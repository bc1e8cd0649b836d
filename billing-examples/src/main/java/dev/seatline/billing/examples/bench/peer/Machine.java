package dev.seatline.billing.examples.bench.peer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** What the figures were measured on, as far as the process can tell. */
final class Machine {
  private Machine() {}

  /** Cores, memory, the JVM and its heap. */
  static String describe() {
    Runtime rt = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "%d cores, %s RAM, %s %s (%s), max heap %,d MB",
        rt.availableProcessors(),
        memory(),
        System.getProperty("java.vm.name", "?"),
        System.getProperty("java.runtime.version", "?"),
        System.getProperty("os.name", "?"),
        rt.maxMemory() >> 20);
  }

  /** The 1, 5 and 15 minute load averages, or {@code n/a}. */
  static String loadAverage() {
    try {
      String[] f =
          Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ", 4);
      return f.length < 3 ? "n/a" : f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  /** The commit of the working tree the run started in, {@code -dirty} when it has changes. */
  static String commit() {
    String head = git("rev-parse", "--short", "HEAD");
    if (head.isEmpty()) {
      return "unknown";
    }
    String changes = git("status", "--porcelain", "--untracked-files=no");
    return changes.isEmpty() ? head : head + "-dirty";
  }

  private static String memory() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.US_ASCII);
      for (String l : lines) {
        if (l.startsWith("MemTotal:")) {
          long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
          return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // fall through: not Linux
    }
    return "? GiB";
  }

  private static String git(String... args) {
    String[] cmd = new String[args.length + 1];
    cmd[0] = "git";
    System.arraycopy(args, 0, cmd, 1, args.length);
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return "";
      }
      return text;
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
