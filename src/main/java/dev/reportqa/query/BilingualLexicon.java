package dev.reportqa.query;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * English terms and the Chinese words a work report uses for them, from a tab-separated file:
 * {@code fixed asset investment|fixed-asset investment<TAB>固定资产投资|固投}. English terms are lower-case
 * base forms; {@link EnglishWords} brings question words to that form.
 */
public final class BilingualLexicon {

  /** The bundled lexicon. */
  public static final String RESOURCE = "lexicon/en-zh.tsv";

  private static final Pattern ENGLISH = Pattern.compile("[a-z0-9][a-z0-9 '\\-]*");

  /** Marks a section of words that say how, not what: left out of {@link #chineseVocabulary}. */
  static final String FUNCTION_WORDS = "(function words)";

  private final Map<String, List<String>> chinese = new HashMap<>();
  private final Map<String, String> english = new HashMap<>();
  private final Map<String, java.util.Set<String>> chineseAlternatives = new HashMap<>();
  private final java.util.Set<String> allChinese = new java.util.HashSet<>();
  private final java.util.Set<String> functionTerms = new java.util.HashSet<>();
  private final int longestTerm;

  private BilingualLexicon(List<LexiconLayer> layers) {
    int longest = 1;
    for (LexiconLayer layer : layers) {
      longest = Math.max(longest, add(layer.source(), layer.lines()));
    }
    this.longestTerm = longest;
  }

  /**
   * Adds a layer's entries; a term of a later layer replaces an earlier layer's. Returns the number
   * of words in the layer's longest term.
   */
  private int add(String source, List<LexiconFiles.Line> lines) {
    Map<String, Integer> seenAt = new HashMap<>();
    int longest = 1;
    for (LexiconFiles.Line line : lines) {
      String[] fields = line.text().split("\t", -1);
      if (fields.length != 2) {
        throw LexiconException.at(
            source, line.number(), "expected 2 tab-separated fields, found " + fields.length);
      }
      List<String> en = LexiconFiles.alternatives(source, line.number(), fields[0]);
      List<String> zh = LexiconFiles.alternatives(source, line.number(), fields[1]);
      for (String term : en) {
        String key = term.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!ENGLISH.matcher(key).matches()) {
          throw LexiconException.at(source, line.number(), "not an English term: '" + term + "'");
        }
        Integer previous = seenAt.putIfAbsent(key, line.number());
        if (previous != null) {
          throw LexiconException.at(
              source, line.number(), "'" + key + "' is already defined at line " + previous);
        }
        chinese.put(key, List.copyOf(zh));
        if (line.section().endsWith(FUNCTION_WORDS)) {
          functionTerms.add(key);
        }
        longest = Math.max(longest, key.split(" ").length);
      }
      allChinese.addAll(zh);
      for (String z : zh) {
        english.putIfAbsent(z, en.get(0));
        if (!line.section().endsWith(FUNCTION_WORDS)) {
          chineseAlternatives.computeIfAbsent(z, k -> new java.util.LinkedHashSet<>()).addAll(zh);
        }
      }
    }
    return longest;
  }

  /** Loads the bundled (general) lexicon. */
  public static BilingualLexicon load() {
    return new BilingualLexicon(
        List.of(new LexiconLayer(RESOURCE, LexiconFiles.readResource(RESOURCE))));
  }

  /** Loads a lexicon from a stream; {@code source} names it in error messages. */
  public static BilingualLexicon load(String source, InputStream in) {
    return new BilingualLexicon(List.of(new LexiconLayer(source, LexiconFiles.read(source, in))));
  }

  /** A lexicon of layers, general first: a term of a later layer replaces an earlier one's. */
  static BilingualLexicon of(List<LexiconLayer> layers) {
    return new BilingualLexicon(layers);
  }

  /** The Chinese words for a lower-case English term, first the likeliest; empty when unknown. */
  public List<String> chinese(String englishTerm) {
    return chinese.getOrDefault(englishTerm, List.of());
  }

  /** The English term for a Chinese word, when the lexicon has one. */
  public Optional<String> english(String chineseTerm) {
    return Optional.ofNullable(english.get(chineseTerm));
  }

  /**
   * Every Chinese word of the lexicon with the words it shares an entry with (门票 → 门票; 行政村 → 村,
   * 行政村, 自然村, 村庄): the vocabulary of work reports, to tell what a report does not speak of.
   * Sections marked {@value #FUNCTION_WORDS} are left out.
   */
  public Map<String, java.util.Set<String>> chineseVocabulary() {
    return java.util.Collections.unmodifiableMap(chineseAlternatives);
  }

  /** Whether an English term stands in a section of function words (verbs, time, quantity). */
  public boolean isFunctionWord(String englishTerm) {
    return functionTerms.contains(englishTerm);
  }

  /** Every Chinese word of the lexicon, function words included. */
  public java.util.Set<String> chineseWords() {
    return java.util.Collections.unmodifiableSet(allChinese);
  }

  /** Number of words in the longest English term, the widest window worth looking up. */
  public int longestTerm() {
    return longestTerm;
  }

  /** Number of English terms. */
  public int size() {
    return chinese.size();
  }
}
