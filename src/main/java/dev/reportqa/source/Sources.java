package dev.reportqa.source;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a report file of any supported format into {@link SourceText}: text files directly, Word,
 * PDF and web pages through their extractors, whose output is kept in a {@link TextCache}.
 *
 * <p>The extractors' libraries (POI, PDFBox, jsoup) are large and slow to load; each extractor
 * class is named only in its own branch here, so the JVM loads none of them until a file of that
 * format is read, and a start on a text report does not pay for them.
 */
public final class Sources {

  private Sources() {}

  /**
   * @param file the file as named in messages (its path as given)
   * @param fileName the file's name, whose extension tells the format
   * @param bytes the whole file
   * @param cache where extracted text is kept; {@link TextCache#NONE} for none
   * @throws SourceException naming the file when it cannot be read as its format
   */
  public static SourceText read(String file, String fileName, byte[] bytes, TextCache cache) {
    Objects.requireNonNull(cache, "cache");
    Format format = Format.of(fileName);
    if (fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".doc")) {
      throw new SourceException(
          "old Word 97-2003 (.doc) files are not read: " + file + " — save it as .docx");
    }
    String sha256 = sha256(bytes);
    if (format == Format.TEXT) {
      return TextSource.read(file, bytes, sha256);
    }
    TextCache.Key key = new TextCache.Key(sha256, format, version(format));
    Optional<SourceText> cached = cache.load(key);
    if (cached.isPresent()) {
      return cached.get();
    }
    SourceText text =
        switch (format) {
          case WORD -> DocxSource.read(file, bytes, sha256);
          case PDF -> PdfSource.read(file, bytes, sha256);
          case HTML -> HtmlSource.read(file, bytes, sha256);
          case TEXT -> throw new IllegalStateException("text is read above");
        };
    cache.save(key, text);
    return text;
  }

  /** The extractor version of a format, which a cached text must match. */
  private static int version(Format format) {
    return switch (format) {
      // Compile-time constants: reading them loads none of the extractor classes.
      case WORD -> DocxSource.VERSION;
      case PDF -> PdfSource.VERSION;
      case HTML -> HtmlSource.VERSION;
      case TEXT -> 0;
    };
  }

  /** The SHA-256 of bytes as 64 lower-case hex digits. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
