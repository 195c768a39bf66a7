package dev.reportqa.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of the project's line-oriented data files: UTF-8, {@code #} comments, blank lines
 * skipped, an optional {@code # --- name ---} header naming the section of the lines below it.
 * Every problem names the file and line. In the manner of Lucene's {@code WordlistLoader}: the
 * language data lives in files, the code reads them one way.
 */
public final class DataFile {

  /**
   * A meaningful line with its 1-based number and the section header above it (empty before the
   * first).
   */
  public record Line(int number, String text, String section) {}

  private static final Pattern SECTION = Pattern.compile("^#\\s*---\\s*(.+?)\\s*---\\s*$");

  private final String source;
  private final List<Line> lines;

  private DataFile(String source, List<Line> lines) {
    this.source = source;
    this.lines = List.copyOf(lines);
  }

  /** A classpath resource. */
  public static DataFile resource(String resource) {
    InputStream in = DataFile.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new DataFileException("data file not found on the classpath: " + resource);
    }
    return read(resource, in);
  }

  /** A file on disk, e.g. a report's own lexicon beside it. */
  public static DataFile file(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(path.toString(), in);
    } catch (IOException e) {
      throw new DataFileException("cannot read " + path + " (" + e.getMessage() + ")");
    }
  }

  /** A stream; {@code source} names it in errors. */
  public static DataFile read(String source, InputStream in) {
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
        Matcher header = SECTION.matcher(trimmed);
        if (header.matches()) {
          section = header.group(1);
        }
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        lines.add(new Line(number, text, section));
      }
    } catch (CharacterCodingException e) {
      throw new DataFileException(source + ": not valid UTF-8 text");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return new DataFile(source, lines);
  }

  /** The file's name as errors give it. */
  public String source() {
    return source;
  }

  /** The meaningful lines, in order. */
  public List<Line> lines() {
    return lines;
  }

  /** An error at a line of this file. */
  public DataFileException error(int line, String message) {
    return new DataFileException(source + " line " + line + ": " + message);
  }

  /**
   * Reads the file as {@code <category><TAB><word>|<word>|…} lines (a category may take several
   * lines), in file order, each list as written.
   *
   * @throws DataFileException naming the line for a line without a tab or with an empty word
   */
  public Map<String, List<String>> categories() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Line line : lines) {
      String[] fields = line.text().split("\t", -1);
      if (fields.length != 2 || fields[0].isBlank()) {
        throw error(line.number(), "expected <category><TAB><word>|<word>|…");
      }
      out.computeIfAbsent(fields[0].strip(), k -> new ArrayList<>())
          .addAll(alternatives(line.number(), fields[1]));
    }
    out.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(out);
  }

  /** Splits a {@code |}-separated list, trimming, and rejects empty alternatives. */
  public List<String> alternatives(int line, String field) {
    List<String> out = new ArrayList<>();
    for (String part : field.split("\\|", -1)) {
      String p = part.strip();
      if (p.isEmpty()) {
        throw error(line, "empty alternative in '" + field + "'");
      }
      out.add(p);
    }
    return out;
  }
}
