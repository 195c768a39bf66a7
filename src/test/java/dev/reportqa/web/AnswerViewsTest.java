package dev.reportqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.answer.AnswerTemplates;
import dev.reportqa.answer.Quote;
import dev.reportqa.shell.ReportSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How an answer's text is cut at its citations, and where a quote is highlighted. */
class AnswerViewsTest {

  private static AnswerView.Part text(String t) {
    return new AnswerView.Part(t, null);
  }

  private static AnswerView.Part cite(String t, int i) {
    return new AnswerView.Part(t, i);
  }

  @Test
  void should_cut_the_text_at_every_citation_when_it_holds_several() {
    // given
    Map<String, Integer> citations = new LinkedHashMap<>();
    citations.put("[L53, L55]", 0);
    citations.put("[L17]", 1);

    // when
    List<AnswerView.Part> parts = AnswerViews.parts("甲 [L17]；乙 [L53, L55]；丙 [L17]", citations);

    // then
    assertThat(parts)
        .containsExactly(
            text("甲 "),
            cite("[L17]", 1),
            text("；乙 "),
            cite("[L53, L55]", 0),
            text("；丙 "),
            cite("[L17]", 1));
  }

  @Test
  void should_leave_a_citation_written_another_way_as_text() {
    Map<String, Integer> citations = Map.of("[L87]", 0);

    assertThat(AnswerViews.parts("目标是 1200 万人次 [L85-89]。", citations))
        .containsExactly(text("目标是 1200 万人次 [L85-89]。"));
  }

  @Test
  void should_place_each_part_of_a_quote_on_its_own_line_when_it_runs_over_a_page_break() {
    // given
    ReportSession session = WebHarness.bundled().shell.getBean(ReportSession.class);
    AnswerViews views =
        new AnswerViews(session, WebHarness.bundled().shell.getBean(AnswerTemplates.class));
    String report = session.report().name();
    String first = session.report().line(53);
    String second = session.report().line(55);
    String quote = "99.51%，超10670 人次免费享受居民健康检查";

    // when
    List<AnswerView.Highlight> highlights =
        views.highlights(new Quote(report, quote, List.of(53, 55)));

    // then
    assertThat(highlights).hasSize(2);
    assertThat(highlights.get(0).line()).isEqualTo(53);
    assertThat(highlights.get(1).line()).isEqualTo(55);
    assertThat(highlights.get(0).text()).isEqualTo("99.51%，超");
    assertThat(highlights.get(1).text()).isEqualTo("10670 人次免费享受居民健康检查");
    assertThat(first.strip()).endsWith("99.51%，超");
    assertThat(second).startsWith("10670 人次免费享受居民健康检查");
  }

  @Test
  void should_highlight_whole_lines_when_the_quote_is_not_in_the_report() {
    ReportSession session = WebHarness.bundled().shell.getBean(ReportSession.class);
    AnswerViews views =
        new AnswerViews(session, WebHarness.bundled().shell.getBean(AnswerTemplates.class));

    assertThat(views.highlights(new Quote(session.report().name(), "不在报告里的话", List.of(87))))
        .containsExactly(new AnswerView.Highlight(87, ""));
  }
}
