package dev.reportqa.chunk;

/** Where quotations and brackets are, so that cuts do not fall inside them. */
final class Quotes {

  static final String OPENERS = "“‘「『（(《【";
  static final String CLOSERS = "”’」』）)》】";

  /** Longest quotation whose punctuation is protected from cuts. */
  static final int MAX_QUOTED = 80;

  private Quotes() {}

  /**
   * Marks the characters of {@code text[from, to)} that lie inside a quotation or bracket closing
   * within {@link #MAX_QUOTED} characters; an opener that never closes (a cut or a typo) protects
   * nothing. Index 0 of the result is {@code from}.
   */
  static boolean[] quotedSpans(String text, int from, int to) {
    boolean[] quoted = new boolean[to - from];
    for (int i = from; i < to; i++) {
      int kind = OPENERS.indexOf(text.charAt(i));
      if (kind < 0) {
        continue;
      }
      int close = text.indexOf(CLOSERS.charAt(kind), i + 1);
      if (close > 0 && close < to && close - i <= MAX_QUOTED) {
        for (int j = i + 1; j < close; j++) {
          quoted[j - from] = true;
        }
      }
    }
    return quoted;
  }
}
