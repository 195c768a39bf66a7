package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text measured and cut in terminal columns: a Chinese character takes two. */
class ColumnsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {"abc | 3", "全年 | 4", "1200 万人次 | 11", "[L87] 二、上半年 | 16", "… | 1"})
  void should_count_east_asian_wide_characters_as_two_columns(String text, int columns) {
    assertThat(Columns.width(text)).isEqualTo(columns);
  }

  @ParameterizedTest(name = "{0} in {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "全年游客量突破 | 14 | 全年游客量突破",
        "全年游客量突破 | 10 | 全年游客…",
        "全年游客量突破 | 9 | 全年游客…",
        "abcdef | 5 | abcd…"
      })
  void should_cut_to_the_width_with_an_ellipsis_when_text_is_wider(
      String text, int columns, String fitted) {
    assertThat(Columns.fit(text, columns)).isEqualTo(fitted);
    assertThat(Columns.width(Columns.fit(text, columns))).isLessThanOrEqualTo(columns);
  }

  @Test
  void should_show_the_quoted_clause_a_quarter_in_when_a_window_is_cut_around_it() {
    // given
    String text = "加大古镇景区国际化推广，高水平打造世界级旅游度假目的地，力争全年游客量突破 1200 万人次，营收超 2 亿元。";
    int at = text.indexOf("力争");

    // when
    String window = Columns.window(text, Columns.start(text, at, 40), 40);

    // then
    assertThat(window).startsWith("…").contains("力争全年游客量").endsWith("…");
    assertThat(Columns.width(window)).isLessThanOrEqualTo(40);
  }
}
