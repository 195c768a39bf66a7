package dev.reportqa.answer;

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

  private final AnswerWeights weights = AnswerWeights.bundled();
  private final SynonymLexicon synonyms;
  private final CueLexicon cues;
  private final Vocabulary vocabulary;
  private final AnswerTemplates templates;
  private final AnswerRenderer renderer;
  private final ClauseScorer scorer;
  private final SpanBuilder spans;
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
    this.spans = new SpanBuilder(scorer, weights);
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
      List<Quote> lead = spans.quotes(best, subject, query);
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
    List<Quote> quotes = spans.quotes(best, subject, query);
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
