package dev.reportqa.llm;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the verifier reads text: a model's reply cleaned of what a terminal would act on, any text
 * normalized for comparison, sentences, quoted spans and the words that name what a figure
 * measures.
 */
final class ClaimText {

  /** Reasoning models (DeepSeek-R1, Qwen3) may put their thinking first; it is not the answer. */
  private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?</think>");

  /** Ellipses inside a quote: the parts on either side are each quoted. */
  private static final Pattern ELLIPSIS = Pattern.compile("\\.{2,}|⋯+|…+");

  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** Pairs of quotation marks, opening then closing. */
  private static final String OPENING = "“「『‘";

  private static final String CLOSING = "”」』’";

  private ClaimText() {}

  /**
   * The reply as it may be shown and checked: the thinking block dropped, a carriage return made a
   * line break (a terminal would otherwise print what follows it over what precedes it), tabs made
   * spaces, every other control and format character (escape, zero-width, bidi override) dropped.
   */
  static String clean(String reply) {
    if (reply == null) {
      return "";
    }
    String text = THINKING.matcher(reply).replaceAll("").replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\n') {
                out.append('\n');
              } else if (c == '\t') {
                out.append(' ');
              } else if (!isControlOrFormat(c)) {
                out.appendCodePoint(c);
              }
            });
    return out.toString().strip();
  }

  private static boolean isControlOrFormat(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.PRIVATE_USE
        || type == Character.UNASSIGNED;
  }

  /**
   * Text as compared: NFKC (full-width letters, digits and punctuation folded to ASCII, … to ...),
   * every decimal digit of any script made ASCII (Arabic-Indic ١٥ → 15), the Arabic decimal and
   * thousands separators made '.' and ','.
   */
  static String normalize(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    nfkc.codePoints()
        .forEach(
            c -> {
              if (c == '٫') {
                out.append('.');
              } else if (c == '٬') {
                out.append(',');
              } else if (c > 0x7F && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(c, 10)));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /** A text without whitespace, for verbatim comparison ({@code 800 万} is {@code 800万}). */
  static String compact(String text) {
    return SPACE.matcher(text).replaceAll("");
  }

  /**
   * The sentences of a normalized text: cut after 。！？!?, after a full stop that ends a sentence
   * (not the one in 2.5), and at line breaks, but never inside a quotation. Empty pieces are
   * dropped.
   */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    boolean straight = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (OPENING.indexOf(c) >= 0) {
        depth++;
      } else if (CLOSING.indexOf(c) >= 0 && depth > 0) {
        depth--;
      } else if (c == '"') {
        straight = !straight;
      }
      if (c == '\n') {
        add(out, current);
        continue;
      }
      current.append(c);
      boolean quoted = depth > 0 || straight;
      if (!quoted && endsSentence(text, i)) {
        add(out, current);
      }
    }
    add(out, current);
    return out;
  }

  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    if (c == '。' || c == '!' || c == '?' || c == '！' || c == '？') {
      return true;
    }
    if (c != '.') {
      return false;
    }
    // A full stop ends a sentence before a space or the end; not inside 2.5, not inside "...".
    boolean last = i + 1 >= text.length();
    return (last || Character.isWhitespace(text.charAt(i + 1)))
        && !(i > 0 && text.charAt(i - 1) == '.');
  }

  private static void add(List<String> out, StringBuilder current) {
    String s = current.toString().strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
    current.setLength(0);
  }

  /**
   * The quoted parts of a text that must stand in the report as written: what stands between
   * quotation marks (“”, 「」, 『』, ‘’, "), split at ellipses, each part holding a Chinese character.
   * A part in Latin letters alone is a rendering into English, not a quotation of the report.
   */
  static List<String> quotedParts(String text) {
    List<String> spans = new ArrayList<>();
    for (int i = 0; i < OPENING.length(); i++) {
      spans.addAll(between(text, OPENING.charAt(i), CLOSING.charAt(i)));
    }
    spans.addAll(between(text, '"', '"'));
    List<String> parts = new ArrayList<>();
    for (String span : spans) {
      for (String part : ELLIPSIS.split(span)) {
        String p = compact(part);
        if (p.codePoints().anyMatch(ClaimText::isHan)) {
          parts.add(p);
        }
      }
    }
    return parts;
  }

  private static List<String> between(String text, char open, char close) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (true) {
      int start = text.indexOf(open, from);
      if (start < 0) {
        return out;
      }
      int end = text.indexOf(close, start + 1);
      if (end < 0) {
        // An unclosed quotation runs to the end: its words still claim to be the report's.
        out.add(text.substring(start + 1));
        return out;
      }
      out.add(text.substring(start + 1, end));
      from = end + 1;
    }
  }

  static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /**
   * The pairs of adjacent Chinese characters that name what a figure measures, from the words
   * before it: the generic words (period, stance, change, function words) taken out first, and
   * digits and other scripts cutting the runs. {@code 全年目标是力争接待人数达到} gives 接待, 待人, 人数.
   */
  static Set<String> measureWords(String before, List<String> generic) {
    String text = before;
    for (String g : generic) {
      text = text.replace(g, " ");
    }
    Set<String> out = new LinkedHashSet<>();
    int[] cps = text.codePoints().toArray();
    for (int i = 0; i + 1 < cps.length; i++) {
      if (isHan(cps[i]) && isHan(cps[i + 1]) && !isNumeral(cps[i]) && !isNumeral(cps[i + 1])) {
        out.add(new String(cps, i, 2));
      }
    }
    return out;
  }

  private static boolean isNumeral(int c) {
    return c < 0x10000
        && (ChineseNumerals.isDigit((char) c) || ChineseNumerals.isMultiplier((char) c));
  }
}
