package dev.reportqa.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of an embedding model copied out of its jar, once per model version, so that ONNX
 * Runtime reads them from disk instead of the Java side reading 95 MB out of a jar every start.
 */
final class ModelFiles {

  private static final Logger log = LoggerFactory.getLogger(ModelFiles.class);

  /** Written last: a folder without it holds a copy that did not finish. */
  static final String COMPLETE = ".complete";

  /** Where the model and its tokenizer are. */
  record Paths(Path model, Path tokenizer) {}

  private ModelFiles() {}

  /**
   * The model's files under {@code dir/<model>-<version>/}, copied there first when missing.
   *
   * @return empty when they cannot be copied (the caller then reads the jar)
   */
  static synchronized Optional<Paths> extract(EmbeddingChoice choice, Path dir) {
    Path folder = dir.resolve(choice.id() + "-" + choice.version());
    Path model = folder.resolve(choice.modelResource());
    Path tokenizer = folder.resolve(choice.tokenizerResource());
    if (Files.isRegularFile(folder.resolve(COMPLETE))) {
      return Optional.of(new Paths(model, tokenizer));
    }
    try {
      Files.createDirectories(folder);
      copy(choice.modelResource(), model);
      copy(choice.tokenizerResource(), tokenizer);
      Files.writeString(folder.resolve(COMPLETE), choice.version());
      return Optional.of(new Paths(model, tokenizer));
    } catch (IOException | RuntimeException e) {
      log.info("model files of {} not copied to {}: {}", choice.id(), folder, e.toString());
      return Optional.empty();
    }
  }

  private static void copy(String resource, Path target) throws IOException {
    try (InputStream in = ModelFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("not on the classpath: " + resource);
      }
      Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
      try {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
