package dev.reportqa.report;

import java.util.Objects;

/**
 * A report's own lexicon, read from the file beside it ({@code report.lexicon.tsv} for {@code
 * report.md}): the names of that report, which belong in no general word list. Its lines are read
 * by the question stage.
 *
 * @param source the file, named in messages
 * @param text its UTF-8 text
 */
public record LexiconOverlay(String source, String text) {

  public LexiconOverlay {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
  }
}
