package dev.reportqa.bench;

import dev.reportqa.index.BuildProgress;
import dev.reportqa.index.IndexBuilder;
import dev.reportqa.index.LazyEmbeddingModel;
import dev.reportqa.index.ReportIndex;
import dev.reportqa.report.Report;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first index build of the bundled report, as a user waits for it: each run is a fresh JVM that
 * loads the report, loads the embedding model and builds the index (chunking, BM25, embedding every
 * unit). A second build in the same JVM, with the model loaded and the code warm, shows what a
 * build costs without the start-up effects.
 */
final class IndexBuildBench {

  private static final int RUNS = Integer.getInteger("bench.index.runs", 5);
  private static final String RESULT = "RESULT ";

  private IndexBuildBench() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length > 0 && args[0].equals("once")) {
      once();
      return;
    }
    String loadBefore = Bench.loadAverage();
    List<double[]> runs = new ArrayList<>();
    List<String> loads = new ArrayList<>();
    for (int run = 1; run <= RUNS; run++) {
      loads.add(Bench.loadAverage());
      double[] r = child();
      runs.add(r);
      Bench.progress(
          "index build run %d/%d: model %.2f s, build %.2f s, warm rebuild %.2f s",
          run, RUNS, r[1], r[2], r[4]);
    }
    Bench.Table table =
        new Bench.Table(
            "run",
            "load report s",
            "load model s",
            "build s (chunk, BM25, embed)",
            "first build total s",
            "warm rebuild s",
            "units",
            "load average");
    for (int i = 0; i < runs.size(); i++) {
      double[] r = runs.get(i);
      table.row(
          i + 1,
          Bench.s(r[0]),
          Bench.s(r[1]),
          Bench.s(r[2]),
          Bench.s(r[0] + r[1] + r[2]),
          Bench.s(r[4]),
          (int) r[3],
          loads.get(i));
    }
    double total = Bench.median(runs.stream().map(r -> r[0] + r[1] + r[2]).toList());
    table.row(
        "**median**",
        Bench.s(Bench.median(runs.stream().map(r -> r[0]).toList())),
        Bench.s(Bench.median(runs.stream().map(r -> r[1]).toList())),
        Bench.s(Bench.median(runs.stream().map(r -> r[2]).toList())),
        "**" + Bench.s(total) + "**",
        Bench.s(Bench.median(runs.stream().map(r -> r[4]).toList())),
        (int) runs.get(0)[3],
        "");
    String body =
        "Each run is a fresh JVM (-Xmx1g) with "
            + BenchPipeline.cores()
            + " embedding threads, as the shell has; times inside the JVM, start-up of the JVM"
            + " itself not counted (the whole-process benchmark has it).\n\n"
            + table
            + String.format(
                Locale.ROOT,
                "%nTarget: first index build of this report ≤ 6 s — median %.2f s, %s.%n",
                total,
                Bench.met(total, 6));
    Bench.report("index-build", "First index build of the bundled report", loadBefore, body);
  }

  /** Runs {@link #once} in a fresh JVM and reads its result line. */
  private static double[] child() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                IndexBuildBench.class.getName(),
                "once")
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
      throw new IllegalStateException("index build run failed (exit " + p.exitValue() + ")");
    }
    return result;
  }

  /** One first build, then one warm rebuild; prints the seconds of each step. */
  private static void once() {
    long t0 = System.nanoTime();
    Report report = BenchPipeline.bundledReport();
    long t1 = System.nanoTime();
    LazyEmbeddingModel model = BenchPipeline.model(BenchPipeline.cores());
    model.get();
    long t2 = System.nanoTime();
    ReportIndex index = new IndexBuilder().build(report, model, BuildProgress.NONE);
    long t3 = System.nanoTime();
    new IndexBuilder().build(report, model, BuildProgress.NONE);
    long t4 = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        RESULT + "%.4f %.4f %.4f %d %.4f%n",
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        (t3 - t2) / 1e9,
        index.units().size(),
        (t4 - t3) / 1e9);
  }
}
