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

  private final Map<String, List<String>> chinese = new HashMap<>();
  private final Map<String, String> english = new HashMap<>();
  private final int longestTerm;

  private BilingualLexicon(String source, List<LexiconFiles.Line> lines) {
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
        longest = Math.max(longest, key.split(" ").length);
      }
      for (String z : zh) {
        english.putIfAbsent(z, en.get(0));
      }
    }
    this.longestTerm = longest;
  }

  /** Loads the bundled lexicon. */
  public static BilingualLexicon load() {
    return new BilingualLexicon(RESOURCE, LexiconFiles.readResource(RESOURCE));
  }

  /** Loads a lexicon from a stream; {@code source} names it in error messages. */
  public static BilingualLexicon load(String source, InputStream in) {
    return new BilingualLexicon(source, LexiconFiles.read(source, in));
  }

  /** The Chinese words for a lower-case English term, first the likeliest; empty when unknown. */
  public List<String> chinese(String englishTerm) {
    return chinese.getOrDefault(englishTerm, List.of());
  }

  /** The English term for a Chinese word, when the lexicon has one. */
  public Optional<String> english(String chineseTerm) {
    return Optional.ofNullable(english.get(chineseTerm));
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
