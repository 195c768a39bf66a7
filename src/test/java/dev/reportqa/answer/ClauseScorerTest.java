package dev.reportqa.answer;

import static dev.reportqa.answer.TestStages.ask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.Measure;
import dev.reportqa.report.Report;
import dev.reportqa.retrieve.Passage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The clause that answers is the one that names the subject and holds the kind of thing asked. */
class ClauseScorerTest {

  // Lines 3 and 4 both name 工业产值; only line 4 gives a figure for it. Line 5 gives an amount
  // of something else.
  private final Report report =
      TestStages.report(
          "某某镇政府工作报告",
          "一、工作回顾",
          "全镇工业产值稳步提升，服务业持续向好。",
          "实现工业产值 12.5 亿元，增长 8%。",
          "某某公园建成开放，完成投资 3 亿元。");
  private final List<Passage> passages = TestStages.passages(report);
  private final ClauseScorer scorer = TestStages.scorer();

  private Optional<Candidate> best(AnalyzedQuery query, List<Passage> pool) {
    Evidence evidence = TestStages.evidence(query, report, pool);
    return scorer.best(query, pool, pool, evidence, String.join("\n", report.lines()));
  }

  @Test
  void should_rank_the_clause_naming_the_subject_with_a_figure_above_one_without() {
    // given: the sentence without the figure ranks first in retrieval
    AnalyzedQuery query = ask("工业产值是多少？");

    // when
    List<Candidate> ranked =
        scorer.candidates(query, passages, passages, TestStages.evidence(query, report, passages));

    // then
    assertThat(ranked.get(0).clause().text()).isEqualTo("实现工业产值 12.5 亿元");
    assertThat(ranked.get(0).fit()).isEqualTo(1.0);
    assertThat(ranked.get(0).anchored()).isTrue();
    Candidate withoutFigure =
        ranked.stream().filter(c -> c.clause().text().equals("全镇工业产值稳步提升")).findFirst().get();
    assertThat(withoutFigure.fit()).isEqualTo(0.0);
    assertThat(ranked.get(0).score()).isGreaterThan(withoutFigure.score());
  }

  @Test
  void should_choose_the_clause_with_the_figure_and_take_its_growth_as_a_continuation() {
    // when
    Candidate amount = best(ask("工业产值是多少？"), passages).orElseThrow();
    Candidate growth = best(ask("工业产值增长了多少？"), passages).orElseThrow();

    // then: "增长 8%" names no subject, but goes on about the clause before it
    assertThat(amount.clause().text()).isEqualTo("实现工业产值 12.5 亿元");
    assertThat(growth.clause().text()).isEqualTo("增长 8%");
    assertThat(growth.clause().lines()).containsExactly(4);
  }

  @Test
  void should_choose_nothing_when_the_figure_stands_beside_another_subject() {
    // given: only the sentence of the park, whose amount is not the one asked
    List<Passage> park = List.of(TestStages.on(passages, 5));

    // when / then
    assertThat(best(ask("工业产值是多少？"), park)).isEmpty();
  }

  @ParameterizedTest(name = "{0} ⟵ {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "工业产值是多少？ | 实现工业产值 12.5 亿元 | 1.0",
        "工业产值是多少？ | 增长 8% | 0.0",
        "工业产值增长了多少？ | 增长 8% | 1.0",
        "工业产值增长了多少？ | 实现工业产值 12.5 亿元 | 0.0",
        "要建哪些项目？ | 建设甲馆、乙园、丙中心等项目 | 1.0",
        "要建哪些项目？ | 建设甲馆、乙园 | 0.5",
        // a move of a rate in percentage points is not the rate, unless a change is asked
        "调查失业率是多少？ | 调查失业率下降0.2个百分点 | 0.0",
        "调查失业率是多少？ | 调查失业率为4.8% | 1.0",
        "调查失业率下降了几个百分点？ | 调查失业率下降0.2个百分点 | 1.0",
        // a figure in the unit the question names, though an anniversary is a name
        "今年是某某成立多少周年？ | 今年是某某成立75周年 | 1.0",
        "某某会举办到第多少届了？ | 某某会已举办5届 | 1.0",
        // the value before a change is not the value after it
        "补助标准上调之前是多少元？ | 补助标准提高到每人每月 1135 元 | 0.0",
        "补助标准上调之前是多少元？ | 补助标准由每人每月 1000 元提高到 1135 元 | 1.0",
        "补助标准是多少元？ | 补助标准提高到每人每月 1135 元 | 1.0"
      })
  void should_measure_how_well_a_clause_holds_the_kind_asked(
      String question, String clause, double fit) {
    // given
    AnalyzedQuery query = ask(question);

    // when / then
    assertThat(scorer.fit(query, clause, TestStages.subject(query, report))).isEqualTo(fit);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"增长 12%, true", "98.2%, true", "保持全国第3位, true", "营收超 3 亿元, false", "同比增长 12%, false"})
  void should_tell_a_clause_that_goes_on_about_the_one_before(String clause, boolean continues) {
    // when / then
    assertThat(ClauseScorer.continues(clause)).isEqualTo(continues);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"元, MONEY", "人, PEOPLE", "%, RATE", "平方公里, AREA", "个, ANY"})
  void should_read_the_measure_a_unit_answers(String unit, Measure measure) {
    // when / then
    assertThat(ClauseScorer.measureOf(unit)).isEqualTo(measure);
  }
}
