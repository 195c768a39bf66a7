package dev.reportqa.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportqa.TestReports;
import dev.reportqa.query.QueryAnalyzer;
import dev.reportqa.report.ReportPeriods;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BriefBuilderTest {

  private static final QueryAnalyzer ANALYZER = QueryAnalyzer.withBundledLexicons();
  private static final FigureExtractor EXTRACTOR = new FigureExtractor();

  private final BriefBuilder builder = new BriefBuilder(ANALYZER, EXTRACTOR, BriefSummarizer.NONE);

  @Test
  void should_set_the_visitor_result_beside_the_visitor_target_when_briefing_tourism() {
    // when
    Brief brief = builder.build(TestReports.xitang(), "旅游");

    // then
    Brief.Row visitors = brief.rows().get(0);
    assertThat(visitors.label()).isEqualTo("游客量");
    assertThat(visitors.achieved().written()).isEqualTo("645万人次");
    assertThat(visitors.achieved().lines()).containsExactly(23);
    assertThat(visitors.achieved().periodCode()).isEqualTo("first_half_achieved");
    assertThat(visitors.target().written()).isEqualTo("突破 1200 万人次");
    assertThat(visitors.target().lines()).containsExactly(87);
    assertThat(visitors.target().periodCode()).isEqualTo("full_year_target");
  }

  @Test
  void should_take_the_counterpart_from_another_part_when_only_one_side_names_the_topic() {
    // when
    Brief brief = builder.build(TestReports.xitang(), "旅游");

    // then: 服务业增加值 is tourism's at L23 and the services item's at L99
    assertThat(brief.rows())
        .extracting(
            Brief.Row::label,
            r -> r.achieved() == null ? List.of() : r.achieved().lines(),
            r -> r.target() == null ? List.of() : r.target().lines())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("游客量", List.of(23), List.of(87)),
            org.assertj.core.groups.Tuple.tuple("旅游行业收入", List.of(23), List.of()),
            org.assertj.core.groups.Tuple.tuple("服务业增加值", List.of(23), List.of(99)),
            org.assertj.core.groups.Tuple.tuple("营收", List.of(), List.of(87)));
  }

  @Test
  void should_pair_a_signing_result_with_its_target_when_synonyms_join_their_subjects() {
    // when
    Brief brief = builder.build(TestReports.xitang(), "招商引资");

    // then
    Brief.Row signed = brief.rows().get(0);
    assertThat(signed.achieved().measured()).isEqualTo("签约引进高质量项目");
    assertThat(signed.achieved().display()).isEqualTo("10个");
    assertThat(signed.target().measured()).isEqualTo("签约高质量产业项目");
    assertThat(signed.target().display()).isEqualTo("15个以上");
  }

  @Test
  void should_quote_measures_without_figures_grouped_by_half_when_briefing() {
    // when
    Brief brief = builder.build(TestReports.xitang(), "tourism");

    // then
    List<Brief.Measure> firstHalf = measures(brief, "first_half_achieved");
    List<Brief.Measure> secondHalf = measures(brief, "second_half_target");
    assertThat(firstHalf)
        .hasSize(BriefBuilder.MAX_MEASURES)
        .allMatch(m -> m.lines().equals(List.of(23)));
    assertThat(secondHalf)
        .hasSize(BriefBuilder.MAX_MEASURES)
        .allMatch(m -> m.lines().equals(List.of(87)));
    assertThat(firstHalf).extracting(Brief.Measure::text).contains("高分通过国家5A级旅游景区评定复核");
    assertThat(secondHalf).extracting(Brief.Measure::text).contains("高水平打造世界级旅游度假目的地");
    assertThat(brief.measures()).noneMatch(m -> m.text().contains("万人次"));
  }

  @Test
  void should_list_every_cited_line_once_with_its_section_when_the_brief_is_built() {
    // when
    Brief brief = builder.build(TestReports.xitang(), "旅游");

    // then
    assertThat(brief.sources())
        .containsExactly(
            new Brief.Source(23, "一、上半年工作回顾 › 这是稳中有进的上半年 › 2.古镇烟火气稳步上升"),
            new Brief.Source(87, "二、下半年主要工作 › （一）要打好经济主动仗 › 2.要聚链融合文旅行业"),
            new Brief.Source(99, "二、下半年主要工作 › （二）要突出营商增值化 › 3.要扩大需求促消费"));
  }

  @Test
  void should_leave_grain_security_out_when_briefing_safety() {
    // when
    Brief brief = builder.build(TestReports.xitang(), "safety");

    // then
    assertThat(brief.rows()).isEmpty();
    assertThat(brief.citedLines()).containsExactly(57, 121, 125);
  }

  @Test
  void should_add_the_summary_when_it_cites_only_lines_of_the_brief() {
    // given
    BriefBuilder summarizing =
        new BriefBuilder(
            ANALYZER, EXTRACTOR, b -> Optional.of("上半年接待游客645万人次 [L23]，全年力争突破1200万人次 [L87]。"));

    // when
    Brief brief = summarizing.build(TestReports.xitang(), "旅游");

    // then
    assertThat(brief.summary()).isEqualTo("上半年接待游客645万人次 [L23]，全年力争突破1200万人次 [L87]。");
  }

  @Test
  void should_leave_the_summary_out_when_it_cites_a_line_the_brief_does_not() {
    // given
    BriefBuilder summarizing =
        new BriefBuilder(ANALYZER, EXTRACTOR, b -> Optional.of("全年游客目标为2000万人次 [L87, L5]。"));
    BriefBuilder uncited = new BriefBuilder(ANALYZER, EXTRACTOR, b -> Optional.of("旅游形势很好。"));

    // when
    Brief wrong = summarizing.build(TestReports.xitang(), "旅游");
    Brief bare = uncited.build(TestReports.xitang(), "旅游");

    // then
    assertThat(wrong.summary()).isEmpty();
    assertThat(bare.summary()).isEmpty();
  }

  @Test
  void should_fail_naming_the_words_looked_for_when_the_report_says_nothing_about_the_topic() {
    assertThatThrownBy(() -> builder.build(TestReports.xitang(), "火箭"))
        .isInstanceOf(BriefException.class)
        .hasMessage(
            "the report says nothing about '火箭' (looked for 火箭) — try a broader or another word");
  }

  private static List<Brief.Measure> measures(Brief brief, String code) {
    return brief.measures().stream()
        .filter(m -> ReportPeriods.code(m.period(), brief.metadata().kind()).equals(code))
        .toList();
  }
}
