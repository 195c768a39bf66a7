package dev.reportqa.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.answer.Quote;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What may be shown of a generated answer: citations of given lines, figures from cited text; and
 * what it stands on, the clauses that back it. The attacks on the verifier are in {@code
 * dev.reportqa.battery.LlmVerificationBatteryTest}.
 */
class AnswerVerifierTest {

  private static final String REPORT = "xitang-2024-h1-report.md";

  private static final Evidence L17 =
      evidence(17, "上半年实现地区生产总值46.23亿元，财政总收入和一般公共预算收入分别增长13.7%、20.4%，两项收入指标均列全县第1。");
  private static final Evidence L87 =
      evidence(87, "加大古镇景区国际化推广，高水平打造世界级旅游度假目的地，力争全年游客量突破 1200 万人次，营收超 2 亿元。");
  private static final Evidence L89 = evidence(89, "力争全年农业增加值增长 3.5%以上。");
  private static final Evidence L53_55 =
      new Evidence(
          REPORT,
          "养老保险、基本医疗保险户籍人口参保率分别达 97.91%，99.51%，超10670 人次免费享受居民健康检查，获评嘉兴市健康镇样板镇。",
          List.of(53, 55),
          "一、上半年工作回顾");

  private static final List<Evidence> GIVEN = List.of(L87, L17, L89, L53_55);

  private final AnswerVerifier verifier = new AnswerVerifier();

  @Test
  void should_accept_an_answer_whose_citation_and_figures_are_in_the_passages_given() {
    // given
    String reply = "目标：力争全年游客量突破 1200 万人次 [L87]";

    // when
    AnswerVerifier.Verdict verdict = verifier.verify(reply, GIVEN);

    // then
    assertThat(verdict)
        .isEqualTo(
            new AnswerVerifier.Verified(
                reply, List.of(new Quote(REPORT, "力争全年游客量突破 1200 万人次", List.of(87)))));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "参保率分别达 97.91% 和 99.51% [L53, L55]|53;55",
        "参保率分别达 97.91% 和 99.51% [L53，L55]|53;55",
        "参保率分别达 97.91% 和 99.51% 【L53、L55】|53;55",
        "参保率分别达 97.91% 和 99.51% ［L53］|53",
        "参保率分别达 97.91% 和 99.51% [L53-55]|53;55",
        "参保率分别达 97.91% 和 99.51% [L53-L55]|53;55",
        "参保率分别达 97.91% 和 99.51% [L53][L55]|53;55",
      })
  void should_read_every_citation_form_and_quote_the_clauses_of_the_figures_when_verifying(
      String reply, String lines) {
    // given
    List<Integer> expected =
        java.util.Arrays.stream(lines.split(";")).map(Integer::valueOf).toList();

    // when
    AnswerVerifier.Verdict verdict = verifier.verify(reply, GIVEN);

    // then
    assertThat(verdict).isInstanceOf(AnswerVerifier.Verified.class);
    assertThat(((AnswerVerifier.Verified) verdict).quotes())
        .containsExactly(
            new Quote(REPORT, "养老保险、基本医疗保险户籍人口参保率分别达 97.91%", expected),
            new Quote(REPORT, "99.51%", expected));
  }

  @Test
  void should_quote_the_clause_of_each_cited_passage_in_citation_order_when_several_are_cited() {
    // given
    String reply = "上半年地区生产总值46.23亿元 [L17]；全年游客量力争突破 1200 万人次 [L87]。";

    // when
    AnswerVerifier.Verdict verdict = verifier.verify(reply, GIVEN);

    // then
    assertThat(((AnswerVerifier.Verified) verdict).quotes())
        .containsExactly(
            new Quote(REPORT, "上半年实现地区生产总值46.23亿元", List.of(17)),
            new Quote(REPORT, "力争全年游客量突破 1200 万人次", List.of(87)));
  }

  @Test
  void should_reject_naming_the_line_when_the_answer_cites_a_line_it_was_not_given() {
    // given
    String reply = "力争全年游客量突破 1200 万人次 [L87, L140]";

    // when
    AnswerVerifier.Verdict verdict = verifier.verify(reply, GIVEN);

    // then
    assertThat(verdict)
        .isEqualTo(
            new AnswerVerifier.Rejected(new Reason(Reason.UNKNOWN_LINE, Map.of("lines", "L140"))));
  }

  @Test
  void should_reject_a_range_when_an_end_of_it_was_not_given() {
    // when
    AnswerVerifier.Verdict verdict = verifier.verify("增长 3.5% [L87-90]", GIVEN);

    // then
    assertThat(verdict)
        .isEqualTo(
            new AnswerVerifier.Rejected(
                new Reason(Reason.UNKNOWN_LINE, Map.of("lines", "L87-90"))));
  }

  @Test
  void should_reject_naming_the_figure_when_the_answer_invents_a_number() {
    // when
    AnswerVerifier.Verdict verdict = verifier.verify("力争全年游客量突破 1500 万人次 [L87]", GIVEN);

    // then
    assertThat(verdict)
        .isEqualTo(
            new AnswerVerifier.Rejected(
                new Reason(Reason.UNBACKED_NUMBER, Map.of("numbers", "1500 万人次"))));
  }

  @Test
  void should_reject_a_figure_that_only_a_passage_it_does_not_cite_states() {
    // when: 46.23 is in L17, which was given but is not cited
    AnswerVerifier.Verdict verdict = verifier.verify("地区生产总值46.23亿元 [L87]", GIVEN);

    // then
    assertThat(verdict)
        .isEqualTo(
            new AnswerVerifier.Rejected(
                new Reason(Reason.UNBACKED_NUMBER, Map.of("numbers", "46.23亿元"))));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a figure inside a longer number is not stated: 5 in 3.5%, 46.2 in 46.23, 12 in 1200
        "农业增加值增长 5% [L89]|5%",
        "地区生产总值46.2亿元 [L17]|46.2亿元",
        "游客量突破 12 million [L87]|12",
        "财政总收入增长 3.7% [L17]|3.7%",
      })
  void should_reject_a_figure_that_is_only_part_of_a_number_in_the_passage(
      String reply, String number) {
    // when
    AnswerVerifier.Verdict verdict = verifier.verify(reply, GIVEN);

    // then
    assertThat(verdict)
        .isEqualTo(
            new AnswerVerifier.Rejected(
                new Reason(Reason.UNBACKED_NUMBER, Map.of("numbers", number))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "超10,670人次免费享受居民健康检查 [L53]",
        "超１０６７０人次免费享受居民健康检查 [L53]",
        "超 10670 人次免费享受居民健康检查 [L53, L55]",
      })
  void should_accept_a_figure_written_with_grouping_full_width_digits_or_spaces(String reply) {
    // when
    AnswerVerifier.Verdict verdict = verifier.verify(reply, GIVEN);

    // then
    assertThat(verdict).isInstanceOf(AnswerVerifier.Verified.class);
  }

  @Test
  void should_not_read_the_digits_of_a_citation_as_figures() {
    // when: 87 and 89 occur in no passage text, only in the citations
    AnswerVerifier.Verdict verdict =
        verifier.verify("农业增加值力争增长 3.5%以上 [L89]，游客量突破 1200 万人次 [L87]", GIVEN);

    // then
    assertThat(verdict).isInstanceOf(AnswerVerifier.Verified.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "全年游客目标是 1200 万人次。",
        "全年游客目标是 1200 万人次 (L87)",
        "全年游客目标是 1200 万人次 [87]",
      })
  void should_reject_an_answer_when_it_cites_no_line(String reply) {
    // when
    AnswerVerifier.Verdict verdict = verifier.verify(reply, GIVEN);

    // then
    assertThat(verdict).isEqualTo(new AnswerVerifier.Rejected(Reason.of(Reason.UNCITED)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NOT_IN_REPORT",
        "  NOT_IN_REPORT\n",
        "**NOT_IN_REPORT**",
        "报告没有提到常住人口。\nNOT_IN_REPORT",
        "<think>The passages list insurance rates, not population.</think>\nNOT_IN_REPORT",
      })
  void should_take_the_marker_as_a_refusal_when_the_model_replies_it(String reply) {
    // when
    AnswerVerifier.Verdict verdict = verifier.verify(reply, GIVEN);

    // then
    assertThat(verdict).isEqualTo(new AnswerVerifier.Refused());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n ", "<think>hmm</think>"})
  void should_reject_a_reply_when_it_is_empty(String reply) {
    // when
    AnswerVerifier.Verdict verdict = verifier.verify(reply, GIVEN);

    // then
    assertThat(verdict).isEqualTo(new AnswerVerifier.Rejected(Reason.of(Reason.EMPTY)));
  }

  @Test
  void should_show_the_answer_without_the_thinking_when_a_reasoning_model_replies() {
    // given
    String reply = "<think>L87 says 1200 万人次; maybe 1500?</think>\n力争全年游客量突破 1200 万人次 [L87]";

    // when
    AnswerVerifier.Verdict verdict = verifier.verify(reply, GIVEN);

    // then
    assertThat(((AnswerVerifier.Verified) verdict).text()).isEqualTo("力争全年游客量突破 1200 万人次 [L87]");
  }

  private static Evidence evidence(int line, String text) {
    return new Evidence(REPORT, text, List.of(line), "");
  }
}
