package dev.reportqa.chunk;

import dev.reportqa.report.Paragraph;
import java.util.List;
import java.util.Objects;

/**
 * A clause of a sentence, the smallest piece an answer quotes: the text between commas or
 * semicolons, with enumerations ({@code 、}) kept whole.
 *
 * @param unit the sentence it is cut from
 * @param index position among the sentence's clauses
 * @param start offset of the first character in the paragraph text
 * @param end offset after the last character, the separating punctuation excluded
 */
public record Clause(Unit unit, int index, int start, int end) {

  public Clause {
    Objects.requireNonNull(unit, "unit");
    if (start < unit.start() || end > unit.end() || start >= end) {
      throw new IllegalArgumentException("clause [" + start + ", " + end + ") outside its unit");
    }
  }

  public Paragraph paragraph() {
    return unit.paragraph();
  }

  /** The clause as it reads in the report. */
  public String text() {
    return unit.paragraph().text().substring(start, end);
  }

  /** The source lines of the clause, ascending. */
  public List<Integer> lines() {
    return unit.paragraph().lines(start, end);
  }
}
