package dev.reportqa.report;

import dev.reportqa.source.Format;
import dev.reportqa.source.SourceException;
import dev.reportqa.source.SourceText;
import dev.reportqa.source.Sources;
import dev.reportqa.source.TextCache;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a report file: a text file in UTF-8 (with or without a byte-order mark), GBK or GB18030, or
 * a Word, PDF or web-page file through its extractor (package {@code source}); every failure one
 * clear line.
 */
public final class ReportLoader {

  private ReportLoader() {}

  /**
   * Loads and parses a report, extracting the text of a Word, PDF or web-page file anew.
   *
   * @throws ReportException naming the path when the file is missing, unreadable, a directory, not
   *     readable as its format, or empty
   */
  public static Report load(Path path) {
    return load(path, TextCache.NONE);
  }

  /**
   * Loads and parses a report; the text extracted from a Word, PDF or web-page file is taken from
   * the cache when it holds the text of these bytes, and saved there otherwise.
   *
   * @throws ReportException naming the path when the file is missing, unreadable, a directory, not
   *     readable as its format, or empty
   */
  public static Report load(Path path, TextCache cache) {
    SourceText source = source(path, cache);
    Report report =
        ReportParser.parse(path.getFileName().toString(), source.text())
            .withOrigin(source.origin());
    Path lexicon = lexiconBeside(path);
    if (Files.isRegularFile(lexicon)) {
      report =
          report.withLexiconOverlay(new LexiconOverlay(lexicon.toString(), lexiconText(lexicon)));
    }
    return report;
  }

  /** The report's own lexicon file: {@code name.lexicon.tsv} beside {@code name.md}. */
  static Path lexiconBeside(Path report) {
    String name = report.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return report.resolveSibling(stem + ".lexicon.tsv");
  }

  private static String lexiconText(Path lexicon) {
    try {
      return Files.readString(lexicon, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReportException(
          "cannot read the report's lexicon " + lexicon + " (" + e.getMessage() + ")");
    }
  }

  /**
   * Loads a report file, or every report file of a folder (not its subfolders) in file-name order,
   * extracting the text of Word, PDF and web-page files anew.
   *
   * @throws ReportException naming the path when it is missing, a folder holds no report, or any
   *     report in it is bad
   */
  public static List<Report> loadAll(Path path) {
    return files(path).stream().map(ReportLoader::load).toList();
  }

  /**
   * Loads a report file, or every report file of a folder (not its subfolders) in file-name order.
   * In a folder, a file that cannot be read is skipped and named to {@code warnings}; a single file
   * that cannot be read fails.
   *
   * @param warnings told one line for each file skipped
   * @throws ReportException naming the path when it is missing, a folder holds no report, or none
   *     of its reports can be read
   */
  public static List<Report> loadAll(Path path, TextCache cache, Consumer<String> warnings) {
    List<Path> files = files(path);
    if (!Files.isDirectory(path)) {
      return List.of(load(path, cache));
    }
    List<Report> reports = new ArrayList<>();
    for (Path file : files) {
      try {
        reports.add(load(file, cache));
      } catch (ReportException e) {
        warnings.accept(e.getMessage() + " — skipped");
      }
    }
    if (reports.isEmpty()) {
      throw new ReportException("none of the reports in folder " + path + " can be read");
    }
    return List.copyOf(reports);
  }

  /**
   * The report files of a path: the path itself when it is a file, else the {@code .md}, {@code
   * .txt}, {@code .docx}, {@code .pdf} and {@code .html} files of the folder (not of its
   * subfolders), in file-name order.
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
              .filter(p -> Format.isReportFile(p.getFileName().toString()))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new ReportException("cannot list report folder: " + path + " (" + e.getMessage() + ")");
    }
    if (files.isEmpty()) {
      throw new ReportException(
          "no reports (.md, .txt, .docx, .pdf or .html files) in folder: " + path);
    }
    return files;
  }

  /** The text of a report file as the parser reads it, checked as {@link #load} checks it. */
  public static String read(Path path) {
    return source(path, TextCache.NONE).text();
  }

  private static SourceText source(Path path, TextCache cache) {
    byte[] bytes = bytes(path);
    try {
      return Sources.read(path.toString(), path.getFileName().toString(), bytes, cache);
    } catch (SourceException e) {
      throw new ReportException(e.getMessage(), e);
    }
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
