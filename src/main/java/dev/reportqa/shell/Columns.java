package dev.reportqa.shell;

import org.jline.utils.WCWidth;

/**
 * Text measured in terminal columns, as a terminal shows it: a Chinese character (East Asian Wide)
 * takes two columns, a combining mark none. Lines cut to a width this way never wrap back to column
 * 0, whatever mix of Chinese and Latin they hold.
 */
final class Columns {

  static final String ELLIPSIS = "…";

  private Columns() {}

  /** The columns a text takes on a terminal. */
  static int width(CharSequence text) {
    int columns = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      columns += Math.max(0, WCWidth.wcwidth(cp));
      i += Character.charCount(cp);
    }
    return columns;
  }

  /** The text, or as much of its start as fits in {@code columns} with an ellipsis after it. */
  static String fit(String text, int columns) {
    if (width(text) <= columns) {
      return text;
    }
    return window(text, 0, columns);
  }

  /**
   * As much of the text from character {@code from} as fits in {@code columns}, with an ellipsis
   * before it when it does not start the text and after it when it does not end it.
   *
   * @param from a char index into the text, at a code point boundary
   */
  static String window(String text, int from, int columns) {
    StringBuilder out = new StringBuilder();
    int used = 0;
    if (from > 0) {
      out.append(ELLIPSIS);
      used = 1;
    }
    int i = from;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int w = Math.max(0, WCWidth.wcwidth(cp));
      boolean last = i + Character.charCount(cp) >= text.length();
      // Room is kept for the closing ellipsis unless this is the text's last character.
      if (used + w + (last ? 0 : 1) > columns) {
        out.append(ELLIPSIS);
        return out.toString();
      }
      out.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /**
   * The char index at which to start a window of {@code columns} so that the character at {@code
   * at} shows about a quarter of the way in, or so that the window ends with the text.
   */
  static int start(String text, int at, int columns) {
    int lead = columns / 4;
    int start = at;
    int used = 0;
    while (start > 0) {
      int cp = text.codePointBefore(start);
      int w = Math.max(0, WCWidth.wcwidth(cp));
      if (used + w > lead) {
        break;
      }
      used += w;
      start -= Character.charCount(cp);
    }
    // Pull the start back further when the rest of the text would leave the window half empty.
    int tail = width(text.substring(start));
    while (start > 0 && tail + 1 < columns - 1) {
      int cp = text.codePointBefore(start);
      int w = Math.max(0, WCWidth.wcwidth(cp));
      if (tail + w + 1 > columns - 1) {
        break;
      }
      tail += w;
      start -= Character.charCount(cp);
    }
    return start;
  }
}
