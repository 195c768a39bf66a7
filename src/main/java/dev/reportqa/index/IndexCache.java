package dev.reportqa.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.reportqa.chunk.SentenceChunker;
import dev.reportqa.chunk.Unit;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Saves the embedded vectors of a report's units after the first build, so that a later start loads
 * them instead of embedding every unit again (the costly part of a build: seconds, against
 * milliseconds for the BM25 index, which is rebuilt each time).
 *
 * <p>One file per {@link Key}, named {@code <first 16 hex digits of the report's SHA-256>-<model
 * id>-c<chunker version>.vectors}; the file holds the whole key, which is compared in full on load,
 * so a file renamed to another key's name is not believed.
 *
 * <p>Cache problems never throw and never give stale vectors. A missing file is a first build and
 * silent. A file that cannot be read, is truncated, corrupt (checksum), of another format, holds
 * another key's vectors, vectors of another dimension than the model's, or a value that is not a
 * finite number (NaN, infinity), is reported in one line to the warnings consumer, deleted, and
 * treated as missing, so the caller embeds again and saves over it. A directory or file that cannot
 * be written is reported in one line and the caller goes on without saving.
 *
 * <p>File layout, big-endian; the first three fields keep their place in every format:
 *
 * <pre>
 * int    magic "RQVC"
 * int    format version
 * long   length of the whole file in bytes
 * string report SHA-256, model id, model version   (each: unsigned short length, UTF-8 bytes)
 * int    chunker version
 * int    unit count
 * string SHA-256 of the unit texts
 * int    dimension
 * float  unit count × dimension, unit by unit in id order
 * long   CRC32 of every byte before it
 * </pre>
 *
 * <p>Files are written to a temporary file in the cache directory, forced to disk, and moved over
 * the target in one step, so a reader sees the old file or the new one, never half of one.
 */
public final class IndexCache {

  /** "RQVC": a report-qa vector cache file. */
  static final int MAGIC = 0x52515643;

  /** Bumped whenever the layout changes; a file in another format is rebuilt. */
  static final int FORMAT = 1;

  static final String SUFFIX = ".vectors";

  /**
   * Hex digits of the report's SHA-256 in a file name: 64 bits tell reports apart at a glance and
   * keep names short; the full digest is inside the file and checked on load.
   */
  static final int NAME_SHA_DIGITS = 16;

  /**
   * The largest file read: far above any report's vectors (30,000 sentences at 512 dimensions take
   * 60 MB), far below what would exhaust the heap if a stray file had this name.
   */
  static final long MAX_FILE_BYTES = 256L << 20;

  /** Magic, format and length: what every file starts with, whatever its format. */
  private static final int PRELUDE_BYTES = Integer.BYTES + Integer.BYTES + Long.BYTES;

  private static final int CHECKSUM_BYTES = Long.BYTES;

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  private final Path directory;
  private final Consumer<String> warnings;

  /**
   * @param directory where the files go; made on the first save
   * @param warnings told one line, without a trailing newline, for each cache problem
   */
  public IndexCache(Path directory, Consumer<String> warnings) {
    this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    this.warnings = Objects.requireNonNull(warnings, "warnings");
  }

  public Path directory() {
    return directory;
  }

  /** The file that holds, or would hold, the vectors of a key. */
  public Path file(Key key) {
    return directory.resolve(key.fileName());
  }

  /**
   * The saved vectors of a key.
   *
   * @return one vector per unit in unit order; empty when none are saved or the saved file is
   *     unusable (then reported and deleted)
   */
  public Optional<List<Embedding>> load(Key key) {
    Path file = file(key);
    if (!Files.isDirectory(directory)) {
      // Nothing saved yet, or a directory that cannot exist: save() reports that one.
      return Optional.empty();
    }
    deleteLeftovers(file);
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        return discard(file, "is too large (" + size + " bytes)");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return discard(file, "cannot be read (" + reason(e) + ")");
    }
    try {
      return Optional.of(decode(bytes, key));
    } catch (Unusable e) {
      return discard(file, e.getMessage());
    }
  }

  /**
   * Saves the vectors of a key over any file it had, atomically; a failure is reported and
   * otherwise ignored.
   *
   * @param vectors one per unit of the key, in unit order, all of one dimension
   * @throws IllegalArgumentException when the vectors do not fit the key: a caller's mistake, not a
   *     cache problem
   */
  public void save(Key key, List<Embedding> vectors) {
    byte[] bytes = encode(key, vectors);
    try {
      Files.createDirectories(directory);
    } catch (FileAlreadyExistsException e) {
      warnings.accept(
          "index cache directory "
              + directory
              + " is a file, not a directory; going on without saving the index");
      return;
    } catch (IOException e) {
      warnings.accept(
          "index cache directory "
              + directory
              + " cannot be created ("
              + reason(e)
              + "); going on without saving the index");
      return;
    }
    Path file = file(key);
    Path temp = null;
    try {
      temp = Files.createTempFile(directory, "." + file.getFileName() + ".", ".tmp");
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        out.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      warnings.accept(
          "index cache "
              + file
              + " cannot be written ("
              + reason(e)
              + "); going on without saving the index");
    } finally {
      if (temp != null) {
        deleteQuietly(temp);
      }
    }
  }

  /**
   * Deletes every saved entry of a report, for all models and chunker versions, with any temporary
   * file a crashed save left beside them. A file that cannot be deleted is reported.
   *
   * @return how many entries were deleted
   */
  public int evict(String reportSha256) {
    String prefix = namePrefix(Key.checkSha256(reportSha256, "reportSha256"));
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    int deleted = 0;
    List<Path> doomed = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        boolean entry = name.startsWith(prefix) && name.endsWith(SUFFIX);
        boolean leftOver = name.startsWith("." + prefix) && name.endsWith(".tmp");
        if (entry || leftOver) {
          doomed.add(f);
        }
      }
    } catch (IOException e) {
      warnings.accept(
          "index cache directory " + directory + " cannot be listed (" + reason(e) + ")");
      return 0;
    }
    for (Path f : doomed) {
      try {
        Files.deleteIfExists(f);
        if (f.getFileName().toString().endsWith(SUFFIX)) {
          deleted++;
        }
      } catch (IOException e) {
        warnings.accept("index cache " + f + " cannot be deleted (" + reason(e) + ")");
      }
    }
    return deleted;
  }

  /**
   * How old a temporary file must be to count as left by a save that was killed: a save writes a
   * few hundred kilobytes in milliseconds, so a minute never meets one still being written.
   */
  static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofMinutes(1);

  /** Deletes the temporary files that killed saves of this file left behind. */
  private void deleteLeftovers(Path file) {
    long before = System.currentTimeMillis() - LEFTOVER_AGE.toMillis();
    try (DirectoryStream<Path> temps =
        Files.newDirectoryStream(directory, "." + file.getFileName() + ".*.tmp")) {
      for (Path t : temps) {
        if (Files.getLastModifiedTime(t).toMillis() < before) {
          deleteQuietly(t);
        }
      }
    } catch (IOException e) {
      // Only tidiness: the next evict or save reports a directory that cannot be read.
    }
  }

  private Optional<List<Embedding>> discard(Path file, String problem) {
    warnings.accept("index cache " + file + " " + problem + "; rebuilding");
    deleteQuietly(file);
    return Optional.empty();
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // The next save replaces it, or reports why it cannot.
    }
  }

  static byte[] encode(Key key, List<Embedding> vectors) {
    if (vectors.size() != key.units()) {
      throw new IllegalArgumentException(
          "need one vector per unit: " + vectors.size() + " vectors, " + key.units() + " units");
    }
    int dimension = vectors.isEmpty() ? 0 : vectors.get(0).dimension();
    for (Embedding v : vectors) {
      if (v.dimension() != dimension) {
        throw new IllegalArgumentException(
            "vectors of mixed dimensions: " + dimension + " and " + v.dimension());
      }
    }
    byte[][] strings = {
      utf8(key.reportSha256()),
      utf8(key.model().id()),
      utf8(key.modelVersion()),
      utf8(key.unitsSha256())
    };
    // Chunker version, unit count and dimension besides the strings, prelude and checksum.
    long length = PRELUDE_BYTES + 3L * Integer.BYTES + CHECKSUM_BYTES;
    for (byte[] s : strings) {
      length += Short.BYTES + s.length;
    }
    length += (long) key.units() * dimension * Float.BYTES;
    if (length > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "too many vectors for one cache file: " + length + " bytes");
    }
    ByteBuffer out = ByteBuffer.allocate((int) length);
    out.putInt(MAGIC).putInt(FORMAT).putLong(length);
    putString(out, strings[0]);
    putString(out, strings[1]);
    putString(out, strings[2]);
    out.putInt(key.chunkerVersion()).putInt(key.units());
    putString(out, strings[3]);
    out.putInt(dimension);
    for (Embedding v : vectors) {
      for (float f : v.vector()) {
        out.putFloat(f);
      }
    }
    out.putLong(crc(out.array(), out.position()));
    return out.array();
  }

  static List<Embedding> decode(byte[] bytes, Key key) throws Unusable {
    if (bytes.length == 0) {
      throw new Unusable("is empty");
    }
    if (bytes.length < PRELUDE_BYTES) {
      throw new Unusable("is truncated (" + bytes.length + " bytes)");
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    if (in.getInt() != MAGIC) {
      throw new Unusable("is not an index cache file (no RQVC magic number)");
    }
    int format = in.getInt();
    long length = in.getLong();
    if (bytes.length < length) {
      throw new Unusable("is truncated (" + bytes.length + " of " + length + " bytes)");
    }
    if (bytes.length != length || length < PRELUDE_BYTES + CHECKSUM_BYTES) {
      throw new Unusable("is corrupt (" + bytes.length + " bytes, " + length + " expected)");
    }
    int body = bytes.length - CHECKSUM_BYTES;
    if (ByteBuffer.wrap(bytes, body, CHECKSUM_BYTES).getLong() != crc(bytes, body)) {
      throw new Unusable("is corrupt (checksum mismatch)");
    }
    if (format != FORMAT) {
      throw new Unusable("is in format " + format + ", this version reads format " + FORMAT);
    }
    try {
      String reportSha256 = getString(in);
      String model = getString(in);
      String modelVersion = getString(in);
      int chunkerVersion = in.getInt();
      int units = in.getInt();
      String unitsSha256 = getString(in);
      int dimension = in.getInt();
      mismatch("report SHA-256", reportSha256, key.reportSha256());
      mismatch("model", model, key.model().id());
      mismatch("model version", modelVersion, key.modelVersion());
      mismatch("chunker version", chunkerVersion, key.chunkerVersion());
      mismatch("unit count", units, key.units());
      mismatch("unit texts SHA-256", unitsSha256, key.unitsSha256());
      if (dimension < 0
          || (long) units * dimension * Float.BYTES != in.remaining() - CHECKSUM_BYTES) {
        throw new Unusable(
            "is corrupt ("
                + units
                + " vectors of dimension "
                + dimension
                + " do not fill "
                + (in.remaining() - CHECKSUM_BYTES)
                + " bytes)");
      }
      if (units > 0 && dimension != key.model().dimension()) {
        // A valid file of the right key but the wrong length would fail every question.
        throw new Unusable(
            "holds vectors of dimension "
                + dimension
                + ", but "
                + key.model().id()
                + " gives "
                + key.model().dimension());
      }
      FloatBuffer floats = in.asFloatBuffer();
      List<Embedding> vectors = new ArrayList<>(units);
      for (int u = 0; u < units; u++) {
        float[] v = new float[dimension];
        floats.get(v);
        for (float f : v) {
          if (!Float.isFinite(f)) {
            // NaN scores sort nowhere: dense retrieval would silently find nothing.
            throw new Unusable("holds a value that is not a finite number in vector " + u);
          }
        }
        vectors.add(Embedding.from(v));
      }
      return vectors;
    } catch (BufferUnderflowException e) {
      // The checksum matched, so this is a file written wrongly, not damaged later.
      throw new Unusable("is corrupt (ends inside its header)");
    }
  }

  private static void mismatch(String field, Object found, Object expected) throws Unusable {
    if (!found.equals(expected)) {
      throw new Unusable(
          "holds vectors for another key ("
              + field
              + " "
              + shorten(found, expected)
              + ", expected "
              + shorten(expected, found)
              + ")");
    }
  }

  /**
   * A SHA-256 in a warning: the digits of a file name, or as many more as tell it from the other.
   */
  private static String shorten(Object value, Object other) {
    String s = String.valueOf(value);
    if (!SHA256_HEX.matcher(s).matches()) {
      return s;
    }
    String o = String.valueOf(other);
    int differ = 0;
    while (differ < Math.min(s.length(), o.length()) && s.charAt(differ) == o.charAt(differ)) {
      differ++;
    }
    int shown = Math.max(NAME_SHA_DIGITS, differ + 1);
    return shown >= s.length() ? s : s.substring(0, shown) + "…";
  }

  private static long crc(byte[] bytes, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    return crc.getValue();
  }

  private static byte[] utf8(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (b.length > 0xFFFF) {
      throw new IllegalArgumentException(
          "key field too long for a cache file: " + b.length + " bytes");
    }
    return b;
  }

  private static void putString(ByteBuffer out, byte[] s) {
    out.putShort((short) s.length).put(s);
  }

  private static String getString(ByteBuffer in) {
    int length = Short.toUnsignedInt(in.getShort());
    byte[] s = new byte[length];
    in.get(s);
    return new String(s, StandardCharsets.UTF_8);
  }

  private static String namePrefix(String reportSha256) {
    return reportSha256.substring(0, NAME_SHA_DIGITS) + "-";
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** Why a saved file cannot be used; its message completes "index cache FILE …". */
  static final class Unusable extends Exception {
    Unusable(String problem) {
      super(problem, null, false, false);
    }
  }

  /**
   * What saved vectors are valid for: the exact report, model and cut. The report's SHA-256, model
   * and chunker version name the file; the unit count and the digest of the unit texts guard
   * against a cut that changed without its version being bumped.
   *
   * @param reportSha256 SHA-256 of the report file's bytes, 64 lower-case hex digits
   * @param model the embedding model
   * @param modelVersion the version of the model's jar, {@link EmbeddingChoice#version()}
   * @param chunkerVersion {@link SentenceChunker#VERSION} for the units of this build
   * @param units how many units were embedded
   * @param unitsSha256 SHA-256 of the embedded unit texts in order, see {@link #of}
   */
  public record Key(
      String reportSha256,
      EmbeddingChoice model,
      String modelVersion,
      int chunkerVersion,
      int units,
      String unitsSha256) {

    public Key {
      checkSha256(reportSha256, "reportSha256");
      Objects.requireNonNull(model, "model");
      if (modelVersion == null || modelVersion.isBlank()) {
        throw new IllegalArgumentException("modelVersion must not be blank");
      }
      if (chunkerVersion < 0) {
        throw new IllegalArgumentException("chunkerVersion must be 0 or more: " + chunkerVersion);
      }
      if (units < 0) {
        throw new IllegalArgumentException("units must be 0 or more: " + units);
      }
      checkSha256(unitsSha256, "unitsSha256");
    }

    /**
     * The key of units cut by this build's {@link SentenceChunker} from the report with the given
     * SHA-256, embedded by a model as {@link IndexBuilder} embeds them.
     */
    public static Key of(String reportSha256, EmbeddingChoice model, List<Unit> units) {
      return new Key(
          reportSha256,
          model,
          model.version(),
          SentenceChunker.VERSION,
          units.size(),
          unitsSha256(units));
    }

    /**
     * SHA-256 over the text embedded for each unit ({@link DenseIndex#passageText}), each preceded
     * by its length in UTF-8 bytes so that moving a cut between units changes it.
     */
    static String unitsSha256(List<Unit> units) {
      MessageDigest digest;
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java runtime has SHA-256", e);
      }
      for (Unit u : units) {
        byte[] text = DenseIndex.passageText(u).getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(text.length).array());
        digest.update(text);
      }
      return HexFormat.of().formatHex(digest.digest());
    }

    String fileName() {
      return namePrefix(reportSha256) + model.id() + "-c" + chunkerVersion + SUFFIX;
    }

    static String checkSha256(String value, String name) {
      if (value == null || !SHA256_HEX.matcher(value).matches()) {
        throw new IllegalArgumentException(
            name + " must be 64 lower-case hex digits (a SHA-256): " + value);
      }
      return value;
    }
  }
}
