package dev.reportqa.shell;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the shell does to a line before reading it as a command or a question: a paste of several
 * lines is split into one line each, control characters go, and the line is normalised (NFKC) so
 * that full-width digits, letters and spaces, as a Chinese input method types them ({@code show
 * ８７}), read as their ASCII forms.
 */
final class InputLines {

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  private InputLines() {}

  /** The lines of what was read at once (a bracketed paste may hold several), each normalised. */
  static List<String> split(String read) {
    List<String> lines = new ArrayList<>();
    for (String line : LINE_BREAK.split(read, -1)) {
      String normal = normalize(line);
      if (!normal.isEmpty()) {
        lines.add(normal);
      }
    }
    return lines;
  }

  /** One line without control characters, NFKC-normalised and stripped. */
  static String normalize(String line) {
    return Normalizer.normalize(ControlChars.stripped(line), Normalizer.Form.NFKC).strip();
  }
}
