package dev.reportqa.bench;

import dev.reportqa.answer.AnswerEngine;
import dev.reportqa.answer.AnswerTemplates;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The question pipeline as the shell builds it (ShellConfiguration), without Spring: the default
 * model on one embedding thread per core, the fusion weights of {@code application.properties}.
 */
final class BenchPipeline {

  static final Path BUNDLED = Path.of("seeds/xitang-2024-h1-report.md");

  private final ReportIndex index;
  private final QueryAnalyzer analyzer;
  private final AnswerEngine engine;
  private final HybridRetriever retriever;

  BenchPipeline(ReportIndex index, QueryAnalyzer analyzer, AnswerEngine engine) {
    this.index = index;
    this.analyzer = analyzer;
    this.engine = engine;
    this.retriever = new HybridRetriever(index, fusion());
  }

  /** Loads the bundled report and indexes it. */
  static BenchPipeline bundled() {
    QueryAnalyzer analyzer = QueryAnalyzer.withBundledLexicons();
    LazyEmbeddingModel model = model(cores());
    ReportIndex index =
        new IndexBuilder().build(ReportLoader.load(BUNDLED), model, BuildProgress.NONE);
    return new BenchPipeline(
        index, analyzer, new AnswerEngine(analyzer, AnswerTemplates.load(null)));
  }

  /** An index built elsewhere (several reports), with a fresh analyzer and engine. */
  static BenchPipeline over(ReportIndex index) {
    QueryAnalyzer analyzer = QueryAnalyzer.withBundledLexicons();
    return new BenchPipeline(
        index, analyzer, new AnswerEngine(analyzer, AnswerTemplates.load(null)));
  }

  static Report bundledReport() {
    return ReportLoader.load(BUNDLED);
  }

  static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** The default model, embedding on {@code threads} daemon threads, as the shell does. */
  static LazyEmbeddingModel model(int threads) {
    return new LazyEmbeddingModel(EmbeddingChoice.BGE_SMALL_ZH, executor(threads));
  }

  static ExecutorService executor(int threads) {
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, "bench-embedding");
          t.setDaemon(true);
          return t;
        });
  }

  /** The fusion weights in force: {@code reportqa.fusion.*} of application.properties. */
  static FusionWeights fusion() {
    Properties p = new Properties();
    try (InputStream in = BenchPipeline.class.getResourceAsStream("/application.properties")) {
      if (in == null) {
        throw new IllegalStateException("application.properties is not on the classpath");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read application.properties", e);
    }
    return new FusionWeights(
        Double.parseDouble(p.getProperty("reportqa.fusion.lexical")),
        Double.parseDouble(p.getProperty("reportqa.fusion.dense")),
        Integer.parseInt(p.getProperty("reportqa.fusion.k")));
  }

  ReportIndex index() {
    return index;
  }

  QueryAnalyzer analyzer() {
    return analyzer;
  }

  AnswerEngine engine() {
    return engine;
  }

  HybridRetriever retriever() {
    return retriever;
  }

  /** A fresh conversation, as the shell's {@code ask} has. */
  Assistant assistant() {
    return new Assistant(analyzer, retriever, engine);
  }
}
