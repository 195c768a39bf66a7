package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A long pasted text is asked for its last question; a question stays as it is. */
class PastedTextTest {

  /** A paragraph of context, longer than a question ever is. */
  private static final String CONTEXT =
      "我在准备下周的会议材料，看了今年上半年的政府工作报告，里面讲了很多内容，包括经济运行、项目建设、"
          + "招商引资、文旅融合、乡村振兴、民生保障等方面，也讲了下半年的主要工作安排。"
          + "领导让我把其中和旅游有关的数字整理出来，特别是上半年的实绩和全年的目标，方便在会上对照。";

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "全年游客目标是多少？ | 全年游客目标是多少？ | a short question is itself",
        CONTEXT + "那么全年游客目标是多少？ | 那么全年游客目标是多少？ | context, then the question",
        CONTEXT + "全年游客目标是多少？请简要回答。 | 全年游客目标是多少？ | the last sentence that asks",
        CONTEXT + "请告诉我全年游客目标 | 请告诉我全年游客目标 | no question mark: the last sentence",
        "I am preparing a briefing for the county meeting next week and have read the mid-year"
            + " report. It covers the economy, projects, tourism and people's livelihood at"
            + " length. What is the visitor target for the whole year? | What is the visitor target"
            + " for the whole year? | English sentences end at a full stop before a space",
        "上半年实现地区生产总值46.23亿元，财政总收入和一般公共预算收入分别增长13.7%、20.4%，两项收入指标均列全县第1，"
            + "规上工业总产值完成65.2亿元，同比增长12.4%，外贸出口实现26.6亿元，这些数字里增长最快的是哪一项 | 上半年实现地区"
            + "生产总值46.23亿元，财政总收入和一般公共预算收入分别增长13.7%、20.4%，两项收入指标均列全县第1，规上工业总产值完成"
            + "65.2亿元，同比增长12.4%，外贸出口实现26.6亿元，这些数字里增长最快的是哪一项 | one long sentence stays whole"
      })
  void should_ask_the_last_question_when_a_long_text_is_pasted(
      String line, String asked, String why) {
    assertThat(PastedText.question(line)).as(why).isEqualTo(asked);
  }
}
