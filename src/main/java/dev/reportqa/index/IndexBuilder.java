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

/** Chunks reports and builds both indexes over their units. */
public final class IndexBuilder {

  private static final Logger log = LoggerFactory.getLogger(IndexBuilder.class);

  /**
   * Units embedded per call: small enough for the progress bar to move, large enough that the
   * per-call overhead stays small.
   */
  static final int EMBEDDING_BATCH = 16;

  /** The progress stage shown when the vectors come from the cache instead of the model. */
  static final String FROM_CACHE = "from cache";

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
   * Builds one index over several reports, embedding every unit: their units are numbered across
   * all of them and each names its report, so that a question is answered from whichever holds the
   * answer.
   */
  public ReportIndex build(List<Report> reports, LazyEmbeddingModel model, BuildProgress progress) {
    long start = System.nanoTime();
    List<Unit> units = chunkAll(reports).stream().flatMap(List::stream).toList();
    List<Embedding> vectors = embed(model.get(), units, progress);
    return assemble(reports, units, model, vectors, start);
  }

  /**
   * Builds the index of a report from the vectors saved in the cache for it, or, when there are
   * none that fit, by embedding every unit and saving the vectors. From the cache the model is not
   * loaded: it loads when the first question is embedded.
   *
   * @param reportSha256 SHA-256 of the report file's bytes ({@code ReportLoader.sha256})
   * @param model the model that embeds units on a miss and questions later
   * @param progress told after every batch of units embedded, or once with {@link #FROM_CACHE}
   * @param cache where the vectors are looked up and saved; its problems are warnings, not errors
   */
  public ReportIndex build(
      Report report,
      String reportSha256,
      LazyEmbeddingModel model,
      BuildProgress progress,
      IndexCache cache) {
    return build(List.of(report), List.of(reportSha256), model, progress, cache);
  }

  /**
   * Builds one index over several reports, each report's vectors from the cache when it holds them:
   * editing one report of a folder re-embeds only that one.
   *
   * @param reportSha256s the SHA-256 of each report file, in the same order as the reports
   */
  public ReportIndex build(
      List<Report> reports,
      List<String> reportSha256s,
      LazyEmbeddingModel model,
      BuildProgress progress,
      IndexCache cache) {
    long start = System.nanoTime();
    List<List<Unit>> byReport = chunkAll(reports);
    List<Embedding> vectors = vectors(byReport, reportSha256s, model, progress, cache);
    List<Unit> units = byReport.stream().flatMap(List::stream).toList();
    return assemble(reports, units, model, vectors, start);
  }

  /** The units of each report, numbered across all of them. */
  private List<List<Unit>> chunkAll(List<Report> reports) {
    List<List<Unit>> byReport = new ArrayList<>();
    int next = 0;
    for (Report report : reports) {
      List<Unit> units = chunker.chunk(report, next);
      byReport.add(units);
      next += units.size();
    }
    return byReport;
  }

  /**
   * The vectors of the units of one or more reports that share an index, in unit order: each
   * report's from the cache when it holds them, the others' embedded in one pass and saved report
   * by report, so that editing one report re-embeds only that one. A key takes the unit texts, not
   * their ids, so the numbering of a shared index does not matter.
   *
   * @param unitsByReport the units of each report, in index order
   * @param reportSha256s the SHA-256 of each report file, in the same order
   * @param progress told after every batch embedded, or once with {@link #FROM_CACHE} when all
   *     vectors come from the cache
   */
  static List<Embedding> vectors(
      List<List<Unit>> unitsByReport,
      List<String> reportSha256s,
      LazyEmbeddingModel model,
      BuildProgress progress,
      IndexCache cache) {
    if (unitsByReport.size() != reportSha256s.size()) {
      throw new IllegalArgumentException(
          "need one SHA-256 per report: "
              + reportSha256s.size()
              + " for "
              + unitsByReport.size()
              + " reports");
    }
    List<IndexCache.Key> keys = new ArrayList<>();
    List<List<Embedding>> found = new ArrayList<>();
    List<Unit> missing = new ArrayList<>();
    int total = 0;
    for (int r = 0; r < unitsByReport.size(); r++) {
      List<Unit> units = unitsByReport.get(r);
      IndexCache.Key key = IndexCache.Key.of(reportSha256s.get(r), model.choice(), units);
      keys.add(key);
      List<Embedding> saved = cache.load(key).orElse(null);
      found.add(saved);
      if (saved == null) {
        missing.addAll(units);
      }
      total += units.size();
    }
    if (missing.isEmpty()) {
      progress.update(FROM_CACHE, total, total);
    } else {
      List<Embedding> embedded = embed(model.get(), missing, progress);
      int at = 0;
      for (int r = 0; r < unitsByReport.size(); r++) {
        if (found.get(r) == null) {
          List<Embedding> slice = embedded.subList(at, at + unitsByReport.get(r).size());
          at += slice.size();
          cache.save(keys.get(r), slice);
          found.set(r, slice);
        }
      }
    }
    log.info(
        "vectors of {} unit(s): {} embedded, the rest from {}",
        total,
        missing.size(),
        cache.directory());
    List<Embedding> vectors = new ArrayList<>(total);
    found.forEach(vectors::addAll);
    return vectors;
  }

  private static ReportIndex assemble(
      List<Report> reports,
      List<Unit> units,
      LazyEmbeddingModel model,
      List<Embedding> vectors,
      long start) {
    LexicalIndex lexical = new LexicalIndex(units);
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
