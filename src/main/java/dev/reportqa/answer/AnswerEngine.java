package dev.reportqa.answer;

import dev.reportqa.index.ReportIndex;
import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.Language;
import dev.reportqa.query.QueryAnalyzer;
import dev.reportqa.query.SynonymLexicon;
import dev.reportqa.report.Period;
import dev.reportqa.report.Report;
import dev.reportqa.retrieve.Passage;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the shortest clauses of the report that answer a question, offline and deterministically,
 * or says plainly that the report does not answer it.
 *
 * <p>It runs the answer stages in order, the first answer or refusal winning:
 *
 * <ol>
 *   <li>a question about the report itself is answered from its metadata ({@link ReportFacts});
 *   <li>a period the report does not cover is refused ({@link AnswerabilityPolicy});
 *   <li>the period asked settles whether results or targets are wanted ({@link AskedPeriod});
 *   <li>a subject the report has no word for, or a term it never mentions, is refused;
 *   <li>a term the report defines, the items a quoted word opens, the items of a section are
 *       answered from the report's structure ({@link Definitions}, {@link QuotedItems}, {@link
 *       SectionLists});
 *   <li>otherwise the clauses of the best passages are scored and the best chosen ({@link
 *       ClauseScorer}); the policy may still refuse it (too little of the subject, the other
 *       period, only a rate, another place, a holder not named);
 *   <li>the chosen clause is quoted with the neighbours that complete it ({@link SpanBuilder}) and
 *       worded in the question's language ({@link AnswerRenderer}).
 * </ol>
 *
 * <p>The tuning values of the stages are data: {@link AnswerWeights}.
 */
public final class AnswerEngine {

  private final AnswerTemplates templates;
  private final SynonymLexicon synonyms;
  private final Function<String, List<String>> words;
  private final Map<ReportIndex, TermStats> stats = new IdentityHashMap<>();

  private final ReportFacts facts;
  private final AskedPeriod period;
  private final AnswerabilityPolicy policy;
  private final Definitions definitions;
  private final QuotedItems quotedItems;
  private final SectionLists sectionLists;
  private final ClauseScorer scorer;
  private final SpanBuilder spans;
  private final AnswerRenderer renderer;
  private final double anchor;

  /** Uses the analyzer's lexicons: synonyms, cue words, and the report vocabulary of both. */
  public AnswerEngine(QueryAnalyzer analyzer, AnswerTemplates templates) {
    this.templates = Objects.requireNonNull(templates, "templates");
    this.synonyms = analyzer.synonyms();
    this.words = analyzer::contentWords;
    AnswerWeights weights = AnswerWeights.bundled();
    this.anchor = weights.anchor();
    this.facts = new ReportFacts(analyzer.cues(), templates);
    this.period = new AskedPeriod(analyzer.cues());
    this.definitions = new Definitions(templates);
    this.quotedItems = new QuotedItems(templates);
    this.sectionLists = new SectionLists(templates, analyzer.cues(), weights);
    this.scorer = new ClauseScorer(weights, analyzer.cues());
    this.spans = new SpanBuilder(scorer, weights);
    this.renderer = new AnswerRenderer(templates);
    this.policy =
        new AnswerabilityPolicy(
            templates,
            analyzer.cues(),
            new Vocabulary(
                analyzer.bilingual(), analyzer.synonyms(), analyzer.cueWords(Language.ZH)),
            new Entities(analyzer.resources().chinese().orElse(null)),
            spans,
            weights);
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
   * @param asked the analyzed question
   * @param retrieved the ranked passages, best first; the first {@link Assistant#RETRIEVED} are
   *     kept as the answer's sources
   * @param index the index they come from (for term rarity and the report's structure)
   */
  public Answer answer(AnalyzedQuery asked, List<Passage> retrieved, ReportIndex index) {
    TermStats terms = statsOf(index);
    List<Passage> sources = retrieved.subList(0, Math.min(Assistant.RETRIEVED, retrieved.size()));
    // The subject is read from the question's words alone: the period settled below leaves it as
    // it is.
    Evidence evidence =
        new Evidence(
            index.reports(), sources, Citation.of(index.reports()), subjectOf(asked, index));
    Report top = evidence.top();
    Optional<Period> span = AskedPeriod.span(asked, top);
    AnalyzedQuery query = asked.withFrame(period.frame(asked, span, top.periods()));
    return facts
        .answer(asked, evidence)
        .or(() -> span.flatMap(s -> policy.uncoveredPeriod(asked, s, evidence)))
        .or(() -> policy.beforeChoice(query, terms, evidence))
        .or(() -> definitions.answer(query, evidence))
        .or(() -> quotedItems.answer(query, evidence))
        .or(() -> sectionLists.answer(query, evidence))
        .orElseGet(
            () ->
                fromClauses(
                    query,
                    AskedPeriod.passagesOf(span, retrieved, evidence),
                    retrieved,
                    evidence,
                    terms));
  }

  /**
   * The answer quoted from the best clause of the pool, or the refusal when none answers.
   *
   * @param pool the passages of the span asked, best first
   * @param retrieved all passages retrieved, whose order gives each its retrieval prior
   */
  private Answer fromClauses(
      AnalyzedQuery query,
      List<Passage> pool,
      List<Passage> retrieved,
      Evidence evidence,
      TermStats terms) {
    Optional<Candidate> best = scorer.best(query, pool, retrieved, evidence, terms.compactText());
    if (best.isEmpty()) {
      return policy.nothingFound(query, evidence);
    }
    return policy
        .afterChoice(query, best.get(), evidence)
        .orElseGet(() -> quoted(query, best.get(), evidence));
  }

  private Answer quoted(AnalyzedQuery query, Candidate best, Evidence evidence) {
    List<Quote> quotes = spans.quotes(best, evidence.subject(), query);
    String text = renderer.render(query.language(), best.period(), quotes, evidence.citation());
    return new Answer(query, "", false, text, quotes, evidence.passages(), "");
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

  /** Whether a text names the question's subject itself, as a clause that answers must. */
  public boolean speaksOf(AnalyzedQuery query, String text, ReportIndex index) {
    return subjectOf(query, index).of(text) >= anchor;
  }

  /** Whether a question names nothing this report speaks of: then it leans on the one before. */
  public boolean namesNothingKnown(AnalyzedQuery query, ReportIndex index) {
    return subjectOf(query, index).isEmpty();
  }

  /** The words of an index's reports, counted once per index. */
  private synchronized TermStats statsOf(ReportIndex index) {
    return stats.computeIfAbsent(index, i -> new TermStats(i.units()));
  }
}
