package dev.reportqa.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceChunkerTest {

  /** Sentences of the bundled report as this chunker cuts them, pinned so that a change shows. */
  private static final int UNITS = 101;

  private final List<Unit> units = new SentenceChunker().chunk(TestReports.xitang());

  @Test
  void should_cut_the_report_into_sentences_of_body_and_preamble() {
    assertThat(units).hasSize(UNITS);
    assertThat(units).extracting(Unit::id).doesNotHaveDuplicates();
    assertThat(units.get(2).text()).isEqualTo("曹宇杰");
  }

  @Test
  void should_give_each_sentence_its_lines_and_section_path() {
    Unit target = unitContaining("力争全年游客量突破 1200 万人次");

    assertThat(target.text()).startsWith("加大古镇景区国际化推广").endsWith("营收超 2 亿元。");
    assertThat(target.lines()).containsExactly(87);
    assertThat(target.sectionPath()).isEqualTo("二、下半年主要工作 › （一）要打好经济主动仗 › 2.要聚链融合文旅行业");
    assertThat(target.paragraph().text()).startsWith("持续开展古镇景区“微改精提”系列工程");
  }

  @Test
  void should_keep_a_sentence_cut_by_a_page_break_whole_with_both_lines() {
    Unit rice = unitContaining("特色农产品知名度");

    assertThat(rice.text())
        .isEqualTo("高效运营现代粮食全产业链集成创新基地，进一步提升高营养紫米、胚芽米等特色农产品知名度，实现大米销售 3300 吨、营业额 6500 万元。");
    assertThat(rice.lines()).containsExactly(25, 27);
  }

  @Test
  void should_not_cut_inside_quotation_marks_nor_at_semicolons() {
    String text = "他说“好。走吧！”然后离开。第二句；还是第二句。第三句";

    List<int[]> ranges = SentenceChunker.sentences(text);

    assertThat(ranges)
        .extracting(r -> text.substring(r[0], r[1]))
        .containsExactly("他说“好。走吧！”然后离开。", "第二句；还是第二句。", "第三句");
  }

  @Test
  void should_keep_an_enumeration_after_a_colon_in_one_sentence() {
    Unit problems = unitContaining("主要是：");

    assertThat(problems.text()).endsWith("土地、资金等要素制约还要抓紧破解。");
    assertThat(problems.lines()).containsExactly(73, 75);
  }

  @Test
  void should_cut_after_an_unclosed_quote_as_usual() {
    String text = "开头“没有闭合。第二句。";

    assertThat(SentenceChunker.sentences(text)).hasSize(2);
  }

  private Unit unitContaining(String s) {
    return units.stream().filter(u -> u.text().contains(s)).findFirst().orElseThrow();
  }
}
