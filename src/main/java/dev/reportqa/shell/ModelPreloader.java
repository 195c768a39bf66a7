package dev.reportqa.shell;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reportqa.index.EmbeddingChoice;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts loading the embedding model as soon as the settings are known, before Spring builds the
 * context, when the command will embed a question (the REPL, ask, eval, reindex). On two cores the
 * half second the model takes then overlaps the second Spring takes, instead of following it. Only
 * a head start: a load that fails here is tried again, and reported, when the model is used.
 */
public final class ModelPreloader
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  private static final Logger log = LoggerFactory.getLogger(ModelPreloader.class);

  /** Commands that embed a question or the report; with no command the REPL does. */
  static final Set<String> EMBEDDING_COMMANDS = Set.of("ask", "eval", "reindex", "web");

  private final Map<EmbeddingChoice, CompletableFuture<EmbeddingModel>> loads =
      new ConcurrentHashMap<>();
  private final ExecutorService executor =
      Executors.newFixedThreadPool(
          Runtime.getRuntime().availableProcessors(),
          r -> {
            Thread t = new Thread(r, "model-preload");
            t.setDaemon(true);
            return t;
          });

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    String[] args = event.getArgs();
    if (args.length > 0 && !EMBEDDING_COMMANDS.contains(args[0])) {
      return;
    }
    Environment env = event.getEnvironment();
    EmbeddingChoice choice;
    try {
      choice = EmbeddingChoice.parse(env.getProperty("reportqa.embedding", "bge-small-zh"));
    } catch (IllegalArgumentException e) {
      return; // the configuration reports it in one line later
    }
    start(choice, modelDir(env.getProperty("reportqa.cache-dir", "")));
  }

  /** Where copied model files live: the models folder of the cache, or none. */
  static Path modelDir(String cacheDir) {
    return cacheDir == null || cacheDir.isBlank() ? null : Path.of(cacheDir).resolve("models");
  }

  /** Begins loading a model in the background, once. */
  void start(EmbeddingChoice choice, Path modelDir) {
    loads.computeIfAbsent(
        choice, c -> CompletableFuture.supplyAsync(() -> c.load(executor, modelDir), executor));
  }

  /**
   * The model loaded at start, waiting for it if it is still loading; empty when none was begun or
   * it failed.
   */
  Optional<EmbeddingModel> take(EmbeddingChoice choice) {
    CompletableFuture<EmbeddingModel> load = loads.get(choice);
    if (load == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(load.join());
    } catch (RuntimeException e) {
      log.info("model preload of {} failed: {}", choice.id(), e.toString());
      return Optional.empty();
    }
  }
}
