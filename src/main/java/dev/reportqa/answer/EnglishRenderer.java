package dev.reportqa.answer;

import dev.reportqa.chunk.Quantities;
import dev.reportqa.chunk.Quantity;
import dev.reportqa.vocab.QuantityVocabulary;
import dev.reportqa.vocab.QuantityVocabulary.Bound;
import dev.reportqa.vocab.QuantityVocabulary.Direction;
import dev.reportqa.vocab.QuantityVocabulary.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * States the figures of a Chinese clause in English: {@code 力争全年游客量突破 800 万人次} → {@code more than 8
 * million visits}; {@code 12.5亿元} → {@code 1.25 billion yuan}; {@code 同比增长11%} → {@code up 11% year
 * on year}. Unit, bound and change words come from the quantity vocabulary ({@code
 * vocab/quantities.tsv}); a compound unit reads as its multiplier and unit: {@code 1234.5亿美元} →
 * {@code 123.45 billion US dollars}, {@code 3.5万辆} → {@code 35,000 vehicles}.
 */
final class EnglishRenderer {

  static final String RATES_RESOURCE = "lexicon/rates-en.properties";

  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
  private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);
  private static final QuantityVocabulary QUANTITIES = QuantityVocabulary.bundled();
  private static final Pattern UP = changeBefore(Direction.UP);
  private static final Pattern DOWN = changeBefore(Direction.DOWN);
  private static final Pattern YEAR_ON_YEAR =
      Pattern.compile("同比(?:" + QuantityVocabulary.alternation(QUANTITIES.changes()) + ")$");
  private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  private final Properties rates = BundledProperties.load(RATES_RESOURCE, "unit words");

  /** A word of change in one direction at the end of the text before a figure. */
  private static Pattern changeBefore(Direction direction) {
    return Pattern.compile(
        "(?:" + QuantityVocabulary.alternation(QUANTITIES.changes(direction)) + ")\\s*$");
  }

  /** The figures of the clause in English, joined by commas; empty when it has none. */
  String figures(String clause) {
    List<String> parts = new ArrayList<>();
    for (Quantity q : Quantities.find(clause)) {
      if (!q.hasUnit() || q.is(Kind.NAME, Kind.DATE)) {
        continue; // years, editions and anniversaries are names, not figures
      }
      if (Quantities.isOrdinal(clause, q)) {
        parts.add("No. " + q.number().stripTrailingZeros().toPlainString());
        continue; // 居全国第3位 is a place in a ranking, not three people
      }
      parts.add(figure(clause, q));
    }
    return String.join(", ", parts);
  }

  /** One quantity in English, with its direction when it is a change. */
  String figure(String clause, Quantity q) {
    String before = clause.substring(0, q.start());
    boolean yearOnYear = YEAR_ON_YEAR.matcher(before.replaceAll("\\s+", "")).find();
    String direction = "";
    if (UP.matcher(before).find()) {
      direction = "up ";
    } else if (DOWN.matcher(before).find()) {
      direction = "down ";
    }
    String amount = amount(q) + rate(before);
    String text =
        direction.isEmpty()
            ? qualifier(q.qualifier()) + amount
            : direction + qualifier(q.qualifier()) + amount;
    return yearOnYear ? text + " year on year" : text;
  }

  /** The number with 万/亿 applied and its unit in English. */
  String amount(Quantity q) {
    String unit = QUANTITIES.english(q.unit());
    if (q.isPercent()) {
      return plain(q.number()) + "%";
    }
    if (q.is(Kind.MULTIPLE)) {
      return plain(q.number()) + unit;
    }
    BigDecimal v = q.value();
    String number;
    if (v.compareTo(TRILLION) >= 0) {
      number = plain(v.divide(TRILLION, 6, RoundingMode.HALF_UP)) + " trillion";
    } else if (v.compareTo(BILLION) >= 0) {
      number = plain(v.divide(BILLION, 6, RoundingMode.HALF_UP)) + " billion";
    } else if (v.compareTo(MILLION) >= 0) {
      number = plain(v.divide(MILLION, 6, RoundingMode.HALF_UP)) + " million";
    } else {
      number = grouped(v);
    }
    return unit.isEmpty() ? number : number + " " + unit;
  }

  /** " per person per month" when the text before a number names the rate it is given per. */
  private String rate(String before) {
    String tail = before.replaceAll("\\s+", "");
    String best = "";
    for (String key : rates.stringPropertyNames()) {
      if (tail.endsWith(key) && key.length() > best.length()) {
        best = key;
      }
    }
    return best.isEmpty() ? "" : " " + rates.getProperty(best).strip();
  }

  /**
   * The English of a quantity's bounds ({@code 超…以上}): the first bound that says something, a
   * lead-in such as 达到 saying nothing — so 超…以上 is "more than" and 达到…以上 "at least".
   */
  private static String qualifier(String q) {
    for (String part : q.split("…")) {
      String english = QUANTITIES.bound(part).map(Bound::english).orElse("");
      if (!english.isEmpty()) {
        return english + " ";
      }
    }
    return "";
  }

  /** A Chinese date (2025年1月8日) in English (8 January 2025); other text unchanged. */
  static String date(String chinese) {
    Matcher m = DATE.matcher(chinese);
    if (!m.find()) {
      return chinese;
    }
    int month = Integer.parseInt(m.group(2));
    return Integer.parseInt(m.group(3)) + " " + MONTHS[month - 1] + " " + m.group(1);
  }

  private static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
  }

  private static String grouped(BigDecimal v) {
    DecimalFormat f =
        new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(v);
  }
}
