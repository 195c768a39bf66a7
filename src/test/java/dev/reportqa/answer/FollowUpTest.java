package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import org.junit.jupiter.api.Test;

/** Follow-up questions resolved against the previous turn of the same conversation. */
class FollowUpTest {

  @Test
  void should_ask_for_the_growth_of_the_same_figure_when_asked_it() {
    // given
    Assistant assistant = TestIndex.assistant();
    assistant.ask("固投上半年一共完成多少亿元？");

    // when
    Answer followUp = assistant.ask("它的同比增速是多少？");

    // then
    assertThat(followUp.text()).contains("14%").contains("[L33]");
    assertThat(followUp.resolvedQuestion()).isNotEmpty().contains("固");
  }

  @Test
  void should_switch_period_and_keep_the_subject_when_asked_for_the_target() {
    Assistant assistant = TestIndex.assistant();
    assistant.ask("上半年固定资产投资同比增长多少？");

    Answer followUp = assistant.ask("那么全年要达到什么目标？");

    assertThat(followUp.text()).contains("10%以上").contains("[L97]");
    assertThat(followUp.resolvedQuestion()).startsWith("全年").contains("固定资产投资");
  }

  @Test
  void should_add_a_new_subject_to_the_previous_one() {
    Assistant assistant = TestIndex.assistant();
    assistant.ask("今年游客量的目标是多少？");

    Answer followUp = assistant.ask("那营收目标呢？");

    assertThat(followUp.text()).contains("营收超 2 亿元").contains("[L87]");
  }

  @Test
  void should_resolve_an_english_follow_up() {
    Assistant assistant = TestIndex.assistant();
    assistant.ask("How many visitors did the old town receive in the first half?");

    Answer followUp = assistant.ask("And what is the goal for the whole year?");

    assertThat(followUp.text()).contains("12 million").contains("[L87]");
    assertThat(followUp.resolvedQuestion())
        .contains("visitor")
        .endsWith("as a target for the full year?");
  }

  @Test
  void should_not_resolve_after_a_new_conversation_starts() {
    Assistant assistant = TestIndex.assistant();
    assistant.ask("固投上半年一共完成多少亿元？");
    assistant.reset();

    Answer alone = assistant.ask("它的同比增速是多少？");

    assertThat(alone.resolvedQuestion()).isEmpty();
    assertThat(alone.refused()).isTrue();
  }

  @Test
  void should_not_take_a_full_question_for_a_follow_up() {
    Assistant assistant = TestIndex.assistant();
    assistant.ask("固投上半年一共完成多少亿元？");

    Answer next = assistant.ask("上半年粮食总产量是多少？");

    assertThat(next.resolvedQuestion()).isEmpty();
    assertThat(next.text()).contains("1.24万吨").contains("[L25]");
  }

  @Test
  void should_go_on_from_the_part_of_a_two_part_question_that_named_its_subject() {
    // given a question whose second part leans on its first for the subject
    Assistant assistant = TestIndex.assistant();
    Answer both = assistant.ask("固投上半年完成多少亿元？同比增长多少？");

    // then: the conversation goes on from the first part's amount, not the second part's growth
    assertThat(both.text()).contains("[L33]");
    assertThat(assistant.last().query().intent()).isEqualTo(dev.reportqa.query.Intent.AMOUNT);
  }

  @Test
  void should_read_a_later_part_that_names_only_an_action_as_leaning_on_the_part_before() {
    // given
    Assistant assistant = TestIndex.assistant();

    // when: the second part names its own time, so it is read for that time, not as a target
    Answer both = assistant.ask("全年固定资产投资目标是多少？上半年完成了多少？");

    // then
    assertThat(both.text()).contains("[L97]").contains("[L33]");
    assertThat(both.resolvedQuestion()).startsWith("上半年固定资产投资").doesNotContain("目标");
  }
}
