package dev.reportqa.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns ECDICT's translation field into plain Chinese words, in the dictionary's order.
 *
 * <p>The field reads like {@code n. 补助金, 津贴\n[经] 补助金, 津贴, 补贴} (the {@code \n} is a literal
 * backslash and n): senses on lines, a part of speech or a domain tag in front, notes in brackets,
 * alternatives separated by commas or semicolons. What is kept is each alternative that holds a
 * Chinese character, without the tags, notes and any English in front of it, once each: {@code 补助金,
 * 津贴, 补贴}. Templates with an ellipsis ({@code 把...收集成卷}) are left out: they never stand in a text
 * as written.
 *
 * <p>A hand-written scanner rather than regular expressions: it runs on 770,000 rows when the
 * dictionary is compiled, and a chain of six patterns took four times as long as the CSV parse.
 */
final class TranslationCleaner {

  private static final String OPENERS = "(（[【〔<〈";
  private static final String CLOSERS = ")）]】〕>〉";

  /** Punctuation trimmed from both ends of a word once notes and English are gone. */
  private static final String EDGE = "=:：-—·.。 \t";

  private TranslationCleaner() {}

  /**
   * The Chinese words of one translation field, in order, each once.
   *
   * @param field ECDICT's translation column; may be empty
   * @return an unmodifiable list, empty when nothing Chinese is left
   */
  static List<String> clean(String field) {
    // A list, not a set: a field has a handful of words, and this runs 770,000 times.
    List<String> words = new ArrayList<>(4);
    int start = 0;
    while (start <= field.length()) {
      int end = lineEnd(field, start);
      // Notes first: a note may stand before the part of speech ("(redraft 的复数) n. 改写稿").
      String sense = withoutNotes(field, start, end);
      int from = afterPartOfSpeech(sense);
      int i = from;
      while (i <= sense.length()) {
        int cut = i;
        while (cut < sense.length() && !isSeparator(sense.charAt(cut))) {
          cut++;
        }
        String word = word(sense, i, cut);
        if (word != null && !words.contains(word)) {
          words.add(word);
        }
        i = cut + 1;
      }
      start = end + (end < field.length() && field.charAt(end) == '\\' ? 2 : 1);
    }
    return List.copyOf(words);
  }

  /**
   * The end of the sense that starts at {@code start}: a literal backslash-n, a line break, or the
   * end.
   */
  private static int lineEnd(String field, int start) {
    for (int i = start; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\n' || (c == '\\' && i + 1 < field.length() && field.charAt(i + 1) == 'n')) {
        return i;
      }
    }
    return field.length();
  }

  /** The text without its bracketed notes, nested ones too, and without unpaired brackets. */
  private static String withoutNotes(String text, int start, int end) {
    if (!hasBracket(text, start, end)) {
      return text.substring(start, end);
    }
    StringBuilder out = new StringBuilder(end - start);
    int depth = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (OPENERS.indexOf(c) >= 0) {
        depth++;
      } else if (CLOSERS.indexOf(c) >= 0) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && c != '\r') {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean hasBracket(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (OPENERS.indexOf(c) >= 0 || CLOSERS.indexOf(c) >= 0 || c == '\r') {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the sense starts after parts of speech such as {@code n.}, {@code vt. & vi.}, {@code
   * abbr.}.
   */
  private static int afterPartOfSpeech(String s) {
    int i = skipSpaces(s, 0);
    while (true) {
      int j = i;
      while (j < s.length() && j - i < 6 && s.charAt(j) >= 'a' && s.charAt(j) <= 'z') {
        j++;
      }
      if (j == i || j - i > 5 || j >= s.length() || s.charAt(j) != '.') {
        return i;
      }
      i = skipSpaces(s, j + 1);
      if (i < s.length() && s.charAt(i) == '&') {
        i = skipSpaces(s, i + 1);
      }
    }
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == '，' || c == ';' || c == '；';
  }

  /** The word of one alternative, or null when it holds no Chinese or is a template. */
  private static String word(String s, int from, int to) {
    int firstHan = -1;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '…' || c == '～' || c == '~' || (c == '.' && i + 1 < to && s.charAt(i + 1) == '.')) {
        return null;
      }
      if (firstHan < 0 && isHan(s.codePointAt(i))) {
        firstHan = i;
      }
    }
    if (firstHan < 0) {
      return null;
    }
    int start = afterEnglishLead(s, from, firstHan);
    while (start < to && EDGE.indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    int end = to;
    while (end > start && EDGE.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(start, end);
  }

  /**
   * Past English words in front of the Chinese ({@code North American-West African Line 北美-西非航线}):
   * Latin letters, digits, spaces and {@code .'&/-} ending in a space. English glued to the Chinese
   * ({@code PPP法}) stays.
   */
  private static int afterEnglishLead(String s, int from, int firstHan) {
    int i = skipSpaces(s, from);
    if (i >= firstHan || !Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) > 0x24F) {
      return from;
    }
    for (int j = i; j < firstHan; j++) {
      char c = s.charAt(j);
      boolean latin = (Character.isLetterOrDigit(c) && c <= 0x24F) || " .'&/-".indexOf(c) >= 0;
      if (!latin && !Character.isWhitespace(c)) {
        return from;
      }
    }
    return Character.isWhitespace(s.charAt(firstHan - 1)) ? firstHan : from;
  }

  static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
