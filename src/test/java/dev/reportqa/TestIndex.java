package dev.reportqa;

import dev.reportqa.answer.AnswerEngine;
import dev.reportqa.answer.AnswerRefiner;
import dev.reportqa.answer.AnswerTemplates;
import dev.reportqa.answer.Assistant;
import dev.reportqa.index.BuildProgress;
import dev.reportqa.index.EmbeddingChoice;
import dev.reportqa.index.IndexBuilder;
import dev.reportqa.index.LazyEmbeddingModel;
import dev.reportqa.index.ReportIndex;
import dev.reportqa.query.LanguageResources;
import dev.reportqa.query.Lexicons;
import dev.reportqa.query.QueryAnalyzer;
import dev.reportqa.retrieve.FusionWeights;
import dev.reportqa.retrieve.HybridRetriever;
import java.util.concurrent.Executors;

/** The bundled report indexed with the default model, built once for all tests. */
public final class TestIndex {

  /** The fusion weights of application.properties. */
  public static final FusionWeights DEFAULT_FUSION = new FusionWeights(1.0, 0.5, 60);

  private static ReportIndex index;
  private static QueryAnalyzer analyzer;
  private static AnswerEngine engine;

  private TestIndex() {}

  public static synchronized ReportIndex xitang() {
    if (index == null) {
      index = new IndexBuilder().build(TestReports.xitang(), embeddingModel(), BuildProgress.NONE);
    }
    return index;
  }

  /** The embedding model the application uses, on two daemon threads, for indexing in tests. */
  public static LazyEmbeddingModel embeddingModel() {
    return new LazyEmbeddingModel(
        EmbeddingChoice.BGE_SMALL_ZH,
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "test-embedding");
              t.setDaemon(true);
              return t;
            }));
  }

  /**
   * The question reader the shell uses on the bundled report: its lexicon layers (general,
   * regional, its own) and HanLP and ECDICT, whose compiled caches the test JVM shares ({@link
   * dev.reportqa.nlp.NlpTestCache}: HanLP's configuration is global to a JVM).
   */
  public static synchronized QueryAnalyzer analyzer() {
    if (analyzer == null) {
      analyzer =
          QueryAnalyzer.withBundledLexicons(languageResources())
              .withLexicons(
                  Lexicons.forReports(
                      java.util.List.of(TestReports.xitang()), languageResources()));
    }
    return analyzer;
  }

  private static LanguageResources resources;

  public static synchronized LanguageResources languageResources() {
    if (resources == null) {
      resources = LanguageResources.open(dev.reportqa.nlp.NlpTestCache.dir(), line -> {});
    }
    return resources;
  }

  public static synchronized AnswerEngine engine() {
    if (engine == null) {
      QueryAnalyzer a = analyzer();
      engine = new AnswerEngine(a, AnswerTemplates.load(null));
    }
    return engine;
  }

  /** A fresh conversation over the bundled report. */
  public static Assistant assistant() {
    return assistant(AnswerRefiner.NONE);
  }

  /** A fresh conversation over the bundled report whose answers pass through a refiner. */
  public static Assistant assistant(AnswerRefiner refiner) {
    return new Assistant(analyzer(), retriever(), engine(), refiner);
  }

  /** The retriever with the default fusion weights. */
  public static HybridRetriever retriever() {
    return new HybridRetriever(xitang(), DEFAULT_FUSION);
  }

  /** The index of another report (a development report under src/test/resources), built afresh. */
  public static ReportIndex indexOf(java.nio.file.Path report) {
    return new IndexBuilder()
        .build(dev.reportqa.report.ReportLoader.load(report), embeddingModel(), BuildProgress.NONE);
  }

  /** The index of a report written by a test: the text is saved under the name in the folder. */
  public static ReportIndex indexOfText(java.nio.file.Path dir, String name, String text)
      throws java.io.IOException {
    java.nio.file.Path report = dir.resolve(name);
    java.nio.file.Files.writeString(report, text, java.nio.charset.StandardCharsets.UTF_8);
    return indexOf(report);
  }

  /** A fresh conversation over an index of another report. */
  public static Assistant assistant(ReportIndex index) {
    return new Assistant(
        analyzer(), new HybridRetriever(index, DEFAULT_FUSION), engine(), AnswerRefiner.NONE);
  }
}
