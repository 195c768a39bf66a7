package dev.reportqa.query;

import dev.reportqa.index.WeightedText;
import dev.reportqa.query.CueLexicon.Category;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a question into what the rankers and the answer stage need: language, intent, period,
 * subject words, and weighted search text. English questions are translated word by word into the
 * report's vocabulary through the bilingual lexicon; Chinese ones are expanded with synonyms.
 */
public final class QueryAnalyzer {

  /** Weight of the words that name the subject. */
  static final float SUBJECT_WEIGHT = 1.0f;

  /** Weight of synonyms and second translations: evidence, but less sure than the user's word. */
  static final float VARIANT_WEIGHT = 0.6f;

  /**
   * Weight of period and intent words (全年, 上半年, 增长): they tilt the ranking toward the right kind of
   * sentence but occur in too many sentences to decide it.
   */
  static final float CUE_WEIGHT = 0.35f;

  private final BilingualLexicon bilingual;
  private final SynonymLexicon synonyms;
  private final CueLexicon cues;

  public QueryAnalyzer(BilingualLexicon bilingual, SynonymLexicon synonyms, CueLexicon cues) {
    this.bilingual = Objects.requireNonNull(bilingual, "bilingual");
    this.synonyms = Objects.requireNonNull(synonyms, "synonyms");
    this.cues = Objects.requireNonNull(cues, "cues");
  }

  /** Loads the bundled lexicons. */
  public static QueryAnalyzer withBundledLexicons() {
    return new QueryAnalyzer(BilingualLexicon.load(), SynonymLexicon.load(), CueLexicon.load());
  }

  public BilingualLexicon bilingual() {
    return bilingual;
  }

  public SynonymLexicon synonyms() {
    return synonyms;
  }

  public CueLexicon cues() {
    return cues;
  }

  /** Analyzes a question; never fails on odd text, at worst it finds no subject. */
  public AnalyzedQuery analyze(String question) {
    String text = Normalizer.normalize(question.strip(), Normalizer.Form.NFKC);
    return Language.of(text) == Language.ZH
        ? analyzeChinese(question, text)
        : analyzeEnglish(question, text);
  }

  private AnalyzedQuery analyzeChinese(String question, String text) {
    Frame frame = frameZh(text);
    Intent intent = intentZh(text);
    // Cut the cue and stop words out, leaving spaces so that no bigram spans a cut.
    String subject = " " + text.replaceAll("[\\p{P}\\p{S}]", " ") + " ";
    for (Category c : Category.values()) {
      for (String w : cues.words(Language.ZH, c)) {
        subject = subject.replace(w, " ");
      }
    }
    List<String> subjectTerms = splitTerms(subject);
    List<WeightedText> lexical = new ArrayList<>();
    for (String t : subjectTerms) {
      lexical.add(new WeightedText(t, SUBJECT_WEIGHT));
    }
    Set<String> canonical = new LinkedHashSet<>();
    for (SynonymLexicon.Match m : synonyms.find(text)) {
      for (String variant : m.group()) {
        if (!variant.equals(m.term())) {
          lexical.add(new WeightedText(variant, VARIANT_WEIGHT));
        }
      }
      canonical.add(m.group().get(0));
    }
    addCueText(lexical, text, frame, intent);
    String dense = text;
    for (String c : canonical) {
      if (!text.contains(c)) {
        dense = dense + " " + c;
      }
    }
    return new AnalyzedQuery(
        question, Language.ZH, intent, frame, subjectTerms, lexical, dense, List.of(), List.of());
  }

  private AnalyzedQuery analyzeEnglish(String question, String text) {
    List<String> tokens = EnglishWords.tokens(text);
    Frame frame = frameEn(tokens);
    Intent intent = intentEn(tokens);
    Set<String> stop = new LinkedHashSet<>(cues.words(Language.EN, Category.STOP));
    Set<String> cueWords = new LinkedHashSet<>();
    for (Category c : Category.values()) {
      if (c != Category.STOP) {
        cueWords.addAll(cues.words(Language.EN, c));
      }
    }
    List<AnalyzedQuery.Translation> translations = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<String> subjectTerms = new ArrayList<>();
    List<WeightedText> lexical = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Lookup hit = longestMatch(tokens, i, stop);
      if (hit != null) {
        boolean cue = cueWords.contains(hit.term());
        translations.add(new AnalyzedQuery.Translation(hit.term(), hit.chinese()));
        for (int k = 0; k < hit.chinese().size(); k++) {
          String zh = hit.chinese().get(k);
          float w = cue ? CUE_WEIGHT : k == 0 ? SUBJECT_WEIGHT : VARIANT_WEIGHT;
          lexical.add(new WeightedText(zh, w));
          if (!cue && k == 0) {
            subjectTerms.add(zh);
          }
        }
        i += hit.length();
        continue;
      }
      String token = tokens.get(i);
      if (token.chars().anyMatch(Character::isDigit)) {
        lexical.add(new WeightedText(token, SUBJECT_WEIGHT));
        subjectTerms.add(token);
      } else if (!stop.contains(token) && !cueWords.contains(token)) {
        unknown.add(token);
      }
      i++;
    }
    String joined = String.join(" ", subjectTerms);
    for (SynonymLexicon.Match m : synonyms.find(joined)) {
      for (String variant : m.group()) {
        if (!variant.equals(m.term())) {
          lexical.add(new WeightedText(variant, VARIANT_WEIGHT));
        }
      }
    }
    addCueText(lexical, "", frame, intent);
    String dense = joined.isBlank() ? text : joined;
    return new AnalyzedQuery(
        question, Language.EN, intent, frame, subjectTerms, lexical, dense, translations, unknown);
  }

  /** The longest lexicon term starting at token {@code from}; stop words only inside phrases. */
  private Lookup longestMatch(List<String> tokens, int from, Set<String> stop) {
    int max = Math.min(bilingual.longestTerm(), tokens.size() - from);
    for (int len = max; len >= 1; len--) {
      if (len == 1 && stop.contains(tokens.get(from))) {
        return null;
      }
      List<String> head = tokens.subList(from, from + len - 1);
      String prefix = head.isEmpty() ? "" : String.join(" ", head) + " ";
      for (String last : EnglishWords.baseForms(tokens.get(from + len - 1))) {
        String term = prefix + last;
        List<String> zh = bilingual.chinese(term);
        if (zh.isEmpty() && term.contains("-")) {
          zh = bilingual.chinese(term.replace('-', ' '));
        }
        if (!zh.isEmpty()) {
          return new Lookup(term, zh, len);
        }
      }
    }
    return null;
  }

  private record Lookup(String term, List<String> chinese, int length) {}

  /** Adds the words that tilt ranking toward sentences of the asked period and kind. */
  private void addCueText(List<WeightedText> lexical, String text, Frame frame, Intent intent) {
    switch (frame) {
      case TARGET -> lexical.add(new WeightedText("力争 确保 全年", CUE_WEIGHT));
      case ACHIEVED -> lexical.add(new WeightedText("上半年 今年以来 累计 实现 完成", CUE_WEIGHT));
      case UNSPECIFIED -> {}
    }
    if (intent == Intent.GROWTH) {
      lexical.add(new WeightedText("增长 同比", CUE_WEIGHT));
    }
    if (intent == Intent.RANK) {
      lexical.add(new WeightedText("全县第 全市第 全省第", CUE_WEIGHT));
    }
  }

  private Frame frameZh(String text) {
    boolean target = !cues.findZh(text, Category.TARGET).isEmpty();
    boolean achieved = !cues.findZh(text, Category.ACHIEVED).isEmpty();
    return target ? Frame.TARGET : achieved ? Frame.ACHIEVED : Frame.UNSPECIFIED;
  }

  private Frame frameEn(List<String> tokens) {
    boolean target = !cues.findEn(tokens, Category.TARGET).isEmpty();
    boolean achieved = !cues.findEn(tokens, Category.ACHIEVED).isEmpty();
    return target ? Frame.TARGET : achieved ? Frame.ACHIEVED : Frame.UNSPECIFIED;
  }

  private Intent intentZh(String text) {
    if (!cues.findZh(text, Category.PERSON).isEmpty()) {
      return Intent.PERSON;
    }
    if (!cues.findZh(text, Category.TIME).isEmpty()) {
      return Intent.TIME;
    }
    if (!cues.findZh(text, Category.LIST).isEmpty()) {
      return Intent.LIST;
    }
    if (!cues.findZh(text, Category.RANK).isEmpty()) {
      return Intent.RANK;
    }
    if (!cues.findZh(text, Category.GROWTH).isEmpty()) {
      return Intent.GROWTH;
    }
    if (!cues.findZh(text, Category.AMOUNT).isEmpty()) {
      return Intent.AMOUNT;
    }
    return Intent.FACT;
  }

  private Intent intentEn(List<String> tokens) {
    if (!cues.findEn(tokens, Category.PERSON).isEmpty()) {
      return Intent.PERSON;
    }
    if (!cues.findEn(tokens, Category.TIME).isEmpty()) {
      return Intent.TIME;
    }
    if (!cues.findEn(tokens, Category.RANK).isEmpty()) {
      return Intent.RANK;
    }
    if (!cues.findEn(tokens, Category.GROWTH).isEmpty()) {
      return Intent.GROWTH;
    }
    if (!cues.findEn(tokens, Category.AMOUNT).isEmpty()) {
      return Intent.AMOUNT;
    }
    if (!cues.findEn(tokens, Category.LIST).isEmpty()) {
      return Intent.LIST;
    }
    return Intent.FACT;
  }

  private static List<String> splitTerms(String text) {
    List<String> terms = new ArrayList<>();
    for (String t : text.trim().split("\\s+")) {
      if (!t.isBlank()) {
        terms.add(t);
      }
    }
    return terms;
  }
}
