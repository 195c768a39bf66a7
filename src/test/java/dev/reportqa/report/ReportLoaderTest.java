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
  void should_reject_a_report_in_no_known_encoding_when_its_bytes_decode_in_none()
      throws Exception {
    // given: 0xFF starts a character in none of UTF-8, GBK and GB18030
    Path bad = dir.resolve("bad.md");
    Files.write(bad, new byte[] {'a', (byte) 0xFF, (byte) 0xFF, 'b'});

    // when, then
    assertThatThrownBy(() -> ReportLoader.load(bad))
        .isInstanceOf(ReportException.class)
        .hasMessage("report is not UTF-8, GBK or GB18030 text: " + bad);
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

  @Test
  void should_give_the_sha256_of_the_file_bytes_when_asked_for_the_bundled_report() {
    // when
    String sha = ReportLoader.sha256(Path.of("seeds/xitang-2024-h1-report.md"));

    // then: the value `sha256sum seeds/xitang-2024-h1-report.md` prints
    assertThat(sha).isEqualTo("208509e2d1761f3b7f22a4d13ae7acfda6c2094e694bce6165f496897e93f255");
  }

  @Test
  void should_give_different_sha256_when_only_the_line_endings_differ() throws Exception {
    // given: the same text, which loads to the same lines
    Path lf = Files.writeString(dir.resolve("lf.md"), "# 报告\n\n上半年实现产值1亿元。\n");
    Path crlf = Files.writeString(dir.resolve("crlf.md"), "# 报告\r\n\r\n上半年实现产值1亿元。\r\n");

    // when
    String a = ReportLoader.sha256(lf);
    String b = ReportLoader.sha256(crlf);

    // then
    assertThat(ReportLoader.load(lf).lines()).isEqualTo(ReportLoader.load(crlf).lines());
    assertThat(a).hasSize(64).matches("[0-9a-f]{64}").isNotEqualTo(b);
  }

  @Test
  void should_name_the_path_when_hashing_a_missing_report() {
    Path missing = dir.resolve("nope.md");

    assertThatThrownBy(() -> ReportLoader.sha256(missing))
        .isInstanceOf(ReportException.class)
        .hasMessage("report file not found: " + missing + " — pass --report PATH");
  }

  @Test
  void should_keep_the_files_line_numbers_when_a_report_is_gb18030_with_crlf_and_indents()
      throws Exception {
    // given: the bundled report re-encoded as GB18030 with CR LF line ends and a full-width
    // indent on every line
    java.util.List<String> lines = Files.readAllLines(Path.of("seeds/xitang-2024-h1-report.md"));
    String windows =
        String.join("\r\n", lines.stream().map(l -> l.isEmpty() ? l : "\u3000\u3000" + l).toList());
    Path gb = dir.resolve("xitang-gb18030.md");
    Files.write(gb, windows.getBytes(java.nio.charset.Charset.forName("GB18030")));

    // when
    Report report = ReportLoader.load(gb);

    // then: the same lines at the same numbers, read in GBK (all its characters are in GBK)
    Report utf8 = ReportLoader.load(Path.of("seeds/xitang-2024-h1-report.md"));
    assertThat(report.lines()).isEqualTo(utf8.lines());
    assertThat(report.origin().encoding()).isEqualTo("GBK");
    assertThat(report.sections().stream().map(Section::title).toList())
        .isEqualTo(utf8.sections().stream().map(Section::title).toList());
  }

  @Test
  void should_skip_a_bad_report_of_a_folder_with_a_warning_when_others_can_be_read()
      throws Exception {
    // given
    Files.writeString(dir.resolve("a.md"), "政府工作报告\n\n一、工作回顾\n全年增长5%。\n");
    Files.write(dir.resolve("b.pdf"), "not a pdf".getBytes(StandardCharsets.UTF_8));
    java.util.List<String> warnings = new java.util.ArrayList<>();

    // when
    java.util.List<Report> reports =
        ReportLoader.loadAll(dir, dev.reportqa.source.TextCache.NONE, warnings::add);

    // then
    assertThat(reports).extracting(Report::name).containsExactly("a.md");
    assertThat(warnings)
        .containsExactly("not a PDF file (no %PDF header): " + dir.resolve("b.pdf") + " — skipped");
  }

  @Test
  void should_fail_naming_the_folder_when_none_of_its_reports_can_be_read() throws Exception {
    // given
    Files.write(dir.resolve("b.pdf"), "not a pdf".getBytes(StandardCharsets.UTF_8));

    // when, then
    assertThatThrownBy(() -> ReportLoader.loadAll(dir, dev.reportqa.source.TextCache.NONE, w -> {}))
        .isInstanceOf(ReportException.class)
        .hasMessage("none of the reports in folder " + dir + " can be read");
  }
}
