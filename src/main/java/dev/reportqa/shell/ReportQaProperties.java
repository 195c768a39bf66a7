package dev.reportqa.shell;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code reportqa.*}, from {@code application.properties}, {@code -D} system
 * properties or {@code REPORTQA_*} environment variables. The launcher turns {@code --report} and
 * {@code --embedding} into these.
 *
 * @param report the report file to load
 * @param embedding the embedding model: {@code bge-small-zh} or {@code all-minilm}
 * @param prompts a folder with the wording files; the copy in the jar when unset
 * @param fusion how the BM25 and embedding rankings are combined
 * @param eval where the evaluation set, its thresholds and run summaries are
 * @param cacheDir where the embedded vectors are saved between runs ({@code IndexCache}); empty
 *     turns the cache off
 */
@ConfigurationProperties("reportqa")
public record ReportQaProperties(
    @DefaultValue("seeds/xitang-2024-h1-report.md") Path report,
    @DefaultValue("bge-small-zh") String embedding,
    Path prompts,
    @DefaultValue Fusion fusion,
    @DefaultValue Eval eval,
    Path cacheDir) {

  /**
   * Weighted reciprocal-rank fusion settings; see {@code HybridRetriever} and the measurements
   * beside the defaults in {@code application.properties}.
   */
  /**
   * @param file the default evaluation set, gated by {@code thresholds}
   * @param thresholds the figures the default set must reach
   * @param summaryDir where each run's summary JSON goes
   */
  public record Eval(
      @DefaultValue("eval/questions.jsonl") Path file,
      @DefaultValue("eval/thresholds.json") Path thresholds,
      @DefaultValue("target/eval") Path summaryDir) {}

  public record Fusion(
      @DefaultValue("1.0") double lexical,
      @DefaultValue("0.5") double dense,
      @DefaultValue("60") int k) {}
}
