package dev.reportqa.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Reads a report file: strict UTF-8, a byte-order mark dropped, every failure one clear line. */
public final class ReportLoader {

  private ReportLoader() {}

  /**
   * Loads and parses a report.
   *
   * @throws ReportException naming the path when the file is missing, unreadable, a directory, not
   *     UTF-8, or empty
   */
  public static Report load(Path path) {
    return ReportParser.parse(path.getFileName().toString(), read(path));
  }

  /**
   * Loads a report file, or every {@code .md} and {@code .txt} file of a folder (not its
   * subfolders), in file-name order.
   *
   * @throws ReportException naming the path when it is missing, a folder holds no report, or any
   *     report in it is bad
   */
  public static List<Report> loadAll(Path path) {
    return files(path).stream().map(ReportLoader::load).toList();
  }

  /**
   * The report files of a path: the path itself when it is a file, else the {@code .md} and {@code
   * .txt} files of the folder (not of its subfolders), in file-name order.
   *
   * @throws ReportException naming the folder when it cannot be listed or holds no report
   */
  public static List<Path> files(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(path)) {
      files =
          list.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().matches("(?i).+\\.(md|txt)"))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new ReportException("cannot list report folder: " + path + " (" + e.getMessage() + ")");
    }
    if (files.isEmpty()) {
      throw new ReportException("no .md or .txt reports in folder: " + path);
    }
    return files;
  }

  /** The text of a report file, checked as {@link #load} checks it. */
  public static String read(Path path) {
    byte[] bytes = bytes(path);
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new ReportException("report is not valid UTF-8 text: " + path);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new ReportException("report is empty: " + path);
    }
    return text;
  }

  /**
   * The SHA-256 of a report file's bytes, as 64 lower-case hex digits: what identifies the report
   * exactly, byte-order mark and line endings included, e.g. for a saved index.
   *
   * @throws ReportException naming the path when the file is missing, unreadable or a directory
   */
  public static String sha256(Path path) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(path)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * The largest report read, in bytes, unless {@code -Dreportqa.max-report-bytes=N} says otherwise:
   * a work report is tens to hundreds of kilobytes, and a 50 MB text is no report but would take
   * gigabytes of heap to index.
   */
  public static final long DEFAULT_MAX_REPORT_BYTES = 50L * 1024 * 1024;

  /** The system property that overrides {@link #DEFAULT_MAX_REPORT_BYTES}. */
  public static final String MAX_REPORT_BYTES_PROPERTY = "reportqa.max-report-bytes";

  /** The size limit in force: the property when it is a positive number, else the default. */
  static long maxReportBytes() {
    String value = System.getProperty(MAX_REPORT_BYTES_PROPERTY, "").strip();
    try {
      long limit = value.isEmpty() ? DEFAULT_MAX_REPORT_BYTES : Long.parseLong(value);
      if (limit > 0) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // Fall through to the one-line error below.
    }
    throw new ReportException(
        MAX_REPORT_BYTES_PROPERTY + " must be a positive number of bytes, not '" + value + "'");
  }

  private static ReportException tooLarge(Path path, long limit) {
    return new ReportException(
        "report file is too large: "
            + path
            + " (over "
            + limit
            + " bytes) — set -D"
            + MAX_REPORT_BYTES_PROPERTY
            + "=N in REPORTQA_JAVA_OPTS to allow more");
  }

  private static byte[] bytes(Path path) {
    if (Files.isDirectory(path)) {
      throw new ReportException("report path is a folder, not a file: " + path);
    }
    // Only regular files: /dev/zero never ends and a FIFO blocks until someone writes to it.
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      throw new ReportException("report path is not a regular file (a device or a pipe?): " + path);
    }
    long limit = maxReportBytes();
    try (InputStream in = Files.newInputStream(path)) {
      if (Files.size(path) > limit) {
        throw tooLarge(path, limit);
      }
      // Read one byte past the limit rather than trusting the size: the file may grow meanwhile.
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw tooLarge(path, limit);
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new ReportException("report file not found: " + path + " — pass --report PATH");
    } catch (AccessDeniedException e) {
      throw new ReportException("cannot read report file (permission denied): " + path);
    } catch (IOException e) {
      throw new ReportException("cannot read report file: " + path + " (" + e.getMessage() + ")");
    }
  }
}
