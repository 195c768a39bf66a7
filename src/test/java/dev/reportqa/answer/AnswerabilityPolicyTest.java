package dev.reportqa.answer;

import static dev.reportqa.answer.TestStages.ask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.chunk.Clause;
import dev.reportqa.chunk.ClauseSplitter;
import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.Frame;
import dev.reportqa.report.Period;
import dev.reportqa.report.Report;
import dev.reportqa.retrieve.Passage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The report does not answer when the clause found is not what was asked: the policy says why. */
class AnswerabilityPolicyTest {

  private static final Period TARGET_2025 = Period.year(Period.Role.TARGET, 2025);

  private final Report report = TestStages.annualReport();
  private final List<Passage> passages = TestStages.passages(report);
  private final AnswerabilityPolicy policy = TestStages.policy();

  /** A candidate of the first clause on a line, naming the whole subject, of the given period. */
  private Candidate candidate(int line, String clause, Period period, double context) {
    Clause c =
        ClauseSplitter.split(TestStages.on(passages, line).unit()).stream()
            .filter(x -> x.text().equals(clause))
            .findFirst()
            .get();
    return new Candidate(c, 1, 1.0, true, context, 1.0, 0, ClauseScorer.frameOf(period), period, 0);
  }

  private Evidence evidence(AnalyzedQuery query) {
    return TestStages.evidence(query, report, passages);
  }

  private Optional<Answer> afterChoice(AnalyzedQuery query, Candidate best) {
    return policy.afterChoice(query, best, evidence(query));
  }

  @Test
  void should_refuse_a_target_when_a_result_is_asked() {
    // given
    AnalyzedQuery query = ask("工业产值是多少？").withFrame(Frame.ACHIEVED);

    // when
    Answer refusal =
        afterChoice(query, candidate(6, "工业产值力争达到 120 亿元", TARGET_2025, 1.0)).orElseThrow();

    // then
    assertThat(refusal.refused()).isTrue();
    assertThat(refusal.text()).isEqualTo("报告只给出了“工业产值”的目标，没有给出实际完成的数字。");
    assertThat(refusal.sources()).isEqualTo(passages);
  }

  @Test
  void should_let_a_target_answer_when_a_target_is_asked() {
    // given
    AnalyzedQuery query = ask("工业产值是多少？").withFrame(Frame.TARGET);

    // when / then
    assertThat(afterChoice(query, candidate(6, "工业产值力争达到 120 亿元", TARGET_2025, 1.0))).isEmpty();
  }

  @Test
  void should_refuse_when_the_best_sentence_names_too_little_of_the_subject() {
    // given
    AnalyzedQuery query = ask("工业产值是多少？").withFrame(Frame.TARGET);

    // when
    Answer refusal =
        afterChoice(query, candidate(6, "工业产值力争达到 120 亿元", TARGET_2025, 0.4)).orElseThrow();

    // then
    assertThat(refusal.text()).isEqualTo("报告中没有找到关于“工业产值”的具体数字。");
  }

  @Test
  void should_quote_the_rate_as_a_lead_when_an_amount_in_yuan_is_asked() {
    // given
    AnalyzedQuery query = ask("工业产值是多少亿元？");
    Period result = Period.year(Period.Role.RESULT, 2024);

    // when
    Answer refusal = afterChoice(query, candidate(4, "工业产值增长 8%", result, 1.0)).orElseThrow();

    // then
    assertThat(refusal.text()).isEqualTo("报告没有给出“工业产值”的金额，只给出它的增长率：“工业产值增长 8%” [L4]");
  }

  @Test
  void should_refuse_a_year_the_report_does_not_cover() {
    // given
    AnalyzedQuery query = ask("2020年工业产值是多少？");
    Period asked = Period.year(Period.Role.NONE, 2020);

    // when
    Answer refusal = policy.uncoveredPeriod(query, asked, evidence(query)).orElseThrow();

    // then
    assertThat(refusal.text()).isEqualTo("报告没有给出2020年的情况，它给出的是2024年实绩、2025年目标。");
  }

  @Test
  void should_refuse_before_choosing_when_the_report_has_no_word_of_the_subject() {
    // given
    AnalyzedQuery query = ask("火箭发射场的数量是多少？");
    TermStats words = new TermStats(passages.stream().map(Passage::unit).toList());

    // when
    Answer refusal = policy.beforeChoice(query, words, evidence(query)).orElseThrow();

    // then
    assertThat(refusal.text()).isEqualTo("报告中没有找到关于“火箭发射场数量”的具体数字。");
  }
}
