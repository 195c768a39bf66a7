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

  /** The follow-up as a question of its own. */
  Resolution resolve(AnalyzedQuery previous, AnalyzedQuery current) {
    List<String> terms = new ArrayList<>(previous.subjectTerms());
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
    Intent intent = current.intent() != Intent.FACT ? current.intent() : previous.intent();
    Frame frame = current.frame() != Frame.UNSPECIFIED ? current.frame() : previous.frame();
    Measure measure = current.measure() != Measure.ANY ? current.measure() : previous.measure();
    Language language = current.language();
    String wording = wording(language, intent, frame, terms, List.copyOf(translations));
    AnalyzedQuery query =
        analyzer.build(
            current.question(),
            current.text(),
            language,
            intent,
            frame,
            measure,
            current.time().isEmpty() ? previous.time() : current.time(),
            false,
            terms,
            List.copyOf(translations),
            current.unknownWords(),
            "");
    return new Resolution(query, wording);
  }

  private String wording(
      Language language,
      Intent intent,
      Frame frame,
      List<String> terms,
      List<AnalyzedQuery.Translation> translations) {
    String subject;
    if (language == Language.ZH) {
      subject = String.join("", terms);
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
    return templates.get(language, key, Map.of("subject", subject, "asked", asked));
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
