package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.query.AnalyzedQuery;
import org.junit.jupiter.api.Test;

/**
 * A figure of 人均 X or 单位 X does not answer for X when the report gives X itself too ({@link
 * ClauseScorer#qualifiesAway}).
 */
class QualifiedMeasureTest {

  private static final String BOTH = "全市地区生产总值达到500亿元\n人均地区生产总值达到9万元\n";
  private static final String ONLY_PER_CAPITA = "全体居民人均可支配收入达到4万元\n";

  private final ClauseScorer scorer = TestStages.scorer();

  private static AnalyzedQuery ask(String question) {
    return TestIndex.analyzer().analyze(question);
  }

  @Test
  void
      should_not_answer_for_the_plain_measure_with_the_per_capita_one_when_the_report_gives_both() {
    // when / then
    assertThat(scorer.qualifiesAway(ask("地区生产总值是多少？"), "人均地区生产总值达到9万元", BOTH)).isTrue();
    assertThat(scorer.qualifiesAway(ask("地区生产总值是多少？"), "全市地区生产总值达到500亿元", BOTH)).isFalse();
  }

  @Test
  void should_answer_with_the_qualified_measure_when_the_question_asks_for_it() {
    // when / then
    assertThat(scorer.qualifiesAway(ask("人均地区生产总值是多少？"), "人均地区生产总值达到9万元", BOTH)).isFalse();
    assertThat(scorer.qualifiesAway(ask("What is GDP per capita?"), "人均地区生产总值达到9万元", BOTH))
        .isFalse();
  }

  @Test
  void should_answer_with_the_qualified_measure_when_the_report_gives_no_other() {
    // when / then
    assertThat(scorer.qualifiesAway(ask("居民可支配收入是多少？"), "全体居民人均可支配收入达到4万元", ONLY_PER_CAPITA))
        .isFalse();
  }

  @Test
  void should_not_take_a_ratio_to_the_subject_for_the_subject() {
    AnalyzedQuery growth = TestIndex.analyzer().analyze("今年生产总值预期增长多少？");
    AnalyzedQuery ratio = TestIndex.analyzer().analyze("物流费用与生产总值的比率要下降多少？");
    java.util.List<String> subject = java.util.List.of("生产总值");

    assertThat(ClauseScorer.onlyAsDenominator(growth, "社会物流总费用与生产总值的比率再下降0.3个百分点", subject))
        .isTrue();
    assertThat(ClauseScorer.onlyAsDenominator(ratio, "社会物流总费用与生产总值的比率再下降0.3个百分点", subject))
        .isFalse();
    assertThat(ClauseScorer.onlyAsDenominator(growth, "地区生产总值增长5%左右", subject)).isFalse();
  }

  @Test
  void should_know_an_enumeration_of_the_kind_a_list_question_asks_for() {
    AnalyzedQuery projects = TestIndex.analyzer().analyze("下半年要建哪些新项目？");

    assertThat(ClauseScorer.namesKindAsked("加快建设甲馆、乙园、丙中心等一批优质项目", projects)).isTrue();
    assertThat(ClauseScorer.namesKindAsked("针对商户、场所、出租房等重点领域", projects)).isFalse();
    assertThat(ClauseScorer.namesKindAsked("建设一批优质项目", projects)).isFalse();
  }
}
