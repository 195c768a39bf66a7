package dev.reportqa.shell;

import java.text.Normalizer;

/**
 * What the shell does to a line before reading it: control characters go, and for telling commands
 * from questions the line is folded (NFKC) so that full-width digits, letters and spaces, as a
 * Chinese input method types them ({@code show ８７}), read as their ASCII forms. A question is asked
 * as typed (the analyzer folds it the same way).
 */
final class InputLines {

  private InputLines() {}

  /** One line without control characters, stripped. */
  static String normalize(String line) {
    return ControlChars.stripped(line).strip();
  }

  /** A line folded for reading commands: NFKC. */
  static String fold(String line) {
    return Normalizer.normalize(line, Normalizer.Form.NFKC);
  }
}
