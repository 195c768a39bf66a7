package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.report.Report;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A list question that quotes a word is answered with the parallel items the word opens. */
class QuotedItemsTest {

  private final Report report =
      TestStages.report(
          "某县人民政府工作报告",
          "一、今年主要工作",
          "突出稳增长。全年力争增长6%。",
          "坚持三个“优先”：优先发展教育，优先保障就业，优先改善民生。",
          "其他工作。",
          "优先次序很重要，要统筹。");
  private final QuotedItems stage = new QuotedItems(TestStages.templates());

  private Optional<Answer> answer(String question) {
    return TestStages.answer(stage, question, report);
  }

  @Test
  void should_list_the_clauses_the_quoted_word_opens_with_their_lines() {
    // when
    Answer a = answer("报告提了哪三个“优先”？").orElseThrow();

    // then: the three items of line 4; line 6's clause stands apart and is no item of the list
    assertThat(a.text()).isEqualTo("“优先”包括：优先发展教育 [L4]；优先保障就业 [L4]；优先改善民生 [L4]");
    assertThat(a.refused()).isFalse();
  }

  @Test
  void should_leave_a_question_without_a_quoted_word_or_with_one_item_to_the_other_stages() {
    // when / then
    assertThat(answer("报告提了哪些优先？")).isEmpty();
    assertThat(answer("哪些“突出”？")).isEmpty();
  }

  @Test
  void should_leave_a_question_that_asks_no_list_to_the_other_stages() {
    // when / then: the same quoted word in a question about an amount
    assertThat(answer("“优先”保障就业的投入是多少亿元？")).isEmpty();
  }
}
