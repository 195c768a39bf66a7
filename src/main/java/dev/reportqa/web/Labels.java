package dev.reportqa.web;

import dev.reportqa.answer.Citation;
import java.util.List;

/** How the page names a cited place: the citation as the shell prints it, without its brackets. */
final class Labels {

  private Labels() {}

  /**
   * {@code L87}, {@code L53, L55}, {@code p.12 ¶3}: the place alone, the report being named beside
   * it.
   */
  static String of(Citation citation, String report, List<Integer> lines) {
    return citation.places(report, lines);
  }

  static String unbracketed(String citation) {
    return citation.startsWith("[") && citation.endsWith("]")
        ? citation.substring(1, citation.length() - 1)
        : citation;
  }
}
