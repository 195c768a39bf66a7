package dev.reportqa.chunk;

import dev.reportqa.report.Paragraph;
import java.util.List;
import java.util.Objects;

/**
 * A sentence of the report: the unit that is indexed and ranked. Its text is a slice of a {@link
 * Paragraph}, so the paragraph stays reachable as context and every character keeps its line.
 *
 * @param id position in the chunk list, used as the index key
 * @param report the file name of the report it comes from, named in citations
 * @param paragraph the paragraph the sentence is cut from
 * @param start offset of the first character in the paragraph text
 * @param end offset after the last character
 * @param sectionPath the section path as printed, e.g. {@code 一、上半年工作回顾 › 这是稳中有进的上半年 ›
 *     1.工业主引擎稳劲拉动}; empty in the preamble
 * @param sectionTitles the full titles of the sections on the path, top down, for indexing
 */
public record Unit(
    int id,
    String report,
    Paragraph paragraph,
    int start,
    int end,
    String sectionPath,
    List<String> sectionTitles) {

  public Unit {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(paragraph, "paragraph");
    Objects.requireNonNull(sectionPath, "sectionPath");
    sectionTitles = List.copyOf(sectionTitles);
    if (start < 0 || end > paragraph.text().length() || start >= end) {
      throw new IllegalArgumentException("bad unit range [" + start + ", " + end + ")");
    }
  }

  /** The sentence as it reads in the report, markup removed. */
  public String text() {
    return paragraph.text().substring(start, end);
  }

  /** The source lines of the sentence, ascending. */
  public List<Integer> lines() {
    return paragraph.lines(start, end);
  }

  /** The first source line, the one a single-line citation names. */
  public int firstLine() {
    return lines().get(0);
  }
}
