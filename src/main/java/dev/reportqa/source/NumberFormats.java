package dev.reportqa.source;

/**
 * Writes a list number as Word shows it for a numbering format ({@code w:numFmt}): {@code 3},
 * {@code 三}, {@code ③}, {@code c}, {@code iii}. Written by hand because POI leaves list numbers to
 * the application; the formats are those Chinese documents use, anything else is written as digits.
 */
final class NumberFormats {

  private static final String DIGITS = "零一二三四五六七八九";
  private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";

  private NumberFormats() {}

  static String format(int n, String numFmt) {
    return switch (numFmt) {
      case "chineseCounting",
          "chineseCountingThousand",
          "japaneseCounting",
          "taiwaneseCounting",
          "taiwaneseCountingThousand",
          "ideographDigital" ->
          chinese(n, DIGITS, "十", "百", "千");
      case "chineseLegalSimplified" -> chinese(n, LEGAL_DIGITS, "拾", "佰", "仟");
      case "ideographTraditional" ->
          n <= HEAVENLY_STEMS.length()
              ? String.valueOf(HEAVENLY_STEMS.charAt(n - 1))
              : Integer.toString(n);
      case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
          n <= 20 ? String.valueOf((char) ('①' + n - 1)) : Integer.toString(n);
      case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
      case "lowerLetter" -> letters(n, 'a');
      case "upperLetter" -> letters(n, 'A');
      case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
      case "upperRoman" -> roman(n);
      default -> Integer.toString(n);
    };
  }

  /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五; digits from 10,000 on. */
  static String chinese(int n, String digits, String ten, String hundred, String thousand) {
    if (n <= 0 || n >= 10_000) {
      return Integer.toString(n);
    }
    String[] units = {"", ten, hundred, thousand};
    StringBuilder out = new StringBuilder();
    String s = Integer.toString(n);
    boolean zero = false;
    for (int i = 0; i < s.length(); i++) {
      int d = s.charAt(i) - '0';
      int unit = s.length() - 1 - i;
      if (d == 0) {
        zero = true;
        continue;
      }
      if (zero && out.length() > 0) {
        out.append(digits.charAt(0));
      }
      zero = false;
      // 十二, not 一十二, when the number starts with its tens.
      if (!(d == 1 && unit == 1 && out.length() == 0)) {
        out.append(digits.charAt(d));
      }
      out.append(units[unit]);
    }
    return out.toString();
  }

  private static String fullWidth(int n) {
    StringBuilder out = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      out.append((char) ('０' + (c - '0')));
    }
    return out.toString();
  }

  private static String letters(int n, char a) {
    char c = (char) (a + (n - 1) % 26);
    return String.valueOf(c).repeat((n - 1) / 26 + 1);
  }

  private static String roman(int n) {
    if (n <= 0 || n >= 4000) {
      return Integer.toString(n);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      while (n >= values[i]) {
        out.append(symbols[i]);
        n -= values[i];
      }
    }
    return out.toString();
  }
}
