package dev.reportqa.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A question that asks two things is answered in parts; one that asks one thing stays whole. */
class QuestionPartsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "今年粮食产量多少？蔬菜呢？ | 今年粮食产量多少？ / 蔬菜呢？",
        "用电量是多少？ | 用电量是多少？",
        "用电量是多少吗？ | 用电量是多少吗？",
        "How many parks are there, and how many were built this year? | How many parks are there? / How many were built this year?",
        "What was the output of coal and steel? | What was the output of coal and steel?",
        "Where does the port rank, and how much cargo did it handle? | Where does the port rank? / How much cargo did it handle?"
      })
  void should_split_at_a_question_mark_or_an_english_second_ask(String question, String parts) {
    // when
    List<String> split = QuestionParts.split(question);

    // then
    assertThat(split).containsExactly(parts.split(" / "));
  }

  @Test
  void should_split_at_a_chinese_comma_only_when_both_pieces_ask() {
    // given pieces that ask when they hold 多少 or 第几
    java.util.function.Predicate<String> asks = p -> p.contains("多少") || p.contains("第几");

    // then
    assertThat(QuestionParts.split("去年产量多少，全国排第几？", asks)).containsExactly("去年产量多少", "全国排第几？");
    assertThat(QuestionParts.split("粮食产量创新高，比去年多多少？", asks)).containsExactly("粮食产量创新高，比去年多多少？");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "去年粮食和蔬菜的产量分别是多少？ | 去年粮食的产量是多少？ / 去年蔬菜的产量是多少？",
        "出口、进口与外资的增速分别是多少？ | 出口的增速是多少？ / 进口的增速是多少？ / 外资的增速是多少？",
        "城乡居民收入比是多少？ | 城乡居民收入比是多少？",
        "粮食和蔬菜的产量是多少？ | 粮食和蔬菜的产量是多少？"
      })
  void should_ask_the_same_of_each_thing_a_question_joins_when_it_says_respectively(
      String question, String parts) {
    // when
    List<String> split = QuestionParts.split(question);

    // then
    assertThat(split).containsExactly(parts.split(" / "));
  }
}
