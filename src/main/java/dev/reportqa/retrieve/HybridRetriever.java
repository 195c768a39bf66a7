package dev.reportqa.retrieve;

import dev.reportqa.chunk.Unit;
import dev.reportqa.index.ReportIndex;
import dev.reportqa.index.ScoredUnit;
import dev.reportqa.query.AnalyzedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Ranks the units of a report for a question by fusing BM25 and cosine rankings.
 *
 * <p>Weighted reciprocal-rank fusion, written here rather than langchain4j's {@code
 * ReciprocalRankFuser} because that one weighs every ranker the same, and equal weights were
 * measured not to beat BM25 alone at rank 1 on the bundled report (docs/design.md, Measured facts).
 * Rank fusion rather than score fusion because BM25 scores have no fixed scale across questions.
 */
public final class HybridRetriever {

  /**
   * How deep each ranker is read before fusion. With RRF's k = 60 a unit ranked below 100 by both
   * rankers adds almost nothing, and reading every unit makes fusion O(n log n) per question on a
   * corpus of many reports.
   */
  static final int DEPTH = 100;

  private final ReportIndex index;
  private final FusionWeights weights;

  public HybridRetriever(ReportIndex index, FusionWeights weights) {
    this.index = Objects.requireNonNull(index, "index");
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  public ReportIndex index() {
    return index;
  }

  /**
   * Ranks the units that either ranker puts in its top {@link #DEPTH}.
   *
   * @return at most {@code max} passages, best first
   */
  public List<Passage> retrieve(AnalyzedQuery query, int max) {
    int depth = Math.min(index.units().size(), Math.max(max, DEPTH));
    List<ScoredUnit> lexical = index.lexical().search(query.lexicalQuery(), depth);
    List<ScoredUnit> dense =
        weights.dense() > 0 ? index.dense().search(query.denseQuery(), depth) : List.of();
    return fuse(lexical, dense, max);
  }

  List<Passage> fuse(List<ScoredUnit> lexical, List<ScoredUnit> dense, int max) {
    Map<Integer, double[]> byUnit = new HashMap<>();
    // slots: fused, lexicalScore, denseScore, lexicalRank, denseRank
    for (int r = 0; r < lexical.size(); r++) {
      double[] s = byUnit.computeIfAbsent(lexical.get(r).unit().id(), id -> new double[5]);
      s[0] += weights.lexical() / (weights.k() + r + 1);
      s[1] = lexical.get(r).score();
      s[3] = r + 1;
    }
    for (int r = 0; r < dense.size(); r++) {
      double[] s = byUnit.computeIfAbsent(dense.get(r).unit().id(), id -> new double[5]);
      s[0] += weights.dense() / (weights.k() + r + 1);
      s[2] = dense.get(r).score();
      s[4] = r + 1;
    }
    List<Passage> passages = new ArrayList<>(byUnit.size());
    List<Unit> units = index.units();
    byUnit.forEach(
        (id, s) ->
            passages.add(new Passage(units.get(id), s[0], s[1], s[2], (int) s[3], (int) s[4])));
    passages.sort(
        Comparator.comparingDouble(Passage::score).reversed().thenComparingInt(p -> p.unit().id()));
    return passages.size() > max ? List.copyOf(passages.subList(0, max)) : List.copyOf(passages);
  }
}
