package dev.reportqa.chunk;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a sentence into clauses at {@code ，；：} (and their ASCII forms), never inside quotation marks
 * or brackets. The enumeration comma {@code 、} does not cut: {@code 接待游客520万人次、同比增长11%} is one
 * fact.
 */
public final class ClauseSplitter {

  private static final String CLAUSE_ENDS = "，；：,;:。！？!?";

  private ClauseSplitter() {}

  /** The clauses of a unit, in order; a sentence without commas is one clause. */
  public static List<Clause> split(Unit unit) {
    String text = unit.paragraph().text();
    boolean[] quoted = Quotes.quotedSpans(text, unit.start(), unit.end());
    List<Clause> clauses = new ArrayList<>();
    int start = unit.start();
    for (int i = unit.start(); i < unit.end(); i++) {
      if (!quoted[i - unit.start()] && CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
        add(clauses, unit, text, start, i);
        start = i + 1;
      }
    }
    add(clauses, unit, text, start, unit.end());
    return clauses;
  }

  private static void add(List<Clause> clauses, Unit unit, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start
        && (Character.isWhitespace(text.charAt(end - 1))
            || CLAUSE_ENDS.indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    if (end > start) {
      clauses.add(new Clause(unit, clauses.size(), start, end));
    }
  }
}
