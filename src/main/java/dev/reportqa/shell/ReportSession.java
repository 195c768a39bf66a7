package dev.reportqa.shell;

import dev.reportqa.answer.AnswerEngine;
import dev.reportqa.answer.AnswerRefiner;
import dev.reportqa.answer.Assistant;
import dev.reportqa.index.BuildProgress;
import dev.reportqa.index.EmbeddingChoice;
import dev.reportqa.index.IndexBuilder;
import dev.reportqa.index.IndexCache;
import dev.reportqa.index.LazyEmbeddingModel;
import dev.reportqa.index.ReportIndex;
import dev.reportqa.llm.PassageSearch;
import dev.reportqa.query.Lexicons;
import dev.reportqa.query.QueryAnalyzer;
import dev.reportqa.report.Report;
import dev.reportqa.report.ReportLoader;
import dev.reportqa.retrieve.FusionWeights;
import dev.reportqa.retrieve.HybridRetriever;
import dev.reportqa.source.LineLocator;
import dev.reportqa.source.Locator;
import dev.reportqa.source.TextCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

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
  private final Executor executor;
  private final Map<EmbeddingChoice, LazyEmbeddingModel> models =
      new EnumMap<>(EmbeddingChoice.class);
  private final Map<EmbeddingChoice, ReportIndex> indexes = new EnumMap<>(EmbeddingChoice.class);
  private final Function<PassageSearch, AnswerRefiner> llmRefiners;
  private List<Report> reports;
  private Assistant assistant;

  public ReportSession(
      Path reportPath,
      EmbeddingChoice embedding,
      FusionWeights fusion,
      QueryAnalyzer analyzer,
      AnswerEngine engine,
      Executor executor) {
    this(reportPath, embedding, fusion, analyzer, engine, executor, null);
  }

  /**
   * @param llmRefiners makes the LLM refiner for a conversation, given retrieval over the index;
   *     null when LLM mode is off
   */
  public ReportSession(
      Path reportPath,
      EmbeddingChoice embedding,
      FusionWeights fusion,
      QueryAnalyzer analyzer,
      AnswerEngine engine,
      Executor executor,
      Function<PassageSearch, AnswerRefiner> llmRefiners) {
    this.reportPath = Objects.requireNonNull(reportPath, "reportPath");
    this.embedding = Objects.requireNonNull(embedding, "embedding");
    this.fusion = Objects.requireNonNull(fusion, "fusion");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.llmRefiners = llmRefiners;
  }

  public Path reportPath() {
    return reportPath;
  }

  public EmbeddingChoice embedding() {
    return embedding;
  }

  /**
   * The question reader of the loaded reports: the configured one with their lexicon layers
   * (general, regional, their own; see {@link Lexicons}), made on first call.
   */
  public synchronized QueryAnalyzer analyzer() {
    if (layeredAnalyzer == null) {
      layeredAnalyzer = analyzer.withLexicons(Lexicons.forReports(reports(), analyzer.resources()));
    }
    return layeredAnalyzer;
  }

  /** The answer stage of the loaded reports, reading through {@link #analyzer()}. */
  public synchronized AnswerEngine engine() {
    if (layeredEngine == null) {
      layeredEngine = engine.withAnalyzer(analyzer());
    }
    return layeredEngine;
  }

  private QueryAnalyzer layeredAnalyzer;
  private AnswerEngine layeredEngine;

  /**
   * The reports, loaded on first call: the report file, or every report file of the report folder
   * by name ({@code .md}, {@code .txt}, {@code .docx}, {@code .pdf}, {@code .html}); a file of a
   * folder that cannot be read is skipped with a warning.
   *
   * @throws ReportException naming the path when the report is missing or bad, or a folder holds
   *     none that can be read
   */
  public synchronized List<Report> reports() {
    if (reports == null) {
      reports = ReportLoader.loadAll(reportPath, textCache, warnings);
    }
    return reports;
  }

  /** The report, when one is loaded. */
  public Report report() {
    return report(null);
  }

  /**
   * A loaded report by file name; with no name, the only one.
   *
   * @throws UsageException when the name is unknown, or none is given and several are loaded
   */
  public Report report(String name) {
    List<Report> all = reports();
    if (name == null || name.isBlank()) {
      if (all.size() > 1) {
        throw new UsageException(
            all.size()
                + " reports are loaded — name one with --in (or show file.md:87): "
                + names(all));
      }
      return all.get(0);
    }
    for (Report r : all) {
      if (r.name().equals(name.strip())) {
        return r;
      }
    }
    throw new UsageException("no report named '" + name + "' is loaded — loaded: " + names(all));
  }

  /**
   * Where the lines of the one loaded report are in its file, for eval records and {@code ask
   * --json}; plain lines with several, whose records cannot say which report a line is of.
   */
  public Locator locator() {
    List<Report> all = reports();
    return all.size() == 1 ? all.get(0).locator() : LineLocator.INSTANCE;
  }

  private static String names(List<Report> reports) {
    return String.join(", ", reports.stream().map(Report::name).toList());
  }

  /** The index with the configured model, built on first call with progress reported. */
  public ReportIndex index(BuildProgress progress) {
    return index(embedding, progress);
  }

  /** The index with the given model, built on first call with progress reported. */
  public synchronized ReportIndex index(EmbeddingChoice choice, BuildProgress progress) {
    ReportIndex index = indexes.get(choice);
    if (index == null) {
      index =
          indexCache == null
              ? new IndexBuilder().build(reports(), model(choice), progress)
              : new IndexBuilder()
                  .build(reports(), reportSha256s(), model(choice), progress, indexCache);
      indexes.put(choice, index);
    }
    return index;
  }

  /** The embedding model, loaded on first use. */
  public synchronized LazyEmbeddingModel model(EmbeddingChoice choice) {
    return models.computeIfAbsent(
        choice,
        c ->
            new LazyEmbeddingModel(
                c,
                () ->
                    Optional.ofNullable(preloader)
                        .flatMap(p -> p.take(c))
                        .orElseGet(() -> c.load(executor, modelDir))));
  }

  public synchronized boolean indexed() {
    return indexes.containsKey(embedding);
  }

  /** The conversation of the shell, made on first call. */
  public synchronized Assistant assistant(BuildProgress progress) {
    if (assistant == null) {
      assistant = newAssistant(progress);
    }
    return assistant;
  }

  /** Whether LLM mode is configured ({@code REPORTQA_LLM} is openai or ollama). */
  public boolean llmEnabled() {
    return llmRefiners != null;
  }

  /**
   * A fresh conversation over the index of the configured model, answered the configured way:
   * through the language model when LLM mode is on, offline otherwise.
   */
  public Assistant newAssistant(BuildProgress progress) {
    return newAssistant(embedding, progress, llmEnabled());
  }

  /** A fresh conversation over the configured model's index, offline or through the model. */
  public Assistant newAssistant(BuildProgress progress, boolean llm) {
    return newAssistant(embedding, progress, llm);
  }

  /**
   * A fresh conversation, answered offline or through the language model, for evaluation ({@code
   * eval} and {@code eval --llm}).
   *
   * @param choice the embedding model whose index to use
   * @param llm true for LLM mode: verified model answers, the offline answer with a notice when a
   *     model answer fails
   * @throws UsageException when {@code llm} is true and LLM mode is not configured
   */
  public synchronized Assistant newAssistant(
      EmbeddingChoice choice, BuildProgress progress, boolean llm) {
    if (llm && !llmEnabled()) {
      throw new UsageException(
          "LLM mode is off — set REPORTQA_LLM=openai (or ollama), REPORTQA_LLM_BASE_URL and"
              + " REPORTQA_LLM_MODEL");
    }
    HybridRetriever retriever = new HybridRetriever(index(choice, progress), fusion);
    QueryAnalyzer reader = analyzer();
    AnswerRefiner refiner =
        llm
            ? llmRefiners.apply(
                question -> retriever.retrieve(reader.analyze(question), Assistant.RETRIEVED))
            : AnswerRefiner.NONE;
    return new Assistant(reader, retriever, engine(), refiner);
  }

  // Index cache (issue 5): the embedded vectors are saved between runs, reindex rebuilds them.

  private IndexCache indexCache;
  private List<String> reportSha256s;

  /** Builds indexes through the cache from now on; without one, every build embeds. */
  /**
   * Loads models from their files copied under {@code modelDir} rather than from their jars, and
   * takes a model whose load began at start from the preloader.
   *
   * @param modelDir where model files are copied; null to read the jars
   * @param preloader loads begun at start; null for none
   */
  public synchronized void useModels(Path modelDir, ModelPreloader preloader) {
    this.modelDir = modelDir;
    this.preloader = preloader;
  }

  private Path modelDir;
  private ModelPreloader preloader;

  public synchronized void useIndexCache(IndexCache cache) {
    this.indexCache = Objects.requireNonNull(cache, "cache");
  }

  // Reports in other formats (issue 13): their extracted text is cached beside the vectors, and a
  // folder's unreadable file is skipped with a warning.

  private TextCache textCache = TextCache.NONE;
  private Consumer<String> warnings = line -> {};

  /** Keeps the text extracted from Word, PDF and web-page reports in this cache from now on. */
  public synchronized void useTextCache(TextCache cache) {
    this.textCache = Objects.requireNonNull(cache, "cache");
  }

  /** Where a report file skipped in a folder is named, one line each; by default nowhere. */
  public synchronized void useWarnings(Consumer<String> warnings) {
    this.warnings = Objects.requireNonNull(warnings, "warnings");
  }

  /**
   * Reads the report files again and builds their index anew, embedding every unit, then puts it in
   * place of the old one and starts a fresh conversation. Until the new index is complete nothing
   * changes: the old index, conversation and saved vectors stay as they were, so a build that fails
   * or is cancelled (Ctrl-C) loses nothing. Then the new vectors replace the saved ones, and those
   * of the report's earlier text are deleted, with the text extracted from it (Word, PDF, web
   * page).
   *
   * <p>Word, PDF and web-page reports are extracted again rather than read from the text cache, as
   * a text file is read again; a cached text of the same bytes and extractor is the same text, so
   * it is kept.
   *
   * @throws dev.reportqa.report.ReportException when the report cannot be read, or a folder holds
   *     none that can be read
   */
  public synchronized ReportIndex reindex(BuildProgress progress) {
    List<Report> fresh = ReportLoader.loadAll(reportPath, TextCache.NONE, warnings);
    // Of the reports read, as reportSha256s(): a folder's unreadable files are left out.
    List<String> digests = fresh.stream().map(r -> r.origin().sha256()).toList();
    ReportIndex index =
        indexCache == null
            ? new IndexBuilder().build(fresh, model(embedding), progress)
            : buildReplacingSaved(fresh, digests, progress);
    reports = fresh;
    reportSha256s = digests;
    layeredAnalyzer = null;
    layeredEngine = null;
    indexes.clear();
    indexes.put(embedding, index);
    assistant = null;
    return index;
  }

  /**
   * Embeds every unit into a staging cache beside the real one (an empty folder, so nothing is read
   * from it), then moves the new files over the saved ones, each in one step, and deletes the files
   * of digests the reports no longer have. A staging folder left by a killed run is removed.
   */
  private ReportIndex buildReplacingSaved(
      List<Report> fresh, List<String> digests, BuildProgress progress) {
    Path dir = indexCache.directory();
    Path staging;
    try {
      Files.createDirectories(dir);
      removeStaging(dir);
      staging = Files.createTempDirectory(dir, STAGING_PREFIX);
    } catch (IOException e) {
      System.err.println(
          "warning: index cache directory "
              + dir
              + " cannot be written ("
              + e.getMessage()
              + "); going on without saving the index");
      return new IndexBuilder().build(fresh, model(embedding), progress);
    }
    try {
      IndexCache stagingCache =
          new IndexCache(staging, line -> System.err.println("warning: " + line));
      ReportIndex index =
          new IndexBuilder().build(fresh, digests, model(embedding), progress, stagingCache);
      try (Stream<Path> made = Files.list(staging)) {
        for (Path file : made.toList()) {
          Path target = dir.resolve(file.getFileName());
          try {
            Files.move(
                file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      Set<String> stale = new LinkedHashSet<>();
      if (reportSha256s != null) {
        stale.addAll(reportSha256s);
      } else if (reports != null) {
        reports.forEach(r -> stale.add(r.origin().sha256()));
      }
      stale.removeAll(digests);
      stale.forEach(indexCache::evict);
      stale.forEach(textCache::evict);
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the new vectors into " + dir, e);
    } finally {
      deleteTree(staging);
    }
  }

  /** Staging folders of reindex runs inside the cache directory. */
  static final String STAGING_PREFIX = ".reindex-";

  private static void removeStaging(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : entries.toList()) {
        if (p.getFileName().toString().startsWith(STAGING_PREFIX) && Files.isDirectory(p)) {
          deleteTree(p);
        }
      }
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A leftover staging folder is removed by the next reindex.
    }
  }

  /**
   * SHA-256 of each report file as it was read, in the order of {@link #reports()} (a folder's
   * unreadable files left out).
   */
  private List<String> reportSha256s() {
    if (reportSha256s == null) {
      reportSha256s = reports().stream().map(r -> r.origin().sha256()).toList();
    }
    return reportSha256s;
  }
}
