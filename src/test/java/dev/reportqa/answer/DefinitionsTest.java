package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.report.Report;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A term the report defines in a glossary is answered from its definition, not its uses. */
class DefinitionsTest {

  private final Report report =
      TestStages.report(
          "某某县政府工作报告", "一、今年主要工作", "深入推进“两X”工作，扩大有效投资。", "名词解释", "1.“两X”：是指某某设备更新和某某消费品以旧换新。");
  private final Definitions stage = new Definitions(TestStages.templates());

  private Optional<Answer> answer(String question) {
    return TestStages.answer(stage, question, report);
  }

  @Test
  void should_quote_the_definition_of_a_term_the_report_defines() {
    // when
    Answer a = answer("“两X”是什么意思？").orElseThrow();

    // then
    assertThat(a.text()).isEqualTo("“两X”：是指某某设备更新和某某消费品以旧换新。 [L5]");
  }

  @Test
  void should_leave_a_question_that_asks_no_meaning_to_the_other_stages() {
    // when / then
    assertThat(answer("“两X”工作投资多少？")).isEmpty();
  }
}
