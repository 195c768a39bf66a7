package dev.reportqa.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One temporary cache directory for the whole test JVM, with the real dictionary and HanLP in it:
 * compiling ECDICT takes seconds, and HanLP's configuration is global to the JVM, so every test
 * class shares them. The directory is deleted when the JVM exits; no test reads ~/.cache.
 */
public final class NlpTestCache {

  private static Path dir;
  private static EnglishChineseDictionary dictionary;
  private static ChineseNlp nlp;

  private NlpTestCache() {}

  public static synchronized Path dir() {
    if (dir == null) {
      try {
        dir = Files.createTempDirectory("reportqa-nlp-test-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Path doomed = dir;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(doomed)));
    }
    return dir;
  }

  /** The real ECDICT, compiled once into the shared directory. */
  static synchronized EnglishChineseDictionary dictionary() {
    if (dictionary == null) {
      dictionary =
          EnglishChineseDictionary.open(
              dir(),
              w -> {
                throw new AssertionError("unexpected cache warning: " + w);
              });
    }
    return dictionary;
  }

  /** HanLP with its caches in the shared directory. */
  static synchronized ChineseNlp nlp() {
    if (nlp == null) {
      nlp =
          ChineseNlp.open(
              dir(),
              w -> {
                throw new AssertionError("unexpected cache warning: " + w);
              });
    }
    return nlp;
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A temporary directory the system cleans up anyway.
    }
  }
}
