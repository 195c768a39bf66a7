package dev.reportqa.shell;

import dev.reportqa.answer.AnswerEngine;
import dev.reportqa.answer.Assistant;
import dev.reportqa.index.BuildProgress;
import dev.reportqa.index.EmbeddingChoice;
import dev.reportqa.index.IndexBuilder;
import dev.reportqa.index.LazyEmbeddingModel;
import dev.reportqa.index.ReportIndex;
import dev.reportqa.query.QueryAnalyzer;
import dev.reportqa.report.Report;
import dev.reportqa.report.ReportLoader;
import dev.reportqa.retrieve.FusionWeights;
import dev.reportqa.retrieve.HybridRetriever;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The loaded report and everything built on it, made on first use: showing lines needs only the
 * report, a question needs the index, which takes seconds to build.
 */
public final class ReportSession {

  private final Path reportPath;
  private final EmbeddingChoice embedding;
  private final FusionWeights fusion;
  private final QueryAnalyzer analyzer;
  private final AnswerEngine engine;
  private final LazyEmbeddingModel model;
  private Report report;
  private ReportIndex index;
  private HybridRetriever retriever;
  private Assistant assistant;

  public ReportSession(
      Path reportPath,
      EmbeddingChoice embedding,
      FusionWeights fusion,
      QueryAnalyzer analyzer,
      AnswerEngine engine,
      Executor executor) {
    this.reportPath = Objects.requireNonNull(reportPath, "reportPath");
    this.embedding = Objects.requireNonNull(embedding, "embedding");
    this.fusion = Objects.requireNonNull(fusion, "fusion");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.model = new LazyEmbeddingModel(embedding, executor);
  }

  public Path reportPath() {
    return reportPath;
  }

  public EmbeddingChoice embedding() {
    return embedding;
  }

  public QueryAnalyzer analyzer() {
    return analyzer;
  }

  public AnswerEngine engine() {
    return engine;
  }

  /** The report, loaded on first call. */
  public synchronized Report report() {
    if (report == null) {
      report = ReportLoader.load(reportPath);
    }
    return report;
  }

  /** The index, built on first call with progress reported. */
  public synchronized ReportIndex index(BuildProgress progress) {
    if (index == null) {
      index = new IndexBuilder().build(report(), model, progress);
      retriever = new HybridRetriever(index, fusion);
    }
    return index;
  }

  public synchronized boolean indexed() {
    return index != null;
  }

  /** The conversation of the shell, made on first call. */
  public synchronized Assistant assistant(BuildProgress progress) {
    if (assistant == null) {
      assistant = newAssistant(progress);
    }
    return assistant;
  }

  /** A fresh conversation over the same index, for evaluation. */
  public synchronized Assistant newAssistant(BuildProgress progress) {
    index(progress);
    return new Assistant(analyzer, retriever, engine);
  }

  /** A retriever over the index with other fusion weights, for measurement. */
  public synchronized HybridRetriever retriever(FusionWeights weights, BuildProgress progress) {
    return new HybridRetriever(index(progress), weights);
  }
}
