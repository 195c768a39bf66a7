package dev.reportqa.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportLoaderTest {

  @TempDir Path dir;

  @Test
  void should_name_the_path_when_the_report_is_missing() {
    Path missing = dir.resolve("nope.md");

    assertThatThrownBy(() -> ReportLoader.load(missing))
        .isInstanceOf(ReportException.class)
        .hasMessage("report file not found: " + missing + " — pass --report PATH");
  }

  @Test
  void should_reject_a_report_that_is_not_utf8() throws Exception {
    Path gbk = dir.resolve("gbk.md");
    Files.write(gbk, "政府工作报告".getBytes("GBK"));

    assertThatThrownBy(() -> ReportLoader.load(gbk))
        .isInstanceOf(ReportException.class)
        .hasMessage("report is not valid UTF-8 text: " + gbk);
  }

  @Test
  void should_reject_an_empty_or_blank_report() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.md"), "");
    Path blank = Files.writeString(dir.resolve("blank.md"), " \n\n  \n");

    assertThatThrownBy(() -> ReportLoader.load(empty)).hasMessage("report is empty: " + empty);
    assertThatThrownBy(() -> ReportLoader.load(blank)).hasMessage("report is empty: " + blank);
  }

  @Test
  void should_reject_a_directory_given_as_the_report() {
    assertThatThrownBy(() -> ReportLoader.load(dir))
        .hasMessage("report path is a folder, not a file: " + dir);
  }

  @Test
  void should_drop_a_byte_order_mark_and_keep_crlf_lines_exact() throws Exception {
    Path file = dir.resolve("bom.md");
    Files.write(
        file, ("\uFEFF# 报告\r\n\r\n## 一、回顾\r\n\r\n上半年实现产值1亿元。").getBytes(StandardCharsets.UTF_8));

    Report report = ReportLoader.load(file);

    assertThat(report.lineCount()).isEqualTo(5);
    assertThat(report.line(1)).isEqualTo("# 报告");
    assertThat(report.paragraphAt(5).orElseThrow().text()).isEqualTo("上半年实现产值1亿元。");
  }
}
