package dev.reportqa.report;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The time a question names, as it names it: relative words (去年, this year, 上半年) and explicit years
 * or plan periods (2024年, “十四五”). What they mean depends on the report: {@link
 * ReportPeriods#resolve} reads them against its date and kind.
 *
 * @param words the relative words found
 * @param year an explicit year, 0 when none
 * @param plan the number of an explicit five-year plan (14 for “十四五”), 0 when none
 */
public record TimeReference(Set<Word> words, int year, int plan) {

  /** Relative time words of questions. */
  public enum Word {
    /** 去年, 上年, last year. */
    LAST_YEAR,
    /** 前年, the year before last. */
    YEAR_BEFORE_LAST,
    /** 今年, 本年, this year. */
    THIS_YEAR,
    /** 明年, next year. */
    NEXT_YEAR,
    /** 上半年, first half. */
    FIRST_HALF,
    /** 下半年, second half. */
    SECOND_HALF,
    /** 全年, the whole year. */
    FULL_YEAR,
    /** 过去五年, 五年来, the past five years. */
    PAST_FIVE_YEARS,
    /** 未来五年, the next five years. */
    NEXT_FIVE_YEARS
  }

  public static final TimeReference NONE = new TimeReference(Set.of(), 0, 0);

  public TimeReference {
    Objects.requireNonNull(words, "words");
    words = words.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(words));
  }

  /** Whether the question names a time at all. */
  public boolean isEmpty() {
    return words.isEmpty() && year == 0 && plan == 0;
  }

  public boolean has(Word word) {
    return words.contains(word);
  }

  /** The same reference with another word added. */
  public TimeReference with(Word word) {
    Set<Word> more = words.isEmpty() ? EnumSet.noneOf(Word.class) : EnumSet.copyOf(words);
    more.add(word);
    return new TimeReference(more, year, plan);
  }
}
