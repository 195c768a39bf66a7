package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.report.Report;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A question about the report itself is answered from its preamble, cited. */
class ReportFactsTest {

  private final Report report = TestStages.annualReport();
  private final ReportFacts stage =
      new ReportFacts(TestStages.analyzer().cues(), TestStages.templates());

  private Optional<Answer> answer(String question) {
    return TestStages.answer(stage, question, report);
  }

  @Test
  void should_answer_when_the_report_was_delivered_from_its_preamble() {
    // when
    Answer a = answer("这份报告是哪天作的？").orElseThrow();

    // then
    assertThat(a.text()).isEqualTo("报告时间：2025年1月10日 [L2]");
    assertThat(a.citedLines()).containsExactly(2);
  }

  @Test
  void should_leave_a_question_about_the_report_s_content_to_the_other_stages() {
    // when / then
    assertThat(answer("工业产值是多少？")).isEmpty();
  }
}
