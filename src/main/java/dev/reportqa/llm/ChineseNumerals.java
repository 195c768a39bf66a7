package dev.reportqa.llm;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Reads numbers written in Chinese characters: 三千万 (30,000,000), 一千二百 (1,200), 十二 (12), 三亿五千万
 * (350,000,000), 一点二万亿 (1.2 × 10¹²), 二〇二四 (2024), and the multiplier that may follow Arabic digits
 * (万, 亿, 千万, 万亿: 1.2万亿).
 *
 * <p>Written by hand: HanLP (portable 1.8.6) only tells whether a string is a Chinese numeral
 * ({@code TextUtility.isAllChineseNum}), and ICU4J's spell-out parser, though it reads 三千万, is a 15
 * MB dependency that reads 一点二万亿 as 1.2 and 一万二 as 10,002, and reads none of the mixed forms
 * (1.2万亿) that answers use most. The grammar here is small and strict: a run that is not a
 * well-formed numeral ({@code 十四五}, a plan's name) is not a number.
 */
final class ChineseNumerals {

  /** Digit characters, 两 and the zeros included. */
  static final String DIGITS = "〇零一二两三四五六七八九";

  /** Characters that multiply: within a section (十百千) and between sections (万亿). */
  static final String MULTIPLIERS = "十百千万亿";

  private static final Map<Character, BigDecimal> UNIT_VALUES =
      Map.of(
          '十', BigDecimal.TEN,
          '百', BigDecimal.valueOf(100),
          '千', BigDecimal.valueOf(1_000),
          '万', BigDecimal.valueOf(10_000),
          '亿', BigDecimal.valueOf(100_000_000));

  private ChineseNumerals() {}

  static boolean isDigit(char c) {
    return DIGITS.indexOf(c) >= 0;
  }

  static boolean isMultiplier(char c) {
    return MULTIPLIERS.indexOf(c) >= 0;
  }

  private static int digit(char c) {
    return switch (c) {
      case '〇', '零' -> 0;
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }

  /**
   * The factor of a multiplier suffix after a number: 万 → 10⁴, 千万 → 10⁷, 万亿 → 10¹²; 1 for an empty
   * suffix.
   */
  static BigDecimal factor(String suffix) {
    BigDecimal f = BigDecimal.ONE;
    for (char c : suffix.toCharArray()) {
      BigDecimal v = UNIT_VALUES.get(c);
      if (v == null) {
        throw new IllegalArgumentException("not a multiplier: " + c);
      }
      f = f.multiply(v);
    }
    return f;
  }

  /**
   * The value of a run of numeral characters, the whole run or nothing.
   *
   * @return empty when the run is not a well-formed numeral
   */
  static Optional<BigDecimal> parse(String run) {
    if (run.isEmpty()) {
      return Optional.empty();
    }
    int point = run.indexOf('点');
    if (point >= 0) {
      return decimal(run, point);
    }
    if (run.chars().allMatch(c -> isDigit((char) c))) {
      // Digit by digit, as years are written (二〇二四); a single digit is itself.
      return Optional.of(new BigDecimal(positional(run)));
    }
    return integer(run);
  }

  /** 一点二万亿: an integer, 点, digits, then an optional multiplier suffix for the whole. */
  private static Optional<BigDecimal> decimal(String run, int point) {
    Optional<BigDecimal> whole = integerOrDigits(run.substring(0, point));
    int end = point + 1;
    while (end < run.length() && isDigit(run.charAt(end))) {
      end++;
    }
    String fraction = run.substring(point + 1, end);
    String suffix = run.substring(end);
    if (whole.isEmpty()
        || fraction.isEmpty()
        || !suffix.chars().allMatch(c -> isMultiplier((char) c))) {
      return Optional.empty();
    }
    BigDecimal value = whole.get().add(new BigDecimal("0." + positional(fraction)));
    return Optional.of(value.multiply(factor(suffix)));
  }

  private static Optional<BigDecimal> integerOrDigits(String text) {
    if (!text.isEmpty() && text.chars().allMatch(c -> isDigit((char) c))) {
      return Optional.of(new BigDecimal(positional(text)));
    }
    return integer(text);
  }

  private static String positional(String digits) {
    StringBuilder out = new StringBuilder();
    for (char c : digits.toCharArray()) {
      out.append(digit(c));
    }
    return out.toString();
  }

  /**
   * The usual grammar: digits each followed by 十, 百 or 千 within a section, sections closed by 万 or
   * 亿, 零 as a placeholder (三千零五), a leading 十 for 1 (十二), and the spoken short form where a last
   * digit counts in the next lower place (一万二 is 12,000, 三百五 is 350; 10,002 is written 一万零二). A
   * digit right after another digit (十四五), or a multiplier with nothing to multiply (万众), is not a
   * numeral.
   */
  private static Optional<BigDecimal> integer(String run) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal section = BigDecimal.ZERO;
    int pending = -1; // a digit not yet multiplied
    boolean afterYi = false;
    boolean any = false;
    boolean zero = false;
    BigDecimal lastUnit = null;
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        if (pending > 0) {
          return Optional.empty();
        }
        zero |= d == 0;
        pending = d;
        any = true;
        continue;
      }
      BigDecimal unit = UNIT_VALUES.get(c);
      if (unit == null) {
        return Optional.empty();
      }
      if (c == '十' || c == '百' || c == '千') {
        int n = pending < 0 ? (c == '十' && i == 0 ? 1 : -1) : pending;
        if (n <= 0) {
          return Optional.empty();
        }
        section = section.add(unit.multiply(BigDecimal.valueOf(n)));
      } else {
        BigDecimal v = section.add(BigDecimal.valueOf(Math.max(pending, 0)));
        if (c == '万') {
          if (v.signum() == 0) {
            return Optional.empty();
          }
          total = afterYi ? total.add(v.multiply(unit)) : total.add(v).multiply(unit);
        } else {
          BigDecimal all = total.add(v);
          if (all.signum() == 0) {
            return Optional.empty();
          }
          total = all.multiply(unit);
          afterYi = true;
        }
        section = BigDecimal.ZERO;
      }
      any = true;
      pending = -1;
      zero = false;
      lastUnit = unit;
    }
    if (!any) {
      return Optional.empty();
    }
    BigDecimal last = BigDecimal.valueOf(Math.max(pending, 0));
    if (pending > 0 && !zero && lastUnit != null && lastUnit.compareTo(BigDecimal.TEN) > 0) {
      last = last.multiply(lastUnit).divide(BigDecimal.TEN);
    }
    return Optional.of(total.add(section).add(last));
  }
}
