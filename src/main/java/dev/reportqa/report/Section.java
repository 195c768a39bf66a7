package dev.reportqa.report;

import java.util.Objects;

/**
 * A heading of the report and the lines it governs.
 *
 * <p>Levels follow the numbering, not the markdown: {@code 一、} (or an unnumbered part title) is
 * level 1, {@code （一）} and the unnumbered {@code ——这是…} group lines are level 2, {@code 1.} is
 * level 3, {@code （1）} level 4, and the unnumbered headline items that open their paragraphs
 * ({@code 稳住外贸基本盘。…}) level 5. A level can be skipped (part three of a report often has {@code 1.}
 * items directly under {@code 三、}); {@link Report#depthOf} gives the depth in the tree.
 *
 * @param index position in {@link Report#sections()}, pre-order
 * @param level 1 to 5, by the kind of numbering
 * @param number the numbering as written ({@code "一、"}, {@code "（一）"}, {@code "1."}), empty for an
 *     unnumbered group
 * @param title the heading without markup, as written
 * @param line the 1-based line of the heading
 * @param endLine the last line (inclusive) governed by this section
 * @param parent index of the enclosing section, or -1 for a top-level section
 */
public record Section(
    int index, int level, String number, String title, int line, int endLine, int parent) {

  /** Separator between the titles of a section path, as printed. */
  public static final String PATH_SEPARATOR = " › ";

  private static final int MAX_SHORT_TITLE = 24;

  public Section {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(title, "title");
    if (level < 1 || level > ReportParser.HEADLINE_LEVEL) {
      throw new IllegalArgumentException(
          "level must be 1.." + ReportParser.HEADLINE_LEVEL + ": " + level);
    }
    if (line < 1 || endLine < line) {
      throw new IllegalArgumentException("bad line range " + line + "-" + endLine);
    }
  }

  /**
   * The title cut at its first comma, without the leading dashes of a group line and without a
   * closing full stop: {@code 1.工业主引擎稳劲拉动}, {@code 这是稳中有进的上半年}, {@code 2.要聚链融合文旅行业}.
   */
  public String shortTitle() {
    String t = title.replaceFirst("^[—-]+", "");
    int comma = indexOfAny(t, "，,；;");
    if (comma > 0) {
      t = t.substring(0, comma);
    }
    t = t.replaceFirst("[。.！!]+$", "");
    if (t.length() > MAX_SHORT_TITLE) {
      t = t.substring(0, MAX_SHORT_TITLE) + "…";
    }
    return t;
  }

  /** Whether the 1-based line falls in this section's range. */
  public boolean contains(int lineNumber) {
    return lineNumber >= line && lineNumber <= endLine;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
