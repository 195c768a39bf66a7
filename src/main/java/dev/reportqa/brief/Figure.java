package dev.reportqa.brief;

import dev.reportqa.chunk.Clause;
import dev.reportqa.chunk.Quantity;
import dev.reportqa.report.Period;
import dev.reportqa.vocab.QuantityVocabulary;
import dev.reportqa.vocab.QuantityVocabulary.Bound;
import dev.reportqa.vocab.QuantityVocabulary.Sense;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quantitative statement of the report: one number with its unit, what it measures, the period it
 * speaks of, and the clause it stands in.
 *
 * @param measured what is measured, read from the clause's words (see {@link FigureExtractor}),
 *     e.g. {@code 接待游客}; never blank
 * @param quantity the number as written, with its bound, multiplier and unit
 * @param change the words of change when the figure is itself a rate of change ({@code 增长} in
 *     {@code 实现全年固定资产投资增长8%以上}); empty for an amount
 * @param growth the rate of change the sentence gives for this amount, or null when it gives none
 * @param period the period the figure speaks of
 * @param periodCode the period's stable code in this report (see {@link
 *     dev.reportqa.report.ReportPeriods#code})
 * @param clause the clause it stands in; its lines are the figure's citation
 */
public record Figure(
    String measured,
    Quantity quantity,
    String change,
    Growth growth,
    Period period,
    String periodCode,
    Clause clause) {

  public Figure {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(periodCode, "periodCode");
    Objects.requireNonNull(clause, "clause");
    if (measured == null || measured.isBlank()) {
      throw new IllegalArgumentException("a figure needs what it measures: " + quantity.text());
    }
    if (growth != null && !change.isEmpty()) {
      throw new IllegalArgumentException("a rate of change has no growth of its own: " + measured);
    }
  }

  /** A copy with a growth rate linked. */
  Figure withGrowth(Growth linked) {
    return new Figure(measured, quantity, change, linked, period, periodCode, clause);
  }

  /** Whether the figure is a rate of change (增长8%以上) rather than an amount. */
  public boolean isChange() {
    return !change.isEmpty();
  }

  /** The source lines of the clause, ascending: the citation. */
  public List<Integer> lines() {
    return clause.lines();
  }

  /**
   * The normalized value: 万, 亿 and 千 applied, a percentage as its number (14% is 14), trailing
   * zeros removed. Read it with {@link #unit()}.
   */
  public BigDecimal value() {
    BigDecimal v = quantity.value().stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /** The unit of {@link #value()}: {@code 元}, {@code 人次}, {@code %}, {@code 倍} … */
  public String unit() {
    return quantity.unit();
  }

  /** The value and unit as written in the report, bound included: {@code 突破 800 万人次}. */
  public String written() {
    return quantity.text();
  }

  /**
   * As a brief shows it, tidied and with its change or growth: {@code 520万人次，同比增长11%}, {@code
   * 突破800万人次}, {@code 增长8%以上}.
   */
  public String display() {
    String own = change + tidy(quantity);
    return growth == null ? own : own + "，" + growth.display();
  }

  /** The section path of the clause, e.g. {@code 一、上半年工作回顾 › 这是稳中有进的上半年 › 1.工业主引擎稳劲拉动}. */
  public String sectionPath() {
    return clause.unit().sectionPath();
  }

  /**
   * A quantity without spaces and with its bound where a reader expects it: {@code 突破800万人次},
   * {@code 2.6万余件}, {@code 12个以上}; a bare 达 or 达到 is left out.
   */
  static String tidy(Quantity q) {
    String lead = "";
    String tail = "";
    String inner = "";
    for (String part : q.qualifier().split("…")) {
      Optional<Bound> bound = QuantityVocabulary.bundled().bound(part);
      if (bound.isEmpty() || bound.get().sense() == Sense.LEAD_IN) {
        continue; // 达 and 达到 only lead into the number
      }
      switch (bound.get().position()) {
        case BEFORE -> lead = part;
        case INNER -> inner = part;
        case AFTER -> tail = part;
      }
    }
    return lead + q.number().toPlainString() + q.multiplier() + inner + q.unit() + tail;
  }
}
