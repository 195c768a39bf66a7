package dev.reportqa.query;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the line-oriented data files of the query stage: UTF-8, {@code #} comments, blank lines.
 */
final class LexiconFiles {

  /**
   * A meaningful line of a data file with its 1-based line number and the {@code # --- name ---}
   * section header above it (empty before the first).
   */
  record Line(int number, String text, String section) {}

  private LexiconFiles() {}

  /** The non-blank, non-comment lines of a classpath resource. */
  static List<Line> readResource(String resource) {
    InputStream in = LexiconFiles.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new LexiconException("lexicon file not found on the classpath: " + resource);
    }
    return read(resource, in);
  }

  /**
   * The non-blank, non-comment lines of a stream; {@code source} names it in errors. Read as every
   * data file is ({@link dev.reportqa.vocab.DataFile}), its errors as a lexicon's.
   */
  static List<Line> read(String source, InputStream in) {
    try {
      return dev.reportqa.vocab.DataFile.read(source, in).lines().stream()
          .map(l -> new Line(l.number(), l.text(), l.section()))
          .toList();
    } catch (dev.reportqa.vocab.DataFileException e) {
      throw new LexiconException(e.getMessage());
    }
  }

  /** Splits a {@code |}-separated list, trimming, and rejects empty alternatives. */
  static List<String> alternatives(String source, int line, String field) {
    List<String> out = new ArrayList<>();
    for (String part : field.split("\\|", -1)) {
      String p = part.strip();
      if (p.isEmpty()) {
        throw LexiconException.at(source, line, "empty alternative in '" + field + "'");
      }
      out.add(p);
    }
    return out;
  }
}
