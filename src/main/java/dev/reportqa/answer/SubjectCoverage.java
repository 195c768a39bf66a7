package dev.reportqa.answer;

import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.SynonymLexicon;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much of a question's subject a piece of text covers, from 0 (none of it) to 1 (all of it).
 *
 * <p>Each subject word is a group of alternatives (its synonyms, or for an English word its Chinese
 * translations), each read as tokens: character bigrams, Latin words, numbers. Only the tokens the
 * report uses at all count, weighted by rarity: a question's own wording ("保住", "承认") cannot be
 * matched by any sentence and so says nothing about which sentence answers, while {@code 游客} says
 * much more than {@code 上半年}. A word none of whose tokens the report uses is absent: it tells that
 * the report may not speak of the subject at all.
 */
final class SubjectCoverage {

  /**
   * A subject word with the tokens of each alternative that the report uses, and how much each
   * alternative may count: a broad alternative (产业 for 主导产业) counts only as far as it is as
   * informative as the word asked.
   */
  record Group(
      String term,
      Set<String> alternatives,
      List<Set<String>> known,
      List<Double> credit,
      double weight) {
    boolean absent() {
      return known.isEmpty();
    }
  }

  /**
   * Weight of a verb or time word of an English question against a noun: "received" in "How many
   * people received free health check-ups?" is how the question is put, not what it asks about.
   */
  static final double FUNCTION_WORD_WEIGHT = 0.6;

  /**
   * Weight of a word translated by the general dictionary rather than the report lexicons: its
   * senses are many and not all of a report's ("hub" is 中心 but also 木片), so it is evidence, less
   * sure than a lexicon's word.
   */
  static final double DICTIONARY_WEIGHT = 0.5;

  private final List<Group> groups;
  private final TermStats stats;

  private SubjectCoverage(List<Group> groups, TermStats stats) {
    this.groups = List.copyOf(groups);
    this.stats = stats;
    this.unasked =
        JOINED.keySet().stream()
            .filter(
                joined ->
                    groups.stream()
                        .noneMatch(
                            g -> g.alternatives().stream().anyMatch(a -> a.contains(joined))))
            .toList();
  }

  /** The joined words (进出口) no subject word or alternative holds: each answers only for itself. */
  private final List<String> unasked;

  /**
   * @param places the place the report is about ({@code 某某镇}, {@code 某某}): a subject word that is
   *     only the place is dropped, and one that opens with it loses it unless the report uses the
   *     whole word ({@code 某某精神} stays, {@code 某某镇总面积} reads as {@code 总面积})
   */
  static SubjectCoverage of(
      AnalyzedQuery query,
      SynonymLexicon synonyms,
      java.util.function.Function<String, List<String>> words,
      TermStats stats,
      List<String> places) {
    List<Group> groups = new ArrayList<>();
    Set<String> functionTerms = new java.util.HashSet<>();
    Set<String> dictionaryTerms = new java.util.HashSet<>();
    for (AnalyzedQuery.Translation t : query.translations()) {
      if (t.functionWord()) {
        functionTerms.add(t.chinese().get(0));
      }
      if (!t.source().equals(AnalyzedQuery.Translation.LEXICON)) {
        dictionaryTerms.add(t.chinese().get(0));
      }
    }
    for (String asked : compounds(inWords(query.subjectTerms(), words, stats), query, stats)) {
      String term = withoutPlace(asked, places, stats);
      if (term.isEmpty()) {
        continue;
      }
      double scale =
          functionTerms.contains(asked)
              ? FUNCTION_WORD_WEIGHT
              : dictionaryTerms.contains(asked) ? DICTIONARY_WEIGHT : 1.0;
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
      List<Set<String>> known = new ArrayList<>();
      List<Double> information = new ArrayList<>();
      double weight = 0;
      double askedInformation = information(term, stats);
      for (String alt : alternatives) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String t : TermStats.tokens(alt)) {
          if (stats.df(t) > 0) {
            tokens.add(t);
          }
        }
        if (!tokens.isEmpty()) {
          known.add(tokens);
          information.add(information(alt, stats));
          weight = Math.max(weight, tokens.stream().mapToDouble(stats::idf).max().orElse(0));
        }
      }
      double reference =
          askedInformation > 0
              ? askedInformation
              : information.stream().mapToDouble(Double::doubleValue).max().orElse(0);
      List<Double> credit = new ArrayList<>();
      for (double info : information) {
        credit.add(reference == 0 ? 1.0 : Math.min(1.0, info / reference));
      }
      groups.add(new Group(term, Set.copyOf(alternatives), known, credit, weight * scale));
    }
    return new SubjectCoverage(groups, stats);
  }

  /**
   * A subject word the report does not use as it stands ("有多少人参加技能培训") in the words that name
   * things ({@link dev.reportqa.query.QueryAnalyzer#contentWords}); the others as they are.
   */
  private static List<String> inWords(
      List<String> terms,
      java.util.function.Function<String, List<String>> words,
      TermStats stats) {
    List<String> out = new ArrayList<>();
    for (String t : terms) {
      if (stats.compactText().contains(t.replaceAll("\\s+", ""))) {
        out.add(t);
      } else {
        out.addAll(words.apply(t));
      }
    }
    return out;
  }

  /**
   * Joins neighbouring subject words that the report writes as one: "Xitang spirit" translates word
   * by word to 某某 and 精神, and the report's 某某精神 is what is meant. For an English question the
   * senses of each word are tried too: "technology contracts" gives 科技 and 契约 first, but 技术 and 合同
   * among their senses, and the report's 技术合同 is the phrase meant (senses are tried only when a
   * word as first translated is not in the report).
   */
  private static List<String> compounds(List<String> terms, AnalyzedQuery query, TermStats stats) {
    List<String> out = new ArrayList<>();
    List<String> outSenses = new ArrayList<>();
    for (String t : terms) {
      int last = out.size() - 1;
      String joined = last < 0 ? null : joined(outSenses.get(last), t, query, stats);
      if (joined != null) {
        out.set(last, joined);
        outSenses.set(last, joined);
      } else {
        out.add(t);
        outSenses.add(t);
      }
    }
    return out;
  }

  /** The two words (or senses of them) as the report writes them together, or null. */
  private static String joined(String left, String right, AnalyzedQuery query, TermStats stats) {
    String report = stats.compactText();
    if (report.contains(left + right)) {
      return left + right;
    }
    if (report.contains(left) && report.contains(right)) {
      return null; // both words stand in the report as asked: no other sense is needed
    }
    for (String a : senses(left, query)) {
      for (String b : senses(right, query)) {
        if (stats.compactText().contains(a + b)) {
          return a + b;
        }
      }
    }
    return null;
  }

  /** A word and, for a translation, its other senses. */
  private static List<String> senses(String term, AnalyzedQuery query) {
    for (AnalyzedQuery.Translation t : query.translations()) {
      if (t.chinese().get(0).equals(term)) {
        return t.chinese();
      }
    }
    return List.of(term);
  }

  private static String withoutPlace(String term, List<String> places, TermStats stats) {
    for (String place : places) {
      if (term.equals(place)) {
        return "";
      }
    }
    if (stats.compactText().contains(term.replaceAll("\\s+", ""))) {
      return term;
    }
    for (String place : places) {
      if (term.startsWith(place) && term.length() - place.length() >= 2) {
        return term.substring(place.length());
      }
    }
    return term;
  }

  /** Whether no subject word has a token the report uses. */
  boolean isEmpty() {
    return groups.stream().allMatch(Group::absent);
  }

  /** The joined words a 分别 sentence answers for part by part (lexicon/zh-respectively.tsv). */
  private static final Map<String, List<String>> JOINED =
      dev.reportqa.vocab.DataFile.resource("lexicon/zh-respectively.tsv").categories();

  /**
   * The text as it reads for each part of a joined word when it gives figures 分别 (respectively):
   * 城乡居民收入分别增长… is read as 城镇居民收入… and 农村居民收入… too. Otherwise the text as it is.
   */
  String respectively(String text) {
    if (!text.contains("分别")) {
      // Elsewhere a joined word answers only for itself: 出口 inside 进出口总额 is not exports.
      String masked = text;
      for (String joined : unasked) {
        if (masked.contains(joined)) {
          masked = masked.replace(joined, "\n");
        }
      }
      return masked;
    }
    StringBuilder out = new StringBuilder(text);
    for (Map.Entry<String, List<String>> joined : JOINED.entrySet()) {
      if (text.contains(joined.getKey())) {
        for (String part : joined.getValue()) {
          out.append('\n').append(text.replace(joined.getKey(), part));
        }
      }
    }
    return out.toString();
  }

  /** Weighted share of the known subject found in the text; 0 when nothing is known. */
  double of(String text) {
    Set<String> tokens = TermStats.tokens(respectively(text));
    double got = 0;
    double total = 0;
    for (Group g : groups) {
      if (g.absent()) {
        continue;
      }
      total += g.weight();
      got += g.weight() * match(g, tokens);
    }
    return total == 0 ? 0 : got / total;
  }

  /** Sum of the rarity of the tokens of a word that the report uses. */
  private static double information(String word, TermStats stats) {
    double sum = 0;
    for (String t : TermStats.tokens(word)) {
      if (stats.df(t) > 0) {
        sum += stats.idf(t);
      }
    }
    return sum;
  }

  /** The share of one group's tokens in the text, best alternative, weighted by rarity. */
  private double match(Group g, Set<String> textTokens) {
    double best = 0;
    for (int i = 0; i < g.known().size(); i++) {
      Set<String> alt = g.known().get(i);
      double got = 0;
      double total = 0;
      for (String t : alt) {
        double w = stats.idf(t);
        total += w;
        if (textTokens.contains(t)) {
          got += w;
        }
      }
      best = Math.max(best, got / total * g.credit().get(i));
    }
    return best;
  }
}
