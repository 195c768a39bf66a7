package dev.reportqa.llm;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the citations in a generated answer: {@code [L87]}, {@code [L53, L55]}, {@code [L85-89]},
 * {@code [L85-L89]}, also with full-width brackets and commas ({@code 【L87】}, {@code ［L53，L55］}).
 * Anything else in brackets is not a citation.
 */
final class Citations {

  private static final String ITEM = "[Ll]\\s*(\\d+)(?:\\s*[-–—~]\\s*[Ll]?\\s*(\\d+))?";
  private static final Pattern ONE = Pattern.compile(ITEM);
  static final Pattern CITATION =
      Pattern.compile("[\\[【]\\s*(" + ITEM + "(?:\\s*[,;、]\\s*" + ITEM + ")*)\\s*[\\]】]");

  private Citations() {}

  /** The text as the checks read it: full-width forms folded (［ → [, ， → ,, ５ → 5). */
  static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /** Every line and range cited, in the order they appear; empty when there is no citation. */
  static List<LineRange> parse(String answer) {
    List<LineRange> out = new ArrayList<>();
    Matcher m = CITATION.matcher(normalize(answer));
    while (m.find()) {
      Matcher item = ONE.matcher(m.group(1));
      while (item.find()) {
        int from = Integer.parseInt(item.group(1));
        int to = item.group(2) == null ? from : Integer.parseInt(item.group(2));
        out.add(new LineRange(from, to));
      }
    }
    return out;
  }

  /**
   * The answer with its citations taken out, so that their line numbers are not read as figures.
   */
  static String strip(String answer) {
    return CITATION.matcher(normalize(answer)).replaceAll(" ");
  }
}
