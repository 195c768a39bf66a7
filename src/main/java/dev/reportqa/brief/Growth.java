package dev.reportqa.brief;

import dev.reportqa.chunk.Quantity;
import java.util.Objects;

/**
 * A rate of change the report gives beside an amount: in {@code 实现固定资产投资 9.6 亿元、同比增长 12%} the
 * {@code 同比增长 12%} belongs to the 9.6 亿元.
 *
 * @param verb the words of change as written, e.g. {@code 同比增长}, {@code 增长}, {@code 下降}
 * @param rate the rate, a percentage or a multiple ({@code 23 倍})
 */
public record Growth(String verb, Quantity rate) {

  public Growth {
    Objects.requireNonNull(rate, "rate");
    if (verb == null || verb.isBlank()) {
      throw new IllegalArgumentException("a growth needs its verb, e.g. 同比增长");
    }
  }

  /** As a brief shows it: {@code 同比增长12%}. */
  public String display() {
    return verb + Figure.tidy(rate);
  }
}
