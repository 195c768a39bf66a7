package dev.reportqa.bench;

import dev.reportqa.report.Report;
import dev.reportqa.report.ReportLoader;
import dev.reportqa.source.TextCache;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Loading one report in each form a user has it — text, Word, PDF, web page — as a fresh process
 * pays for it: the first load reads the file with its extractor (the library's classes loaded in
 * that JVM, the text saved to an empty text cache); a cached load, in another fresh JVM, reads the
 * saved text instead. A re-extraction in the first JVM shows the extractor's own cost with the code
 * warm. Times are inside the JVM, for {@code ReportLoader.load} (extraction and parsing).
 */
final class FormatsLoadBench {

  private static final int RUNS = Integer.getInteger("bench.formats.runs", 5);
  private static final String RESULT = "RESULT ";

  private static final List<Path> FILES =
      List.of(
          Path.of("src/test/resources/reports/dev/shanghai-2025.txt"),
          Path.of("src/test/resources/reports/dev/docx/shanghai-2025.docx"),
          Path.of("src/test/resources/reports/dev/docx/shanghai-2025.pdf"),
          Path.of("src/test/resources/reports/formats/henan-2025-excerpt.html"));

  private FormatsLoadBench() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length > 0 && args[0].equals("once")) {
      once(Path.of(args[1]), Path.of(args[2]));
      return;
    }
    String loadBefore = Bench.loadAverage();
    Bench.Table table =
        new Bench.Table(
            "file",
            "bytes",
            "lines",
            "first load s (median)",
            "cached load s (median)",
            "re-extract, warm s (median)",
            "runs");
    for (Path file : FILES) {
      List<Double> first = new ArrayList<>();
      List<Double> cached = new ArrayList<>();
      List<Double> warm = new ArrayList<>();
      int lines = 0;
      for (int run = 1; run <= RUNS; run++) {
        Path cache = Files.createTempDirectory("formats-bench-");
        try {
          double[] a = child(file, cache);
          double[] b = child(file, cache);
          first.add(a[0]);
          warm.add(a[1]);
          cached.add(b[0]);
          lines = (int) a[2];
        } finally {
          delete(cache);
        }
        Bench.progress(
            "%s run %d/%d: first %.3f s, cached %.3f s",
            file.getFileName(), run, RUNS, first.get(run - 1), cached.get(run - 1));
      }
      table.row(
          file.getFileName(),
          Files.size(file),
          lines,
          Bench.s(Bench.median(first)),
          Bench.s(Bench.median(cached)),
          Bench.s(Bench.median(warm)),
          RUNS);
    }
    String body =
        "Each load is a fresh JVM (-Xmx512m); JVM start-up itself is not counted (the"
            + " whole-process figures are in the README).\n\n"
            + table;
    Bench.report("formats-load", "Loading a report in each format", loadBefore, body);
  }

  /** Runs {@link #once} in a fresh JVM and reads its result line. */
  private static double[] child(Path file, Path cache) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                FormatsLoadBench.class.getName(),
                "once",
                file.toString(),
                cache.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    double[] result = null;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(RESULT)) {
          String[] f = line.substring(RESULT.length()).split(" ");
          result = new double[f.length];
          for (int i = 0; i < f.length; i++) {
            result[i] = Double.parseDouble(f[i]);
          }
        }
      }
    }
    if (p.waitFor() != 0 || result == null) {
      throw new IllegalStateException("load of " + file + " failed (exit " + p.exitValue() + ")");
    }
    return result;
  }

  /** One load through the cache, then one extraction without it; prints seconds and lines. */
  private static void once(Path file, Path cacheDir) {
    TextCache cache = new TextCache(cacheDir, line -> System.err.println("warning: " + line));
    long t0 = System.nanoTime();
    Report report = ReportLoader.load(file, cache);
    long t1 = System.nanoTime();
    ReportLoader.load(file);
    long t2 = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        RESULT + "%.4f %.4f %d%n",
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        report.lineCount());
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }
}
