package dev.reportqa.source;

import static dev.reportqa.source.TestFiles.DEV;
import static dev.reportqa.source.TestFiles.FORMATS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocxSourceTest {

  @Test
  void should_give_the_paragraphs_of_the_text_version_when_reading_a_real_word_report() {
    // when
    SourceText text = TestFiles.read(DEV.resolve("docx/henan-2025.docx"));

    // then: henan-2025.txt is this file's paragraphs, one a line
    assertThat(TestFiles.lines(text))
        .isEqualTo(TestFiles.paragraphsOf(DEV.resolve("henan-2025.txt")));
    assertThat(text.origin().format()).isEqualTo(Format.WORD);
    assertThat(text.origin().locator()).isSameAs(ParagraphLocator.INSTANCE);
  }

  @Test
  void should_keep_the_source_line_when_the_text_version_removed_it() {
    // given: shanghai-2025.txt left out the file's third paragraph, 来源：解放日报
    List<String> expected =
        new ArrayList<>(TestFiles.paragraphsOf(DEV.resolve("shanghai-2025.txt")));
    expected.add(2, "来源：解放日报");

    // when
    SourceText text = TestFiles.read(DEV.resolve("docx/shanghai-2025.docx"));

    // then
    assertThat(TestFiles.lines(text)).isEqualTo(expected);
  }

  @Test
  void should_mark_headings_number_lists_and_flatten_tables_when_the_file_uses_word_structure() {
    // when: structure.docx is structure.fodt saved as .docx by LibreOffice
    SourceText text = TestFiles.read(FORMATS.resolve("structure.docx"));

    // then: the footnote (按不变价格计算。) and the empty paragraphs are left out
    assertThat(TestFiles.lines(text))
        .containsExactly(
            "# 政府工作报告",
            "——2025年1月10日在某市第一届人民代表大会第二次会议上",
            "# 一、2024年工作回顾",
            "全市地区生产总值增长5.2%，一般公共预算收入达到120亿元。",
            "## （一）经济运行",
            "指标 | 2024年 | 增长",
            "地区生产总值 | 3000亿元 | 5.2%",
            "一、主要预期目标",
            "二、重点工作任务",
            "各位代表，奋斗创造历史，实干成就未来！");
  }

  @Test
  void should_say_the_file_is_encrypted_when_it_has_a_password() {
    assertThatThrownBy(() -> TestFiles.read(FORMATS.resolve("encrypted.docx")))
        .isInstanceOf(SourceException.class)
        .hasMessage(
            "Word file is encrypted (password-protected): "
                + FORMATS.resolve("encrypted.docx")
                + " — save it without a password and load it again");
  }

  @Test
  void should_say_the_file_is_corrupt_or_truncated_when_it_is_cut_short() {
    assertThatThrownBy(() -> TestFiles.read(FORMATS.resolve("truncated.docx")))
        .isInstanceOf(SourceException.class)
        .hasMessageStartingWith(
            "cannot read Word file "
                + FORMATS.resolve("truncated.docx")
                + ": it is corrupt or truncated (")
        .hasMessageNotContaining("\n");
  }

  @Test
  void should_say_the_file_is_an_old_word_document_when_it_is_a_doc() {
    assertThatThrownBy(() -> Sources.read("old.doc", "old.doc", new byte[] {1}, TextCache.NONE))
        .hasMessage("old Word 97-2003 (.doc) files are not read: old.doc — save it as .docx");
  }
}
