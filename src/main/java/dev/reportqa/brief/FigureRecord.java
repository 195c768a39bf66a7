package dev.reportqa.brief;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * A figure as exported, one flat record: the same fields in CSV columns and JSON objects.
 *
 * @param lines the cited lines; in CSV joined by {@code ;}
 * @param period the period's code: first_half_achieved, second_half_target, full_year_target (a
 *     mid-year report), year_achieved, year_target, five_year_achieved, five_year_target, other
 * @param measured what is measured
 * @param written the value and unit as written, bound included: {@code 突破 800 万人次}
 * @param change for a rate of change, its words ({@code 增长}, {@code 同比下降}); else empty
 * @param value the normalized value: 万/亿 applied, a percentage as its number
 * @param unit the unit of {@code value}: 元, 人次, %, 倍 …
 * @param qualifier the bound as written (超, 突破, 以上, 余 …), empty when exact
 * @param growth the growth the sentence links to this amount, e.g. {@code 同比增长11%}; else empty
 * @param growthValue its rate as a number, or null
 * @param growthUnit {@code %} or {@code 倍}; empty when no growth
 * @param section the section path
 * @param clause the clause the figure stands in, as it reads
 */
@JsonPropertyOrder({
  "lines",
  "period",
  "measured",
  "written",
  "change",
  "value",
  "unit",
  "qualifier",
  "growth",
  "growthValue",
  "growthUnit",
  "section",
  "clause"
})
public record FigureRecord(
    List<Integer> lines,
    String period,
    String measured,
    String written,
    String change,
    BigDecimal value,
    String unit,
    String qualifier,
    String growth,
    BigDecimal growthValue,
    String growthUnit,
    String section,
    String clause) {

  public FigureRecord {
    lines = List.copyOf(lines);
  }

  static FigureRecord of(Figure f) {
    Growth g = f.growth();
    return new FigureRecord(
        f.lines(),
        f.periodCode(),
        f.measured(),
        f.written(),
        f.change(),
        f.value(),
        f.unit(),
        f.quantity().qualifier(),
        g == null ? "" : g.display(),
        g == null ? null : plain(g.rate().value()),
        g == null ? "" : g.rate().unit(),
        f.sectionPath(),
        f.clause().text());
  }

  private static BigDecimal plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
