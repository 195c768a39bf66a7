package dev.reportqa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What every benchmark prints beside its figures: the machine, the load on it, the command, and a
 * way to write the tables both to the terminal and to {@code target/bench/NAME.md}.
 */
final class Bench {

  /** The one documented command that runs every benchmark (README: Performance). */
  static final String COMMAND = "./mvnw -B -Pbench verify -DskipTests";

  /** Where the tables are written; the bench profile passes {@code target/bench}. */
  static final Path OUT = Path.of(System.getProperty("bench.out", "target/bench"));

  private Bench() {}

  /** The 1-, 5- and 15-minute load averages, e.g. {@code 3.06 3.33 3.37}; "n/a" off Linux. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  /** Cores, CPU model, memory, JVM and OS, one line each. */
  static String machine() {
    Runtime rt = Runtime.getRuntime();
    return String.join(
        "\n",
        "- cores: "
            + rt.availableProcessors()
            + " ("
            + firstMatch(Path.of("/proc/cpuinfo"), "model name", ':')
            + "), memory "
            + memory(),
        "- java: "
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")",
        "- os: "
            + osRelease()
            + ", "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
  }

  private static String memory() {
    String total = firstMatch(Path.of("/proc/meminfo"), "MemTotal", ':');
    try {
      long kb = Long.parseLong(total.replaceAll("[^0-9]", ""));
      return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
    } catch (NumberFormatException e) {
      return "unknown";
    }
  }

  private static String osRelease() {
    String pretty = firstMatch(Path.of("/etc/os-release"), "PRETTY_NAME", '=');
    return pretty.replace("\"", "");
  }

  /** The value after the separator on the first line of a file that starts with the key. */
  private static String firstMatch(Path file, String key, char separator) {
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith(key) && line.indexOf(separator) > 0) {
          return line.substring(line.indexOf(separator) + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // off Linux: say unknown rather than fail a benchmark
    }
    return "unknown";
  }

  /**
   * Prints a benchmark's report and writes it to {@code OUT/name.md}: title, when, machine, load
   * before and after, the command, then the body (tables and notes).
   */
  static void report(String name, String title, String loadBefore, String body) {
    String text =
        "## "
            + title
            + "\n\n"
            + "- measured: "
            + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            + "\n"
            + machine()
            + "\n- load average (1/5/15 min) before: "
            + loadBefore
            + ", after: "
            + loadAverage()
            + "\n- command: `"
            + COMMAND
            + "`\n\n"
            + body
            + "\n";
    System.out.println();
    System.out.println(text);
    try {
      Files.createDirectories(OUT);
      Files.writeString(OUT.resolve(name + ".md"), text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + OUT.resolve(name + ".md"), e);
    }
  }

  /** Progress for a long run, on standard error so that standard output holds the tables. */
  static void progress(String format, Object... args) {
    System.err.printf(Locale.ROOT, format + "%n", args);
  }

  /** The median; the mean of the two middle values for an even count. */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  /** The nearest-rank percentile (p in (0, 100]) of the values. */
  static double percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int rank = (int) Math.ceil(p / 100.0 * v.length);
    return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
  }

  static String ms(double millis) {
    return String.format(Locale.ROOT, millis < 10 ? "%.2f" : "%.1f", millis);
  }

  static String s(double seconds) {
    return String.format(Locale.ROOT, "%.2f", seconds);
  }

  static String met(double value, double target) {
    return value <= target ? "met" : "NOT met";
  }

  /** A Markdown table built row by row. */
  static final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... header) {
      this.header = List.of(header);
    }

    Table row(Object... cells) {
      if (cells.length != header.size()) {
        throw new IllegalArgumentException(
            "row has " + cells.length + " cells, header " + header.size());
      }
      rows.add(Arrays.stream(cells).map(String::valueOf).toList());
      return this;
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder();
      b.append("| ").append(String.join(" | ", header)).append(" |\n|");
      header.forEach(h -> b.append(" --- |"));
      b.append('\n');
      for (List<String> r : rows) {
        b.append("| ").append(String.join(" | ", r)).append(" |\n");
      }
      return b.toString();
    }
  }
}
