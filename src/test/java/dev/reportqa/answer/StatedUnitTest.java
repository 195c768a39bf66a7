package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.index.ReportIndex;
import dev.reportqa.vocab.QuantityVocabulary.Kind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question that names the unit of the amount it wants (多少亿吨, in yuan) is answered only by a
 * figure of that kind: a count of containers does not say how many tonnes of cargo.
 */
class StatedUnitTest {

  private static final String REPORT =
      """
      某某市2025年政府工作报告

      一、2025年工作回顾

      开放水平持续提升。某某港集装箱吞吐量1200万标箱、增长6.5%，港口货物吞吐量3.2亿吨。

      某某区新开通国际航线4条，外贸进出口总额860亿元。
      """;

  @TempDir static Path dir;

  private static ReportIndex index;

  @BeforeAll
  static void index() throws IOException {
    index = TestIndex.indexOfText(dir, "city-2025.txt", REPORT);
  }

  private final AnswerabilityPolicy policy = TestStages.policy();

  private Optional<Kind> kind(String question) {
    return policy.statedKind(TestIndex.analyzer().analyze(question));
  }

  @Test
  void should_read_the_kind_of_the_unit_a_question_names() {
    // when / then
    assertThat(kind("某某港的货物运了多少万吨？")).contains(Kind.WEIGHT);
    assertThat(kind("外贸一共做了几亿元？")).contains(Kind.MONEY);
    assertThat(kind("集装箱吞吐量多少标箱？")).contains(Kind.VOLUME);
    assertThat(kind("How much was foreign trade worth in yuan?")).contains(Kind.MONEY);
    assertThat(kind("How many tonnes of cargo went through the port?")).contains(Kind.WEIGHT);
  }

  @Test
  void should_read_no_kind_for_a_count_a_rate_or_a_question_without_a_unit() {
    // when / then
    assertThat(kind("新开通了多少条国际航线？")).isEmpty();
    assertThat(kind("外贸进出口总额是多少？")).isEmpty();
    assertThat(kind("How many new routes were opened?")).isEmpty();
    // Durations and ages are often written in words (连续三年): not checked.
    assertThat(kind("外贸连续增长了多少年？")).isEmpty();
  }

  @Test
  void should_refuse_an_amount_in_a_unit_the_passage_gives_no_figure_in() {
    // when
    Answer answer = TestIndex.assistant(index).ask("某某港去年集装箱一共运了多少万吨？");

    // then
    assertThat(answer.refused()).as(answer.text()).isTrue();
    assertThat(answer.text()).contains("1200万标箱");
  }

  @Test
  void should_answer_when_the_passage_gives_a_figure_in_the_unit_asked() {
    // when
    Answer tonnes = TestIndex.assistant(index).ask("某某港去年货物吞吐量有多少亿吨？");
    Answer boxes = TestIndex.assistant(index).ask("某某港集装箱吞吐量是多少万标箱？");

    // then
    assertThat(tonnes.refused()).as(tonnes.text()).isFalse();
    assertThat(tonnes.text()).contains("3.2亿吨");
    assertThat(boxes.refused()).as(boxes.text()).isFalse();
    assertThat(boxes.text()).contains("1200万标箱");
  }
}
