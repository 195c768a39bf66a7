package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.query.Language;
import dev.reportqa.report.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An answer of quotes reads: the period's label, then each quote with its citation. */
class AnswerRendererTest {

  private static final Period FIRST_HALF_RESULT =
      Period.half(Period.Role.RESULT, 2024, Period.Half.FIRST);
  private static final Period YEAR_TARGET = Period.year(Period.Role.TARGET, 2025);

  private final AnswerRenderer renderer = new AnswerRenderer(TestStages.templates());

  private static Quote quote(String text, int line) {
    return new Quote("r.txt", text, List.of(line));
  }

  @Test
  void should_label_chinese_quotes_with_their_period_and_part_them_with_semicolons() {
    // given
    List<Quote> quotes = List.of(quote("实现某某收入 12.5 亿元", 17), quote("同比增长 8%", 18));

    // when
    String text = renderer.render(Language.ZH, FIRST_HALF_RESULT, quotes, Citation.LINES);

    // then
    assertThat(text).isEqualTo("2024年上半年实绩：实现某某收入 12.5 亿元 [L17]；同比增长 8% [L18]");
  }

  @Test
  void should_state_the_figures_in_english_before_the_chinese_quotes() {
    // given
    List<Quote> quotes = List.of(quote("力争某某量突破 800 万人次", 87));

    // when
    String text = renderer.render(Language.EN, YEAR_TARGET, quotes, Citation.LINES);

    // then
    assertThat(text)
        .isEqualTo("Target for 2025: more than 8 million visits. “力争某某量突破 800 万人次” [L87]");
  }

  @Test
  void should_say_the_report_says_when_the_quotes_have_no_period() {
    // given
    List<Quote> quotes = List.of(quote("推进某某工程", 40), quote("建成某某中心", 42));

    // when
    String zh = renderer.render(Language.ZH, Period.NONE, quotes, Citation.LINES);
    String en = renderer.render(Language.EN, Period.NONE, quotes, Citation.LINES);

    // then: Chinese needs no label; English has no figures to state
    assertThat(zh).isEqualTo("推进某某工程 [L40]；建成某某中心 [L42]");
    assertThat(en).isEqualTo("The report says: “推进某某工程” [L40] “建成某某中心” [L42]");
  }

  @Test
  void should_list_quotes_under_a_label_each_cited() {
    // when
    String text =
        AnswerRenderer.listed("某某包括：", List.of(quote("甲", 3), quote("乙", 5)), Citation.LINES);

    // then
    assertThat(text).isEqualTo("某某包括：甲 [L3]；乙 [L5]");
  }
}
