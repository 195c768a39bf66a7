package dev.reportqa.retrieve;

import dev.reportqa.chunk.Unit;
import java.util.List;
import java.util.Objects;

/**
 * A ranked unit with the evidence behind its rank.
 *
 * @param unit the sentence
 * @param score the fused score; only the order it gives is meaningful
 * @param lexicalScore BM25 score, 0 when the lexical ranker did not return it
 * @param denseScore cosine similarity as the store reports it, in [0, 1]
 * @param lexicalRank 1-based rank by BM25, 0 when not returned
 * @param denseRank 1-based rank by cosine
 */
public record Passage(
    Unit unit,
    double score,
    double lexicalScore,
    double denseScore,
    int lexicalRank,
    int denseRank) {

  public Passage {
    Objects.requireNonNull(unit, "unit");
  }

  public String text() {
    return unit.text();
  }

  public List<Integer> lines() {
    return unit.lines();
  }

  public String sectionPath() {
    return unit.sectionPath();
  }
}
