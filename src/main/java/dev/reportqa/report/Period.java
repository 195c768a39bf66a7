package dev.reportqa.report;

import java.util.Objects;

/**
 * What a passage of a report speaks of in time: results achieved or targets set, and for which span
 * — a year, a half of it, or a five-year plan period. Built per report by {@link ReportPeriods},
 * from its date, kind and part titles.
 *
 * @param role results, targets, or neither (the government's own conduct, a glossary)
 * @param from the first year of the span, 0 when unknown
 * @param to the last year of the span, inclusive; equal to {@code from} for one year
 * @param half which half of a one-year span, {@link Half#WHOLE} otherwise
 */
public record Period(Role role, int from, int to, Half half) {

  /** Achieved or aimed at. */
  public enum Role {
    RESULT,
    TARGET,
    NONE
  }

  /** A half year, or the whole of it. */
  public enum Half {
    FIRST,
    SECOND,
    WHOLE
  }

  /** Neither a result nor a target, at no time in particular. */
  public static final Period NONE = new Period(Role.NONE, 0, 0, Half.WHOLE);

  /** The first year of China's plans from the third on, which run five years each from 1966. */
  private static final int THIRD_PLAN_START = 1966;

  public Period {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(half, "half");
    if (to < from) {
      throw new IllegalArgumentException("span ends before it starts: " + from + "-" + to);
    }
    if (half != Half.WHOLE && from != to) {
      throw new IllegalArgumentException("a half is of one year: " + from + "-" + to);
    }
  }

  public static Period year(Role role, int year) {
    return new Period(role, year, year, Half.WHOLE);
  }

  public static Period half(Role role, int year, Half half) {
    return new Period(role, year, year, half);
  }

  /** The span of the five-year plan numbered {@code plan} (14 for “十四五”: 2021–2025). */
  public static Period plan(Role role, int plan) {
    int from = THIRD_PLAN_START + 5 * (plan - 3);
    return new Period(role, from, from + 4, Half.WHOLE);
  }

  /** The number of the five-year plan a span is, or 0 ({@code 2021–2025} is the fourteenth). */
  public int planNumber() {
    if (to - from != 4 || from < THIRD_PLAN_START || (from - THIRD_PLAN_START) % 5 != 0) {
      return 0;
    }
    return 3 + (from - THIRD_PLAN_START) / 5;
  }

  public boolean isResult() {
    return role == Role.RESULT;
  }

  public boolean isTarget() {
    return role == Role.TARGET;
  }

  public boolean known() {
    return from > 0;
  }

  /** Whether this span lies within another ({@code 2024年上半年} within {@code 2024年}). */
  public boolean within(Period other) {
    if (!known() || !other.known()) {
      return false;
    }
    if (from < other.from || to > other.to) {
      return false;
    }
    return other.half == Half.WHOLE || other.half == half;
  }

  /** The same span with another role. */
  public Period as(Role newRole) {
    return new Period(newRole, from, to, half);
  }

  /**
   * The stable code of the period in exports: {@code first_half_achieved}, {@code
   * second_half_target}, {@code year_achieved}, {@code year_target}, {@code five_year_achieved},
   * {@code five_year_target}, or {@code other}.
   */
  public String code() {
    if (role == Role.NONE) {
      return "other";
    }
    String suffix = role == Role.RESULT ? "achieved" : "target";
    if (planNumber() > 0) {
      return "five_year_" + suffix;
    }
    return switch (half) {
      case FIRST -> "first_half_" + suffix;
      case SECOND -> "second_half_" + suffix;
      case WHOLE -> "year_" + suffix;
    };
  }

  /**
   * The span in Chinese: {@code 2024年}, {@code 2024年上半年}, {@code “十四五”时期}, {@code 2021—2025年}; a
   * half of an unknown year is {@code 上半年}; an unknown year is empty.
   */
  public String spanZh() {
    if (!known()) {
      return half == Half.FIRST ? "上半年" : half == Half.SECOND ? "下半年" : "";
    }
    int plan = planNumber();
    if (plan > 0) {
      return "“" + Numerals.chinese(plan) + "五”时期";
    }
    if (from != to) {
      return from + "—" + to + "年";
    }
    return switch (half) {
      case FIRST -> from + "年上半年";
      case SECOND -> from + "年下半年";
      case WHOLE -> from + "年";
    };
  }

  /**
   * The span in English: {@code 2024}, {@code the first half of 2024}, {@code the 14th Five-Year
   * Plan period (2021–2025)}.
   */
  public String spanEn() {
    if (!known()) {
      return half == Half.FIRST ? "the first half" : half == Half.SECOND ? "the second half" : "";
    }
    int plan = planNumber();
    if (plan > 0) {
      return "the " + plan + "th Five-Year Plan period (" + from + "–" + to + ")";
    }
    if (from != to) {
      return from + "–" + to;
    }
    return switch (half) {
      case FIRST -> "the first half of " + from;
      case SECOND -> "the second half of " + from;
      case WHOLE -> String.valueOf(from);
    };
  }

  /**
   * An answer's label: {@code 2024年实绩}, {@code 2025年目标}, {@code “十五五”时期目标}, {@code 目标} when the
   * span is unknown; empty for none.
   */
  public String labelZh() {
    if (role == Role.NONE) {
      return "";
    }
    return spanZh() + (role == Role.RESULT ? "实绩" : "目标");
  }

  /** An answer's label: {@code Result for 2024}, {@code Target}; empty for none. */
  public String labelEn() {
    if (role == Role.NONE) {
      return "";
    }
    String span = spanEn();
    return (role == Role.RESULT ? "Result" : "Target") + (span.isEmpty() ? "" : " for " + span);
  }
}
