package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.index.ReportIndex;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On a provincial report: a question about another province is answered by a sentence that names
 * it, also by its abbreviation joined with the report's own ("川渝") in the sentence or in the short
 * sentence opening its paragraph; a figure of the report's own place is not an answer for it.
 */
class OtherPlacesTest {

  private static ReportIndex index;

  @BeforeAll
  static void index() {
    index = TestIndex.indexOf(Path.of("src/test/resources/reports/dev/sichuan-2025.txt"));
  }

  @Test
  void should_read_a_partner_province_in_the_joined_abbreviation_of_the_paragraph_topic() {
    Answer answer =
        TestIndex.assistant(index)
            .ask("How many joint projects with Chongqing will be carried out this year?");

    assertThat(answer.refused()).as(answer.text()).isFalse();
    assertThat(answer.text()).contains("320个").contains("[L45]");
  }

  @Test
  void should_refuse_a_figure_of_another_province_the_report_does_not_give() {
    Answer answer = TestIndex.assistant(index).ask("重庆的地区生产总值是多少？");

    assertThat(answer.refused()).as(answer.text()).isTrue();
  }
}
