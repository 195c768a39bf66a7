package dev.reportqa.chunk;

import dev.reportqa.vocab.QuantityVocabulary;
import dev.reportqa.vocab.QuantityVocabulary.Kind;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A number as a report writes it, with what surrounds it: {@code 超 3 亿元}, {@code 800 万人次}, {@code
 * 增长 12%}, {@code 2.6 万余件}.
 *
 * @param text the quantity as written, qualifiers included
 * @param start offset in the text it was found in
 * @param end offset after it
 * @param number the digits as a decimal, e.g. 12.5
 * @param multiplier {@code 万}, {@code 亿}, {@code 千} … ({@link QuantityVocabulary}) or empty
 * @param unit what is counted, by its name in {@link QuantityVocabulary}: {@code 元}, {@code 人次},
 *     {@code %} (for ％ too), {@code 百分点} (for 个百分点 too), {@code 倍} …; empty when bare
 * @param qualifier a bound written beside it: {@code 超}, {@code 突破}, {@code 以上}, {@code 近}, {@code
 *     余}, {@code 不少于} …; empty when exact
 */
public record Quantity(
    String text,
    int start,
    int end,
    BigDecimal number,
    String multiplier,
    String unit,
    String qualifier) {

  public Quantity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(multiplier, "multiplier");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(qualifier, "qualifier");
  }

  /** The value with 万/亿/千 applied: 12.5亿元 → 1.25E9. Percentages stay as written (12). */
  public BigDecimal value() {
    return number.multiply(QuantityVocabulary.bundled().factor(multiplier));
  }

  public boolean isPercent() {
    return unit.equals("%");
  }

  /** What the unit measures; empty for a bare number. */
  public Optional<Kind> kind() {
    return QuantityVocabulary.bundled().kind(unit);
  }

  /** Whether the unit is of one of the kinds. */
  public boolean is(Kind... kinds) {
    return QuantityVocabulary.bundled().is(unit, kinds);
  }

  /**
   * Whether it is a rate or a multiple (12%, 2.1个百分点, 3倍), which a word of change makes a change.
   */
  public boolean isRate() {
    return kind().map(Kind::isRate).orElse(false);
  }

  /** Whether a unit is written; a bare number is often a year, an edition or an ordinal. */
  public boolean hasUnit() {
    return !unit.isEmpty();
  }

  /** The number and unit without spaces or qualifiers, as answer keys are written: 12.5亿元. */
  public String compact() {
    return number.toPlainString() + multiplier + unit;
  }
}
