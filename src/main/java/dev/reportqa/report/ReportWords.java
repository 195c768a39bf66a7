package dev.reportqa.report;

import dev.reportqa.vocab.DataFile;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The words a report's structure, metadata and periods are read with, from {@code
 * vocab/report-words.tsv}. Loaded once; each list longest first, so that a scan takes 代理市长 before
 * 市长.
 */
final class ReportWords {

  static final String RESOURCE = "vocab/report-words.tsv";

  private static final ReportWords BUNDLED = new ReportWords(DataFile.resource(RESOURCE));

  private final Map<String, List<String>> categories;

  private ReportWords(DataFile file) {
    this.categories =
        file.categories().entrySet().stream()
            .collect(
                java.util.stream.Collectors.toUnmodifiableMap(
                    Map.Entry::getKey,
                    e ->
                        e.getValue().stream()
                            .sorted(Comparator.comparingInt(String::length).reversed())
                            .toList()));
  }

  static ReportWords bundled() {
    return BUNDLED;
  }

  /**
   * The words of a category, longest first.
   *
   * @throws IllegalStateException when the file lacks the category (a broken build, not input)
   */
  List<String> get(String category) {
    List<String> words = categories.get(category);
    if (words == null) {
      throw new IllegalStateException(RESOURCE + " has no category '" + category + "'");
    }
    return words;
  }

  /** Whether the text contains any word of the category. */
  boolean anyIn(String category, String text) {
    return get(category).stream().anyMatch(text::contains);
  }

  /** The regular-expression alternation of a category's words, longest first. */
  String alternation(String category) {
    return String.join("|", get(category).stream().map(java.util.regex.Pattern::quote).toList());
  }
}
