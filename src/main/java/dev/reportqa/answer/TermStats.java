package dev.reportqa.answer;

import dev.reportqa.chunk.Unit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How many sentences of the report each token occurs in, for weighting subject words by rarity.
 * Tokens are character bigrams of Chinese and whole runs of Latin letters and digits ({@code 5a},
 * {@code pm2.5}), the same units the lexical index matches on.
 */
final class TermStats {

  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final int documents;
  private final String compactText;

  TermStats(List<Unit> units) {
    StringBuilder all = new StringBuilder();
    for (Unit u : units) {
      for (String t : tokens(u.text())) {
        documentFrequency.merge(t, 1, Integer::sum);
      }
      all.append(u.text().replaceAll("\\s+", "")).append('\n');
    }
    this.documents = units.size();
    this.compactText = all.toString();
  }

  /** Whether the report uses a word, remembered: the report does not change under an index. */
  boolean uses(String word, java.util.function.Predicate<String> lookup) {
    return spoken.computeIfAbsent(word, lookup::test);
  }

  private final Map<String, Boolean> spoken = new java.util.concurrent.ConcurrentHashMap<>();

  /** All sentences without whitespace, one a line: for asking whether the report uses a word. */
  String compactText() {
    return compactText;
  }

  /** Number of sentences holding the token; 0 when the report never uses it. */
  int df(String token) {
    return documentFrequency.getOrDefault(token, 0);
  }

  /** Inverse document frequency; only meaningful for tokens the report uses. */
  double idf(String token) {
    return Math.log(1 + documents / (double) Math.max(1, df(token)));
  }

  /** The distinct tokens of a text, whitespace ignored, Latin lower-cased. */
  static Set<String> tokens(String text) {
    String t = text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    Set<String> tokens = new LinkedHashSet<>();
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (isLatinOrDigit(c)) {
        int j = i;
        while (j < t.length()
            && (isLatinOrDigit(t.charAt(j))
                || (t.charAt(j) == '.'
                    && j + 1 < t.length()
                    && Character.isDigit(t.charAt(j + 1))))) {
          j++;
        }
        tokens.add(t.substring(i, j));
        i = j;
      } else {
        if (isHan(c) && i + 1 < t.length() && isHan(t.charAt(i + 1))) {
          tokens.add(t.substring(i, i + 2));
        }
        i++;
      }
    }
    return tokens;
  }

  private static boolean isLatinOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
