package dev.reportqa.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestReports;
import dev.reportqa.query.QueryAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BriefMarkdownTest {

  private static final QueryAnalyzer ANALYZER = QueryAnalyzer.withBundledLexicons();
  private static final FigureExtractor EXTRACTOR = new FigureExtractor();

  private final BriefBuilder builder = new BriefBuilder(ANALYZER, EXTRACTOR, BriefSummarizer.NONE);
  private final BriefMarkdown markdown = new BriefMarkdown(BriefWording.load(null));

  @Test
  void should_render_the_tourism_brief_exactly_when_the_topic_is_chinese() throws IOException {
    // given
    String golden = resource("/brief/tourism-brief.md");

    // when
    String text = markdown.render(builder.build(TestReports.xitang(), "旅游"));

    // then
    assertThat(text).isEqualTo(golden);
  }

  @Test
  void should_show_the_visitor_figures_side_by_side_with_their_lines_when_rendered() {
    // when
    String text = markdown.render(builder.build(TestReports.xitang(), "旅游"));

    // then
    assertThat(text)
        .containsPattern("\\| 游客量\\s+\\| 645万人次 \\[L23] \\| 同比增长5%\\s+\\| 突破1200万人次 \\[L87] \\|");
  }

  @Test
  void should_write_headings_in_english_with_glossed_labels_when_the_topic_is_english() {
    // when
    String text = markdown.render(builder.build(TestReports.xitang(), "tourism"));

    // then
    assertThat(text)
        .startsWith(
            "# Briefing: tourism\n\nSource: 政府工作报告 · 曹宇杰 · 2024年7月26日 · xitang-2024-h1-report.md\n")
        .contains("## Key figures", "## Key measures", "### First half", "### Second half")
        .contains("| 游客量 (tourist)")
        .endsWith("- [L99] 二、下半年主要工作 › （二）要突出营商增值化 › 3.要扩大需求促消费\n");
  }

  @Test
  void should_mark_a_second_half_target_when_it_stands_in_the_target_column() {
    // when
    String text = markdown.render(builder.build(TestReports.xitang(), "招商引资"));

    // then
    assertThat(text).containsPattern("\\| 超亿美元项目\\s+\\| 2个 \\[L31]\\s+\\|\\s+\\| 下半年：2个 \\[L83]");
  }

  @Test
  void should_put_the_summary_under_the_heading_when_there_is_one() {
    // given
    BriefBuilder summarizing =
        new BriefBuilder(ANALYZER, EXTRACTOR, b -> Optional.of("游客量上半年645万人次 [L23]。"));

    // when
    String text = markdown.render(summarizing.build(TestReports.xitang(), "旅游"));

    // then
    assertThat(text).contains("\n## 摘要\n\n游客量上半年645万人次 [L23]。\n\n## 主要数据\n");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = BriefMarkdownTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
