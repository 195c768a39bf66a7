package dev.reportqa.retrieve;

/**
 * How the two rankers are combined: weighted reciprocal-rank fusion, {@code score = lexical / (k +
 * lexicalRank) + dense / (k + denseRank)}.
 *
 * @param lexical weight of the BM25 rank
 * @param dense weight of the cosine rank
 * @param k the RRF damping constant: larger flattens the gap between ranks
 */
public record FusionWeights(double lexical, double dense, int k) {

  public FusionWeights {
    if (lexical < 0 || dense < 0 || lexical + dense == 0) {
      throw new IllegalArgumentException("weights must be >= 0 and not both 0");
    }
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1: " + k);
    }
  }
}
