package dev.reportqa.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * Saves the text extracted from a Word, PDF or web-page report, so that a later start reads it
 * instead of parsing the file again (a 30-page PDF takes about a second to parse; its text loads in
 * milliseconds). Text files are read directly and never cached.
 *
 * <p>One file per report's bytes and extractor version, named {@code <first 16 hex digits of the
 * file's SHA-256>-<format>-x<version>.text}; it holds the whole key, compared in full on load.
 * Problems never throw: a file that is unreadable, truncated, corrupt (checksum) or of another key
 * is reported in one line, deleted and extracted again; a directory that cannot be written is
 * reported and the text is not saved.
 *
 * <p>Layout (UTF-8 text): the header lines {@code report-qa text 1}, {@code sha256 …}, {@code
 * format …}, {@code extractor …}, {@code encoding …}, {@code pages …} and {@code spans …} (for a
 * PDF, the first and last page of each line and the offsets where its later pages begin, e.g.
 * {@code 1-1 1-2:340}), then {@code text <characters>}, the text, and a last line {@code crc32 <8
 * hex digits>} of every byte before it.
 */
public final class TextCache {

  static final String SUFFIX = ".text";
  private static final String MAGIC = "report-qa text 1";
  private static final int NAME_SHA_DIGITS = 16;

  /** Far above any report's text, far below what a stray file could do to the heap. */
  private static final long MAX_FILE_BYTES = 64L << 20;

  /** No cache: every load extracts. */
  public static final TextCache NONE = new TextCache(null, line -> {});

  private final Path directory;
  private final Consumer<String> warnings;

  /**
   * @param directory where files go, made on the first save; null for no cache
   * @param warnings told one line, without a trailing newline, for each cache problem
   */
  public TextCache(Path directory, Consumer<String> warnings) {
    this.directory = directory == null ? null : directory.toAbsolutePath().normalize();
    this.warnings = Objects.requireNonNull(warnings, "warnings");
  }

  /** What a saved text is for: the file's bytes and the extractor that read them. */
  record Key(String sha256, Format format, int version) {
    String fileName() {
      return sha256.substring(0, NAME_SHA_DIGITS)
          + "-"
          + format.name().toLowerCase(java.util.Locale.ROOT)
          + "-x"
          + version
          + SUFFIX;
    }
  }

  Path file(Key key) {
    return directory.resolve(key.fileName());
  }

  /** The saved text of a key; empty when none is saved or the file is unusable (then deleted). */
  Optional<SourceText> load(Key key) {
    if (directory == null || !Files.isDirectory(directory)) {
      return Optional.empty();
    }
    Path file = file(key);
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        return discard(file, "is too large");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return discard(file, "cannot be read (" + e.getMessage() + ")");
    }
    try {
      return Optional.of(decode(bytes, key));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return discard(file, "is corrupt (" + e.getMessage() + ")");
    }
  }

  /** Saves the text of a key, atomically; a failure is reported and otherwise ignored. */
  void save(Key key, SourceText text) {
    if (directory == null) {
      return;
    }
    byte[] bytes = encode(key, text);
    try {
      Files.createDirectories(directory);
    } catch (FileAlreadyExistsException e) {
      warnings.accept(
          "text cache directory " + directory + " is a file; going on without saving the text");
      return;
    } catch (IOException e) {
      warnings.accept(
          "text cache directory "
              + directory
              + " cannot be created ("
              + e.getMessage()
              + "); going on without saving the text");
      return;
    }
    Path file = file(key);
    Path temp = null;
    try {
      temp = Files.createTempFile(directory, "." + file.getFileName() + ".", ".tmp");
      Files.write(temp, bytes);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      warnings.accept(
          "text cache "
              + file
              + " cannot be written ("
              + e.getMessage()
              + "); going on without it");
    } finally {
      if (temp != null) {
        deleteQuietly(temp);
      }
    }
  }

  /** Deletes every saved text of a file's bytes, for every format and version. */
  public void evict(String sha256) {
    if (directory == null || !Files.isDirectory(directory) || sha256.length() < NAME_SHA_DIGITS) {
      return;
    }
    String prefix = sha256.substring(0, NAME_SHA_DIGITS) + "-";
    try (var files = Files.newDirectoryStream(directory, prefix + "*" + SUFFIX)) {
      for (Path f : files) {
        deleteQuietly(f);
      }
    } catch (IOException e) {
      warnings.accept("text cache directory " + directory + " cannot be listed (" + e + ")");
    }
  }

  private Optional<SourceText> discard(Path file, String problem) {
    warnings.accept("text cache " + file + " " + problem + "; extracting the text again");
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

  static byte[] encode(Key key, SourceText text) {
    Origin o = text.origin();
    StringBuilder out = new StringBuilder();
    out.append(MAGIC).append('\n');
    out.append("sha256 ").append(key.sha256()).append('\n');
    out.append("format ").append(key.format().name()).append('\n');
    out.append("extractor ").append(key.version()).append('\n');
    out.append("encoding ").append(o.encoding()).append('\n');
    if (o.locator() instanceof PageLocator pages) {
      out.append("pages ").append(pages.pages()).append('\n');
      out.append("spans");
      for (int line = 1; line <= pages.lines(); line++) {
        out.append(' ').append(pages.firstPage(line)).append('-').append(pages.lastPage(line));
        for (int at : pages.breaks(line)) {
          out.append(':').append(at);
        }
      }
      out.append('\n');
    } else {
      out.append("pages 0\n");
      out.append("spans\n");
    }
    out.append("text ").append(text.text().length()).append('\n');
    out.append(text.text()).append('\n');
    byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
    String crc = "crc32 " + HexFormat.of().toHexDigits((int) crc(body, body.length)) + "\n";
    byte[] all = new byte[body.length + crc.length()];
    System.arraycopy(body, 0, all, 0, body.length);
    System.arraycopy(crc.getBytes(StandardCharsets.US_ASCII), 0, all, body.length, crc.length());
    return all;
  }

  static SourceText decode(byte[] bytes, Key key) {
    int crcAt = lastLineStart(bytes);
    String crcLine = new String(bytes, crcAt, bytes.length - crcAt, StandardCharsets.US_ASCII);
    if (!crcLine.matches("crc32 [0-9a-f]{8}\n")) {
      throw new IllegalArgumentException("no checksum at the end; truncated");
    }
    long expected = Long.parseLong(crcLine.substring(6, 14), 16);
    if (crc(bytes, crcAt) != expected) {
      throw new IllegalArgumentException("checksum mismatch");
    }
    String body = new String(bytes, 0, crcAt, StandardCharsets.UTF_8);
    int at = 0;
    List<String> header = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int end = body.indexOf('\n', at);
      header.add(body.substring(at, end));
      at = end + 1;
    }
    expect(header.get(0), MAGIC);
    expect(header.get(1), "sha256 " + key.sha256());
    expect(header.get(2), "format " + key.format().name());
    expect(header.get(3), "extractor " + key.version());
    String encoding = value(header.get(4), "encoding");
    int pages = Integer.parseInt(value(header.get(5), "pages"));
    String spans = value(header.get(6), "spans").strip();
    int length = Integer.parseInt(value(header.get(7), "text"));
    String text = body.substring(at, at + length);
    if (body.length() != at + length + 1) {
      throw new IllegalArgumentException("text of the wrong length");
    }
    Locator locator;
    if (key.format() == Format.PDF) {
      String[] items = spans.isEmpty() ? new String[0] : spans.split(" ");
      int[] first = new int[items.length];
      int[] last = new int[items.length];
      int[][] breaks = new int[items.length][];
      for (int i = 0; i < items.length; i++) {
        String[] parts = items[i].split(":");
        String[] fl = parts[0].split("-");
        first[i] = Integer.parseInt(fl[0]);
        last[i] = Integer.parseInt(fl[1]);
        breaks[i] = new int[parts.length - 1];
        for (int b = 1; b < parts.length; b++) {
          breaks[i][b - 1] = Integer.parseInt(parts[b]);
        }
      }
      locator = new PageLocator(first, last, breaks, pages);
    } else {
      locator = ParagraphLocator.INSTANCE;
    }
    return new SourceText(text, new Origin(key.format(), encoding, key.sha256(), locator));
  }

  private static void expect(String found, String wanted) {
    if (!found.equals(wanted)) {
      throw new IllegalArgumentException(
          "holds another key's text: '" + found + "', expected '" + wanted + "'");
    }
  }

  private static String value(String line, String name) {
    if (!line.equals(name) && !line.startsWith(name + " ")) {
      throw new IllegalArgumentException("no " + name + " line");
    }
    return line.length() > name.length() ? line.substring(name.length() + 1) : "";
  }

  private static int lastLineStart(byte[] bytes) {
    int i = bytes.length - 2;
    while (i >= 0 && bytes[i] != '\n') {
      i--;
    }
    return i + 1;
  }

  private static long crc(byte[] bytes, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    return crc.getValue();
  }
}
