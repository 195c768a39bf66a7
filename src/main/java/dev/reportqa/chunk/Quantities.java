package dev.reportqa.chunk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the quantities in report text. */
public final class Quantities {

  /** Units written after numbers in work reports, longest first so that 人次 wins over 人. */
  static final String UNITS = "人次|家次|平方公里|公里|美元|元|吨|亩|户|件|起|场|次|座|条|名|项|所|处|个|家|人|%|％|倍|天|周年|届";

  /**
   * A number with its optional bound, multiplier and unit. Groups: 1 leading bound, 2 number, 3
   * multiplier, 4 余, 5 unit, 6 trailing bound.
   */
  public static final Pattern PATTERN =
      Pattern.compile(
          "(超过|超|突破|近|约|不少于|不低于|达到|达)?\\s*"
              + "(\\d+(?:\\.\\d+)?)\\s*"
              + "([万亿千])?\\s*(余)?\\s*"
              + "("
              + UNITS
              + ")?"
              + "(以上|左右|余)?");

  private Quantities() {}

  /** The quantities in a text, in order. Digits inside words such as {@code PM2.5} are skipped. */
  public static List<Quantity> find(String text) {
    List<Quantity> found = new ArrayList<>();
    Matcher m = PATTERN.matcher(text);
    while (m.find()) {
      int numberStart = m.start(2);
      if (numberStart > 0
          && Character.isLetter(text.charAt(numberStart - 1))
          && text.charAt(numberStart - 1) < 0x80) {
        continue; // PM2.5, 5A级 read as names, not amounts
      }
      String unit = m.group(5) == null ? "" : m.group(5).replace('％', '%');
      String lead = m.group(1) == null ? "" : m.group(1);
      String tail = m.group(6) != null ? m.group(6) : m.group(4) != null ? "余" : "";
      String qualifier = lead.isEmpty() ? tail : tail.isEmpty() ? lead : lead + "…" + tail;
      int start = lead.isEmpty() ? numberStart : m.start();
      found.add(
          new Quantity(
              text.substring(start, m.end()).strip(),
              start,
              m.end(),
              new BigDecimal(m.group(2)),
              m.group(3) == null ? "" : m.group(3),
              unit,
              qualifier));
    }
    return found;
  }
}
