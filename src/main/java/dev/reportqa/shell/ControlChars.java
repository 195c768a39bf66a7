package dev.reportqa.shell;

/**
 * Makes untrusted text safe to print on a terminal. Text from a report, a question or a language
 * model may hold escape sequences ({@code ESC]0;title}, {@code ESC[2J}) or a carriage return that
 * would retitle the window, clear the screen or hide what comes before it. Every such character is
 * shown as a visible symbol instead, so that nothing printed can act on the terminal and nothing is
 * silently hidden.
 */
final class ControlChars {

  /** Control Pictures block: U+2400 + a C0 code shows that control as a symbol (␛, ␍, ␀). */
  private static final int CONTROL_PICTURES = 0x2400;

  private static final char DELETE_PICTURE = '\u2421';

  private ControlChars() {}

  /**
   * The text with every control character other than newline and tab shown as a symbol: C0 controls
   * as their Control Pictures (ESC as ␛, CR as ␍), DEL as ␡, C1 controls (which some terminals obey
   * like ESC sequences) as U+FFFD. Bidirectional overrides, which reorder what is shown without
   * being seen, and line separators are dropped.
   */
  static String visible(String text) {
    if (text == null || text.isEmpty() || clean(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\t') {
        out.append(c);
      } else if (c < 0x20) {
        out.append((char) (CONTROL_PICTURES + c));
      } else if (c == 0x7f) {
        out.append(DELETE_PICTURE);
      } else if (c >= 0x80 && c <= 0x9f) {
        out.append('\ufffd');
      } else if (!invisibleFormat(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A line typed or piped in, with its control characters removed: a tab or a line separator
   * becomes a space, an escape sequence ({@code ESC [ A}, an arrow key pasted into a pipe) goes
   * whole, anything else that is not printable goes.
   */
  static String stripped(String line) {
    if (line == null || line.isEmpty()) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\u001b') {
        i = endOfEscape(line, i);
      } else if (c == '\t' || c == '\u2028' || c == '\u2029') {
        out.append(' ');
      } else if (!control(c) && !invisibleFormat(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The index of the last character of the escape sequence starting at {@code at}: a CSI ({@code
   * ESC [} parameters, then a final byte {@code @}–{@code ~}), an OSC ({@code ESC ]} up to BEL or
   * {@code ESC \\}), or ESC and one character.
   */
  private static int endOfEscape(String s, int at) {
    if (at + 1 >= s.length()) {
      return at;
    }
    char kind = s.charAt(at + 1);
    if (kind == '[') {
      for (int i = at + 2; i < s.length(); i++) {
        if (s.charAt(i) >= 0x40 && s.charAt(i) <= 0x7e) {
          return i;
        }
      }
      return s.length() - 1;
    }
    if (kind == ']') {
      for (int i = at + 2; i < s.length(); i++) {
        if (s.charAt(i) == 0x07) {
          return i;
        }
        if (s.charAt(i) == '\u001b' && i + 1 < s.length() && s.charAt(i + 1) == '\\') {
          return i + 1;
        }
      }
      return s.length() - 1;
    }
    return at + 1;
  }

  private static boolean clean(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((control(c) && c != '\n' && c != '\t') || invisibleFormat(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean control(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  }

  /** Bidirectional embeddings, overrides and isolates, and the line and paragraph separators. */
  private static boolean invisibleFormat(char c) {
    return (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u2028'
        || c == '\u2029';
  }
}
