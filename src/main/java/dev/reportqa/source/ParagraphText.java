package dev.reportqa.source;

import java.util.List;
import java.util.regex.Pattern;

/** Tidies the text of one extracted paragraph into one line of a report's text. */
final class ParagraphText {

  /** Line breaks, tabs and the other spaces inside a paragraph. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000]+");

  /**
   * A space with a CJK character or full-width punctuation on either side: in text printed to PDF,
   * the gaps the typesetter leaves between Chinese and Latin letters or digits read as spaces, and
   * Chinese text has no spaces of its own.
   */
  private static final Pattern CJK_SPACE =
      Pattern.compile(
          "(?<=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’…—·]) +|"
              + " +(?=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’…—·])");

  private ParagraphText() {}

  /** The paragraph on one line: inner breaks and runs of spaces made one space, ends trimmed. */
  static String clean(String paragraph) {
    return SPACES.matcher(paragraph).replaceAll(" ").strip();
  }

  /** {@link #clean} and, besides, no space beside a CJK character. */
  static String cleanCjk(String paragraph) {
    return CJK_SPACE.matcher(clean(paragraph)).replaceAll("");
  }

  /**
   * Wrapped lines of one paragraph joined: with nothing between them where either side is CJK, a
   * space between Latin words, nothing inside a number or after a hyphen that ends a line.
   */
  static String join(List<String> lines) {
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        char last = out.charAt(out.length() - 1);
        char next = l.charAt(0);
        boolean splitNumber = Character.isDigit(last) && Character.isDigit(next);
        if (isLatin(last) && isLatin(next) && !splitNumber) {
          out.append(' ');
        }
      }
      out.append(l);
    }
    return cleanCjk(out.toString());
  }

  private static boolean isLatin(char c) {
    return c < 0x2E80 && Character.isLetterOrDigit(c);
  }
}
