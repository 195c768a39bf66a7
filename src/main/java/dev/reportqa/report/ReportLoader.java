package dev.reportqa.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
    if (!Files.isDirectory(path)) {
      return List.of(load(path));
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
    return files.stream().map(ReportLoader::load).toList();
  }

  /** The text of a report file, checked as {@link #load} checks it. */
  public static String read(Path path) {
    if (Files.isDirectory(path)) {
      throw new ReportException("report path is a folder, not a file: " + path);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new ReportException("report file not found: " + path + " — pass --report PATH");
    } catch (AccessDeniedException e) {
      throw new ReportException("cannot read report file (permission denied): " + path);
    } catch (IOException e) {
      throw new ReportException("cannot read report file: " + path + " (" + e.getMessage() + ")");
    }
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
}
