package dev.reportqa.answer;

import java.util.List;
import java.util.Objects;

/**
 * A piece of the report quoted in an answer, verbatim, with the lines it stands on.
 *
 * @param report the report's file name
 * @param text the words as they read in the report (markup removed)
 * @param lines the source lines, ascending
 */
public record Quote(String report, String text, List<Integer> lines) {

  public Quote {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(text, "text");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a quote needs at least one line");
    }
  }

  /** Whether this quote holds another: same report, its lines among these, its words within. */
  public boolean holds(Quote other) {
    return report.equals(other.report)
        && lines.containsAll(other.lines)
        && text.replaceAll("\\s+", "").contains(other.text.replaceAll("\\s+", ""));
  }
}
