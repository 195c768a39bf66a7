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
import dev.reportqa.query.SynonymLexicon;
import dev.reportqa.report.ReportMetadata;
import dev.reportqa.retrieve.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Finds the shortest clauses of the report that answer a question, offline and deterministically,
 * or says plainly that the report does not answer it.
 *
 * <p>Every clause of the best-ranked sentences is a candidate. A candidate is scored by how much of
 * the question's subject it names itself and in its sentence, whether it holds the kind of thing
 * asked for (an amount, a growth rate, a rank, a list), whether it speaks of the asked period
 * (achievement or target), and how well retrieval ranked its sentence. The best one is quoted
 * verbatim with its own lines; a neighbouring clause joins it when it carries the subject or the
 * rest of a two-part answer.
 */
public final class AnswerEngine {

  /**
   * Sentences whose clauses are candidates: retrieval puts the answer in its top 8 nearly always.
   */
  static final int CANDIDATE_PASSAGES = 8;

  /** Below this share of the subject found in the best evidence, the report does not answer. */
  static final double REFUSE_BELOW = 0.5;

  // Candidate score weights, tuned on the development half of eval/questions.jsonl.
  static final double W_OWN = 2.0;
  static final double W_CONTEXT = 1.0;
  static final double W_FIT = 1.2;
  static final double W_FRAME = 0.8;
  static final double W_PRIOR = 0.6;
  static final double W_LENGTH = 0.002;

  /** A neighbouring clause joins the answer when it adds this much of the subject. */
  static final double JOIN_GAIN = 0.25;

  static final int MAX_CLAUSES = 3;

  private static final Pattern RANK = Pattern.compile("第\\s*[0-9一二三四五六七八九十]+");
  private static final Pattern GROWTH =
      Pattern.compile("(增长|下降|提高|降低|增加|减少|上升|翻)[^，；。]{0,6}?\\d+(\\.\\d+)?\\s*(%|倍)");
  private static final Pattern TIME = Pattern.compile("\\d{1,2}\\s*月|年底|年内|\\d{4}\\s*年");
  private static final Pattern RATE_WORDS = Pattern.compile("率|比例|比重|占比|百分");
  private static final Pattern REPORT_WORDS =
      Pattern.compile("报告|讲话|发言|作|做|report|speech|deliver|present|gave|give|speaker|address");

  private final SynonymLexicon synonyms;
  private final CueLexicon cues;
  private final Periods periods;
  private final AnswerTemplates templates;
  private final EnglishRenderer english = new EnglishRenderer();

  public AnswerEngine(SynonymLexicon synonyms, CueLexicon cues, AnswerTemplates templates) {
    this.synonyms = Objects.requireNonNull(synonyms, "synonyms");
    this.cues = Objects.requireNonNull(cues, "cues");
    this.templates = Objects.requireNonNull(templates, "templates");
    this.periods = new Periods(cues);
  }

  public AnswerTemplates templates() {
    return templates;
  }

  /**
   * Answers a question from ranked passages.
   *
   * @param query the analyzed question
   * @param passages the ranked passages, best first
   * @param index the index they come from (for term rarity and the report's metadata)
   */
  public Answer answer(AnalyzedQuery query, List<Passage> passages, ReportIndex index) {
    List<Passage> sources = passages;
    Answer meta = metadataAnswer(query, index.report().metadata(), index.report().name(), sources);
    if (meta != null) {
      return meta;
    }
    SubjectCoverage subject = SubjectCoverage.of(query, synonyms, index.units());
    if (subject.isEmpty()) {
      return refusal(query, templates.get(query.language(), "refusal.generic"), sources);
    }
    List<Candidate> candidates = candidates(query, passages, subject);
    if (candidates.isEmpty()) {
      return refusal(query, what(query), sources);
    }
    Candidate best = candidates.get(0);
    if (best.context() < REFUSE_BELOW || (needsFit(query.intent()) && best.fit() == 0)) {
      return refusal(query, what(query), sources);
    }
    List<Clause> chosen = extend(best, subject, query);
    List<Quote> quotes = quotes(chosen);
    String text = render(query, best.period(), quotes);
    return new Answer(query, "", false, text, quotes, sources, "");
  }

  // ---- candidates ----

  record Candidate(
      Clause clause,
      int rank,
      double own,
      double context,
      double fit,
      double frame,
      Frame period,
      double score) {}

  private List<Candidate> candidates(
      AnalyzedQuery query, List<Passage> passages, SubjectCoverage subject) {
    List<Candidate> out = new ArrayList<>();
    int n = Math.min(CANDIDATE_PASSAGES, passages.size());
    for (int r = 0; r < n; r++) {
      Unit unit = passages.get(r).unit();
      double context = subject.of(unit.text() + " " + String.join(" ", unit.sectionTitles()));
      Frame period = periods.of(unit);
      double frame = frameFit(query.frame(), period);
      double prior = 1.0 / (r + 1);
      for (Clause c : ClauseSplitter.split(unit)) {
        String text = c.text();
        double own = subject.of(text);
        double fit = fit(query, text);
        double score =
            W_OWN * own
                + W_CONTEXT * context
                + W_FIT * fit
                + W_FRAME * frame
                + W_PRIOR * prior
                - W_LENGTH * text.length();
        out.add(new Candidate(c, r + 1, own, context, fit, frame, period, score));
      }
    }
    out.sort(Comparator.comparingDouble(Candidate::score).reversed());
    return out;
  }

  private static boolean needsFit(Intent intent) {
    return intent == Intent.AMOUNT
        || intent == Intent.GROWTH
        || intent == Intent.RANK
        || intent == Intent.TIME;
  }

  /** How well a clause holds the kind of thing asked for, 0 to 1. */
  static double fit(AnalyzedQuery query, String clause) {
    List<Quantity> qs = Quantities.find(clause);
    return switch (query.intent()) {
      case AMOUNT -> {
        boolean rate =
            RATE_WORDS.matcher(query.question()).find()
                || query.question().toLowerCase().contains("percent")
                || query.question().toLowerCase().contains("rate");
        double best = 0;
        for (Quantity q : qs) {
          if (q.unit().equals("周年") || q.unit().equals("届")) {
            continue;
          }
          double f = !q.hasUnit() ? 0.3 : q.isPercent() && !rate ? 0.4 : 1.0;
          best = Math.max(best, f);
        }
        yield best;
      }
      case GROWTH ->
          GROWTH.matcher(clause).find() ? 1.0 : qs.stream().anyMatch(Quantity::isPercent) ? 0.5 : 0;
      case RANK -> RANK.matcher(clause).find() ? 1.0 : 0;
      case TIME -> TIME.matcher(clause).find() ? 1.0 : 0;
      case LIST -> Math.min(1.0, count(clause, '、') / 2.0 + (clause.contains("等") ? 0.5 : 0));
      case PERSON, FACT -> 0.5;
    };
  }

  private static double frameFit(Frame asked, Frame period) {
    if (period == Frame.UNSPECIFIED) {
      return 0;
    }
    return switch (asked) {
      case TARGET -> period == Frame.TARGET ? 1 : -1;
      case ACHIEVED -> period == Frame.ACHIEVED ? 1 : -1;
      // No period asked: prefer what was achieved, and say so in the label.
      case UNSPECIFIED -> period == Frame.ACHIEVED ? 0.3 : 0;
    };
  }

  /** Adds neighbouring clauses of the same sentence that carry the subject or the rest of it. */
  private List<Clause> extend(Candidate best, SubjectCoverage subject, AnalyzedQuery query) {
    List<Clause> all = ClauseSplitter.split(best.clause().unit());
    int from = best.clause().index();
    int to = from;
    double covered = best.own();
    while (to - from + 1 < MAX_CLAUSES) {
      double gainBefore =
          from > 0 ? subject.of(span(all, from - 1, to)) - covered : Double.NEGATIVE_INFINITY;
      double gainAfter =
          to < all.size() - 1
              ? subject.of(span(all, from, to + 1)) - covered
              : Double.NEGATIVE_INFINITY;
      boolean afterFits = to < all.size() - 1 && fit(query, all.get(to + 1).text()) >= 0.5;
      if (gainBefore >= JOIN_GAIN && gainBefore >= gainAfter) {
        from--;
        covered += gainBefore;
      } else if (gainAfter >= JOIN_GAIN && afterFits) {
        to++;
        covered += gainAfter;
      } else {
        break;
      }
    }
    return all.subList(from, to + 1);
  }

  private static String span(List<Clause> clauses, int from, int to) {
    Clause a = clauses.get(from);
    Clause b = clauses.get(to);
    return a.paragraph().text().substring(a.start(), b.end());
  }

  /** Adjacent clauses read as one verbatim quote, commas included. */
  private static List<Quote> quotes(List<Clause> clauses) {
    Clause first = clauses.get(0);
    Clause last = clauses.get(clauses.size() - 1);
    String text = first.paragraph().text().substring(first.start(), last.end());
    return List.of(
        new Quote(first.unit().report(), text, first.paragraph().lines(first.start(), last.end())));
  }

  // ---- wording ----

  private String render(AnalyzedQuery query, Frame period, List<Quote> quotes) {
    Language lang = query.language();
    String labelKey =
        switch (period) {
          case ACHIEVED -> "label.achieved";
          case TARGET -> "label.target";
          case UNSPECIFIED -> "label.none";
        };
    String label = templates.get(lang, labelKey);
    StringBuilder out = new StringBuilder();
    if (lang == Language.ZH) {
      out.append(label);
      for (int i = 0; i < quotes.size(); i++) {
        Quote q = quotes.get(i);
        out.append(i == 0 ? "" : "；").append(q.text()).append(' ').append(cite(q));
      }
      return out.toString();
    }
    String figures =
        String.join(
            "; ",
            quotes.stream().map(q -> english.figures(q.text())).filter(f -> !f.isEmpty()).toList());
    out.append(label).append(": ");
    if (!figures.isEmpty()) {
      out.append(figures).append(". ");
    }
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      out.append(i == 0 ? "" : " ").append('“').append(q.text()).append("” ").append(cite(q));
    }
    return out.toString();
  }

  private static String cite(Quote q) {
    return Citation.format(q.report(), q.lines(), false);
  }

  private String what(AnalyzedQuery query) {
    Language lang = query.language();
    String asked = templates.get(lang, "asked." + query.intent().name().toLowerCase());
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

  private Answer refusal(AnalyzedQuery query, String what, List<Passage> leads) {
    String text = templates.get(query.language(), "refusal", Map.of("what", what));
    return new Answer(query, "", true, text, List.of(), leads, "");
  }

  /** Who delivered the report and when: answered from the preamble, not from retrieval. */
  private Answer metadataAnswer(
      AnalyzedQuery query, ReportMetadata meta, String report, List<Passage> sources) {
    boolean aboutReport = REPORT_WORDS.matcher(query.question().toLowerCase()).find();
    Language lang = query.language();
    if (query.intent() == Intent.PERSON && aboutReport && !meta.speaker().isEmpty()) {
      Quote q = new Quote(report, meta.speaker(), List.of(meta.speakerLine()));
      String text =
          templates.get(lang, "meta.speaker", Map.of("speaker", meta.speaker())) + " " + cite(q);
      return new Answer(query, "", false, text, List.of(q), sources, "");
    }
    if (query.intent() == Intent.TIME && aboutReport && !meta.date().isEmpty()) {
      String date = lang == Language.EN ? EnglishRenderer.date(meta.date()) : meta.date();
      Quote q = new Quote(report, meta.date(), List.of(meta.dateLine()));
      String text = templates.get(lang, "meta.date", Map.of("date", date)) + " " + cite(q);
      return new Answer(query, "", false, text, List.of(q), sources, "");
    }
    return null;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
