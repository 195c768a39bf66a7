package dev.reportqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestReports;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden tests on the bundled report: exact lines, sections, repairs and markup. */
class ReportParserTest {

  private final Report report = TestReports.xitang();

  @Test
  void should_keep_every_line_of_the_file_when_loading() {
    // given the file has 141 lines, the last without a newline
    // then
    assertThat(report.lineCount()).isEqualTo(141);
    assertThat(report.line(87)).startsWith("**2.要聚链融合文旅行业。**持续开展古镇景区");
    assertThat(report.line(1)).isEmpty();
    assertThat(report.line(141)).endsWith("为精彩书写中国式现代化西塘新篇章而不懈奋斗！");
  }

  @Test
  void should_read_title_date_speaker_and_occasion_as_metadata() {
    ReportMetadata meta = report.metadata();

    assertThat(meta.title()).isEqualTo("政府工作报告");
    assertThat(meta.titleLine()).isEqualTo(3);
    assertThat(meta.date()).isEqualTo("2024年7月26日");
    assertThat(meta.dateLine()).isEqualTo(5);
    assertThat(meta.speaker()).isEqualTo("曹宇杰");
    assertThat(meta.speakerLine()).isEqualTo(8);
    assertThat(meta.occasion()).isEqualTo("在西塘镇第十九届人民代表大会第六次会议上");
  }

  @Test
  void should_detect_section_levels_by_numbering_not_by_hash_count() {
    // given ##, ### and #### all mark level-2 headings (（一）…（五）) in this file
    List<Section> sections = report.sections();

    // then 3 parts; 5 review groups + 5 work areas; 15 + 16 + 4 items
    assertThat(sections.stream().filter(s -> s.level() == 1)).hasSize(3);
    assertThat(sections.stream().filter(s -> s.level() == 2)).hasSize(10);
    assertThat(sections.stream().filter(s -> s.level() == 3)).hasSize(35);
    assertThat(sections.stream().filter(s -> s.level() == 2).map(Section::number))
        .containsExactly("", "", "", "", "", "（一）", "（二）", "（三）", "（四）", "（五）");
  }

  @Test
  void should_give_the_section_path_of_line_87() {
    Section item = report.sectionAt(87).orElseThrow();

    assertThat(report.pathLabel(item.index())).isEqualTo("二、下半年主要工作 › （一）要打好经济主动仗 › 2.要聚链融合文旅行业");
    assertThat(item.line()).isEqualTo(87);
    assertThat(item.endLine()).isEqualTo(87);
  }

  @Test
  void should_give_each_part_its_line_range() {
    assertThat(report.sections().stream().filter(s -> s.level() == 1))
        .extracting(Section::title, Section::line, Section::endLine)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("一、上半年工作回顾", 15, 75),
            org.assertj.core.groups.Tuple.tuple("二、下半年主要工作", 77, 125),
            org.assertj.core.groups.Tuple.tuple("三、切实加强政府自身建设", 127, 141));
  }

  @Test
  void should_end_a_review_group_before_the_closing_paragraphs_of_its_part() {
    // L73 (the problems) follows the last item of the fifth group but belongs to part one only
    Section section = report.sectionAt(73).orElseThrow();

    assertThat(section.title()).isEqualTo("一、上半年工作回顾");
  }

  @ParameterizedTest
  @CsvSource({
    "25, 27, 紫米、胚芽米等特色农产品知名度",
    "35, 37, 转关模式获评全市",
    "43, 45, 地甸小微产业园",
    "53, 55, 99.51%，超10670 人次",
    "63, 65, 获评省级市场监管助企惠民",
    "73, 75, 社会治理、安全生产等方面",
    "83, 85, 强化“留商即招商”理念，全面梳理",
    "93, 95, 加强全过程要素保障",
    "129, 131, 中国特色社会主义思想，深刻领会",
    "137, 139, 全力营造“干净加干事"
  })
  void should_rejoin_a_paragraph_cut_by_a_page_break(int first, int second, String joint) {
    Paragraph p = report.paragraphAt(first).orElseThrow();

    assertThat(report.paragraphAt(second)).containsSame(p);
    assertThat(p.text()).contains(joint);
    int at = p.text().indexOf(joint);
    assertThat(p.lines(at, at + joint.length())).containsExactly(first, second);
  }

  @Test
  void should_drop_the_phrase_repeated_across_the_page_break() {
    Paragraph p = report.paragraphAt(129).orElseThrow();

    assertThat(p.text()).doesNotContain("社会主义思想社会主义思想");
  }

  @Test
  void should_strip_display_markup_and_keep_the_text() {
    Paragraph environment = report.paragraphAt(47).orElseThrow();
    Paragraph industry = report.paragraphAt(21).orElseThrow();

    assertThat(environment.text()).contains("PM2.5 平均浓度同比下降 31%").doesNotContain("<sub>");
    assertThat(industry.text()).startsWith("深入开展“三送三提”").doesNotContain("**");
    assertThat(report.line(47)).contains("PM<sub>2.5</sub>");
  }

  @Test
  void should_map_every_character_to_a_line_that_holds_it() {
    for (Paragraph p : report.paragraphs()) {
      IntStream.range(0, p.text().length())
          .filter(i -> !Character.isWhitespace(p.text().charAt(i)))
          .forEach(
              i ->
                  assertThat(report.line(p.lineAt(i)))
                      .as("char %d of %s", i, p)
                      .contains(String.valueOf(p.text().charAt(i))));
    }
  }

  @Test
  void should_load_another_report_of_the_same_kind_by_the_same_rules() {
    // given a smaller report with other line numbers, another page break and a bold group line
    String text =
        String.join(
            "\n",
            "# 政府工作报告",
            "",
            "——2025年1月8日在某镇第一届人民代表大会",
            "第二次会议上",
            "",
            "张三",
            "",
            "# 一、2024年工作回顾",
            "",
            "**——这是稳步向前的一年，成绩喜人。**",
            "",
            "**1.工业稳中有进。**全年实现工业产值12.5亿元，同比增长",
            "",
            "8%，规上企业新增3家。",
            "",
            "这一年也有困难。",
            "",
            "## 二、2025年主要工作",
            "",
            "#### **（一）要稳增长**",
            "",
            "1.要抓项目。力争签约项目20个以上。");

    Report other = ReportParser.parse("other.md", text);

    assertThat(other.metadata().speaker()).isEqualTo("张三");
    assertThat(other.metadata().date()).isEqualTo("2025年1月8日");
    assertThat(other.sections())
        .extracting(Section::level, Section::title, Section::line, Section::endLine)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "一、2024年工作回顾", 8, 16),
            org.assertj.core.groups.Tuple.tuple(2, "——这是稳步向前的一年，成绩喜人。", 10, 14),
            org.assertj.core.groups.Tuple.tuple(3, "1.工业稳中有进。", 12, 14),
            org.assertj.core.groups.Tuple.tuple(1, "二、2025年主要工作", 18, 22),
            org.assertj.core.groups.Tuple.tuple(2, "（一）要稳增长", 20, 22),
            org.assertj.core.groups.Tuple.tuple(3, "1.要抓项目。", 22, 22));
    Paragraph industry = other.paragraphAt(12).orElseThrow();
    assertThat(industry.text()).isEqualTo("全年实现工业产值12.5亿元，同比增长8%，规上企业新增3家。");
    assertThat(industry.lines()).containsExactly(12, 14);
    assertThat(other.sectionAt(16).orElseThrow().title()).isEqualTo("一、2024年工作回顾");
  }
}
