package dev.reportqa.shell;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reportqa.index.EmbeddingChoice;
import dev.reportqa.query.LanguageResources;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;

/**
 * Starts loading the embedding model as soon as the settings are known, before Spring builds the
 * context, when the command will embed a question (the REPL, ask, eval, reindex). On two cores the
 * half second the model takes then overlaps the second Spring takes, instead of following it. Only
 * a head start: a load that fails here is tried again, and reported, when the model is used.
 *
 * <p>HanLP's segmenter and thesaurus and the English dictionary ({@link LanguageResources}) are
 * begun at the same moment, for the same commands: every question is segmented and its places read,
 * and those dictionaries take a third of a second. Begun only when the first question came, they
 * held a one-shot {@code ask} up by that much.
 *
 * <p>The JVM must not exit while a preload thread is inside ONNX Runtime creating the session: ONNX
 * Runtime's own shutdown hook releases its native environment under it and the process dies with
 * SIGSEGV (8 of 15 runs of {@code ./reportqa ask ""} on a fresh cache, which exits at once with a
 * usage error). Shutdown hooks run together, so waiting in one of ours cannot hold that one back;
 * instead, when the application context closes — before {@code main} calls {@code System.exit} —
 * loads that have not reached the native step are stopped and those inside it are waited for, at
 * most {@link #SHUTDOWN_WAIT}.
 */
public final class ModelPreloader implements ApplicationListener<ApplicationEvent> {

  private static final Logger log = LoggerFactory.getLogger(ModelPreloader.class);

  /** Commands that embed a question or the report; with no command the REPL does. */
  static final Set<String> EMBEDDING_COMMANDS = Set.of("ask", "eval", "reindex", "web");

  /**
   * The longest a shutdown waits for a load inside ONNX Runtime: creating the session takes about
   * half a second here, a few seconds on a loaded machine.
   */
  static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

  private final Map<EmbeddingChoice, CompletableFuture<EmbeddingModel>> loads =
      new ConcurrentHashMap<>();
  private volatile boolean closing;
  private final ExecutorService executor =
      Executors.newFixedThreadPool(
          Runtime.getRuntime().availableProcessors(),
          r -> {
            Thread t = new Thread(r, "model-preload");
            t.setDaemon(true);
            return t;
          });

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
      onEnvironmentPrepared(prepared);
    } else if (event instanceof ContextClosedEvent) {
      if (!awaitLoads(SHUTDOWN_WAIT)) {
        log.info("model preload still running after {}; exiting anyway", SHUTDOWN_WAIT);
      }
    }
  }

  private void onEnvironmentPrepared(ApplicationEnvironmentPreparedEvent event) {
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
    String cacheDir = env.getProperty("reportqa.cache-dir", "");
    start(choice, modelDir(cacheDir));
    if (args.length > 0) {
      // A one-shot command: its question comes at once. The REPL begins them once its prompt is
      // shown, so as not to slow the prompt down.
      startLanguage(cacheDir.isBlank() ? null : Path.of(cacheDir), mayAskInEnglish(args));
    }
  }

  /**
   * Whether the command may put a question in English: any but a one-shot {@code ask} whose words
   * (its options aside) hold no Latin letter.
   */
  static boolean mayAskInEnglish(String[] args) {
    if (args.length == 0 || !args[0].equals("ask")) {
      return true;
    }
    for (int i = 1; i < args.length; i++) {
      if (!args[i].startsWith("--")
          && args[i].chars().anyMatch(c -> c < 128 && Character.isLetter(c))) {
        return true;
      }
    }
    return false;
  }

  private volatile LanguageResources language;
  private volatile Path languageCacheDir;

  /** Opens the language resources for this cache directory and begins loading them, once. */
  synchronized void startLanguage(Path cacheDir, boolean english) {
    if (language == null) {
      languageCacheDir = cacheDir;
      language = LanguageResources.open(cacheDir, ModelPreloader::warn);
      language.loadInBackground(english);
    }
  }

  /**
   * The language resources begun at start when they were opened for this cache directory, else new
   * ones (loaded at their first use).
   */
  synchronized LanguageResources languageResources(Path cacheDir) {
    if (language != null && java.util.Objects.equals(languageCacheDir, cacheDir)) {
      return language;
    }
    return LanguageResources.open(cacheDir, ModelPreloader::warn);
  }

  /** A cache problem: one line on standard error. */
  static void warn(String line) {
    System.err.println("warning: " + line);
    System.err.flush();
  }

  /** Where copied model files live: the models folder of the cache, or none. */
  static Path modelDir(String cacheDir) {
    return cacheDir == null || cacheDir.isBlank() ? null : Path.of(cacheDir).resolve("models");
  }

  /** Begins loading a model in the background, once. */
  void start(EmbeddingChoice choice, Path modelDir) {
    loads.computeIfAbsent(
        choice,
        c ->
            CompletableFuture.supplyAsync(
                () -> c.load(executor, modelDir, () -> closing), executor));
  }

  /**
   * Stops loads that have not begun creating their ONNX session, and waits for those that have.
   *
   * @return whether every load had ended within the wait
   */
  boolean awaitLoads(Duration wait) {
    closing = true;
    long deadline = System.nanoTime() + wait.toNanos();
    boolean ended = true;
    for (CompletableFuture<EmbeddingModel> load : loads.values()) {
      try {
        load.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        ended = false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      } catch (ExecutionException | CancellationException e) {
        // Failed or stopped: either way no longer inside the native library.
      }
    }
    return ended;
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
