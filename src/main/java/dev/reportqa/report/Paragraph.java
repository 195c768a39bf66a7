package dev.reportqa.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A paragraph of the report as it reads, with display markup removed and page-break cuts rejoined,
 * and the source line of every character.
 *
 * <p>For an item that opens with its own heading ({@code **1.工业主引擎稳劲拉动。**深入开展…}) the text is the
 * body after the heading; the heading is the {@link Section}.
 */
public final class Paragraph {

  /** What role a paragraph plays in the report. */
  public enum Kind {
    /** Before the first numbered section: title, date, speaker, salutation. */
    PREAMBLE,
    /** A heading on a line of its own; its text is the heading. */
    HEADING,
    /** Running text under a section. */
    BODY
  }

  private final int index;
  private final Kind kind;
  private final String text;
  private final int[] lineOfChar;
  private final int section;

  /**
   * @param index position in {@link Report#paragraphs()}
   * @param kind the paragraph's role
   * @param text the clean text, not blank
   * @param lineOfChar the 1-based source line of each character of {@code text}
   * @param section index of the innermost section it belongs to, or -1
   */
  public Paragraph(int index, Kind kind, String text, int[] lineOfChar, int section) {
    this.index = index;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.text = Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("paragraph text is blank");
    }
    if (lineOfChar.length != text.length()) {
      throw new IllegalArgumentException(
          "line map length " + lineOfChar.length + " != text length " + text.length());
    }
    this.lineOfChar = lineOfChar.clone();
    this.section = section;
  }

  public int index() {
    return index;
  }

  public Kind kind() {
    return kind;
  }

  public String text() {
    return text;
  }

  /** Index of the innermost section this paragraph belongs to, or -1. */
  public int section() {
    return section;
  }

  /** The 1-based source line of the character at {@code offset}. */
  public int lineAt(int offset) {
    return lineOfChar[offset];
  }

  /** First source line of the paragraph. */
  public int firstLine() {
    return lineOfChar[0];
  }

  /** Last source line of the paragraph. */
  public int lastLine() {
    return lineOfChar[lineOfChar.length - 1];
  }

  /** The distinct source lines of the whole paragraph, ascending. */
  public List<Integer> lines() {
    return lines(0, text.length());
  }

  /**
   * The distinct source lines of the characters in {@code [start, end)}, ascending. Whitespace at
   * either end of the range is ignored, so a range that only touches a line by a space does not
   * cite it.
   */
  public List<Integer> lines(int start, int end) {
    if (start < 0 || end > text.length() || start >= end) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
    while (start < end - 1 && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start + 1 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    List<Integer> lines = new ArrayList<>(2);
    for (int i = start; i < end; i++) {
      int line = lineOfChar[i];
      if (lines.isEmpty() || lines.get(lines.size() - 1) != line) {
        lines.add(line);
      }
    }
    return List.copyOf(lines);
  }

  @Override
  public String toString() {
    return "Paragraph[" + index + ", L" + firstLine() + "-" + lastLine() + ", " + kind + "]";
  }
}
