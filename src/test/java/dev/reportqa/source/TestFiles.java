package dev.reportqa.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The report files the extractor tests read, and how they read them. */
final class TestFiles {

  static final Path DEV = Path.of("src/test/resources/reports/dev");
  static final Path FORMATS = Path.of("src/test/resources/reports/formats");

  private TestFiles() {}

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file read as report-qa reads it, without a cache. */
  static SourceText read(Path file) {
    return Sources.read(
        file.toString(), file.getFileName().toString(), bytes(file), TextCache.NONE);
  }

  /** The lines of a text. */
  static List<String> lines(SourceText text) {
    return Arrays.asList(text.text().split("\n"));
  }

  /** The non-blank lines of a text file: its paragraphs. */
  static List<String> paragraphsOf(Path txt) {
    try {
      return Files.readAllLines(txt, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
