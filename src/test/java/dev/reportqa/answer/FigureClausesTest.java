package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.index.ReportIndex;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Clauses that belong to the figure before them in the report's sentence: the margin a comparison
 * asks for ("比全国高多少" → 高于全国…个百分点) and the place in a ranking ("全国排第几" → 保持全国第1位).
 */
class FigureClausesTest {

  private static ReportIndex index;

  @BeforeAll
  static void index() {
    index = TestIndex.indexOf(Path.of("src/test/resources/reports/dev/sichuan-2025.txt"));
  }

  private static Answer ask(String question) {
    return TestIndex.assistant(index).ask(question);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"去年生猪出栏量全国排第几？|保持全国第1位|[L18]", "去年经济总量在全国排第几？|保持全国第5位|[L8]"})
  void should_take_the_place_in_a_ranking_from_the_clause_after_the_figure(
      String question, String rank, String line) {
    Answer answer = ask(question);

    assertThat(answer.refused()).isFalse();
    assertThat(answer.text()).contains(rank).contains(line);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "去年地区生产总值增速比全国高多少？",
    "How much faster did GDP grow than the national average last year?"
  })
  void should_quote_the_margin_after_the_figure(String question) {
    Answer answer = ask(question);

    assertThat(answer.text()).contains("高于全国").contains("[L8]");
  }
}
