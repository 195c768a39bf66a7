package dev.reportqa.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A part of the report named by its place: 第三部分, 第二个部分, part three, the third part. */
final class PartOrdinal {

  private static final Pattern ZH = Pattern.compile("第([一二三四五六七八九十\\d]+)(?:个)?部分");
  private static final Pattern EN =
      Pattern.compile(
          "(?i)\\b(?:part\\s+(one|two|three|four|five|six|\\d)|(first|second|third|fourth|fifth|sixth)\\s+part)\\b");
  private static final String NUMERALS = "一二三四五六七八九十";
  private static final java.util.List<String> WORDS =
      java.util.List.of("one", "two", "three", "four", "five", "six");
  private static final java.util.List<String> ORDINALS =
      java.util.List.of("first", "second", "third", "fourth", "fifth", "sixth");

  private PartOrdinal() {}

  /** The 1-based part a question names, or 0. */
  static int of(String question) {
    Matcher zh = ZH.matcher(question);
    if (zh.find()) {
      String n = zh.group(1);
      if (n.chars().allMatch(Character::isDigit)) {
        return Integer.parseInt(n);
      }
      return n.length() == 1 ? NUMERALS.indexOf(n.charAt(0)) + 1 : 0;
    }
    Matcher en = EN.matcher(question);
    if (en.find()) {
      if (en.group(1) != null) {
        String w = en.group(1).toLowerCase(java.util.Locale.ROOT);
        return w.chars().allMatch(Character::isDigit) ? Integer.parseInt(w) : WORDS.indexOf(w) + 1;
      }
      return ORDINALS.indexOf(en.group(2).toLowerCase(java.util.Locale.ROOT)) + 1;
    }
    return 0;
  }
}
