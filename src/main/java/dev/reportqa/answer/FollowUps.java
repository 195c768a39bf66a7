package dev.reportqa.answer;

import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.Frame;
import dev.reportqa.query.Intent;
import dev.reportqa.query.Language;
import dev.reportqa.query.Measure;
import dev.reportqa.query.QueryAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Resolves an elliptical question against the previous turn: "那营业额呢？" after a question about rice
 * sales asks for the turnover of the same item; "它的增速呢？" after a question about an amount asks for
 * the growth of the same figure; "And the target?" keeps the subject and changes the period.
 *
 * <p>What the follow-up says wins: its subject words replace the previous ones they resemble
 * (sharing a character pair: 基本医疗保险 replaces 养老保险) or join them; its period and what it asks for
 * replace the previous ones when it names them.
 */
final class FollowUps {

  private final QueryAnalyzer analyzer;
  private final AnswerTemplates templates;

  FollowUps(QueryAnalyzer analyzer, AnswerTemplates templates) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.templates = Objects.requireNonNull(templates, "templates");
  }

  /**
   * A follow-up made a question of its own.
   *
   * @param query the analysis to answer by; its question stays the words typed
   * @param wording the question as understood, for showing ("理解为：…")
   */
  record Resolution(AnalyzedQuery query, String wording) {}

  /** What a follow-up takes from the question before it; the period it takes always. */
  enum Reading {
    /** The subject (the words the follow-up resembles replaced, the others joined) and the ask. */
    JOINED,
    /** The kind of thing asked, about the follow-up's own subject alone. */
    OWN_SUBJECT,
    /** Nothing but the period: the follow-up's own subject and its own ask. */
    OWN_QUESTION
  }

  /** The follow-up as a question of its own, read as it takes the previous subject. */
  Resolution resolve(AnalyzedQuery previous, AnalyzedQuery current) {
    return resolve(previous, current, Reading.JOINED);
  }

  /** The follow-up as a question of its own, taking from the one before what the reading says. */
  Resolution resolve(AnalyzedQuery previous, AnalyzedQuery current, Reading reading) {
    List<String> terms =
        new ArrayList<>(reading == Reading.JOINED ? previous.subjectTerms() : List.of());
    for (String term : current.subjectTerms()) {
      int similar = indexOfSimilar(terms, term);
      if (similar >= 0) {
        terms.set(similar, term);
      } else if (!terms.contains(term)) {
        terms.add(term);
      }
    }
    Set<AnalyzedQuery.Translation> translations = new LinkedHashSet<>();
    for (AnalyzedQuery.Translation t : concat(previous.translations(), current.translations())) {
      if (terms.contains(t.chinese().get(0))) {
        translations.add(t);
      }
    }
    Intent intent =
        current.intent() != Intent.FACT || reading == Reading.OWN_QUESTION
            ? current.intent()
            : previous.intent();
    // A follow-up that names its own time ("去年呢？") is read for that time, not in the frame of the
    // question before: which part of the report that time is, the period model says.
    Frame frame =
        current.frame() != Frame.UNSPECIFIED || !current.time().isEmpty()
            ? current.frame()
            : previous.frame();
    Measure measure =
        current.measure() != Measure.ANY || reading == Reading.OWN_QUESTION
            ? current.measure()
            : previous.measure();
    Language language = current.language();
    dev.reportqa.report.TimeReference time =
        current.time().isEmpty() ? previous.time() : current.time();
    String wording = wording(language, intent, frame, time, terms, List.copyOf(translations));
    AnalyzedQuery query =
        analyzer.build(
            current.question(),
            current.text(),
            language,
            intent,
            frame,
            measure,
            time,
            false,
            terms,
            List.copyOf(translations),
            current.unknownWords(),
            // Embedded as the question it stands for: the period and kind asked, not the words
            // only.
            dev.reportqa.query.QueryAnalyzer.chineseGist(time, terms, intent, frame));
    return new Resolution(query, wording);
  }

  private String wording(
      Language language,
      Intent intent,
      Frame frame,
      dev.reportqa.report.TimeReference time,
      List<String> terms,
      List<AnalyzedQuery.Translation> translations) {
    String subject;
    if (language == Language.ZH) {
      // The words that name things, without the asking words a residue kept ("要建亩" of 要建多少亩).
      subject =
          String.join(
              "",
              terms.stream()
                  .flatMap(t -> analyzer.contentWords(t).stream())
                  .filter(w -> w.length() >= 2)
                  .toList());
    } else {
      // A set: two Chinese terms may come from one English word ("export" → 出口, 外贸出口).
      Set<String> words = new LinkedHashSet<>();
      for (String term : terms) {
        words.add(
            translations.stream()
                .filter(t -> t.chinese().get(0).equals(term))
                .map(AnalyzedQuery.Translation::english)
                .findFirst()
                .orElse(term));
      }
      subject = String.join(" and ", words);
    }
    String asked = templates.get(language, "ask." + intent.name().toLowerCase(Locale.ROOT));
    String key = "resolved." + frame.name().toLowerCase(Locale.ROOT);
    return templates.get(
        language, key, Map.of("subject", subject, "asked", asked, "time", said(time, language)));
  }

  /** The time a question names, said again: 今年, 2024年, “十四五”时期; " this year", " in 2024". */
  static String said(dev.reportqa.report.TimeReference time, Language language) {
    boolean zh = language == Language.ZH;
    if (time.plan() > 0) {
      if (!zh) {
        return " in the " + time.plan() + "th Five-Year Plan";
      }
      int units = time.plan() - 10;
      return units >= 1 && units <= 9
          ? "“十" + "一二三四五六七八九".charAt(units - 1) + "五”时期"
          : "第" + time.plan() + "个五年规划时期";
    }
    if (time.year() > 0) {
      return zh ? time.year() + "年" : " in " + time.year();
    }
    for (var w : time.words()) {
      String s =
          switch (w) {
            case LAST_YEAR -> zh ? "去年" : " last year";
            case YEAR_BEFORE_LAST -> zh ? "前年" : " the year before last";
            case THIS_YEAR -> zh ? "今年" : " this year";
            case NEXT_YEAR -> zh ? "明年" : " next year";
            case FIRST_HALF -> zh ? "上半年" : " in the first half";
            case SECOND_HALF -> zh ? "下半年" : " in the second half";
            case FULL_YEAR -> zh ? "全年" : " for the full year";
            case PAST_FIVE_YEARS -> zh ? "过去五年" : " over the past five years";
            case NEXT_FIVE_YEARS -> zh ? "未来五年" : " over the next five years";
          };
      return s;
    }
    return "";
  }

  /** The index of a term sharing a character pair with the given one, or -1. */
  private static int indexOfSimilar(List<String> terms, String term) {
    Set<String> pairs = TermStats.tokens(term);
    for (int i = 0; i < terms.size(); i++) {
      for (String p : TermStats.tokens(terms.get(i))) {
        if (pairs.contains(p)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
