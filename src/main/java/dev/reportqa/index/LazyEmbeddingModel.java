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
  private final Executor executor;
  private volatile EmbeddingModel model;

  public LazyEmbeddingModel(EmbeddingChoice choice, Executor executor) {
    this.choice = Objects.requireNonNull(choice, "choice");
    this.executor = Objects.requireNonNull(executor, "executor");
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
          m = choice.load(executor);
          model = m;
        }
      }
    }
    return m;
  }
}
