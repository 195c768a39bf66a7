package dev.reportqa.source;

import static dev.reportqa.source.TestFiles.DEV;
import static dev.reportqa.source.TestFiles.FORMATS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfSourceTest {

  /** shanghai-2025.pdf, printed from shanghai-2025.docx: 31 pages, read once for all tests. */
  private static SourceText shanghai;

  @BeforeAll
  static void read() {
    shanghai = TestFiles.read(DEV.resolve("docx/shanghai-2025.pdf"));
  }

  @Test
  void should_give_the_word_files_paragraphs_when_reading_the_pdf_printed_from_it() {
    // given: the text layer of the PDF lacks one full stop the Word file has (poppler's pdftotext
    // reads 稳步提高 and 居民 on consecutive lines with nothing between them either)
    List<String> expected =
        new ArrayList<>(TestFiles.lines(TestFiles.read(DEV.resolve("docx/shanghai-2025.docx"))));
    expected.set(7, expected.get(7).replace("四是人民生活水平稳步提高。居民", "四是人民生活水平稳步提高居民"));

    // then: wrapped lines joined, page numbers dropped, paragraphs over page breaks joined whole,
    // no spaces beside Chinese characters
    assertThat(TestFiles.lines(shanghai)).isEqualTo(expected);
  }

  @Test
  void should_cite_each_paragraph_by_the_page_it_begins_on_and_its_number_there() {
    PageLocator pages = (PageLocator) shanghai.origin().locator();

    // then: checked against the printed pages; ¶1 of page 2 is the end of page 1's last paragraph
    assertThat(pages.pages()).isEqualTo(31);
    assertThat(IntStream.rangeClosed(1, 12).mapToObj(pages::place))
        .containsExactly(
            "p.1 ¶1", "p.1 ¶2", "p.1 ¶3", "p.1 ¶4", "p.1 ¶5", "p.1 ¶6", "p.1 ¶7", "p.1 ¶8",
            "p.2 ¶2", "p.2 ¶3", "p.2 ¶4", "p.3 ¶2");
    assertThat(pages.lastPage(8)).isEqualTo(2);
    assertThat(TestFiles.lines(shanghai).get(9)).startsWith("（一）奋力落实“五个中心”建设重要使命");
  }

  @Test
  void should_drop_running_titles_and_page_numbers_when_every_page_has_them() {
    // when: paged.pdf (from paged.fodt) has a running title and "- n -" on each of its 6 pages
    SourceText text = TestFiles.read(FORMATS.resolve("paged.pdf"));

    // then: paged-pdf.txt is the paragraphs of paged.fodt; in two places the PDF's text layer has
    // no comma at the end of a printed line, and the file says so
    assertThat(TestFiles.lines(text))
        .isEqualTo(TestFiles.paragraphsOf(FORMATS.resolve("paged-pdf.txt")));
    assertThat(text.text()).doesNotContain("某市人民政府工作报告（2025年）").doesNotContain("- 2 -");
    PageLocator pages = (PageLocator) text.origin().locator();
    assertThat(pages.place(9)).isEqualTo("p.3 ¶1");
    assertThat(pages.place(20)).isEqualTo("p.6 ¶1");
  }

  @Test
  void should_ask_for_ocr_when_the_pages_are_images() {
    assertThatThrownBy(() -> TestFiles.read(FORMATS.resolve("scanned.pdf")))
        .isInstanceOf(SourceException.class)
        .hasMessage(
            "PDF has no text layer (its pages are images, e.g. a scan); OCR it first: "
                + FORMATS.resolve("scanned.pdf"));
  }

  @Test
  void should_say_the_file_is_encrypted_when_it_needs_a_password() {
    assertThatThrownBy(() -> TestFiles.read(FORMATS.resolve("encrypted.pdf")))
        .isInstanceOf(SourceException.class)
        .hasMessage(
            "PDF is encrypted (password-protected): "
                + FORMATS.resolve("encrypted.pdf")
                + " — save a copy without a password and load it again");
  }

  @Test
  void should_say_the_file_is_truncated_when_it_is_cut_short() {
    assertThatThrownBy(() -> TestFiles.read(FORMATS.resolve("truncated.pdf")))
        .isInstanceOf(SourceException.class)
        .hasMessage(
            "cannot read PDF "
                + FORMATS.resolve("truncated.pdf")
                + ": it is truncated (no %%EOF end marker)");
  }

  @Test
  void should_say_the_file_is_not_a_pdf_when_it_has_no_pdf_header() {
    assertThatThrownBy(() -> Sources.read("x.pdf", "x.pdf", "政府工作报告".getBytes(), TextCache.NONE))
        .hasMessage("not a PDF file (no %PDF header): x.pdf");
  }
}
