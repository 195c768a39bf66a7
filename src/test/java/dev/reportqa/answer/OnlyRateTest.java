package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import org.junit.jupiter.api.Test;

/** A question that names the unit of the amount it wants is not answered with a growth rate. */
class OnlyRateTest {

  private final AnswerabilityPolicy policy = TestStages.policy();

  private boolean onlyRate(String question, String clause) {
    return policy.onlyRate(TestIndex.analyzer().analyze(question), clause);
  }

  @Test
  void should_tell_a_growth_rate_from_the_amount_a_question_wants_in_yuan() {
    // when / then
    assertThat(onlyRate("全年税收收入要达到多少亿元？", "税收收入增长3%左右")).isTrue();
    assertThat(onlyRate("How much tax revenue, in yuan, is expected this year?", "税收收入增长3%左右"))
        .isTrue();
  }

  @Test
  void should_read_a_what_was_question_that_names_its_unit_as_asking_an_amount() {
    // when / then
    assertThat(onlyRate("What was the average dust concentration, in micrograms?", "某某平均浓度下降12%"))
        .isTrue();
    assertThat(onlyRate("What was the average dust concentration?", "某某平均浓度下降12%")).isFalse();
  }

  @Test
  void should_leave_a_clause_that_gives_the_amount_or_a_question_without_a_unit() {
    // when / then
    assertThat(onlyRate("全年税收收入要达到多少亿元？", "税收收入达到120亿元、增长3%")).isFalse();
    assertThat(onlyRate("全年税收收入目标是多少？", "税收收入增长3%左右")).isFalse();
    assertThat(onlyRate("税收收入增长了多少？", "税收收入增长3%左右")).isFalse();
  }
}
