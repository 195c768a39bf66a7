package dev.reportqa.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokens and base forms of English question words. The lexicon holds base forms; questions hold
 * plurals and inflections ("tourists", "signed", "renovating", "cities"). The suffix rules here
 * give the candidates to look up, most likely first; a lexicon hit decides which was right. Small
 * on purpose: a full stemmer (Lucene's Porter) cuts words to stems the lexicon does not hold.
 */
public final class EnglishWords {

  private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+(?:[.'\\-][a-z0-9]+)*%?");

  private EnglishWords() {}

  /** Lower-case word tokens, keeping {@code 2.5}, {@code year-on-year}, {@code 10%}. */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    // "R&D" and "M&A" are spelt out as the lexicon writes them: "r and d".
    String spelt =
        text.toLowerCase(Locale.ROOT)
            .replace('’', '\'')
            .replaceAll("(?<=[a-z])\\s*&\\s*(?=[a-z])", " and ");
    Matcher m = TOKEN.matcher(spelt);
    while (m.find()) {
      String t = m.group();
      if (t.endsWith("'s")) {
        t = t.substring(0, t.length() - 2);
      }
      tokens.add(t);
    }
    return tokens;
  }

  /** The word itself, then its possible base forms, most likely first. */
  public static List<String> baseForms(String word) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(word);
    int n = word.length();
    if (n > 4 && word.endsWith("ies")) {
      forms.add(word.substring(0, n - 3) + "y");
    }
    if (n > 4
        && (word.endsWith("ses")
            || word.endsWith("xes")
            || word.endsWith("ches")
            || word.endsWith("shes")
            || word.endsWith("zes"))) {
      forms.add(word.substring(0, n - 2));
    }
    if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
      forms.add(word.substring(0, n - 1));
    }
    if (n > 4 && word.endsWith("ied")) {
      forms.add(word.substring(0, n - 3) + "y");
    }
    if (n > 4 && word.endsWith("ed")) {
      String stem = word.substring(0, n - 2);
      forms.add(stem);
      forms.add(stem + "e");
      if (doubled(stem)) {
        forms.add(stem.substring(0, stem.length() - 1));
      }
    }
    if (n > 5 && word.endsWith("ing")) {
      String stem = word.substring(0, n - 3);
      forms.add(stem);
      forms.add(stem + "e");
      if (doubled(stem)) {
        forms.add(stem.substring(0, stem.length() - 1));
      }
    }
    return List.copyOf(forms);
  }

  private static boolean doubled(String stem) {
    int n = stem.length();
    return n > 2
        && stem.charAt(n - 1) == stem.charAt(n - 2)
        && "aeiou".indexOf(stem.charAt(n - 1)) < 0;
  }
}
