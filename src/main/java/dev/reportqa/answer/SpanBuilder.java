package dev.reportqa.answer;

import dev.reportqa.chunk.Clause;
import dev.reportqa.chunk.ClauseSplitter;
import dev.reportqa.chunk.SentenceChunker;
import dev.reportqa.chunk.Unit;
import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.Intent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What is quoted around the chosen clause: the neighbouring clauses of its sentence that carry the
 * subject or the rest of the answer, the whole enumeration or the parallel clauses a list question
 * asks for, the margin a comparison asks for. The quotes are verbatim, with their own lines.
 */
final class SpanBuilder {

  /** Clauses quoted at most around a figure. */
  static final int MAX_CLAUSES = 3;

  /** Longest enumeration quoted whole for a list question, in characters. */
  static final int MAX_LIST_SPAN = 280;

  /** Parallel clauses of a list in a sentence, at least. */
  static final int MIN_PARALLEL = 3;

  /** A neighbouring clause may join only when it holds this much of the kind asked. */
  static final double NEIGHBOUR_FIT = 0.5;

  /** A question about a margin over another figure: 比全国高多少, higher than the national average. */
  private static final Pattern COMPARISON_ASKED =
      Pattern.compile(
          "比[^，。？?]{0,8}(高|快|低|慢|多|少)|高于|快于|低于|"
              + "(?i:\\b(higher|faster|lower|slower)\\b[^?]{0,40}\\bthan\\b|\\bcompared\\s+(with|to)\\b)");

  /** A clause that states a margin: 高于全国X个百分点, 快于全省, 比上年提高. */
  private static final Pattern COMPARISON_CLAUSE = Pattern.compile("(高于|快于|低于|慢于|超过|领先|优于|比)");

  private final ClauseScorer scorer;
  private final AnswerWeights weights;

  SpanBuilder(ClauseScorer scorer, AnswerWeights weights) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  /** The quotes that answer around the chosen clause, in the report's order. */
  List<Quote> quotes(Candidate best, SubjectCoverage subject, AnalyzedQuery query) {
    return quotes(extend(best, subject, query));
  }

  /** Adds neighbouring clauses of the same sentence that carry the subject or the rest of it. */
  List<Clause> extend(Candidate best, SubjectCoverage subject, AnalyzedQuery query) {
    List<Clause> all = ClauseSplitter.split(best.clause().unit());
    int from = best.clause().index();
    int to = from;
    if (query.intent() == Intent.LIST || query.intent() == Intent.FACT) {
      List<Clause> list = enumerationSpan(all, from);
      if (list.isEmpty() && query.intent() == Intent.LIST) {
        list = parallelSpan(all, from);
      }
      if (list.isEmpty() && query.intent() == Intent.LIST) {
        list = parallelSentences(best.clause());
      }
      if (!list.isEmpty()) {
        return list;
      }
    }
    // The clause holding the figure follows the one naming the subject: quote both.
    if (best.own() < weights.anchor()
        && from > 0
        && subject.of(all.get(from - 1).text()) >= weights.anchor()) {
      from--;
    } else if (best.own() < weights.anchor() && from > 1 && scorer.isTopic(all.get(0), subject)) {
      // The subject is the sentence's opening topic: quote it, then the figure.
      return List.of(all.get(0), best.clause());
    }
    double covered = subject.of(span(all, from, to));
    while (to - from + 1 < MAX_CLAUSES) {
      double gainAfter = Double.NEGATIVE_INFINITY;
      boolean respectively = false;
      if (to < all.size() - 1) {
        Clause next = all.get(to + 1);
        // "参保率分别达 96.5%，98.2%": the second value is a clause of its own.
        respectively =
            all.get(to).text().contains("分别")
                && next.text().length() <= ClauseScorer.CONTINUATION_LENGTH
                && Character.isDigit(next.text().charAt(0));
        if (respectively || scorer.fit(query, next.text(), subject) >= NEIGHBOUR_FIT) {
          gainAfter = subject.of(span(all, from, to + 1)) - covered;
        }
      }
      double gainBefore = Double.NEGATIVE_INFINITY;
      if (from > 0 && scorer.fit(query, all.get(from - 1).text(), subject) >= NEIGHBOUR_FIT) {
        gainBefore = subject.of(span(all, from - 1, to)) - covered;
      }
      if (respectively || (gainAfter >= weights.joinGain() && gainAfter >= gainBefore)) {
        to++;
        covered += Math.max(0, gainAfter);
      } else if (gainBefore >= weights.joinGain()) {
        // The first part of a two-part answer: "新开工…项目9个，推动…7个项目竣工投产".
        from--;
        covered += gainBefore;
      } else {
        break;
      }
    }
    // "增速比全国高多少": the margin stands in the clause after the figure ("高于全国X个百分点").
    if (COMPARISON_ASKED.matcher(query.text()).find()
        && to < all.size() - 1
        && COMPARISON_CLAUSE.matcher(all.get(to + 1).text()).lookingAt()) {
      to++;
    }
    return all.subList(from, to + 1);
  }

  /**
   * For a list question whose clause stands in an enumeration introduced by a colon ("主要是：A；B；C"),
   * the whole enumeration, when it is short enough to quote; otherwise empty.
   *
   * @param at the index of the chosen clause among the sentence's clauses
   */
  static List<Clause> enumerationSpan(List<Clause> clauses, int at) {
    Clause c = clauses.get(at);
    String text = c.paragraph().text();
    int sentenceStart = c.unit().start();
    int colon = -1;
    for (int i = c.start() - 1; i >= sentenceStart; i--) {
      if (text.charAt(i) == '：' || text.charAt(i) == ':') {
        colon = i;
        break;
      }
    }
    if (colon < 0) {
      // The clause introduces the enumeration: "还存在不少困难和挑战，主要是：A；B；C".
      int limit = at + 2 < clauses.size() ? clauses.get(at + 2).end() : c.unit().end();
      for (int i = c.end(); i < limit; i++) {
        if (text.charAt(i) == '：' || text.charAt(i) == ':') {
          colon = i;
          break;
        }
      }
    }
    if (colon < 0 || text.substring(colon, c.unit().end()).indexOf('；') < 0) {
      return List.of();
    }
    int first = -1;
    int last = clauses.size() - 1;
    for (int i = 0; i < clauses.size(); i++) {
      if (first < 0 && clauses.get(i).start() > colon) {
        first = i;
      }
    }
    if (first < 0 || clauses.get(last).end() - clauses.get(first).start() > MAX_LIST_SPAN) {
      return List.of();
    }
    return clauses.subList(first, last + 1);
  }

  /**
   * For a list question, the clauses around the chosen one that open the same way ("带头…，带头…，带头…"),
   * when there are at least {@value #MIN_PARALLEL}: a list written as parallel clauses. Otherwise
   * empty.
   *
   * @param at the index of the chosen clause among the sentence's clauses
   */
  static List<Clause> parallelSpan(List<Clause> clauses, int at) {
    String opening = opening(clauses.get(at).text());
    if (opening.isEmpty()) {
      return List.of();
    }
    int first = at;
    while (first > 0 && opening(clauses.get(first - 1).text()).equals(opening)) {
      first--;
    }
    int last = at;
    while (last < clauses.size() - 1 && opening(clauses.get(last + 1).text()).equals(opening)) {
      last++;
    }
    if (last - first + 1 < MIN_PARALLEL
        || clauses.get(last).end() - clauses.get(first).start() > MAX_LIST_SPAN) {
      return List.of();
    }
    return clauses.subList(first, last + 1);
  }

  /** The first two characters of a clause of four or more that opens with a letter, or empty. */
  /** Characters two clauses of different sentences share at their start to be items of a list. */
  static final int SENTENCE_OPENING = 4;

  /**
   * For a list question, the clauses of the chosen clause's paragraph, one sentence after another,
   * that open with the same {@value #SENTENCE_OPENING} characters as it ("瞄准A，…，培育壮大甲产业。瞄准B，
   * …，培育壮大乙产业。"), when there are at least {@value #MIN_PARALLEL}: a list written as parallel
   * sentences, each item at the same place in its own.
   */
  static List<Clause> parallelSentences(Clause chosen) {
    String key = chosen.text().strip();
    if (key.length() < SENTENCE_OPENING + 2
        || !key.codePoints().limit(SENTENCE_OPENING).allMatch(Character::isLetter)) {
      return List.of();
    }
    key = key.substring(0, SENTENCE_OPENING);
    Unit own = chosen.unit();
    List<Clause> items = new ArrayList<>();
    for (int[] range : SentenceChunker.sentences(own.paragraph().text())) {
      Unit sentence =
          new Unit(
              own.id(),
              own.report(),
              own.paragraph(),
              range[0],
              range[1],
              own.sectionPath(),
              own.sectionTitles());
      for (Clause c : ClauseSplitter.split(sentence)) {
        if (c.text().strip().startsWith(key)) {
          items.add(c);
        }
      }
    }
    int length = items.stream().mapToInt(c -> c.text().length()).sum();
    boolean sentencesApart = items.stream().map(c -> c.unit().start()).distinct().count() > 1;
    if (items.size() < MIN_PARALLEL || !sentencesApart || length > MAX_LIST_SPAN) {
      return List.of();
    }
    return items;
  }

  private static String opening(String clause) {
    String t = clause.strip();
    return t.length() >= 4 && Character.isLetter(t.charAt(0)) ? t.substring(0, 2) : "";
  }

  private static String span(List<Clause> clauses, int from, int to) {
    Clause a = clauses.get(from);
    Clause b = clauses.get(to);
    return a.paragraph().text().substring(a.start(), b.end());
  }

  /**
   * The clauses as verbatim quotes: adjacent ones read as one, the punctuation between them
   * included; a gap starts a new quote.
   */
  static List<Quote> quotes(List<Clause> clauses) {
    List<Quote> quotes = new ArrayList<>();
    int i = 0;
    while (i < clauses.size()) {
      int j = i;
      while (j + 1 < clauses.size()
          && clauses.get(j + 1).unit() == clauses.get(j).unit()
          && clauses.get(j + 1).index() == clauses.get(j).index() + 1) {
        j++;
      }
      Clause first = clauses.get(i);
      Clause last = clauses.get(j);
      String text = first.paragraph().text().substring(first.start(), last.end());
      quotes.add(
          new Quote(
              first.unit().report(), text, first.paragraph().lines(first.start(), last.end())));
      i = j + 1;
    }
    return quotes;
  }
}
