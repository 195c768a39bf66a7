package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.index.ReportIndex;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On a provincial annual report: a list a sentence announces by its count ("将重点做好以下九个方面工作") is the
 * items that follow it, all of them, each cited, though the question's words match none of their
 * titles. A joined word (城乡, 进出口) answers for each of its parts in a sentence that gives figures 分别
 * (respectively), and only for itself elsewhere: 出口 is not 进出口.
 */
class ListsAndJoinedWordsTest {

  private static ReportIndex index;

  @BeforeAll
  static void index() {
    index = TestIndex.indexOf(Path.of("src/test/resources/reports/dev/xizang-2025.txt"));
  }

  private static Answer ask(String question) {
    return TestIndex.assistant(index).ask(question);
  }

  @Test
  void should_list_the_nine_sections_the_lead_sentence_announces() {
    Answer answer = ask("报告提出今年要做好哪几方面工作？");

    assertThat(answer.refused()).isFalse();
    for (int line : new int[] {55, 63, 69, 75, 81, 89, 97, 107}) {
      assertThat(answer.text()).as(answer.text()).contains("[L" + line + "]");
    }
    assertThat(answer.text()).contains("坚决维护社会和谐稳定").contains("全力以赴稳预期促增长");
  }

  @Test
  void should_not_take_the_announced_sections_for_a_list_of_something_else() {
    Answer answer = ask("城乡居民人均可支配收入分别增长多少？");

    assertThat(answer.text()).doesNotContain("[L55]").contains("6.8%");
  }

  @Test
  void should_answer_for_each_part_of_a_joined_word_in_a_respectively_sentence() {
    Answer answer = ask("农村居民收入增长了多少？");

    assertThat(answer.refused()).isFalse();
    assertThat(answer.text()).contains("分别增长6.8%和8.3%").contains("[L17]");
  }

  @Test
  void should_not_take_imports_and_exports_together_for_exports() {
    assertThat(ask("出口增长多少？").refused()).isTrue();
    assertThat(ask("进出口总额增长多少？").text()).contains("15.4%");
  }
}
