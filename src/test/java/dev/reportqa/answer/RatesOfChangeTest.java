package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.index.ReportIndex;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rate of change written as a noun (涨幅, 增幅, 降幅) is a change like 增长: a target of consumer prices
 * set as 涨幅2%左右 answers a question about the price target, in either language.
 */
class RatesOfChangeTest {

  private static ReportIndex index;

  @BeforeAll
  static void index() {
    index = TestIndex.indexOf(Path.of("src/test/resources/reports/dev/shanghai-2025.txt"));
  }

  @Test
  void should_take_a_rise_written_as_a_noun_for_a_target_rate() {
    Answer zh = TestIndex.assistant(index).ask("今年物价涨幅控制目标是多少？");
    Answer en = TestIndex.assistant(index).ask("What is this year's target for consumer prices?");

    assertThat(zh.text()).contains("涨幅2%左右").contains("[L89]");
    assertThat(en.text()).contains("涨幅2%左右").contains("[L89]");
  }
}
