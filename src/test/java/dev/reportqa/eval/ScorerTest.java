package dev.reportqa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {

  @ParameterizedTest(name = "''{1}'' in ''{0}'' → {2}")
  @CsvSource({
    "力争全年游客量突破 1200 万人次, 1200万人次, true",
    "同比增长3.5%, 5%, false",
    "同比增长5%、3.5%, 5%, true",
    "新增110个, 10个, false",
    "均列全县第12, 全县第1, false",
    "均列全县第1。, 全县第1, true",
    "增长 14.5%, 14%, false"
  })
  void should_match_keys_without_whitespace_and_not_inside_longer_numbers(
      String answer, String key, boolean expected) {
    assertThat(Scorer.containsKey(answer, key)).isEqualTo(expected);
  }

  @Test
  void should_grade_a_short_cited_answer_with_every_key_correct() {
    EvalItem item = item("target", "zh", List.of("1200万人次"), List.of(87));
    EvalRecord record = record("2024年目标：力争全年游客量突破 1200 万人次 [L87]", false, List.of(87));

    Scorer.Verdict v = Scorer.grade(item, record);

    assertThat(v.correct()).isTrue();
    assertThat(v.reasons()).isEmpty();
  }

  @Test
  void should_give_every_reason_an_answer_is_wrong() {
    EvalItem item = item("target", "zh", List.of("1200万人次"), List.of(87));
    EvalRecord record = record("上半年实绩：" + "游客".repeat(80) + "645万人次 [L23]", false, List.of(23));

    Scorer.Verdict v = Scorer.grade(item, record);

    assertThat(v.correct()).isFalse();
    assertThat(v.reasons())
        .containsExactly(
            "missing key 1200万人次",
            "wrong citation [L23] (expected one of [L87])",
            "too long (" + record.answer().length() + " > 150 chars)");
  }

  @Test
  void should_allow_english_answers_120_more_characters() {
    assertThat(item("number", "en", List.of("x"), List.of(1)).maxAnswerLength()).isEqualTo(270);
    assertThat(item("list", "zh", List.of("x"), List.of(1)).maxAnswerLength()).isEqualTo(320);
    assertThat(item("list", "en", List.of("x"), List.of(1)).maxAnswerLength()).isEqualTo(440);
  }

  @Test
  void should_count_a_refusal_right_only_for_an_unanswerable_item() {
    EvalItem unanswerable = item("unanswerable", "zh", List.of(), List.of());
    EvalItem answerable = item("number", "zh", List.of("1个"), List.of(3));
    EvalRecord refusal = record("报告中没有找到关于“人口”的具体数字。", true, List.of());

    assertThat(Scorer.grade(unanswerable, refusal).correct()).isTrue();
    assertThat(Scorer.grade(answerable, refusal).reasons()).containsExactly("refused");
    assertThat(Scorer.grade(unanswerable, record("1个 [L3]", false, List.of(3))).reasons())
        .containsExactly("answered an unanswerable question");
  }

  private static EvalItem item(
      String type, String lang, List<String> answers, List<Integer> lines) {
    return new EvalItem("t1", lang, "question", answers, lines, type, null, "");
  }

  private static EvalRecord record(String answer, boolean refused, List<Integer> cited) {
    return new EvalRecord("t1", "question", answer, refused, cited, List.of(), 1.0);
  }
}
