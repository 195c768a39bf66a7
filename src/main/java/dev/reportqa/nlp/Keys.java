package dev.reportqa.nlp;

import java.util.Locale;
import java.util.regex.Pattern;

/** How an English headword or question phrase is written as a dictionary key. */
final class Keys {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Keys() {}

  /** No white space but single spaces between words: the common case, checked without a regex. */
  private static boolean isTidy(String s) {
    int n = s.length();
    if (n > 0 && (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ' ? i + 1 < n && s.charAt(i + 1) == ' ' : Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** Lower case, typographic apostrophes made plain, runs of white space made one space. */
  static String normalize(String text) {
    String s = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    return isTidy(s) ? s : SPACES.matcher(s).replaceAll(" ").strip();
  }
}
