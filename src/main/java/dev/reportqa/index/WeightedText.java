package dev.reportqa.index;

import java.util.Objects;

/**
 * A piece of query text with the weight of its terms: the subject of a question weighs more than a
 * synonym added by expansion or a time-frame word.
 */
public record WeightedText(String text, float weight) {

  public WeightedText {
    Objects.requireNonNull(text, "text");
    if (!(weight > 0)) {
      throw new IllegalArgumentException("weight must be positive: " + weight);
    }
  }
}
