package dev.reportqa.index;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Loads an embedding model on first use and keeps it. Loading takes a second or more, and a process
 * that only shows lines or loads saved vectors may never need the model.
 */
public final class LazyEmbeddingModel implements Supplier<EmbeddingModel> {

  private final EmbeddingChoice choice;
  private final Supplier<EmbeddingModel> loader;
  private volatile EmbeddingModel model;

  public LazyEmbeddingModel(EmbeddingChoice choice, Executor executor) {
    this(choice, loader(choice, executor));
  }

  /**
   * @param loader makes the model on first use: from its copied files, from a load begun at start,
   *     or in tests one that counts or refuses loads
   */
  public LazyEmbeddingModel(EmbeddingChoice choice, Supplier<EmbeddingModel> loader) {
    this.choice = Objects.requireNonNull(choice, "choice");
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  private static Supplier<EmbeddingModel> loader(EmbeddingChoice choice, Executor executor) {
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(executor, "executor");
    return () -> choice.load(executor);
  }

  public EmbeddingChoice choice() {
    return choice;
  }

  @Override
  public EmbeddingModel get() {
    EmbeddingModel m = model;
    if (m == null) {
      synchronized (this) {
        m = model;
        if (m == null) {
          m = loader.get();
          model = m;
        }
      }
    }
    return m;
  }
}
