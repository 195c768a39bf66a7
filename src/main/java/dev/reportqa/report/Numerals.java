package dev.reportqa.report;

/**
 * Small Chinese numerals as reports write them in names of periods and sessions: 十四 (14), 第六 (6).
 * Only 0–99: counts in the running text are read by the quantity vocabulary, not here.
 */
public final class Numerals {

  private static final String DIGITS = "零一二三四五六七八九";

  private Numerals() {}

  /** 14 → 十四, 20 → 二十, 5 → 五. */
  static String chinese(int n) {
    if (n < 0 || n > 99) {
      throw new IllegalArgumentException("only 0-99: " + n);
    }
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    int tens = n / 10;
    int ones = n % 10;
    return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens)))
        + "十"
        + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
  }

  /** 十四 → 14, 二十 → 20, 五 → 5, 12 → 12; -1 when not a numeral of 0–99. */
  public static int value(String s) {
    if (s.matches("\\d{1,2}")) {
      return Integer.parseInt(s);
    }
    if (s.isEmpty() || s.length() > 3) {
      return -1;
    }
    int ten = s.indexOf('十');
    if (ten < 0) {
      return s.length() == 1 ? DIGITS.indexOf(s.charAt(0)) : -1;
    }
    int tens = ten == 0 ? 1 : DIGITS.indexOf(s.charAt(0));
    int ones = ten == s.length() - 1 ? 0 : DIGITS.indexOf(s.charAt(ten + 1));
    if (tens < 0 || ones < 0 || (ten > 1) || (s.length() - ten > 2)) {
      return -1;
    }
    return tens * 10 + ones;
  }
}
