package dev.reportqa.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of an embedding model copied out of its jar, once per model version, so that ONNX
 * Runtime reads them from disk instead of the Java side reading 95 MB out of a jar every start.
 *
 * <p>The copy heals itself. Each file's size and CRC32C are recorded when it is copied, in the
 * {@value #COMPLETE} manifest written last; before every use both are checked, and a file that is
 * missing, truncated or damaged (a flipped bit would otherwise make ONNX Runtime fail on every
 * command, or worse, embed wrongly) is copied again. Temporary files a killed copy left behind are
 * deleted first. All of it happens under a file lock, so that concurrent first starts neither copy
 * over each other nor delete each other's temporary files. CRC32C rather than a cryptographic hash:
 * it guards against damage, not an attacker who can write the cache, and checks 95 MB in tens of
 * milliseconds.
 */
final class ModelFiles {

  private static final Logger log = LoggerFactory.getLogger(ModelFiles.class);

  /** The manifest, written last: a folder without a valid one holds a copy that did not finish. */
  static final String COMPLETE = ".complete";

  /** Held while checking or copying; other processes wait for it. */
  static final String LOCK = ".lock";

  static final String TEMP_SUFFIX = ".tmp";

  /** Where the model and its tokenizer are. */
  record Paths(Path model, Path tokenizer) {}

  /** A file as copied: its size and CRC32C. */
  private record Entry(long size, long crc) {}

  private ModelFiles() {}

  /**
   * The model's files under {@code dir/<model>-<version>/}, checked, and copied there first when
   * missing or damaged.
   *
   * @return empty when they cannot be copied (the caller then reads the jar)
   */
  static synchronized Optional<Paths> extract(EmbeddingChoice choice, Path dir) {
    Path folder = dir.resolve(choice.id() + "-" + choice.version());
    Paths paths =
        new Paths(
            folder.resolve(choice.modelResource()), folder.resolve(choice.tokenizerResource()));
    try {
      Files.createDirectories(folder);
      try (FileChannel channel =
              FileChannel.open(
                  folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        deleteLeftovers(folder);
        String problem = problem(folder, choice);
        if (problem == null) {
          return Optional.of(paths);
        }
        log.info("model files of {} in {} {}; copying them again", choice.id(), folder, problem);
        Map<String, Entry> copied = new HashMap<>();
        copied.put(choice.modelResource(), copy(choice.modelResource(), paths.model()));
        copied.put(choice.tokenizerResource(), copy(choice.tokenizerResource(), paths.tokenizer()));
        writeManifest(folder, choice.version(), copied);
        return Optional.of(paths);
      }
    } catch (IOException | RuntimeException e) {
      log.info("model files of {} not copied to {}: {}", choice.id(), folder, e.toString());
      return Optional.empty();
    }
  }

  /** What is wrong with the copy in a folder, or null when every file matches its manifest. */
  static String problem(Path folder, EmbeddingChoice choice) throws IOException {
    Path manifest = folder.resolve(COMPLETE);
    if (!Files.isRegularFile(manifest)) {
      return "are not all there";
    }
    List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).strip().equals(choice.version())) {
      return "have no manifest of this version";
    }
    Map<String, Entry> expected = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (f.length == 3) {
        try {
          expected.put(f[0], new Entry(Long.parseLong(f[1]), Long.parseLong(f[2], 16)));
        } catch (NumberFormatException e) {
          return "have a damaged manifest";
        }
      }
    }
    for (String name : List.of(choice.modelResource(), choice.tokenizerResource())) {
      Entry want = expected.get(name);
      Path file = folder.resolve(name);
      if (want == null) {
        return "have no checksum for " + name;
      }
      if (!Files.isRegularFile(file)) {
        return "lack " + name;
      }
      long size = Files.size(file);
      if (size != want.size()) {
        return "are damaged (" + name + " has " + size + " bytes, " + want.size() + " expected)";
      }
      if (crc(file) != want.crc()) {
        return "are damaged (" + name + " fails its checksum)";
      }
    }
    return null;
  }

  /** Temporary files of copies that were killed; only called under the lock. */
  private static void deleteLeftovers(Path folder) throws IOException {
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + TEMP_SUFFIX)) {
      files.forEach(leftovers::add);
    }
    for (Path f : leftovers) {
      log.info("deleting {}, left by a copy that did not finish", f);
      Files.deleteIfExists(f);
    }
  }

  private static long crc(Path file) throws IOException {
    CRC32C crc = new CRC32C();
    ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      while (in.read(buffer) >= 0) {
        buffer.flip();
        crc.update(buffer);
        buffer.clear();
      }
    }
    return crc.getValue();
  }

  private static Entry copy(String resource, Path target) throws IOException {
    InputStream raw = ModelFiles.class.getClassLoader().getResourceAsStream(resource);
    if (raw == null) {
      throw new IOException("not on the classpath: " + resource);
    }
    CRC32C crc = new CRC32C();
    try (InputStream in = new CheckedInputStream(raw, crc)) {
      Path tmp =
          Files.createTempFile(target.getParent(), target.getFileName().toString(), TEMP_SUFFIX);
      try {
        long size = Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Entry(size, crc.getValue());
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** The manifest: the version, then one line per file, name, size and CRC32C in hex. */
  private static void writeManifest(Path folder, String version, Map<String, Entry> files)
      throws IOException {
    StringBuilder text = new StringBuilder(version).append('\n');
    files.forEach(
        (name, e) ->
            text.append(name)
                .append('\t')
                .append(e.size())
                .append('\t')
                .append(Long.toHexString(e.crc()))
                .append('\n'));
    Path tmp = Files.createTempFile(folder, COMPLETE, TEMP_SUFFIX);
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(
          tmp,
          folder.resolve(COMPLETE),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
