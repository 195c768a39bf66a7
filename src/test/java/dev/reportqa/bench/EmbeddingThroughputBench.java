package dev.reportqa.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reportqa.chunk.SentenceChunker;
import dev.reportqa.chunk.Unit;
import dev.reportqa.index.DenseIndex;
import dev.reportqa.index.EmbeddingChoice;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;

/**
 * Units embedded per second for the bundled report: the model built on a one-thread executor
 * against one with a thread per core, each at several batch sizes. langchain4j's in-process models
 * embed a batch of more than one text as one task per text on their executor (a batch of one runs
 * on the calling thread), so the executor only matters for batches; ONNX Runtime may use several
 * threads inside one inference as well, which the "cores busy" column shows (process CPU time over
 * wall time).
 */
final class EmbeddingThroughputBench {

  private static final int RUNS = Integer.getInteger("bench.embedding.runs", 5);

  private EmbeddingThroughputBench() {}

  public static void main(String[] args) {
    String loadBefore = Bench.loadAverage();
    List<Unit> units = new SentenceChunker().chunk(BenchPipeline.bundledReport());
    List<TextSegment> texts = new ArrayList<>();
    units.forEach(u -> texts.add(TextSegment.from(DenseIndex.passageText(u))));
    int cores = BenchPipeline.cores();
    int[] threadCounts = cores > 1 ? new int[] {1, cores} : new int[] {1};
    int[] batches = {1, 16, texts.size()};
    Bench.Table table =
        new Bench.Table(
            "executor threads",
            "batch",
            "median s (all units)",
            "units/s (median)",
            "runs (s)",
            "cores busy",
            "load before");
    for (int threads : threadCounts) {
      ExecutorService executor = BenchPipeline.executor(threads);
      EmbeddingModel model = EmbeddingChoice.BGE_SMALL_ZH.load(executor);
      embedAll(model, texts, 16); // warm-up: JIT and ONNX Runtime's first inferences
      for (int batch : batches) {
        String load = Bench.loadAverage();
        List<Double> seconds = new ArrayList<>();
        List<Double> busy = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
          long cpu0 = cpuNanos();
          long t0 = System.nanoTime();
          embedAll(model, texts, batch);
          long wall = System.nanoTime() - t0;
          seconds.add(wall / 1e9);
          busy.add((cpuNanos() - cpu0) / (double) wall);
          Bench.progress(
              "embedding: %d thread(s), batch %d, run %d: %.2f s",
              threads, batch, run + 1, wall / 1e9);
        }
        double median = Bench.median(seconds);
        table.row(
            threads,
            batch == texts.size() ? batch + " (all)" : batch,
            Bench.s(median),
            String.format(Locale.ROOT, "%.1f", texts.size() / median),
            String.join(" ", seconds.stream().map(Bench::s).toList()),
            String.format(Locale.ROOT, "%.2f", Bench.median(busy)),
            load);
      }
      executor.shutdownNow();
    }
    String body =
        units.size()
            + " units (sentences) of the bundled report, bge-small-zh-v1.5, median of "
            + RUNS
            + " runs after one warm-up pass per model. The index build embeds in batches of 16"
            + " (IndexBuilder.EMBEDDING_BATCH) on one thread per core (ShellConfiguration).\n\n"
            + table;
    Bench.report("embedding-throughput", "Embedding throughput", loadBefore, body);
  }

  private static void embedAll(EmbeddingModel model, List<TextSegment> texts, int batch) {
    for (int from = 0; from < texts.size(); from += batch) {
      model.embedAll(texts.subList(from, Math.min(texts.size(), from + batch)));
    }
  }

  private static long cpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
