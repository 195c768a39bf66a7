package dev.reportqa.chunk;

import dev.reportqa.vocab.QuantityVocabulary;
import dev.reportqa.vocab.QuantityVocabulary.Kind;
import dev.reportqa.vocab.QuantityVocabulary.Position;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the quantities in report text, with the words of {@link QuantityVocabulary}: a leading
 * bound, the number, a multiplier, an inner bound (余), the unit and a trailing bound. Every list is
 * tried longest first, so that 个百分点 wins over 个, 人次 over 人 and 千瓦时 over 千瓦; a multiplier that
 * starts a unit (千 of 千瓦) is read as the unit.
 */
public final class Quantities {

  private static final QuantityVocabulary VOCABULARY = QuantityVocabulary.bundled();

  /**
   * A number with its optional bound, multiplier and unit. Named groups: lead, number, inner1 (余
   * before the multiplier: N余万人), multiplier, inner2 (余 after it: N万余件), unit, tail.
   */
  public static final Pattern PATTERN = pattern(VOCABULARY);

  /**
   * A round amount written without its one: a bound, then a multiplier and a unit with no digit
   * before them (超 + 千亿元). Without the bound the words are too often a name (a 千亿级 industry), so
   * the bound is required.
   */
  static final Pattern IMPLICIT_ONE = implicitOne(VOCABULARY);

  static Pattern implicitOne(QuantityVocabulary v) {
    return Pattern.compile(
        "(?<![\\d.])(?<lead>"
            + QuantityVocabulary.alternation(v.bounds(Position.BEFORE))
            + ")\\s*(?<multiplier>"
            + multipliers(v)
            + ")(?<unit>"
            + QuantityVocabulary.alternation(quantityUnits(v))
            + ")(?!级)");
  }

  /** A four-digit whole number before 年 is a year (2025年), not a duration. */
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private static final String YEAR_UNIT = "年";

  private Quantities() {}

  static Pattern pattern(QuantityVocabulary v) {
    String inner = QuantityVocabulary.alternation(v.bounds(Position.INNER));
    return Pattern.compile(
        "(?<lead>"
            + QuantityVocabulary.alternation(v.bounds(Position.BEFORE))
            + ")?\\s*"
            + "(?<number>\\d+(?:\\.\\d+)?)\\s*"
            + "(?<inner1>"
            + inner
            + ")?\\s*"
            + "(?<multiplier>"
            + multipliers(v)
            + ")?\\s*"
            + "(?<inner2>"
            + inner
            + ")?\\s*"
            + "(?<unit>"
            + QuantityVocabulary.alternation(quantityUnits(v))
            + ")?"
            + "(?<tail>"
            + QuantityVocabulary.alternation(v.bounds(Position.AFTER))
            + ")?");
  }

  /** Calendar words (3月, 8日) name a day, not a quantity. */
  private static List<String> quantityUnits(QuantityVocabulary v) {
    return v.unitForms().stream().filter(f -> !v.is(f, Kind.DATE)).toList();
  }

  /** Each multiplier, not followed by the rest of a unit it starts: 千(?!瓦|米|克). */
  private static String multipliers(QuantityVocabulary v) {
    return v.multipliers().stream()
        .map(
            m -> {
              List<String> rests =
                  v.unitForms().stream()
                      .filter(f -> f.startsWith(m) && f.length() > m.length())
                      .map(f -> f.substring(m.length()))
                      .toList();
              return rests.isEmpty()
                  ? Pattern.quote(m)
                  : Pattern.quote(m) + "(?!" + QuantityVocabulary.alternation(rests) + ")";
            })
        .collect(Collectors.joining("|"));
  }

  /** The quantities in a text, in order. Digits inside words such as {@code PM2.5} are skipped. */
  public static List<Quantity> find(String text) {
    List<Quantity> found = new ArrayList<>();
    Matcher m = PATTERN.matcher(text);
    while (m.find()) {
      int numberStart = m.start("number");
      if (numberStart > 0
          && Character.isLetter(text.charAt(numberStart - 1))
          && text.charAt(numberStart - 1) < 0x80) {
        continue; // PM2.5, 5A级 read as names, not amounts
      }
      String written = m.group("unit");
      String unit = written == null ? "" : VOCABULARY.unit(written).orElseThrow().name();
      String multiplier = orEmpty(m.group("multiplier"));
      String inner = m.group("inner1") != null ? m.group("inner1") : orEmpty(m.group("inner2"));
      String tail = orEmpty(m.group("tail"));
      int end = m.end();
      if (unit.equals(YEAR_UNIT)
          && multiplier.isEmpty()
          && YEAR.matcher(m.group("number")).matches()) {
        // 2025年 is a date: the number alone, as a bare year.
        unit = "";
        tail = "";
        end = m.group("inner2") != null ? m.end("inner2") : m.end("number");
      }
      String lead = orEmpty(m.group("lead"));
      String outer = tail.isEmpty() ? inner : tail;
      String qualifier = lead.isEmpty() ? outer : outer.isEmpty() ? lead : lead + "…" + outer;
      int start = lead.isEmpty() ? numberStart : m.start();
      found.add(
          new Quantity(
              text.substring(start, end).strip(),
              start,
              end,
              new BigDecimal(m.group("number")),
              multiplier,
              unit,
              qualifier));
    }
    Matcher one = IMPLICIT_ONE.matcher(text);
    while (one.find()) {
      int start = one.start();
      int end = one.end();
      if (found.stream().anyMatch(q -> q.start() < end && start < q.end())) {
        continue;
      }
      String unit = VOCABULARY.unit(one.group("unit")).orElseThrow().name();
      found.add(
          new Quantity(
              text.substring(start, end).strip(),
              start,
              end,
              BigDecimal.ONE,
              one.group("multiplier"),
              unit,
              one.group("lead")));
    }
    found.sort(java.util.Comparator.comparingInt(Quantity::start));
    return found;
  }

  /** Whether a quantity of a text is a place in a ranking: 第 before it (全国第N位, 第N届). */
  public static boolean isOrdinal(String text, Quantity q) {
    return text.substring(0, q.start()).stripTrailing().endsWith("第");
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
