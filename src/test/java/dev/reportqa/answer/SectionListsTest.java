package dev.reportqa.answer;

import static dev.reportqa.answer.TestStages.ask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.report.Report;
import dev.reportqa.retrieve.Passage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A list question about a section is answered with the titles of the section's items. */
class SectionListsTest {

  private final Report report =
      TestStages.report(
          "某某镇政府工作报告",
          "一、上半年工作回顾",
          "上半年各项工作稳步推进。",
          "二、下半年主要工作",
          "下半年重点抓好三个方面：",
          "（一）要稳住工业基本盘",
          "推动X个项目开工。",
          "（二）要提升城乡品质",
          "完成N条道路改造。",
          "（三）要兜牢民生底线",
          "新增就业岗位N个。");
  private final SectionLists stage =
      new SectionLists(
          TestStages.templates(), TestStages.analyzer().cues(), AnswerWeights.bundled());

  private Optional<Answer> answer(String question, List<Passage> passages) {
    AnalyzedQuery query = ask(question);
    return stage.answer(query, TestStages.evidence(query, report, passages));
  }

  @Test
  void should_list_the_items_of_the_part_its_title_names() {
    // when
    Answer a = answer("下半年主要工作有哪几个方面？", List.of()).orElseThrow();

    // then
    assertThat(a.text()).isEqualTo("二、下半年主要工作包括：（一）要稳住工业基本盘 [L6]；（二）要提升城乡品质 [L8]；（三）要兜牢民生底线 [L10]");
    assertThat(a.quotes())
        .extracting(Quote::lines)
        .containsExactly(List.of(6), List.of(8), List.of(10));
  }

  @Test
  void should_list_the_items_a_passage_announces_by_their_number() {
    // given: the lead sentence "下半年重点抓好三个方面：" ranks first
    List<Passage> passages = List.of(TestStages.on(TestStages.passages(report), 5));

    // when
    Answer a = answer("今后要干好哪些事？", passages).orElseThrow();

    // then
    assertThat(a.text()).isEqualTo("二、下半年主要工作包括：（一）要稳住工业基本盘 [L6]；（二）要提升城乡品质 [L8]；（三）要兜牢民生底线 [L10]");
  }

  @Test
  void should_not_list_a_section_the_question_does_not_name_when_no_passage_announces_it() {
    // when / then
    assertThat(answer("今后要干好哪些事？", List.of())).isEmpty();
  }

  @Test
  void should_list_the_items_of_the_part_named_by_its_place() {
    // when
    Answer a = answer("第二部分分哪几个方面？", List.of()).orElseThrow();

    // then
    assertThat(a.text()).isEqualTo("二、下半年主要工作包括：（一）要稳住工业基本盘 [L6]；（二）要提升城乡品质 [L8]；（三）要兜牢民生底线 [L10]");
  }

  @Test
  void should_leave_a_question_that_asks_no_list_to_the_other_stages() {
    // when / then
    assertThat(answer("下半年主要工作的目标是多少？", List.of())).isEmpty();
  }
}
