package dev.reportqa.index;

import dev.reportqa.chunk.Unit;
import java.util.Objects;

/** A unit with the score one ranker gave it; higher is better, scales differ between rankers. */
public record ScoredUnit(Unit unit, double score) {

  public ScoredUnit {
    Objects.requireNonNull(unit, "unit");
  }
}
