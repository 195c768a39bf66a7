package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Questions the report does not answer are refused with one line saying why and the nearest
 * passages as leads; near misses that it does answer are not. Questions written for this test.
 */
class RefusalTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "西塘镇常住人口是多少？ | 报告中没有提到“常住人口”",
        "古镇景区门票一张多少钱？ | 报告中没有提到“门票”",
        "去年全年接待了多少游客？ | 报告没有给出2023年的情况，它给出的是2024年上半年实绩",
        "上半年地区生产总值增长了多少？ | 报告中没有找到",
        "上半年社会消费品零售总额是多少？ | 报告中没有找到",
        "全镇一共有几个行政村？ | 报告中没有提到",
        "What is the average house price in Xitang? | The report does not",
        "How many hotel beds does the old town have? | The report does not",
        "What was the unemployment rate in the first half? | The report does not",
        // the name of an office's holder the report never names: a line with another title
        // (总书记) is not an answer
        "What is the name of the town Party secretary? | The report does not name"
      })
  void should_refuse_with_a_reason_and_leads(String question, String reason) {
    Answer answer = TestIndex.assistant().ask(question);

    assertThat(answer.refused()).as(answer.text()).isTrue();
    assertThat(answer.text()).startsWith(reason).doesNotContain("\n");
    assertThat(answer.quotes()).isEmpty();
    assertThat(answer.sources()).as("leads").isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "上半年地区生产总值是多少？ | 46.23亿元",
        "上半年财政总收入增长了多少？ | 13.7%",
        "养老保险参保率是多少？ | 97.91%",
        "How much did tourism revenue reach in the first half? | 11亿元",
        // village is 村, one character with no alternatives, which the report uses
        "How many elderly-care stations were added at village level? | 养老驿站"
      })
  void should_answer_the_near_miss_it_does_cover(String question, String key) {
    Answer answer = TestIndex.assistant().ask(question);

    assertThat(answer.refused()).as(answer.text()).isFalse();
    assertThat(answer.text()).contains(key);
  }
}
