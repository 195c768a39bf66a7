package dev.reportqa.answer;

import dev.reportqa.chunk.Clause;
import dev.reportqa.chunk.ClauseSplitter;
import dev.reportqa.chunk.Quantities;
import dev.reportqa.chunk.Quantity;
import dev.reportqa.chunk.Unit;
import dev.reportqa.index.ReportIndex;
import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.CueLexicon;
import dev.reportqa.query.Frame;
import dev.reportqa.query.Intent;
import dev.reportqa.query.Language;
import dev.reportqa.query.QueryAnalyzer;
import dev.reportqa.query.SynonymLexicon;
import dev.reportqa.report.Period;
import dev.reportqa.report.Report;
import dev.reportqa.report.ReportPeriods;
import dev.reportqa.retrieve.Passage;
import dev.reportqa.vocab.QuantityVocabulary.Kind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the shortest clauses of the report that answer a question, offline and deterministically,
 * or says plainly that the report does not answer it.
 *
 * <p>Every clause of the best-ranked sentences is a candidate. A candidate is scored by how much of
 * the question's subject it names itself and in its sentence, whether it holds the kind of thing
 * asked for (an amount of the expected kind, a growth rate, a rank, a list), whether it speaks of
 * the asked period (achievement or target), and how well retrieval ranked its sentence. A figure
 * only answers when its own clause names the subject, or directly follows the clause that does. The
 * best candidate is quoted verbatim with its own lines; a neighbouring clause joins it when it
 * carries the subject or the rest of the answer.
 */
public final class AnswerEngine {

  /** Longest enumeration quoted whole for a list question, in characters. */
  static final int MAX_LIST_SPAN = 280;

  static final int MAX_CLAUSES = 3;

  private final AnswerWeights weights = AnswerWeights.bundled();
  private final SynonymLexicon synonyms;
  private final CueLexicon cues;
  private final Vocabulary vocabulary;
  private final AnswerTemplates templates;
  private final AnswerRenderer renderer;
  private final ClauseScorer scorer;
  private final ReportFacts facts;
  private final java.util.function.Function<String, List<String>> words;
  private final Entities entities;
  private final Definitions definitions;
  private final QuotedItems quotedItems;
  private final SectionLists sectionLists;
  private final Map<ReportIndex, TermStats> stats = new IdentityHashMap<>();

  /** Uses the analyzer's lexicons: synonyms, cue words, and the report vocabulary of both. */
  public AnswerEngine(QueryAnalyzer analyzer, AnswerTemplates templates) {
    this.synonyms = analyzer.synonyms();
    this.cues = analyzer.cues();
    this.vocabulary =
        new Vocabulary(analyzer.bilingual(), analyzer.synonyms(), analyzer.cueWords(Language.ZH));
    this.templates = Objects.requireNonNull(templates, "templates");
    this.facts = new ReportFacts(cues, templates);
    this.words = analyzer::contentWords;
    this.entities = new Entities(analyzer.resources().chinese().orElse(null));
    this.definitions = new Definitions(templates);
    this.quotedItems = new QuotedItems(templates);
    this.sectionLists = new SectionLists(templates, cues, weights);
    this.renderer = new AnswerRenderer(templates);
    this.scorer = new ClauseScorer(weights, cues);
  }

  public AnswerTemplates templates() {
    return templates;
  }

  /** An engine with the same wording reading through another analyzer's lexicons. */
  public AnswerEngine withAnalyzer(QueryAnalyzer analyzer) {
    return new AnswerEngine(analyzer, templates);
  }

  /**
   * Answers a question from ranked passages.
   *
   * @param query the analyzed question
   * @param retrieved the ranked passages, best first; the first {@link Assistant#RETRIEVED} are
   *     kept as the answer's sources
   * @param index the index they come from (for term rarity and the report's structure)
   */
  public Answer answer(AnalyzedQuery asked, List<Passage> retrieved, ReportIndex index) {
    List<Passage> passages = retrieved.subList(0, Math.min(Assistant.RETRIEVED, retrieved.size()));
    Citation citation = Citation.of(index.reports());
    Evidence evidence = new Evidence(index.reports(), passages, citation, subjectOf(asked, index));
    Optional<Answer> meta = facts.answer(asked, evidence);
    if (meta.isPresent()) {
      return meta.get();
    }
    Report top = evidence.top();
    java.util.Optional<Period> span = askedSpan(asked, top);
    if (span.isPresent() && !top.periods().covers(span.get())) {
      boolean zh = asked.language() == Language.ZH;
      return refusal(
          asked,
          "refusal.uncovered",
          Map.of(
              "span", zh ? span.get().spanZh() : span.get().spanEn(),
              "coverage", zh ? top.periods().coverageZh() : top.periods().coverageEn()),
          passages);
    }
    Frame frame = impliedFrame(asked, span, top.periods());
    if (frame == Frame.TARGET
        && span.isPresent()
        && onlyResultsCover(span.get(), top.periods())
        && targetOnlyByHorizon(asked)) {
      // "去年全年接待了多少游客" in an annual report: 全年 marks a target only in a mid-year report,
      // and a year the report gives only results for asks for them.
      frame = Frame.ACHIEVED;
    }
    AnalyzedQuery query = asked.withFrame(frame);
    SubjectCoverage subject = evidence.subject();
    if (subject.isEmpty()) {
      return refusal(query, "refusal", Map.of("what", what(query)), passages);
    }
    if (ClauseScorer.needsFit(query.intent())) {
      List<String> absent = vocabulary.absentFrom(query, statsOf(index));
      if (!absent.isEmpty()) {
        String joined = String.join(query.language() == Language.ZH ? "”“" : "\", \"", absent);
        return refusal(query, "refusal.absent", Map.of("terms", joined), passages);
      }
    }
    for (DirectAnswerer direct : List.of(definitions, quotedItems, sectionLists)) {
      Optional<Answer> answer = direct.answer(query, evidence);
      if (answer.isPresent()) {
        return answer.get();
      }
    }
    List<Passage> pool = retrieved;
    if (span.isPresent()) {
      pool = retrieved.stream().filter(p -> inSpan(p, span.get(), index)).toList();
    }
    Candidate best =
        scorer.best(query, pool, retrieved, evidence, statsOf(index).compactText()).orElse(null);
    if (best == null || best.context() < weights.refuseBelow()) {
      return refusal(query, "refusal", Map.of("what", what(query)), passages);
    }
    if (ClauseScorer.needsFit(query.intent()) && best.opposes(query.frame())) {
      String key =
          query.frame() == Frame.ACHIEVED ? "refusal.period.achieved" : "refusal.period.target";
      return refusal(query, key, Map.of("subject", subjectLabel(query)), passages);
    }
    if (onlyRate(query, best.clause().text())) {
      List<Quote> lead = quotes(extend(best, subject, query));
      String quoted =
          String.join(
              "；", lead.stream().map(q -> "“" + q.text() + "” " + cite(q, citation)).toList());
      return refusal(
          query,
          "refusal.onlyrate",
          Map.of("subject", subjectLabel(query), "lead", quoted),
          passages);
    }
    List<String> places =
        entities.otherPlaces(
            query,
            index.reports().stream().flatMap(r -> r.metadata().placeNames().stream()).toList());
    java.util.Optional<String> unnamed = Entities.unnamed(places, best.clause().unit());
    if (unnamed.isPresent()) {
      return refusal(
          query, "refusal.place", Map.of("place", unnamed.get(), "asked", asked(query)), passages);
    }
    if (Entities.asksWho(query)
        && entities.available()
        && !entities.namesHolder(best.clause().unit().text(), roles(query), ownPlaces(index))) {
      return refusal(query, "refusal.person", Map.of("subject", subjectLabel(query)), passages);
    }
    List<Quote> quotes = quotes(extend(best, subject, query));
    return new Answer(
        query,
        "",
        false,
        renderer.render(query.language(), best.period(), quotes, citation),
        quotes,
        passages,
        "");
  }

  /** The subject of a question as this index sees it. */
  SubjectCoverage subjectOf(AnalyzedQuery query, ReportIndex index) {
    return SubjectCoverage.of(
        query,
        synonyms,
        words,
        statsOf(index),
        index.reports().stream()
            .flatMap(r -> r.metadata().placeNames().stream())
            .distinct()
            .toList());
  }

  /** Whether a question names nothing this report speaks of: then it leans on the one before. */
  public boolean namesNothingKnown(AnalyzedQuery query, ReportIndex index) {
    return subjectOf(query, index).isEmpty();
  }

  private synchronized TermStats statsOf(ReportIndex index) {
    return stats.computeIfAbsent(index, i -> new TermStats(i.units()));
  }

  /**
   * Whether a question wants an amount in a unit it names (多少亿元, in yuan) and the clause gives only
   * a rate of change: 一般公共预算收入增长4% does not say how many yuan.
   */
  boolean onlyRate(AnalyzedQuery query, String clause) {
    if (query.intent() != Intent.AMOUNT || !statesUnit(query)) {
      return false;
    }
    List<Quantity> qs = Quantities.find(clause);
    return ClauseScorer.givesGrowth(clause)
        && qs.stream().anyMatch(q -> q.is(Kind.RATE))
        && qs.stream().noneMatch(q -> ClauseScorer.amountFit(query.measure(), q) > 0);
  }

  private boolean statesUnit(AnalyzedQuery query) {
    if (query.language() == Language.ZH) {
      return !cues.findZh(query.text(), CueLexicon.Category.STATEDUNIT).isEmpty();
    }
    return !cues.findEn(
            dev.reportqa.query.EnglishWords.tokens(query.text().toLowerCase(Locale.ROOT)),
            CueLexicon.Category.STATEDUNIT)
        .isEmpty();
  }

  /** Whether a passage speaks of the span asked, or of no period at all. */
  private static boolean inSpan(Passage passage, Period asked, ReportIndex index) {
    Unit unit = passage.unit();
    Period period = index.report(unit.report()).periods().of(unit.paragraph(), unit.text());
    return period.role() == Period.Role.NONE || ReportPeriods.matches(period, asked);
  }

  /**
   * The span the question's time words name in this report, if any. In a mid-year report a growth
   * question about last year ("比去年增长了多少") names the base of a comparison, not a period asked.
   */
  static java.util.Optional<Period> askedSpan(AnalyzedQuery query, Report report) {
    java.util.Optional<Period> asked = report.periods().resolve(query.time());
    if (asked.isPresent()
        && report.metadata().kind() == dev.reportqa.report.ReportMetadata.Kind.MID_YEAR
        && query.intent() == Intent.GROWTH
        && asked.get().to() < report.periods().year()) {
      return java.util.Optional.empty();
    }
    return asked;
  }

  /**
   * A question that names a time but neither results nor targets asks for what the report gives for
   * that time: in an annual report, last year's results or this year's targets.
   */
  /** Whether the report gives only results, no targets, for the span asked. */
  private static boolean onlyResultsCover(Period asked, ReportPeriods periods) {
    boolean results = false;
    for (Period p : periods.covered()) {
      if (ReportPeriods.matches(p, asked)) {
        if (p.isTarget()) {
          return false;
        }
        results |= p.isResult();
      }
    }
    return results;
  }

  /** Whether a Chinese question reads as a target only by a word of the full year (全年, 年底). */
  private boolean targetOnlyByHorizon(AnalyzedQuery query) {
    if (query.language() != Language.ZH) {
      return false;
    }
    List<String> found = cues.findZh(query.text(), CueLexicon.Category.TARGET);
    java.util.Set<String> horizon =
        new java.util.HashSet<>(cues.words(Language.ZH, CueLexicon.Category.FULLYEAR));
    horizon.add("年底");
    return !found.isEmpty() && horizon.containsAll(found);
  }

  static Frame impliedFrame(
      AnalyzedQuery query, java.util.Optional<Period> asked, ReportPeriods periods) {
    if (query.frame() != Frame.UNSPECIFIED || asked.isEmpty()) {
      return query.frame();
    }
    boolean results = false;
    boolean targets = false;
    for (Period p : periods.covered()) {
      if (ReportPeriods.matches(p, asked.get())) {
        results |= p.isResult();
        targets |= p.isTarget();
      }
    }
    return results == targets ? Frame.UNSPECIFIED : results ? Frame.ACHIEVED : Frame.TARGET;
  }

  // ---- the quoted span ----

  /** Adds neighbouring clauses of the same sentence that carry the subject or the rest of it. */
  private List<Clause> extend(Candidate best, SubjectCoverage subject, AnalyzedQuery query) {
    List<Clause> all = ClauseSplitter.split(best.clause().unit());
    int from = best.clause().index();
    int to = from;
    if (query.intent() == Intent.LIST || query.intent() == Intent.FACT) {
      int[] span = enumerationSpan(all, from);
      if (span == null && query.intent() == Intent.LIST) {
        span = parallelSpan(all, from);
      }
      if (span != null) {
        return all.subList(span[0], span[1] + 1);
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
        if (respectively || scorer.fit(query, next.text(), subject) >= 0.5) {
          gainAfter = subject.of(span(all, from, to + 1)) - covered;
        }
      }
      double gainBefore = Double.NEGATIVE_INFINITY;
      if (from > 0 && scorer.fit(query, all.get(from - 1).text(), subject) >= 0.5) {
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
    if (asksComparison(query) && to < all.size() - 1) {
      if (COMPARISON_CLAUSE.matcher(all.get(to + 1).text()).lookingAt()) {
        to++;
      }
    }
    return all.subList(from, to + 1);
  }

  /** A question about a margin over another figure: 比全国高多少, higher than the national average. */
  private static final Pattern COMPARISON_ASKED =
      Pattern.compile(
          "比[^，。？?]{0,8}(高|快|低|慢|多|少)|高于|快于|低于|"
              + "(?i:\\b(higher|faster|lower|slower)\\b[^?]{0,40}\\bthan\\b|\\bcompared\\s+(with|to)\\b)");

  /** A clause that states a margin: 高于全国X个百分点, 快于全省, 比上年提高. */
  private static final Pattern COMPARISON_CLAUSE = Pattern.compile("(高于|快于|低于|慢于|超过|领先|优于|比)");

  private static boolean asksComparison(AnalyzedQuery query) {
    return COMPARISON_ASKED.matcher(query.text()).find();
  }

  /**
   * For a list question whose clause stands in an enumeration introduced by a colon ("主要是：A；B； C"),
   * the whole enumeration, when it is short enough to quote.
   */
  private static int[] enumerationSpan(List<Clause> clauses, int at) {
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
      return null;
    }
    int first = -1;
    int last = clauses.size() - 1;
    for (int i = 0; i < clauses.size(); i++) {
      if (first < 0 && clauses.get(i).start() > colon) {
        first = i;
      }
    }
    if (first < 0 || clauses.get(last).end() - clauses.get(first).start() > MAX_LIST_SPAN) {
      return null;
    }
    return new int[] {first, last};
  }

  /**
   * For a list question, the clauses around the chosen one that open the same way ("带头…，带头…，带头…"),
   * when there are at least {@value #MIN_PARALLEL}: a list written as parallel clauses.
   */
  static int[] parallelSpan(List<Clause> clauses, int at) {
    String opening = opening(clauses.get(at).text());
    if (opening.isEmpty()) {
      return null;
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
      return null;
    }
    return new int[] {first, last};
  }

  /** Parallel clauses of a list in a sentence, at least. */
  static final int MIN_PARALLEL = 3;

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
  private static List<Quote> quotes(List<Clause> clauses) {
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

  /** {@code [L87]}, {@code [p.12 ¶3]}, or {@code [report.md:L87]} when several are loaded. */
  private static String cite(Quote q, Citation citation) {
    return AnswerRenderer.cite(q, citation);
  }

  /** The offices a who-question names (书记, 局长), in its Chinese words or its translations. */
  private List<String> roles(AnalyzedQuery query) {
    String text =
        query.language() == Language.ZH
            ? query.text()
            : String.join(" ", query.translations().stream().map(t -> t.chinese().get(0)).toList());
    List<String> roles = new ArrayList<>();
    for (String term : query.language() == Language.ZH ? query.subjectTerms() : List.of(text)) {
      for (String role : cues.words(Language.ZH, CueLexicon.Category.ROLE)) {
        int at = term.indexOf(role);
        if (at >= 0 && !cues.words(Language.ZH, CueLexicon.Category.GENERALROLE).contains(role)) {
          // The office as the question qualifies it: 省委书记 of 某某省委书记, not 书记 (总书记 is another).
          roles.add(term.substring(0, at + role.length()));
          break;
        }
      }
    }
    return roles;
  }

  private static List<String> ownPlaces(ReportIndex index) {
    return index.reports().stream().flatMap(r -> r.metadata().placeNames().stream()).toList();
  }

  /** What a question asks for, in words: 具体数字, 增长率, a figure … */
  private String asked(AnalyzedQuery query) {
    return templates.get(
        query.language(), "asked." + query.intent().name().toLowerCase(Locale.ROOT));
  }

  private String what(AnalyzedQuery query) {
    Language lang = query.language();
    String asked = templates.get(lang, "asked." + query.intent().name().toLowerCase(Locale.ROOT));
    String subject = subjectLabel(query);
    if (subject.isBlank()) {
      return templates.get(lang, "refusal.generic");
    }
    return templates.get(lang, "refusal.subject", Map.of("subject", subject, "asked", asked));
  }

  private static String subjectLabel(AnalyzedQuery query) {
    if (query.language() == Language.ZH) {
      return String.join("", query.subjectTerms());
    }
    List<String> words = new ArrayList<>();
    query.translations().stream()
        .filter(t -> query.subjectTerms().contains(t.chinese().get(0)))
        .forEach(t -> words.add(t.english()));
    words.addAll(query.unknownWords());
    return String.join(" ", words);
  }

  private Answer refusal(
      AnalyzedQuery query, String key, Map<String, String> values, List<Passage> leads) {
    String text = templates.get(query.language(), key, values);
    return new Answer(query, "", true, text, List.of(), leads, "");
  }
}
