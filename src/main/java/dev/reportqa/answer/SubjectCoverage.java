package dev.reportqa.answer;

import dev.reportqa.chunk.Unit;
import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.SynonymLexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How much of a question's subject a piece of text covers, from 0 (none of it) to 1 (all of it).
 *
 * <p>Each subject word is a group of alternatives (its synonyms, or for an English word its Chinese
 * translations). A group counts fully when an alternative occurs in the text, and in part by the
 * share of its character bigrams that do ({@code 规上工业产值} against {@code 规上工业企业}). Groups weigh by
 * rarity in the report, so that {@code 上半年} counts for less than {@code 游客}.
 */
final class SubjectCoverage {

  record Group(String term, List<String> alternatives, double weight) {}

  private final List<Group> groups;

  private SubjectCoverage(List<Group> groups) {
    this.groups = List.copyOf(groups);
  }

  static SubjectCoverage of(AnalyzedQuery query, SynonymLexicon synonyms, List<Unit> units) {
    List<Group> groups = new ArrayList<>();
    List<String> terms = query.subjectTerms();
    for (String term : terms) {
      Set<String> alternatives = new LinkedHashSet<>();
      alternatives.add(term);
      for (AnalyzedQuery.Translation t : query.translations()) {
        if (!t.chinese().isEmpty() && t.chinese().get(0).equals(term)) {
          alternatives.addAll(t.chinese());
        }
      }
      for (String alt : List.copyOf(alternatives)) {
        for (SynonymLexicon.Match m : synonyms.find(alt)) {
          for (String variant : m.group()) {
            alternatives.add(alt.replace(m.term(), variant));
          }
        }
      }
      groups.add(new Group(term, List.copyOf(alternatives), weight(alternatives, units)));
    }
    return new SubjectCoverage(groups);
  }

  /** Inverse document frequency of the best-known alternative over the report's sentences. */
  private static double weight(Set<String> alternatives, List<Unit> units) {
    int df = 0;
    for (Unit u : units) {
      String text = compact(u.text());
      for (String alt : alternatives) {
        if (text.contains(compact(alt))) {
          df++;
          break;
        }
      }
    }
    return Math.log(1 + units.size() / (df + 0.5));
  }

  boolean isEmpty() {
    return groups.isEmpty();
  }

  List<Group> groups() {
    return groups;
  }

  /** Weighted share of the subject found in the text; 0 when there is no subject. */
  double of(String text) {
    if (groups.isEmpty()) {
      return 0;
    }
    String t = compact(text);
    double got = 0;
    double total = 0;
    for (Group g : groups) {
      total += g.weight();
      got += g.weight() * match(g, t);
    }
    return got / total;
  }

  /** The subject words found whole in the text. */
  List<String> found(String text) {
    String t = compact(text);
    List<String> found = new ArrayList<>();
    for (Group g : groups) {
      if (match(g, t) >= 1.0) {
        found.add(g.term());
      }
    }
    return found;
  }

  private static double match(Group g, String compactText) {
    double best = 0;
    for (String alt : g.alternatives()) {
      String a = compact(alt);
      if (compactText.contains(a)) {
        return 1.0;
      }
      best = Math.max(best, bigramShare(a, compactText));
    }
    return best;
  }

  /** Share of the term's character bigrams that occur in the text; 0 for one-character terms. */
  static double bigramShare(String term, String text) {
    if (term.length() < 2) {
      return 0;
    }
    Set<String> textBigrams = new HashSet<>();
    for (int i = 0; i + 2 <= text.length(); i++) {
      textBigrams.add(text.substring(i, i + 2));
    }
    int hits = 0;
    int total = 0;
    for (int i = 0; i + 2 <= term.length(); i++) {
      total++;
      if (textBigrams.contains(term.substring(i, i + 2))) {
        hits++;
      }
    }
    // A shared bigram or two is chance; partial credit starts when most of the term is there.
    double share = (double) hits / total;
    return share >= 0.5 ? share * 0.8 : 0;
  }

  static String compact(String s) {
    return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }
}
