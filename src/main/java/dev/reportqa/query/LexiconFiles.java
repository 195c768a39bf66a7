package dev.reportqa.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

  private static final java.util.regex.Pattern SECTION =
      java.util.regex.Pattern.compile("^#\\s*---\\s*(.+?)\\s*---\\s*$");

  private LexiconFiles() {}

  /** The non-blank, non-comment lines of a classpath resource. */
  static List<Line> readResource(String resource) {
    InputStream in = LexiconFiles.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new LexiconException("lexicon file not found on the classpath: " + resource);
    }
    return read(resource, in);
  }

  /** The non-blank, non-comment lines of a stream; {@code source} names it in errors. */
  static List<Line> read(String source, InputStream in) {
    List<Line> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      String text;
      int number = 0;
      String section = "";
      while ((text = reader.readLine()) != null) {
        number++;
        if (number == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        String trimmed = text.strip();
        java.util.regex.Matcher header = SECTION.matcher(trimmed);
        if (header.matches()) {
          section = header.group(1);
        }
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        lines.add(new Line(number, text, section));
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new LexiconException(source + ": not valid UTF-8 text");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return lines;
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
