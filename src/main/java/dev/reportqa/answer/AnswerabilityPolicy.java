package dev.reportqa.answer;

import dev.reportqa.chunk.Quantities;
import dev.reportqa.chunk.Quantity;
import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.CueLexicon;
import dev.reportqa.query.EnglishWords;
import dev.reportqa.query.Frame;
import dev.reportqa.query.Intent;
import dev.reportqa.query.Language;
import dev.reportqa.report.Period;
import dev.reportqa.report.ReportPeriods;
import dev.reportqa.vocab.QuantityVocabulary.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides when the report does not answer, and says so in a refusal that keeps the passages as
 * leads. Before a clause is chosen: a period the report does not cover, a subject it has no word
 * for, a term it never mentions. After: the best clause's sentence names too little of the subject;
 * it gives results where targets are asked or the other way round; it gives only a rate where an
 * amount in a unit is asked (the rate is quoted as a lead); it speaks of another place; it does not
 * name the holder a who-question asks for.
 */
final class AnswerabilityPolicy {

  private final AnswerTemplates templates;
  private final CueLexicon cues;
  private final Vocabulary vocabulary;
  private final Entities entities;
  private final SpanBuilder spans;
  private final AnswerWeights weights;

  AnswerabilityPolicy(
      AnswerTemplates templates,
      CueLexicon cues,
      Vocabulary vocabulary,
      Entities entities,
      SpanBuilder spans,
      AnswerWeights weights) {
    this.templates = Objects.requireNonNull(templates, "templates");
    this.cues = Objects.requireNonNull(cues, "cues");
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    this.entities = Objects.requireNonNull(entities, "entities");
    this.spans = Objects.requireNonNull(spans, "spans");
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  /** The refusal when the report of the best passage gives nothing for the span asked. */
  Optional<Answer> uncoveredPeriod(AnalyzedQuery query, Period span, Evidence evidence) {
    ReportPeriods periods = evidence.top().periods();
    if (periods.covers(span)) {
      return Optional.empty();
    }
    boolean zh = query.language() == Language.ZH;
    return Optional.of(
        refusal(
            query,
            "refusal.uncovered",
            Map.of(
                "span", zh ? span.spanZh() : span.spanEn(),
                "coverage", zh ? periods.coverageZh() : periods.coverageEn()),
            evidence));
  }

  /**
   * The refusal, before any clause is read, when the report has no word for the subject, or never
   * mentions a term of a question that asks for a figure.
   *
   * @param stats the words of the reports
   */
  Optional<Answer> beforeChoice(AnalyzedQuery query, TermStats stats, Evidence evidence) {
    if (evidence.subject().isEmpty()) {
      return Optional.of(nothingFound(query, evidence));
    }
    if (ClauseScorer.needsFit(query.intent())) {
      List<String> absent = vocabulary.absentFrom(query, stats);
      if (!absent.isEmpty()) {
        String joined = String.join(query.language() == Language.ZH ? "”“" : "\", \"", absent);
        return Optional.of(refusal(query, "refusal.absent", Map.of("terms", joined), evidence));
      }
    }
    return Optional.empty();
  }

  /** The refusal when the best clause does not answer after all; empty when it does. */
  Optional<Answer> afterChoice(AnalyzedQuery query, Candidate best, Evidence evidence) {
    if (best.context() < weights.refuseBelow()) {
      return Optional.of(nothingFound(query, evidence));
    }
    if (ClauseScorer.needsFit(query.intent()) && best.opposes(query.frame())) {
      String key =
          query.frame() == Frame.ACHIEVED ? "refusal.period.achieved" : "refusal.period.target";
      return Optional.of(refusal(query, key, Map.of("subject", subjectLabel(query)), evidence));
    }
    if (onlyRate(query, best.clause().text())) {
      return Optional.of(withLead(query, "refusal.onlyrate", best, evidence));
    }
    Optional<Kind> unit = statedKind(query);
    if (unit.isPresent()
        && Quantities.find(best.clause().text()).stream().noneMatch(q -> q.kind().equals(unit))) {
      return Optional.of(withLead(query, "refusal.otherunit", best, evidence));
    }
    List<String> places = entities.otherPlaces(query, evidence.placeNames());
    Optional<String> unnamed = Entities.unnamed(places, best.clause().unit());
    if (unnamed.isPresent()) {
      return Optional.of(
          refusal(
              query,
              "refusal.place",
              Map.of("place", unnamed.get(), "asked", asked(query)),
              evidence));
    }
    if ((Entities.asksWho(query) || asksNameOfOffice(query))
        && entities.available()
        && !entities.namesHolder(
            best.clause().unit().text(), roles(query), evidence.placeNames())) {
      return Optional.of(
          refusal(query, "refusal.person", Map.of("subject", subjectLabel(query)), evidence));
    }
    return Optional.empty();
  }

  /**
   * A refusal that quotes the best clause's passage, cited, as a lead: it is near, not the answer.
   */
  private Answer withLead(AnalyzedQuery query, String key, Candidate best, Evidence evidence) {
    String quoted =
        String.join(
            "；",
            spans.quotes(best, evidence.subject(), query).stream()
                .map(q -> "“" + q.text() + "” " + AnswerRenderer.cite(q, evidence.citation()))
                .toList());
    return refusal(query, key, Map.of("subject", subjectLabel(query), "lead", quoted), evidence);
  }

  /** The refusal when no clause answers: 报告中没有找到关于“某某”的具体数字。 */
  Answer nothingFound(AnalyzedQuery query, Evidence evidence) {
    return refusal(query, "refusal", Map.of("what", what(query)), evidence);
  }

  /**
   * Whether a question wants an amount in a unit it names (多少亿元, in yuan, in micrograms) and the
   * clause gives only a rate of change: 某某收入增长4% does not say how many yuan.
   */
  boolean onlyRate(AnalyzedQuery query, String clause) {
    // A question that names its unit asks for an amount, also when it is put as "what was …".
    if ((query.intent() != Intent.AMOUNT && query.intent() != Intent.FACT) || !statesUnit(query)) {
      return false;
    }
    List<Quantity> qs = Quantities.find(clause);
    return ClauseScorer.givesGrowth(clause)
        && qs.stream().anyMatch(q -> q.is(Kind.RATE))
        && qs.stream().noneMatch(q -> ClauseScorer.amountFit(query.measure(), q) > 0);
  }

  /**
   * The kinds of unit a stated unit is checked for: physical amounts. Not counts, rates or
   * multiples; nor durations and ages, which a report often writes in words (连续三年).
   */
  private static final java.util.Set<Kind> AMOUNT_KINDS =
      java.util.EnumSet.of(
          Kind.MONEY, Kind.AREA, Kind.LENGTH, Kind.VOLUME, Kind.WEIGHT, Kind.ENERGY, Kind.POWER);

  /**
   * The units the English unit cues name ({@code en.statedunit}, as the cues write them), by the
   * report's unit word.
   */
  private static final Map<String, String> ENGLISH_UNITS =
      Map.ofEntries(
          Map.entry("yuan", "元"),
          Map.entry("rmb", "元"),
          Map.entry("renminbi", "元"),
          Map.entry("money", "元"),
          Map.entry("dollar", "美元"),
          Map.entry("tons", "吨"),
          Map.entry("tonnes", "吨"),
          Map.entry("kilometres", "公里"),
          Map.entry("kilometers", "公里"),
          Map.entry("hectares", "公顷"),
          Map.entry("mu", "亩"));

  /**
   * A unit a Chinese question asks its amount in: 多少 or 几, a multiplier, and a unit of the quantity
   * vocabulary (多少亿元, 几万吨, 多少标箱); 多少钱 asks for money.
   */
  private static final java.util.regex.Pattern ASKED_UNIT =
      java.util.regex.Pattern.compile(
          "(?:多少|几)(?:"
              + dev.reportqa.vocab.QuantityVocabulary.alternation(
                  dev.reportqa.vocab.QuantityVocabulary.bundled().multipliers())
              + ")?("
              + dev.reportqa.vocab.QuantityVocabulary.alternation(
                  dev.reportqa.vocab.QuantityVocabulary.bundled().unitForms())
              + "|钱)");

  /**
   * What the unit a question names measures (money for 多少亿元 or "in yuan", weight for 多少吨), when it
   * measures an amount: a clause without a figure of that kind does not answer ("多少亿吨" is not
   * answered by a count of containers). Empty when the question names no unit, or a unit that only
   * counts.
   */
  Optional<Kind> statedKind(AnalyzedQuery query) {
    List<String> units = new ArrayList<>();
    if (query.language() == Language.ZH) {
      java.util.regex.Matcher m = ASKED_UNIT.matcher(query.text());
      while (m.find()) {
        units.add(m.group(1).equals("钱") ? "元" : m.group(1));
      }
    } else {
      for (String cue :
          cues.findEn(
              EnglishWords.tokens(query.text().toLowerCase(Locale.ROOT)),
              CueLexicon.Category.STATEDUNIT)) {
        for (String word : cue.split(" ")) {
          String unit = ENGLISH_UNITS.get(word);
          if (unit != null) {
            units.add(unit);
          }
        }
      }
    }
    return units.stream()
        .map(u -> dev.reportqa.vocab.QuantityVocabulary.bundled().kind(u))
        .flatMap(Optional::stream)
        .filter(AMOUNT_KINDS::contains)
        .findFirst();
  }

  private boolean statesUnit(AnalyzedQuery query) {
    if (query.language() == Language.ZH) {
      return !cues.findZh(query.text(), CueLexicon.Category.STATEDUNIT).isEmpty();
    }
    return !cues.findEn(
            EnglishWords.tokens(query.text().toLowerCase(Locale.ROOT)),
            CueLexicon.Category.STATEDUNIT)
        .isEmpty();
  }

  /** Words by which a question asks for a name: "what is the name of", 叫什么, 名字. */
  private static final java.util.regex.Pattern ASKS_NAME =
      java.util.regex.Pattern.compile("(?i)\\bnamed?\\b|叫什么|名字|姓名");

  /**
   * Whether a question asks the name of an office's holder without saying who ("What's the name of
   * the town's Party secretary?"): like a who-question, only a sentence naming a person in that
   * office answers it.
   */
  private boolean asksNameOfOffice(AnalyzedQuery query) {
    return ASKS_NAME.matcher(query.question()).find() && !roles(query).isEmpty();
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

  /** What a question asks for, in words: 具体数字, 增长率, a figure … */
  private String asked(AnalyzedQuery query) {
    return templates.get(
        query.language(), "asked." + query.intent().name().toLowerCase(Locale.ROOT));
  }

  /** What was not found: 关于“某某”的具体数字, or anything that answers when the subject has no words. */
  private String what(AnalyzedQuery query) {
    String asked = asked(query);
    String subject = subjectLabel(query);
    if (subject.isBlank()) {
      return templates.get(query.language(), "refusal.generic");
    }
    return templates.get(
        query.language(), "refusal.subject", Map.of("subject", subject, "asked", asked));
  }

  /** The subject as the question words it: its Chinese terms, or their English words. */
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
      AnalyzedQuery query, String key, Map<String, String> values, Evidence evidence) {
    String text = templates.get(query.language(), key, values);
    return new Answer(query, "", true, text, List.of(), evidence.passages(), "");
  }
}
