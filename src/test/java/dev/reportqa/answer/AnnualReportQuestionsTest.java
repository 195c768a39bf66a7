package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.index.ReportIndex;
import dev.reportqa.report.ReportLoader;
import dev.reportqa.report.ReportMetadata;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Questions a reader of an annual report asks without naming what the report takes for granted.
 * "Who is the governor?": the one who delivers a government work report holds the office the
 * question names, so the report's speaker answers it; a deputy's or another body's office does not.
 * "今年的增长目标是多少？": growth said of nothing is the economy's.
 */
class AnnualReportQuestionsTest {

  private static final Path NINGXIA = Path.of("src/test/resources/reports/dev/ningxia-2026.txt");
  private static ReportIndex index;

  @BeforeAll
  static void index() {
    index = TestIndex.indexOf(NINGXIA);
  }

  private static Answer ask(String question) {
    return TestIndex.assistant(index).ask(question);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"宁夏的自治区主席是谁？", "宁夏主席是谁", "现任自治区主席叫什么名字？", "Who is the chairman of Ningxia?"})
  void should_name_the_speaker_as_the_holder_of_the_speakers_office(String question) {
    Answer answer = ask(question);

    assertThat(answer.refused()).isFalse();
    assertThat(answer.text()).contains("张雨浦").contains("[L4]").doesNotContain("标题");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"副主席是谁？", "国家主席是谁？", "政协主席是谁？"})
  void should_not_give_the_speaker_for_another_office(String question) {
    assertThat(ask(question).text()).doesNotContain("张雨浦");
  }

  @Test
  void should_read_the_office_after_this_places_names_levels_and_qualifiers_only() {
    ReportMetadata meta = ReportLoader.load(NINGXIA).metadata();

    assertThat(meta.namesSpeakersOffice("主席")).isTrue();
    assertThat(meta.namesSpeakersOffice("自治区主席")).isTrue();
    assertThat(meta.namesSpeakersOffice("宁夏回族自治区主席")).isTrue();
    assertThat(meta.namesSpeakersOffice("现任主席")).isTrue();
    assertThat(meta.namesSpeakersOffice("副主席")).isFalse();
    assertThat(meta.namesSpeakersOffice("甘肃省主席")).isFalse();
    assertThat(meta.namesSpeakersOffice("省长")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "今年的增长目标是多少？|地区生产总值增长5%左右|[L62]",
        "去年增长了多少？|增长5.3%|[L9]",
        "What was growth last year?|增长5.3%|[L9]"
      })
  void should_read_growth_said_of_nothing_as_the_economys(
      String question, String figure, String line) {
    Answer answer = ask(question);

    assertThat(answer.refused()).isFalse();
    assertThat(answer.text()).contains(figure).contains(line);
  }

  @Test
  void should_read_growth_said_of_nothing_after_a_question_as_a_follow_up_of_it() {
    Assistant assistant = TestIndex.assistant(index);
    assistant.ask("进出口总额增长多少？");

    assertThat(assistant.ask("那增长了多少？").text()).contains("进出口总额增长3.4%");
  }

  @Test
  void should_read_the_full_year_of_a_year_reviewed_as_its_result_not_a_target() {
    // 全年 marks a target only in a mid-year report; 2025 is a year this report gives results for.
    Answer answer = ask("去年全年地区生产总值是多少？");

    assertThat(answer.refused()).isFalse();
    assertThat(answer.text()).contains("5696亿元").contains("[L9]");
  }
}
