package dev.reportqa.answer;

import dev.reportqa.chunk.Clause;
import dev.reportqa.chunk.ClauseSplitter;
import dev.reportqa.chunk.Quantities;
import dev.reportqa.chunk.Quantity;
import dev.reportqa.chunk.Unit;
import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.CueLexicon;
import dev.reportqa.query.Frame;
import dev.reportqa.query.Intent;
import dev.reportqa.query.Language;
import dev.reportqa.query.Measure;
import dev.reportqa.report.Period;
import dev.reportqa.retrieve.Passage;
import dev.reportqa.vocab.QuantityVocabulary;
import dev.reportqa.vocab.QuantityVocabulary.Kind;
import dev.reportqa.vocab.QuantityVocabulary.Position;
import dev.reportqa.vocab.QuantityVocabulary.RankRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the clause that answers best. Every clause of the best-ranked sentences is a candidate,
 * scored by how much of the question's subject it names itself and in its sentence, whether it
 * holds the kind of thing asked for (an amount of the expected kind, a growth rate, a rank, a
 * list), whether it speaks of the asked period (results or targets), how well retrieval ranked its
 * sentence, and its length; the weights are {@link AnswerWeights}. A figure only answers when its
 * own clause names the subject, or directly follows the clause that does.
 */
final class ClauseScorer {

  /**
   * Sentences whose clauses are candidates: retrieval puts the answer in its top 8 nearly always.
   */
  static final int CANDIDATE_PASSAGES = 8;

  /** A clause this short after the one naming the subject continues it ("同比增长 12%", "98.2%"). */
  static final int CONTINUATION_LENGTH = 20;

  /** The longest clause that only places the figure before it: 保持全国第N位, 居全省首位. */
  static final int RANK_CONTINUATION_LENGTH = 10;

  /** A clause not anchored itself still answers a question asking no figure with this much. */
  static final double LOOSE_ANCHOR_SHARE = 0.6;

  private static final int DEBUG_CANDIDATES = 8;
  private static final Logger log = LoggerFactory.getLogger(ClauseScorer.class);

  private static final QuantityVocabulary QUANTITIES = QuantityVocabulary.bundled();

  /** A place in a ranking: 第3, 第三, 首位. */
  private static final Pattern RANK =
      Pattern.compile(
          "(?:"
              + QuantityVocabulary.alternation(QUANTITIES.ranks(RankRole.ORDINAL))
              + ")\\s*[0-9一二三四五六七八九十]+|"
              + QuantityVocabulary.alternation(QUANTITIES.ranks(RankRole.TOP)));

  /** A clause opening with a figure, a bound or a change, and the words that list figures. */
  private static final Pattern CONTINUATION =
      Pattern.compile(
          "(?:"
              + QuantityVocabulary.alternation(QUANTITIES.bounds(Position.BEFORE))
              + "|"
              + QuantityVocabulary.alternation(QUANTITIES.changes())
              + "|同比|分别|其中|均)?\\s*\\d");

  /** A word of change, then within a few characters a rate: 增长 12%, 提高 2.1 个百分点, 增长 3 倍. */
  private static final Pattern GROWTH =
      Pattern.compile(
          "(?:"
              + QuantityVocabulary.alternation(QUANTITIES.changes())
              + ")[^，；。]{0,6}?\\d+(\\.\\d+)?\\s*(?:"
              + QuantityVocabulary.alternation(QUANTITIES.unitForms(Kind.RATE, Kind.MULTIPLE))
              + ")");

  private static final Pattern TIME = Pattern.compile("\\d{1,2}\\s*月|年底|年内|\\d{4}\\s*年");

  /** A ratio to something: 社会物流总费用与生产总值的比率, 占地区生产总值比重. */
  private static final Pattern RATIO_TO = Pattern.compile("(与|占)([^，。；、]{1,12}?)的?(比率|比例|比重|之比)");

  /** Words by which a question asks for a ratio or a share itself. */
  private static final Pattern ASKS_RATIO =
      Pattern.compile("比率|比例|比重|占比|之比|(?i:ratio|share|proportion|percentage of)");

  /** An enumeration that names its items' kind after 等: "A、B、C等一批优质项目". */
  private static final Pattern KIND_AFTER_DENG = Pattern.compile("、[^、]*等([^、，。；]{1,12})$");

  private final AnswerWeights weights;
  private final CueLexicon cues;

  ClauseScorer(AnswerWeights weights, CueLexicon cues) {
    this.weights = Objects.requireNonNull(weights, "weights");
    this.cues = Objects.requireNonNull(cues, "cues");
  }

  /**
   * The clause that answers best, or empty when none can.
   *
   * <p>A period the question names is a condition, not a preference: the first eligible candidate
   * not of the other period wins; when none names the whole subject, one of the asked period that
   * names part of it and holds the asked figure beats a figure of the other period.
   *
   * @param pool the passages to read, best first (those of the period asked)
   * @param retrieved all passages retrieved, whose order gives each its retrieval prior
   * @param report the text of the reports, to tell whether they give a measure unqualified
   */
  Optional<Candidate> best(
      AnalyzedQuery query,
      List<Passage> pool,
      List<Passage> retrieved,
      Evidence evidence,
      String report) {
    List<Candidate> candidates = candidates(query, pool, retrieved, evidence);
    List<Candidate> eligible =
        candidates.stream()
            .filter(c -> eligible(query, c) && !qualifiesAway(query, c.clause().text(), report))
            .toList();
    if (log.isDebugEnabled()) {
      candidates.stream().limit(DEBUG_CANDIDATES).forEach(c -> debug(query, c));
    }
    return eligible.stream()
        .filter(c -> !c.opposes(query.frame()))
        .findFirst()
        .or(
            () ->
                candidates.stream()
                    .filter(c -> query.frame() != Frame.UNSPECIFIED)
                    .filter(c -> c.frame() == query.frame())
                    .filter(c -> c.fit() > 0 && c.own() >= weights.partialAnchor())
                    .findFirst())
        .or(() -> eligible.stream().findFirst());
  }

  private void debug(AnalyzedQuery query, Candidate c) {
    log.debug(
        "candidate {} L{} own={} ctx={} fit={} frame={} anchored={} eligible={} '{}'",
        String.format("%.3f", c.score()),
        c.clause().lines(),
        String.format("%.2f", c.own()),
        String.format("%.2f", c.context()),
        String.format("%.2f", c.fit()),
        c.frameFit(),
        c.anchored(),
        eligible(query, c),
        c.clause().text());
  }

  /**
   * The clauses of the first passages of the pool, scored, best first.
   *
   * @param pool the passages to read, best first
   * @param retrieved all passages retrieved, whose order gives each its retrieval prior
   */
  List<Candidate> candidates(
      AnalyzedQuery query, List<Passage> pool, List<Passage> retrieved, Evidence evidence) {
    SubjectCoverage subject = evidence.subject();
    List<Candidate> out = new ArrayList<>();
    int n = Math.min(CANDIDATE_PASSAGES, pool.size());
    for (int i = 0; i < n; i++) {
      Unit unit = pool.get(i).unit();
      int r = retrieved.indexOf(pool.get(i));
      double context = subject.of(unit.text() + " " + String.join(" ", unit.sectionTitles()));
      Period period = evidence.periodOf(unit);
      Frame frame = frameOf(period);
      double frameFit = frameFit(query.frame(), frame);
      double prior = 1.0 / (r + 1);
      List<Clause> clauses = ClauseSplitter.split(unit);
      boolean topic = isTopic(clauses.get(0), subject);
      double previousOwn = 0;
      for (Clause c : clauses) {
        String text = c.text();
        double own = subject.of(text);
        if (query.intent() == Intent.LIST && namesKindAsked(text, query)) {
          own = Math.max(own, context); // "加速建设A、B、C等一批优质项目" for "哪些新项目"
        }
        boolean anchored =
            own >= weights.anchor()
                || (previousOwn >= weights.anchor()
                    && (continues(text) || (own > 0 && text.length() <= CONTINUATION_LENGTH)))
                || (topic && c.index() > 0);
        double fit = fit(query, text, subject);
        double score =
            weights.own() * own
                + weights.context() * context
                + weights.fit() * fit
                + weights.frame() * frameFit
                + weights.prior() * prior
                - weights.length() * text.length();
        out.add(
            new Candidate(c, r + 1, own, anchored, context, fit, frameFit, frame, period, score));
        previousOwn = own;
      }
    }
    out.sort(Comparator.comparingDouble(Candidate::score).reversed());
    return out;
  }

  /**
   * A sentence that opens with its topic and then lists facts about it ("某某改革有力推进，N 个项目…已经开工，累计完成投资
   * X 亿元"): the first clause names the subject and holds no figure of its own, so the figures after
   * it are about the subject.
   */
  boolean isTopic(Clause first, SubjectCoverage subject) {
    return subject.of(first.text()) >= weights.anchor() && Quantities.find(first.text()).isEmpty();
  }

  /**
   * Whether a short clause goes on about the subject of the clause before it rather than naming its
   * own: it opens with a figure, a bound or a change ("增长 12%", "98.2%"; "营收超 3 亿元" does not — its
   * subject 营收 must be asked for; nor does "同比增长 12%", which joins only when it names part of the
   * subject).
   */
  static boolean continues(String clause) {
    return clause.length() <= CONTINUATION_LENGTH
        && (CONTINUATION.matcher(clause).lookingAt() || placesTheOneBefore(clause));
  }

  /**
   * Whether a clause only gives the place of the figure before it in a ranking
   * ("某产品产量X万吨，保持全国第N位"): short, with a place in a ranking within its first few characters.
   */
  private static boolean placesTheOneBefore(String clause) {
    if (clause.length() > RANK_CONTINUATION_LENGTH) {
      return false;
    }
    Matcher m = RANK.matcher(clause);
    return m.find() && m.start() <= RANK_CONTINUATION_LENGTH / 2 + 1;
  }

  /**
   * Whether a clause gives the asked subject under a qualifier the question does not ask for:
   * 人均地区生产总值 for a question about 地区生产总值, when the report gives the plain measure too. Only for
   * figures, where the qualified measure is another number; where the report gives only the
   * qualified one (居民人均可支配收入 for 居民可支配收入), that is the figure meant.
   *
   * @param report the text of the reports
   */
  boolean qualifiesAway(AnalyzedQuery query, String clause, String report) {
    if (!needsFit(query.intent())) {
      return false;
    }
    String lower = query.text().toLowerCase(Locale.ROOT);
    if (cues.words(Language.EN, CueLexicon.Category.PERMEASURE).stream()
        .anyMatch(lower::contains)) {
      return false; // "per unit of GDP": the question qualifies the measure itself
    }
    List<String> subject = new ArrayList<>(query.subjectTerms());
    query.lexicalQuery().forEach(w -> subject.addAll(List.of(w.text().split("\\s+"))));
    if (onlyAsDenominator(query, clause, subject)) {
      return true;
    }
    for (String q : cues.words(Language.ZH, CueLexicon.Category.PERMEASURE)) {
      if (query.text().contains(q) || subject.stream().anyMatch(t -> t.contains(q))) {
        continue;
      }
      for (int at = clause.indexOf(q); at >= 0; at = clause.indexOf(q, at + 1)) {
        String after = clause.substring(at + q.length());
        if (subject.stream()
            .anyMatch(t -> t.length() >= 2 && after.startsWith(t) && givesPlain(report, t, q))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the subject stands in the clause only as what another thing is measured against: a
   * question about GDP growth is not answered by 社会物流总费用与生产总值的比率再下降…, unless it asks for a ratio.
   */
  static boolean onlyAsDenominator(AnalyzedQuery query, String clause, List<String> subject) {
    if (ASKS_RATIO.matcher(query.text()).find()) {
      return false;
    }
    Matcher m = RATIO_TO.matcher(clause);
    if (!m.find()) {
      return false;
    }
    String outside = clause.substring(0, m.start(2)) + "｜" + clause.substring(m.end(2));
    String inside = m.group(2);
    boolean in = subject.stream().anyMatch(t -> t.length() >= 2 && inside.contains(t));
    boolean out = subject.stream().anyMatch(t -> t.length() >= 2 && outside.contains(t));
    return in && !out;
  }

  /** Whether the report writes a measure somewhere without the qualifier before it. */
  private static boolean givesPlain(String report, String measure, String qualifier) {
    for (int at = report.indexOf(measure); at >= 0; at = report.indexOf(measure, at + 1)) {
      if (!report.startsWith(qualifier, at - qualifier.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a candidate can answer at all: it holds the asked kind, next to the subject. */
  boolean eligible(AnalyzedQuery query, Candidate c) {
    if (needsFit(query.intent())) {
      return c.fit() > 0 && c.anchored();
    }
    return c.own() >= weights.anchor() * LOOSE_ANCHOR_SHARE || c.anchored();
  }

  /** Whether a question asks for a figure, a rank or a time, which an answer must hold. */
  static boolean needsFit(Intent intent) {
    return intent == Intent.AMOUNT
        || intent == Intent.GROWTH
        || intent == Intent.RANK
        || intent == Intent.TIME;
  }

  /** How well a clause holds the kind of thing asked for, 0 to 1. */
  double fit(AnalyzedQuery query, String clause, SubjectCoverage subject) {
    List<Quantity> qs = Quantities.find(clause);
    return switch (query.intent()) {
      case AMOUNT -> {
        double best = 0;
        for (Quantity q : qs) {
          if (Quantities.isOrdinal(clause, q)) {
            continue; // 全市第 3 is a rank
          }
          if (ownedByAnother(clause, q, subject)) {
            continue;
          }
          if (changesARate(clause, q) && !asksChange(query)) {
            continue; // 下降N个百分点 says how a rate moved, not the rate a question asks
          }
          if (asksBefore(query) && !givesBefore(clause, q)) {
            continue; // 提高到N元 is the value after the change, not the one before it
          }
          double f = asksInUnit(query, q) ? 1.0 : amountFit(query.measure(), q);
          if (f == 0
              && query.frame() == Frame.TARGET
              && q.is(Kind.RATE)
              && (givesGrowth(clause) || query.measure() == Measure.ANY)) {
            // A target set as a growth rate (增长8%以上) or as a share (化解率达到95%).
            f = weights.targetGrowthFit();
          }
          best = Math.max(best, f);
        }
        yield best;
      }
      case GROWTH -> givesGrowth(clause) ? 1.0 : 0;
      case RANK -> RANK.matcher(clause).find() ? 1.0 : 0;
      case TIME -> TIME.matcher(clause).find() ? 1.0 : 0;
      case LIST -> Math.min(1.0, count(clause, '、') / 2.0 + (clause.contains("等") ? 0.5 : 0));
      case PERSON, FACT -> 0.5;
    };
  }

  /**
   * Whether a Chinese question asks for a figure in the quantity's own unit: 多少周年 is answered by
   * N周年, though an anniversary is a name rather than an amount, and 几届 by 第N届's count.
   */
  static boolean asksInUnit(AnalyzedQuery query, Quantity q) {
    if (query.language() != Language.ZH || q.unit().isEmpty()) {
      return false;
    }
    String text = query.text();
    return text.contains("多少" + q.unit()) || text.contains("几" + q.unit());
  }

  /**
   * Whether a quantity in percentage points follows a word of change within its clause: 下降N个百分点 is
   * how a rate moved.
   */
  static boolean changesARate(String clause, Quantity q) {
    if (!q.unit().equals("百分点")) {
      return false;
    }
    Matcher m = GROWTH.matcher(clause);
    while (m.find()) {
      if (m.start() <= q.start() && q.start() < m.end()) {
        return true;
      }
    }
    return false;
  }

  /** A Chinese question about the value before a change: 上调之前, 调整前, 原来. */
  private static final Pattern BEFORE_ZH =
      Pattern.compile("(上调|下调|调整|提高|提升|增加|降低|下降|减少|改造|调)(之前|以前|前)|原来|原先|此前|以前是");

  /** An English question about the value before a change. */
  private static final Pattern BEFORE_EN =
      Pattern.compile(
          "(?i)\\bbefore\\s+(the|it|its|this|that)?\\s*(was\\s+)?"
              + "(rais|increas|adjust|chang|cut|lower|reduc|upgrad)\\w*"
              + "|\\bpreviously\\b|\\bused to be\\b|\\boriginal(ly)?\\b|\\bold (level|rate|standard)\\b");

  /** Whether a question asks for a figure as it stood before a change. */
  static boolean asksBefore(AnalyzedQuery query) {
    return query.language() == Language.ZH
        ? BEFORE_ZH.matcher(query.text()).find()
        : BEFORE_EN.matcher(query.question()).find();
  }

  /** Where a clause gives the value a change started from: 由1000元提高到…, 从3%降至…. */
  private static final Pattern FROM = Pattern.compile("(由|从|原|此前)[^，；。]{0,6}$");

  private static boolean givesBefore(String clause, Quantity q) {
    return FROM.matcher(clause.substring(0, q.start())).find();
  }

  /** Words by which an English question asks how something changed. */
  private static final Pattern CHANGE_EN =
      Pattern.compile(
          "(?i)\\b(rise|rose|risen|fall|fell|fallen|drop|dropped|increase|increased|decrease"
              + "|decreased|change|changed|grow|grew|grown|up|down|reduce|reduced|cut|lower|higher"
              + "|improve|improved|percentage points?)\\b");

  /** Whether a question asks how a figure changed (提高了多少, 几个百分点, by how much did it fall). */
  private static boolean asksChange(AnalyzedQuery query) {
    if (query.language() != Language.ZH) {
      return CHANGE_EN.matcher(query.question()).find();
    }
    String text = query.text();
    return text.contains("百分点") || CHANGE_ZH.matcher(text).find();
  }

  /** A word of change in a Chinese question. */
  private static final Pattern CHANGE_ZH =
      Pattern.compile(QuantityVocabulary.alternation(QUANTITIES.changes()) + "|变化|变动|涨|跌|多了|少了");

  /** Whether a clause gives a rate of change: 增长 12%, 提高 2.1 个百分点, 增长 3 倍. */
  static boolean givesGrowth(String clause) {
    return GROWTH.matcher(clause).find();
  }

  /**
   * Whether a clause enumerates things of the kind a list question asks for: its items are joined
   * by 、 and the word after 等 ends with the last two characters of the question's last subject word
   * (项目 of 新项目). The items then answer the question whatever the clause's other words; its subject
   * stands in its sentence.
   */
  static boolean namesKindAsked(String clause, AnalyzedQuery query) {
    List<String> terms = query.subjectTerms();
    if (terms.isEmpty()) {
      return false;
    }
    String last = terms.get(terms.size() - 1);
    if (last.length() < 2) {
      return false;
    }
    Matcher m = KIND_AFTER_DENG.matcher(clause);
    return m.find() && m.group(1).endsWith(last.substring(last.length() - 2));
  }

  /**
   * "覆盖面积达25.6平方公里的示范片区": a figure followed by 的 and a noun describes that noun. It answers only
   * when the noun is part of what was asked.
   */
  private static boolean ownedByAnother(String clause, Quantity q, SubjectCoverage subject) {
    String after = clause.substring(q.end()).strip();
    if (!after.startsWith("的") || after.length() < 3) {
      return false;
    }
    return subject.of(after.substring(1)) == 0;
  }

  /** How well a quantity answers an amount question expecting a kind of figure, 0 to 1. */
  static double amountFit(Measure expected, Quantity q) {
    if (q.is(Kind.NAME)) {
      return 0; // anniversaries and editions are names
    }
    Measure kind = measureOf(q.unit());
    if (expected == Measure.COUNT) {
      // Counting takes things and people, not money, shares, multiples or areas.
      return q.hasUnit() && (kind == Measure.ANY || kind == Measure.PEOPLE) && !q.isRate()
          ? 1.0
          : 0;
    }
    if (expected != Measure.ANY) {
      return kind == expected ? 1.0 : 0;
    }
    if (q.isRate()) {
      return 0; // a share or a change is not an amount
    }
    return q.hasUnit() ? 1.0 : 0.3;
  }

  /** The measure a question may ask of a unit (its kind in the quantity vocabulary). */
  static Measure measureOf(String unit) {
    return QUANTITIES
        .kind(unit)
        .map(
            k ->
                switch (k) {
                  case MONEY -> Measure.MONEY;
                  case PEOPLE -> Measure.PEOPLE;
                  case RATE -> Measure.RATE;
                  case AREA -> Measure.AREA;
                  default -> Measure.ANY;
                })
        .orElse(Measure.ANY);
  }

  /** Results, targets or neither, as a question's frame names them. */
  static Frame frameOf(Period period) {
    return switch (period.role()) {
      case RESULT -> Frame.ACHIEVED;
      case TARGET -> Frame.TARGET;
      case NONE -> Frame.UNSPECIFIED;
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
      case UNSPECIFIED -> period == Frame.ACHIEVED ? 0.6 : 0;
    };
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
