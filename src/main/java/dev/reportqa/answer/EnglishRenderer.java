package dev.reportqa.answer;

import dev.reportqa.chunk.Quantities;
import dev.reportqa.chunk.Quantity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
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
 * on year}. Unit words come from {@code lexicon/units-en.properties}.
 */
final class EnglishRenderer {

  static final String UNITS_RESOURCE = "lexicon/units-en.properties";

  static final String RATES_RESOURCE = "lexicon/rates-en.properties";

  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);
  private static final Pattern UP = Pattern.compile("(增长|提高|增加|上升|提升|增至|增)\\s*$");
  private static final Pattern DOWN = Pattern.compile("(下降|降低|减少|下滑|压减)\\s*$");
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

  private final Properties units = load(UNITS_RESOURCE);
  private final Properties rates = load(RATES_RESOURCE);

  private static Properties load(String resource) {
    InputStream in = EnglishRenderer.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("unit words missing from the classpath: " + resource);
    }
    Properties words = new Properties();
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      words.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return words;
  }

  /** The figures of the clause in English, joined by commas; empty when it has none. */
  String figures(String clause) {
    List<String> parts = new ArrayList<>();
    for (Quantity q : Quantities.find(clause)) {
      if (!q.hasUnit() || q.unit().equals("周年") || q.unit().equals("届")) {
        continue; // years, editions and anniversaries are names, not figures
      }
      parts.add(figure(clause, q));
    }
    return String.join(", ", parts);
  }

  /** One quantity in English, with its direction when it is a change. */
  String figure(String clause, Quantity q) {
    String before = clause.substring(0, q.start());
    boolean yearOnYear =
        before.endsWith("同比增长")
            || before.endsWith("同比下降")
            || before.replaceAll("\\s+", "").endsWith("同比增长")
            || before.replaceAll("\\s+", "").endsWith("同比下降");
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
    String unit = units.getProperty(q.unit(), "").strip();
    if (q.isPercent()) {
      return plain(q.number()) + "%";
    }
    if (q.unit().equals("倍")) {
      return plain(q.number()) + "-fold";
    }
    BigDecimal v = q.value();
    String number;
    if (v.compareTo(BILLION) >= 0) {
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

  private static String qualifier(String q) {
    if (q.isEmpty()) {
      return "";
    }
    // 以上 includes the number itself ("300个以上" is 300 or more), unlike 超 and 突破.
    if (q.contains("不少于")
        || q.contains("不低于")
        || (q.contains("以上") && !q.contains("超") && !q.contains("突破"))) {
      return "at least ";
    }
    if (q.contains("超") || q.contains("突破") || q.contains("以上")) {
      return "more than ";
    }
    if (q.contains("近")) {
      return "nearly ";
    }
    if (q.contains("约") || q.contains("左右")) {
      return "about ";
    }
    if (q.contains("余")) {
      return "over ";
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
