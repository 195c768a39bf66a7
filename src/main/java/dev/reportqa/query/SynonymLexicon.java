package dev.reportqa.query;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of Chinese words that mean the same in work reports, one group a line, the form a report
 * writes first: {@code 固定资产投资|固投}.
 */
public final class SynonymLexicon {

  /** The bundled lexicon. */
  public static final String RESOURCE = "lexicon/zh-synonyms.tsv";

  private final List<List<String>> groups = new ArrayList<>();
  private final Map<String, Integer> groupOf = new HashMap<>();
  private final List<String> longestFirst;

  private SynonymLexicon(List<LexiconLayer> layers) {
    for (LexiconLayer layer : layers) {
      add(layer.source(), layer.lines());
    }
    List<String> terms = new ArrayList<>(groupOf.keySet());
    terms.sort((a, b) -> b.length() - a.length());
    this.longestFirst = List.copyOf(terms);
  }

  /**
   * Adds a layer's groups. A term may stand in one group of a layer; a later layer's group takes a
   * term from an earlier layer's.
   */
  private void add(String source, List<LexiconFiles.Line> lines) {
    Map<String, Integer> seenAt = new HashMap<>();
    for (LexiconFiles.Line line : lines) {
      if (line.text().contains("\t")) {
        throw LexiconException.at(
            source, line.number(), "a group is one field, but the line has a tab");
      }
      List<String> group = LexiconFiles.alternatives(source, line.number(), line.text().strip());
      if (group.size() < 2) {
        throw LexiconException.at(source, line.number(), "a group needs at least two terms");
      }
      for (String term : group) {
        if (term.chars().anyMatch(Character::isWhitespace)) {
          throw LexiconException.at(source, line.number(), "term has a space: '" + term + "'");
        }
        Integer previous = seenAt.putIfAbsent(term, line.number());
        if (previous != null) {
          throw LexiconException.at(
              source, line.number(), "'" + term + "' is already in the group at line " + previous);
        }
        groupOf.put(term, groups.size());
      }
      groups.add(List.copyOf(group));
    }
  }

  /** Loads the bundled (general) lexicon. */
  public static SynonymLexicon load() {
    return new SynonymLexicon(
        List.of(new LexiconLayer(RESOURCE, LexiconFiles.readResource(RESOURCE))));
  }

  /** Loads a lexicon from a stream; {@code source} names it in error messages. */
  public static SynonymLexicon load(String source, InputStream in) {
    return new SynonymLexicon(List.of(new LexiconLayer(source, LexiconFiles.read(source, in))));
  }

  /** A lexicon of layers, general first. */
  static SynonymLexicon of(List<LexiconLayer> layers) {
    return new SynonymLexicon(layers);
  }

  /** All groups, each with the report's form first. */
  public List<List<String>> groups() {
    return List.copyOf(groups);
  }

  /** The group holding the term, or an empty list. */
  public List<String> groupOf(String term) {
    Integer g = groupOf.get(term);
    return g == null ? List.of() : groups.get(g);
  }

  /**
   * The groups with a term that occurs in the text, longest match first so that {@code 固定资产投资} wins
   * over a shorter term inside it.
   */
  public List<Match> find(String text) {
    List<Match> matches = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];
    for (String term : longestFirst) {
      int at = text.indexOf(term);
      while (at >= 0) {
        if (!overlaps(taken, at, term.length())) {
          for (int i = at; i < at + term.length(); i++) {
            taken[i] = true;
          }
          matches.add(new Match(term, at, groups.get(groupOf.get(term))));
        }
        at = text.indexOf(term, at + 1);
      }
    }
    matches.sort((a, b) -> a.start() - b.start());
    return matches;
  }

  private static boolean overlaps(boolean[] taken, int start, int length) {
    for (int i = start; i < start + length; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  /** A term found in a text, with its group. */
  public record Match(String term, int start, List<String> group) {}
}
