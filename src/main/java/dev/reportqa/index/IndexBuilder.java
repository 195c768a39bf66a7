package dev.reportqa.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reportqa.chunk.SentenceChunker;
import dev.reportqa.chunk.Unit;
import dev.reportqa.report.Report;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Chunks a report and builds both indexes over its units. */
public final class IndexBuilder {

  private static final Logger log = LoggerFactory.getLogger(IndexBuilder.class);

  /**
   * Units embedded per call: small enough for the progress bar to move, large enough that the
   * per-call overhead stays small.
   */
  static final int EMBEDDING_BATCH = 16;

  private final SentenceChunker chunker = new SentenceChunker();

  /**
   * Builds the index of a report, embedding every unit.
   *
   * @param model the model that embeds units now and questions later
   * @param progress told after every batch of units
   */
  public ReportIndex build(Report report, LazyEmbeddingModel model, BuildProgress progress) {
    return build(List.of(report), model, progress);
  }

  /**
   * Builds one index over several reports: their units are numbered across all of them and each
   * names its report, so that a question is answered from whichever holds the answer.
   */
  public ReportIndex build(List<Report> reports, LazyEmbeddingModel model, BuildProgress progress) {
    long start = System.nanoTime();
    List<Unit> units = new ArrayList<>();
    for (Report report : reports) {
      units.addAll(chunker.chunk(report, units.size()));
    }
    LexicalIndex lexical = new LexicalIndex(units);
    List<Embedding> vectors = embed(model.get(), units, progress);
    DenseIndex dense = new DenseIndex(model.choice(), model, units, vectors);
    log.info(
        "indexed {} report(s): {} units in {} ms",
        reports.size(),
        units.size(),
        (System.nanoTime() - start) / 1_000_000);
    return new ReportIndex(reports, units, lexical, dense);
  }

  /** Embeds the units in batches, in order. */
  public static List<Embedding> embed(
      EmbeddingModel model, List<Unit> units, BuildProgress progress) {
    List<Embedding> vectors = new ArrayList<>(units.size());
    progress.update("embedding", 0, units.size());
    for (int from = 0; from < units.size(); from += EMBEDDING_BATCH) {
      List<TextSegment> batch = new ArrayList<>();
      for (Unit u : units.subList(from, Math.min(units.size(), from + EMBEDDING_BATCH))) {
        batch.add(TextSegment.from(DenseIndex.passageText(u)));
      }
      vectors.addAll(model.embedAll(batch).content());
      progress.update("embedding", vectors.size(), units.size());
    }
    return vectors;
  }
}
