package dev.reportqa.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a long pasted text for the question it ends with. People paste a paragraph of context and
 * then ask ("……今年的工作很多。那么全年游客目标是多少？"); asked whole, the paragraph drowns the question and the
 * answer echoes it back. Its last sentence that is a question is asked instead, or its last
 * sentence when none ends with a question mark.
 */
final class PastedText {

  /**
   * Characters from which a text of several sentences counts as a paste rather than a question: the
   * questions of the evaluation sets are at most about 60 characters, and a question with a clause
   * of context rarely passes 100.
   */
  static final int LONG = 120;

  /** Marks that end a sentence; a full stop ends one only before a space, so 46.23 stays whole. */
  private static final String END_MARKS = "。！？!?；;";

  private PastedText() {}

  /**
   * The question to ask for a line: the line itself when it is short or one sentence, else its last
   * question.
   */
  static String question(String line) {
    if (line.length() <= LONG) {
      return line;
    }
    List<String> sentences = sentences(line);
    if (sentences.size() < 2) {
      return line;
    }
    for (int i = sentences.size() - 1; i >= 0; i--) {
      String s = sentences.get(i);
      if (s.endsWith("？") || s.endsWith("?")) {
        return s;
      }
    }
    return sentences.get(sentences.size() - 1);
  }

  /** The sentences of a text, each with its end marks. */
  static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean ends =
          END_MARKS.indexOf(c) >= 0
              || (c == '.'
                  && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
      i++;
      if (ends) {
        while (i < text.length()
            && (END_MARKS.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '.')) {
          i++;
        }
        add(sentences, text.substring(start, i));
        start = i;
      }
    }
    add(sentences, text.substring(start));
    return sentences;
  }

  private static void add(List<String> sentences, String s) {
    String t = s.strip();
    if (!t.isEmpty()) {
      sentences.add(t);
    }
  }
}
