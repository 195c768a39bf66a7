package dev.reportqa.llm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The figures of a text, each a value with its unit: Arabic digits with an optional multiplier
 * ({@code 800 万人次}, {@code 12.5亿元}, {@code 1.2万亿元}, {@code 10,500 人次}), Chinese numerals ({@code
 * 三千万人次}, {@code 一点二万亿}), percentages written either way ({@code 12%}, {@code 百分之十二}) and ordinals
 * ({@code 第1}, {@code 第一}). The text must already be {@link ClaimText#normalize normalized}, so
 * that full-width and Arabic-Indic digits read as ASCII ones.
 *
 * <p>Answer and evidence are read by the same rules, so that a figure matches whichever way each
 * writes it. Chinese numeral characters that are prose rather than a count are not figures: a lone
 * 一 (一是, 一个), a single digit with no unit (三农, 两会), a run that is no well-formed numeral (十四五).
 */
final class Figures {

  /** A figure as read: where it stands, how it was written, its value and unit. */
  record Figure(String written, BigDecimal value, String unit, int start, int end) {
    Figure {
      Objects.requireNonNull(written, "written");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(unit, "unit");
    }

    /**
     * Whether a figure of the evidence states this one: the same value, and unit when it has one.
     */
    boolean backedBy(Figure other) {
      return value.compareTo(other.value) == 0 && (unit.isEmpty() || unit.equals(other.unit));
    }
  }

  /** What an ordinal's unit reads as: 第1 and 第一 match each other, not the count 1. */
  static final String ORDINAL = "第";

  static final String PERCENT = "%";

  private static final Pattern NUMBER = pattern(ClaimWords.bundled().units());

  private Figures() {}

  /** Groups: 1 百分之, 2 Arabic digits, 3 their multiplier suffix, 4 a Chinese run, 5 the unit. */
  private static Pattern pattern(List<String> units) {
    String unit = units.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    return Pattern.compile(
        "(百分之)?(?:(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*([十百千万亿]*)"
            + "|([〇零一二两三四五六七八九十][〇零一二两三四五六七八九十百千万亿点]*))"
            + "\\s*(?:余|多)?\\s*("
            + unit
            + ")?");
  }

  /** The figures of a normalized text, in order. */
  static List<Figure> in(String text) {
    List<Figure> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      boolean percent = m.group(1) != null;
      boolean ordinal = m.start() > 0 && text.charAt(m.start() - 1) == '第';
      String unit = m.group(5) == null ? "" : m.group(5);
      BigDecimal value;
      int end = m.end();
      if (m.group(2) != null) {
        value =
            new BigDecimal(m.group(2).replace(",", ""))
                .multiply(ChineseNumerals.factor(m.group(3)));
      } else {
        String run = m.group(4);
        while (run.endsWith("点")) {
          run = run.substring(0, run.length() - 1);
        }
        Optional<BigDecimal> parsed = ChineseNumerals.parse(run);
        if (parsed.isEmpty() || isProse(run, unit, percent, ordinal)) {
          continue;
        }
        value = parsed.get();
        if (m.group(5) == null) {
          end = m.start(4) + run.length();
        }
      }
      if (percent) {
        unit = PERCENT;
      } else if (ordinal) {
        unit = ORDINAL;
      }
      out.add(new Figure(text.substring(m.start(), end).strip(), value, unit, m.start(), end));
    }
    return out;
  }

  private static boolean isProse(String run, String unit, boolean percent, boolean ordinal) {
    if (percent || ordinal) {
      return false;
    }
    if (run.length() > 1) {
      return false;
    }
    char c = run.charAt(0);
    if (c == '一') {
      return true; // 一个, 一是, 一批: the article, not a count
    }
    return unit.isEmpty() && c != '十';
  }
}
