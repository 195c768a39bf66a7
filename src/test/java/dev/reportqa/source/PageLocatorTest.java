package dev.reportqa.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageLocatorTest {

  /**
   * Five paragraphs on three pages: lines 1 and 2 on page 1, line 2 running on to page 2, line 3 on
   * page 2, line 4 from page 2 to page 3, line 5 on page 3.
   */
  private final PageLocator locator =
      new PageLocator(new int[] {1, 1, 2, 2, 3}, new int[] {1, 2, 2, 3, 3}, 3);

  @Test
  void should_number_paragraphs_on_a_page_counting_the_one_carried_over_as_the_first() {
    assertThat(List.of(1, 2, 3, 4, 5).stream().map(locator::place))
        .containsExactly("p.1 ¶1", "p.1 ¶2", "p.2 ¶2", "p.2 ¶3", "p.3 ¶2");
  }

  @Test
  void should_cite_words_after_a_page_break_on_the_page_they_are_printed_on() {
    // given: line 2 runs from page 1 to page 2, which begins at its 40th character
    PageLocator split =
        new PageLocator(new int[] {1, 1}, new int[] {1, 2}, new int[][] {{}, {40}}, 2);

    // then
    assertThat(split.place(2, 39)).isEqualTo("p.1 ¶2");
    assertThat(split.place(2, 40)).isEqualTo("p.2 ¶1");
    assertThat(split.place(1, 500)).isEqualTo("p.1 ¶1");
  }

  @Test
  void should_name_a_page_once_when_several_lines_on_it_are_cited() {
    assertThat(locator.places(List.of(1, 2, 3))).isEqualTo("p.1 ¶1, ¶2, p.2 ¶2");
  }

  @ParameterizedTest(name = "{0} -> {1}-{2}")
  @CsvSource({
    "p2, 2, 4",
    "p.2, 2, 4",
    "p1-2, 1, 4",
    "p2 ¶1, 2, 2",
    "p.2 ¶2, 3, 3",
    "p2¶2-3, 3, 4",
    "¶4, 4, 4",
    "4, 4, 4",
    "L2-3, 2, 3"
  })
  void should_find_the_lines_of_a_place_when_it_is_typed_as_show_takes_it(
      String place, int from, int to) {
    assertThat(locator.range(place)).isEqualTo(new Locator.Range(from, to));
  }

  @Test
  void should_say_what_the_pdf_has_when_a_page_or_paragraph_is_not_in_it() {
    assertThatThrownBy(() -> locator.range("p9"))
        .hasMessage("page 9 is outside the PDF, which has pages 1-3");
    assertThatThrownBy(() -> locator.range("p3 ¶3"))
        .hasMessage("page 3 has paragraphs ¶1-¶2; 'p3 ¶3' is not among them");
    assertThatThrownBy(() -> locator.range("page"))
        .hasMessage(
            "not a page, paragraph or range of this PDF: 'page' — e.g. p12, p12 ¶3, ¶87 or 85-89");
  }

  @Test
  void should_give_a_section_span_on_one_page_or_across_pages() {
    assertThat(locator.span(3, 4)).isEqualTo("p.2 ¶2-3");
    assertThat(locator.span(2, 5)).isEqualTo("p.1 ¶2–p.3 ¶2");
    assertThat(LineLocator.INSTANCE.span(5, 17)).isEqualTo("L5-17");
    assertThat(ParagraphLocator.INSTANCE.span(5, 17)).isEqualTo("¶5-17");
  }

  @Test
  void should_read_paragraphs_of_a_word_file_as_lines_and_refuse_pages() {
    assertThat(ParagraphLocator.INSTANCE.range("¶85-89")).isEqualTo(new Locator.Range(85, 89));
    assertThatThrownBy(() -> ParagraphLocator.INSTANCE.range("p12"))
        .hasMessage("not a paragraph or range of this document: 'p12' — e.g. ¶87, 87 or 85-89");
    assertThatThrownBy(() -> LineLocator.INSTANCE.range("¶87"))
        .hasMessage("not a line or range: '¶87' — e.g. 87 or 85-89");
  }
}
