package dev.reportqa.brief;

/**
 * The period a figure speaks of. A work report keeps them apart by part: part one reviews the first
 * half, part two sets the work of the second half, where a clause may name the full year instead.
 */
public enum Period {
  /** Part one, the review of the first half (上半年工作回顾), its opening paragraph included. */
  FIRST_HALF_ACHIEVED("first_half_achieved"),
  /** Part two, where the clause or an earlier one of its sentence says 全年 or 年底. */
  FULL_YEAR_TARGET("full_year_target"),
  /** Part two otherwise: the part is the work of the second half (下半年主要工作). */
  SECOND_HALF_TARGET("second_half_target"),
  /** The preamble and parts about neither, such as the government's own conduct (part three). */
  OTHER("other");

  private final String code;

  Period(String code) {
    this.code = code;
  }

  /** The stable name used in exports and wording keys, e.g. {@code full_year_target}. */
  public String code() {
    return code;
  }

  public boolean isTarget() {
    return this == FULL_YEAR_TARGET || this == SECOND_HALF_TARGET;
  }
}
