package dev.reportqa.llm;

/**
 * One element of a citation: a line ({@code L87}, from = to) or a range ({@code L85-89}).
 *
 * @param from the first line, 1-based
 * @param to the last line, inclusive
 */
record LineRange(int from, int to) {

  /** As written in an answer: {@code L87} or {@code L85-89}. */
  @Override
  public String toString() {
    return from == to ? "L" + from : "L" + from + "-" + to;
  }
}
