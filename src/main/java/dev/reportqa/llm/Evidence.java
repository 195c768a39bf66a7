package dev.reportqa.llm;

import dev.reportqa.answer.Quote;
import dev.reportqa.retrieve.Passage;
import java.util.List;
import java.util.Objects;

/**
 * A piece of the report given to the model: what it may say and cite, and what its answer is
 * checked against.
 *
 * @param report the report's file name
 * @param text the words as they read in the report (markup removed)
 * @param lines the source lines, ascending, never empty
 * @param section the section path, or empty
 */
record Evidence(String report, String text, List<Integer> lines, String section) {

  Evidence {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(section, "section");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("evidence needs at least one line");
    }
  }

  static Evidence of(Passage p) {
    return new Evidence(p.unit().report(), p.text(), p.lines(), p.sectionPath());
  }

  /** A clause the offline answer quoted, for when no passage holds it (the speaker's name, say). */
  static Evidence of(Quote q) {
    return new Evidence(q.report(), q.text(), q.lines(), "");
  }
}
