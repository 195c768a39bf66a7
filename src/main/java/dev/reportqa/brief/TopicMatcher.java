package dev.reportqa.brief;

import dev.reportqa.chunk.Unit;
import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.BilingualLexicon;
import dev.reportqa.query.CueLexicon;
import dev.reportqa.query.EnglishWords;
import dev.reportqa.query.Language;
import dev.reportqa.query.QueryAnalyzer;
import dev.reportqa.query.SynonymLexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Tells whether a sentence is about a topic given in Chinese or English, through the same lexicons
 * as questions.
 *
 * <p>A Chinese topic stands for itself, its synonyms, and the Chinese words of its English term (旅游
 * → tourism → 旅游, 旅游业, 文旅, and 文旅's synonyms 文化旅游, 文化和旅游). An English topic stands for the Chinese
 * words of its terms, found as questions find them (base forms, longest phrase first), and their
 * synonyms. Words of one character other than the user's own are left out: they occur everywhere.
 *
 * <p>A text mentions the topic when it holds one of these words, unless the word ends a longer
 * lexicon term that means something else. The last word of a Chinese compound is its head: 粮食安全 is
 * a kind of security (food security) and 网络安全 is cybersecurity, so neither is about <i>safety</i>,
 * while 消防安全 (fire safety) is; where the topic word qualifies the head (安全生产, 4A级旅游景区, 农业产值) the
 * term stays on topic. "Means something else" is judged by the English the lexicon gives the longer
 * term: it must share a word stem with the topic's English.
 */
public final class TopicMatcher {

  /**
   * Longest lexicon term looked for that ends with a topic word. Such terms (粮食安全, 道路交通安全) are at
   * most 6–7 characters; a wider window only costs lookups.
   */
  static final int COVERING_TERM_MAX = 8;

  /**
   * Letters two English words must share at their start to count as one stem: agricultur-e/-al,
   * touris-m/-t, econom-y/-ic. Shorter words must share all of the shorter one (safe, safety).
   */
  static final int STEM_PREFIX = 6;

  private final String topic;
  private final Language language;
  private final List<String> words;
  private final Set<String> wordSet;
  private final Set<String> glosses;
  private final BilingualLexicon bilingual;

  private TopicMatcher(
      String topic,
      Language language,
      Set<String> words,
      Set<String> glosses,
      BilingualLexicon bilingual) {
    this.topic = topic;
    this.language = language;
    this.words = List.copyOf(words);
    List<String> longestFirst = new ArrayList<>(words);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    this.wordSet = new LinkedHashSet<>(longestFirst);
    this.glosses = Set.copyOf(glosses);
    this.bilingual = bilingual;
  }

  /**
   * A matcher for a topic.
   *
   * @throws IllegalArgumentException when the topic is blank, or English with no word the lexicon
   *     knows
   */
  public static TopicMatcher of(String topic, QueryAnalyzer analyzer) {
    Objects.requireNonNull(analyzer, "analyzer");
    String t = topic == null ? "" : topic.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("a topic is needed, e.g. 旅游, 招商引资, tourism, safety");
    }
    BilingualLexicon bilingual = analyzer.bilingual();
    SynonymLexicon synonyms = analyzer.synonyms();
    Set<String> words = new LinkedHashSet<>();
    Set<String> glosses = new LinkedHashSet<>();
    Language language = Language.of(t);
    if (language == Language.ZH) {
      for (String term : t.split("[\\s、，,；;]+")) {
        if (term.isEmpty()) {
          continue;
        }
        words.add(term);
        addVariants(words, term, synonyms);
        for (SynonymLexicon.Match m : synonyms.find(term)) {
          m.group().forEach(w -> addVariants(words, w, synonyms));
        }
        bilingual
            .english(term)
            .ifPresent(en -> bilingual.chinese(en).forEach(w -> addVariants(words, w, synonyms)));
      }
    } else {
      AnalyzedQuery query = analyzer.analyze(t);
      Set<String> cueWords = new HashSet<>();
      for (CueLexicon.Category c : CueLexicon.Category.values()) {
        if (c != CueLexicon.Category.STOP) {
          cueWords.addAll(analyzer.cues().words(Language.EN, c));
        }
      }
      for (AnalyzedQuery.Translation tr : query.translations()) {
        if (cueWords.contains(tr.english())) {
          continue;
        }
        glosses.addAll(stems(tr.english()));
        tr.chinese().forEach(w -> addVariants(words, w, synonyms));
      }
      if (words.isEmpty()) {
        throw new IllegalArgumentException(
            "the lexicon has no Chinese words for '"
                + t
                + "' — try another English word or the Chinese term, e.g. 旅游");
      }
    }
    for (String w : words) {
      bilingual.english(w).ifPresent(en -> glosses.addAll(stems(en)));
    }
    return new TopicMatcher(t, language, words, glosses, bilingual);
  }

  /** Adds a word and its synonym group, skipping one-character variants. */
  private static void addVariants(Set<String> words, String word, SynonymLexicon synonyms) {
    if (word.length() >= 2) {
      words.add(word);
    }
    for (String v : synonyms.groupOf(word)) {
      if (v.length() >= 2) {
        words.add(v);
      }
    }
  }

  /** The topic as given. */
  public String topic() {
    return topic;
  }

  /** The language the topic is given in; a brief's headings follow it. */
  public Language language() {
    return language;
  }

  /** The Chinese words looked for, the user's own first. */
  public List<String> words() {
    return words;
  }

  /** Whether a sentence is about the topic: it or one of its section titles mentions it. */
  public boolean matches(Unit unit) {
    return mentions(unit.text()) || unit.sectionTitles().stream().anyMatch(this::mentions);
  }

  /** The figures whose sentence is about the topic, in their order. */
  public List<Figure> select(List<Figure> figures) {
    return figures.stream().filter(f -> matches(f.clause().unit())).toList();
  }

  /** Whether a text holds a topic word that is not part of a longer term about something else. */
  public boolean mentions(String text) {
    for (String w : wordSet) {
      for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
        if (!coveredByOtherTerm(text, at, w.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the longest lexicon term that ends with {@code text[at, at+length)} has an English
   * meaning that shares no stem with the topic's.
   */
  private boolean coveredByOtherTerm(String text, int at, int length) {
    if (glosses.isEmpty()) {
      return false;
    }
    int end = at + length;
    for (int start = Math.max(0, end - COVERING_TERM_MAX); start < at; start++) {
      String term = text.substring(start, end);
      if (wordSet.contains(term)) {
        return false;
      }
      Optional<String> gloss = bilingual.english(term);
      if (gloss.isPresent()) {
        return stems(gloss.get()).stream().noneMatch(this::related);
      }
    }
    return false;
  }

  private boolean related(String stem) {
    for (String g : glosses) {
      if (g.equals(stem)) {
        return true;
      }
      int shorter = Math.min(g.length(), stem.length());
      if (shorter >= 4 && commonPrefix(g, stem) >= Math.min(STEM_PREFIX, shorter)) {
        return true;
      }
    }
    return false;
  }

  /** The content words of an English term: lower case, three letters or more. */
  private static List<String> stems(String english) {
    return EnglishWords.tokens(english.toLowerCase(Locale.ROOT)).stream()
        .flatMap(w -> List.of(w.split("-")).stream())
        .filter(w -> w.length() >= 3)
        .toList();
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }
}
