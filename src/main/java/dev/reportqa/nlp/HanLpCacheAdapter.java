package dev.reportqa.nlp;

import com.hankcs.hanlp.corpus.io.IIOAdapter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * HanLP's file access ({@code HanLP.Config.IOAdapter}): its data from the class path, the caches it
 * builds (the {@code .bin} files it writes beside a text dictionary after parsing it) in a cache
 * folder.
 *
 * <p>HanLP asks for paths under a root: {@code <root>/data/dictionary/tc/t2s.txt}. A path whose
 * file exists under the root is read from there; otherwise the part after the root is read from the
 * class path ({@code data/dictionary/tc/t2s.txt} in HanLP's jar); otherwise it does not exist,
 * which tells HanLP to build the cache and {@link #create} it. HanLP's own class-path adapter
 * refuses to write, so without this every start parsed the same text files again.
 *
 * <p>Written files end with a trailer (CRC32, payload length, magic) that is checked and stripped
 * on reading: a damaged cache file is reported, deleted and reported to HanLP as missing, so HanLP
 * rebuilds it instead of reading garbage. Files are written whole ({@link CacheFiles}).
 */
final class HanLpCacheAdapter implements IIOAdapter {

  /** "RQHC": a report-qa HanLP cache file. */
  static final int MAGIC = 0x52514843;

  static final int TRAILER_BYTES = Long.BYTES + Long.BYTES + Integer.BYTES;

  private final Path root;
  private final String prefix;
  private final ClassLoader classLoader;
  private final Consumer<String> warnings;

  /**
   * @param root the cache folder HanLP's paths start with; null for none (reads only, from the
   *     class path, with HanLP's own {@code data/...} paths)
   * @param warnings told one line for each cache file that is damaged or cannot be written
   */
  HanLpCacheAdapter(Path root, Consumer<String> warnings) {
    this.root = root == null ? null : root.toAbsolutePath().normalize();
    this.prefix = this.root == null ? null : this.root + "/";
    this.classLoader = HanLpCacheAdapter.class.getClassLoader();
    this.warnings = Objects.requireNonNull(warnings, "warnings");
  }

  /** The prefix HanLP's configured paths get: the root and a slash, or "" without a root. */
  String pathPrefix() {
    return prefix == null ? "" : prefix;
  }

  @Override
  public InputStream open(String path) throws IOException {
    String resource = resourceName(path);
    if (root != null && resource != null) {
      Path file = root.resolve(resource);
      byte[] payload = readCached(file);
      if (payload != null) {
        return new ByteArrayInputStream(payload);
      }
    }
    InputStream in = resource == null ? null : classLoader.getResourceAsStream(resource);
    if (in == null) {
      throw new FileNotFoundException(path);
    }
    return in;
  }

  @Override
  public OutputStream create(String path) throws IOException {
    String resource = resourceName(path);
    if (root == null || resource == null) {
      throw new IOException("HanLP caches are not saved without a cache directory: " + path);
    }
    Path file = root.resolve(resource);
    return new ByteArrayOutputStream() {
      private boolean closed;

      @Override
      public void close() throws IOException {
        if (closed) {
          return;
        }
        closed = true;
        try {
          CacheFiles.writeAtomically(file, withTrailer(toByteArray()));
        } catch (IOException e) {
          // HanLP swallows this and goes on with what it built in memory; say it once here.
          warnings.accept(
              "hanlp cache "
                  + file
                  + " cannot be written ("
                  + CacheFiles.reason(e)
                  + "); going on without saving it");
          throw e;
        }
      }
    };
  }

  /**
   * The class-path name of a path HanLP asks for, or null for a path outside the root (and outside
   * {@code data/} without a root), which is never read nor written.
   */
  private String resourceName(String path) {
    String p = path.replace('\\', '/');
    if (prefix != null) {
      if (!p.startsWith(prefix)) {
        return null;
      }
      p = p.substring(prefix.length());
    }
    if (!p.startsWith("data/") || p.contains("/../") || p.contains("/./")) {
      return null;
    }
    return p;
  }

  /**
   * The payload of a cache file, or null when it is missing or damaged (then reported, deleted).
   */
  private byte[] readCached(Path file) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return null;
    }
    String problem = problem(bytes);
    if (problem != null) {
      warnings.accept("hanlp cache " + file + " " + problem + "; rebuilding");
      CacheFiles.deleteQuietly(file);
      return null;
    }
    byte[] payload = new byte[bytes.length - TRAILER_BYTES];
    System.arraycopy(bytes, 0, payload, 0, payload.length);
    return payload;
  }

  static byte[] withTrailer(byte[] payload) {
    CRC32 crc = new CRC32();
    crc.update(payload);
    return ByteBuffer.allocate(payload.length + TRAILER_BYTES)
        .put(payload)
        .putLong(crc.getValue())
        .putLong(payload.length)
        .putInt(MAGIC)
        .array();
  }

  /** What is wrong with a cache file's bytes, or null when they are sound. */
  static String problem(byte[] bytes) {
    if (bytes.length < TRAILER_BYTES) {
      return "is truncated (" + bytes.length + " bytes)";
    }
    ByteBuffer trailer = ByteBuffer.wrap(bytes, bytes.length - TRAILER_BYTES, TRAILER_BYTES);
    long crc = trailer.getLong();
    long length = trailer.getLong();
    if (trailer.getInt() != MAGIC) {
      return "is not a cache file of this version (no RQHC trailer)";
    }
    if (length != bytes.length - TRAILER_BYTES) {
      return "is corrupt (" + bytes.length + " bytes, " + (length + TRAILER_BYTES) + " expected)";
    }
    CRC32 actual = new CRC32();
    actual.update(bytes, 0, (int) length);
    return actual.getValue() == crc ? null : "is corrupt (checksum mismatch)";
  }
}
