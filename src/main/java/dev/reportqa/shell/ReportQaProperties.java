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
 * @param history the REPL history file; none when unset
 */
@ConfigurationProperties("reportqa")
public record ReportQaProperties(
    @DefaultValue("seeds/xitang-2024-h1-report.md") Path report,
    @DefaultValue("bge-small-zh") String embedding,
    Path prompts,
    @DefaultValue Fusion fusion,
    Path history) {

  /**
   * Weighted reciprocal-rank fusion settings; see {@code HybridRetriever} and the measurements
   * beside the defaults in {@code application.properties}.
   */
  public record Fusion(
      @DefaultValue("1.0") double lexical,
      @DefaultValue("0.5") double dense,
      @DefaultValue("60") int k) {}
}
