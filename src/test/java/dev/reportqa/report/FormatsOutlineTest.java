package dev.reportqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Word file, the PDF printed from it and the text version of the same report give the same
 * outline: the same sections at the same levels, in the same order (their line numbers differ: the
 * text version has blank lines between paragraphs, and lacks the Word file's 来源 line).
 */
class FormatsOutlineTest {

  private static final Path DEV = Path.of("src/test/resources/reports/dev");

  private static List<String> outline(Path file) {
    Report report = ReportLoader.load(file);
    return report.sections().stream().map(s -> s.level() + " " + s.title()).toList();
  }

  @Test
  void should_give_the_same_outline_when_the_same_report_is_a_text_word_or_pdf_file() {
    // given
    List<String> text = outline(DEV.resolve("shanghai-2025.txt"));

    // when
    List<String> word = outline(DEV.resolve("docx/shanghai-2025.docx"));
    List<String> pdf = outline(DEV.resolve("docx/shanghai-2025.pdf"));

    // then
    assertThat(text).isNotEmpty();
    assertThat(word).isEqualTo(text);
    assertThat(pdf).isEqualTo(text);
  }

  @Test
  void should_give_the_same_outline_and_metadata_when_a_report_is_a_text_or_word_file() {
    // given a report whose text has one paragraph per line, no blank lines
    Report text = ReportLoader.load(DEV.resolve("henan-2025.txt"));

    // when
    Report word = ReportLoader.load(DEV.resolve("docx/henan-2025.docx"));

    // then
    assertThat(outline(DEV.resolve("docx/henan-2025.docx")))
        .isEqualTo(outline(DEV.resolve("henan-2025.txt")));
    assertThat(word.metadata().speaker()).isEqualTo(text.metadata().speaker()).isNotEmpty();
    assertThat(word.metadata().session()).isEqualTo(text.metadata().session()).isNotEmpty();
    assertThat(word.metadata().kind()).isEqualTo(ReportMetadata.Kind.ANNUAL);
  }
}
