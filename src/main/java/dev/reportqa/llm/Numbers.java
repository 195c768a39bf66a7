package dev.reportqa.llm;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a generated answer and whether a passage states them. A figure is a run of digits
 * with an optional decimal part ({@code 1200}, {@code 46.23}, {@code 13.7}); thousands separators
 * are dropped ({@code 10,670} is {@code 10670}). Units and Chinese numerals are not checked.
 */
final class Numbers {

  private static final Pattern NUMBER =
      Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
  private static final Pattern GROUPING = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private Numbers() {}

  /** The figures of an answer, in order, each once, citations left out. */
  static List<String> in(String answer) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = NUMBER.matcher(Citations.strip(answer));
    while (m.find()) {
      out.add(m.group().replace(",", ""));
    }
    return List.copyOf(out);
  }

  /**
   * Whether a passage states the figure as a whole number: {@code 5} is not in {@code 2.5%} nor in
   * {@code 15}, and {@code 46.2} is not in {@code 46.23}. Spaces in the passage are ignored ({@code
   * 1200 万}).
   */
  static boolean occursIn(String number, String passage) {
    String text =
        GROUPING.matcher(SPACE.matcher(Citations.normalize(passage)).replaceAll("")).replaceAll("");
    for (int at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
      int end = at + number.length();
      boolean startsClean = at == 0 || !(isDigit(text, at - 1) || text.charAt(at - 1) == '.');
      boolean endsClean =
          end == text.length()
              || !(isDigit(text, end) || (text.charAt(end) == '.' && isDigit(text, end + 1)));
      if (startsClean && endsClean) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(String s, int i) {
    return i < s.length() && Character.isDigit(s.charAt(i));
  }
}
