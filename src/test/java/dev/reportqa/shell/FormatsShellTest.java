package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of reports in every format, two of them unreadable, as the shell shows them. */
class FormatsShellTest {

  private static final Path FORMATS = Path.of("src/test/resources/reports/formats");

  @TempDir static Path folder;

  private static ShellHarness shell;

  /** The first command of the shell, which loads the reports (and warns of the bad ones). */
  private static ShellHarness.Run reports;

  @BeforeAll
  static void start() throws Exception {
    Files.copy(
        Path.of("src/test/resources/reports/dev/docx/henan-2025.docx"),
        folder.resolve("henan-2025.docx"));
    Files.copy(FORMATS.resolve("paged.pdf"), folder.resolve("paged.pdf"));
    Files.copy(FORMATS.resolve("scanned.pdf"), folder.resolve("scanned.pdf"));
    Files.copy(FORMATS.resolve("truncated.docx"), folder.resolve("truncated.docx"));
    Files.write(
        folder.resolve("town-gb18030.txt"),
        "\u3000\u3000政府工作报告\r\n\r\n一、2024年工作回顾\r\n全镇生产总值增长6%。\r\n"
            .getBytes(Charset.forName("GB18030")));
    shell = ShellHarness.start("--reportqa.report=" + folder);
    reports = shell.oneShot("reports");
  }

  @AfterAll
  static void stop() {
    shell.close();
  }

  @Test
  void should_list_each_report_with_its_format_and_skip_the_unreadable_with_a_warning()
      throws Exception {
    // when
    ShellHarness.Run run = reports;

    // then
    assertThat(run.exitCode()).isZero();
    // (the titles are left out: they are the report parser's business)
    assertThat(
            run.out()
                .lines()
                .filter(l -> !l.startsWith(" "))
                .map(FormatsShellTest::nameLinesAndFormat))
        .containsExactly(
            "henan-2025.docx|75|Word", "paged.pdf|20|PDF, 6 pages", "town-gb18030.txt|4|text, GBK");
    assertThat(run.err())
        .contains(
            "warning: PDF has no text layer (its pages are images, e.g. a scan); OCR it first: "
                + folder.resolve("scanned.pdf")
                + " — skipped")
        .contains("warning: cannot read Word file " + folder.resolve("truncated.docx"));
  }

  /** {@code name|lines|format} of a line of {@code reports}. */
  private static String nameLinesAndFormat(String line) {
    var m = java.util.regex.Pattern.compile("(\\S+)\\s+(\\d+) lines  (.+)").matcher(line);
    assertThat(m.matches()).as(line).isTrue();
    return m.group(1) + "|" + m.group(2) + "|" + m.group(3).strip();
  }

  @Test
  void should_show_a_page_of_a_pdf_with_each_paragraph_s_place() throws Exception {
    // when
    ShellHarness.Run run = shell.oneShot("show", "paged.pdf:p2");

    // then: page 2 opens with the end of page 1's fifth paragraph, then three more
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().map(l -> l.substring(0, l.indexOf(" │ "))))
        .containsExactly("p.1 ¶5", "p.2 ¶2", "p.2 ¶3", "p.2 ¶4");
  }

  @Test
  void should_show_a_paragraph_of_a_word_file_when_asked_by_its_number() throws Exception {
    // when
    ShellHarness.Run run = shell.oneShot("show", "henan-2025.docx:¶5");

    // then
    assertThat(run.out().strip()).isEqualTo("¶5 │ 一、2024 年工作回顾");
  }

  @Test
  void should_refuse_a_page_when_the_report_is_a_text_file() throws Exception {
    // when
    ShellHarness.Run run = shell.oneShot("show", "town-gb18030.txt:p3");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: not a line or range: 'p3' — e.g. 87 or 85-89\n");
  }

  @Test
  void should_fail_with_one_line_naming_the_file_when_the_only_report_cannot_be_read()
      throws Exception {
    // given
    ShellHarness scanned =
        ShellHarness.start("--reportqa.report=" + FORMATS.resolve("scanned.pdf"));
    try {
      // when
      ShellHarness.Run run = scanned.oneShot("show", "1");

      // then
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err())
          .isEqualTo(
              "error: PDF has no text layer (its pages are images, e.g. a scan); OCR it first: "
                  + FORMATS.resolve("scanned.pdf")
                  + "\n");
    } finally {
      scanned.close();
    }
  }
}
