package dev.reportqa.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.index.ReportIndex;
import dev.reportqa.index.ScoredUnit;
import dev.reportqa.query.AnalyzedQuery;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden retrieval tests on the bundled report, after Lucene's TestDemo: real text, real rankers,
 * exact gold lines. Questions were written for this test; none is from the evaluation set.
 */
class RetrievalTest {

  private final ReportIndex index = TestIndex.xitang();

  /**
   * The gold line is in the top 3 of BM25 alone, of the embedding alone, and of the fusion. {@code
   * denseWithin} widens the embedding's bound where it may legitimately rank lower: for 固定资产投资同比增长
   * (measured rank 7) the words 同比增长 stand in a dozen sentences, and the embedding gives them as
   * much weight as the subject; BM25's rarity weighting does not.
   */
  @ParameterizedTest(name = "{0} → L{1}")
  @CsvSource({
    "上半年外贸出口额, 21, 3",
    "古镇接待游客人次, 23, 3",
    "粮食总产量, 25, 3",
    "签约引进高质量项目, 31, 3",
    "固定资产投资同比增长, 33, 10",
    "跨境贸易额, 35, 3",
    "PM2.5平均浓度下降, 47, 3",
    "低保标准提高到每人每月, 51, 3",
    "县镇人大代表建议办理, 61, 3",
    "全年签约高质量产业项目目标, 83, 3",
    "社会消费品零售总额增长目标, 99, 3",
    "信访积案化解率目标, 123, 3"
  })
  void should_rank_the_gold_line_high_for_each_ranker(String question, int gold, int denseWithin) {
    // given
    AnalyzedQuery q = TestIndex.analyzer().analyze(question);
    int n = index.units().size();

    // when
    int lexical = rank(index.lexical().search(q.lexicalQuery(), n), gold);
    int dense = rank(index.dense().search(q.denseQuery(), n), gold);
    int fused =
        rankPassages(new HybridRetriever(index, TestIndex.DEFAULT_FUSION).retrieve(q, n), gold);

    // then
    assertThat(lexical).as("BM25 rank").isBetween(1, 3);
    assertThat(dense).as("embedding rank").isBetween(1, denseWithin);
    assertThat(fused).as("fused rank").isBetween(1, 3);
  }

  @ParameterizedTest(name = "{0} → L{1}")
  @CsvSource({
    "What did exports come to in the first half?, 21",
    "What is the target for the total retail sales of consumer goods?, 99",
    "How many new jobs were created?, 51"
  })
  void should_find_english_questions_through_translation(String question, int gold) {
    AnalyzedQuery q = TestIndex.analyzer().analyze(question);

    List<Passage> hits = new HybridRetriever(index, TestIndex.DEFAULT_FUSION).retrieve(q, 10);

    assertThat(rankPassages(hits, gold)).as("fused rank").isBetween(1, 3);
  }

  static int rank(List<ScoredUnit> hits, int line) {
    for (int i = 0; i < hits.size(); i++) {
      if (hits.get(i).unit().lines().contains(line)) {
        return i + 1;
      }
    }
    return 0;
  }

  static int rankPassages(List<Passage> hits, int line) {
    for (int i = 0; i < hits.size(); i++) {
      if (hits.get(i).lines().contains(line)) {
        return i + 1;
      }
    }
    return 0;
  }
}
