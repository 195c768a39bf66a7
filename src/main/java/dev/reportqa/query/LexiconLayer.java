package dev.reportqa.query;

import java.util.List;
import java.util.Objects;

/**
 * One layer of a lexicon: general, regional, or a report's own.
 *
 * @param source names the layer's file in messages
 * @param lines its meaningful lines
 */
record LexiconLayer(String source, List<LexiconFiles.Line> lines) {

  LexiconLayer {
    Objects.requireNonNull(source, "source");
    lines = List.copyOf(lines);
  }

  /** The lines of one kind: bilingual entries have a tab, synonym groups none. */
  LexiconLayer bilingualPart() {
    return new LexiconLayer(source, lines.stream().filter(l -> l.text().contains("\t")).toList());
  }

  LexiconLayer synonymPart() {
    return new LexiconLayer(source, lines.stream().filter(l -> !l.text().contains("\t")).toList());
  }
}
