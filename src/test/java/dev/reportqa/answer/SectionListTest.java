package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list question about the parts of a section is answered with the section's items, each with its
 * heading line. The section is found by its title or by the lead sentence before its items.
 */
class SectionListTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // named by the lead sentence "重点抓好五个方面：" (line 79), not by the title
        "下半年重点抓哪几块？ | 81,91,103,111,119",
        // named by the title 三、切实加强政府自身建设
        "政府自身建设包括哪几条？ | 129,133,135,137",
        "What are the main parts of the work plan for the second half? | 81,91,103,111,119"
      })
  void should_list_the_items_of_the_section_asked_about(String question, String lines) {
    Answer answer = TestIndex.assistant().ask(question);

    assertThat(answer.refused()).as(answer.text()).isFalse();
    for (String line : lines.split(",")) {
      assertThat(answer.text()).as(answer.text()).contains("[L" + line + "]");
    }
  }
}
