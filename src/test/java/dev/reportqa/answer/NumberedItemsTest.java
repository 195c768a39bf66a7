package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.index.ReportIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list written as numbered paragraphs under a lead paragraph that names it ("办好六件实事：" then
 * "1.某某方面。…") is answered with every item, each cited by its line, and not with the parts of a
 * section whose lead merely mentions the subject.
 */
class NumberedItemsTest {

  private static final String REPORT =
      """
      某某县2026年政府工作报告

      一、2025年工作回顾

      过去一年，全县经济稳中有进，六件民生实事全部完成。

      （一）产业发展取得新成效

      工业增加值增长6%。

      （二）城乡面貌持续改善

      新建农村公路120公里。

      二、2026年主要工作

      各位代表！今年我们将继续坚持为民办实事，集中力量办好六件民生实事：

      1.教育方面。新建幼儿园3所，改造中小学校舍2万平方米。

      2.医疗方面。建成县域医共体，新增床位200张。

      3.养老方面。新建村级养老服务站15个。

      4.就业方面。城镇新增就业3000人以上。

      5.住房方面。改造老旧小区12个。

      6.出行方面。新开通城乡公交线路8条。

      （一）推动产业提质增效

      加快建设工业园区。
      """;

  @TempDir static Path dir;

  private static ReportIndex index;

  @BeforeAll
  static void index() throws IOException {
    index = TestIndex.indexOfText(dir, "county-2026.txt", REPORT);
  }

  @Test
  void should_list_every_numbered_paragraph_under_the_lead_that_names_the_list() {
    // when
    Answer answer = TestIndex.assistant(index).ask("今年要办的民生实事有哪些？");

    // then
    assertThat(answer.refused()).as(answer.text()).isFalse();
    assertThat(answer.text())
        .contains("教育方面")
        .contains("医疗方面")
        .contains("养老方面")
        .contains("就业方面")
        .contains("住房方面")
        .contains("出行方面")
        .doesNotContain("产业发展取得新成效");
    assertThat(answer.quotes()).hasSize(6);
  }

  @Test
  void should_cite_each_item_by_its_own_line() {
    // when
    Answer answer =
        TestIndex.assistant(index).ask("Which people's livelihood projects are planned?");

    // then
    assertThat(answer.quotes().get(0).lines()).containsExactly(19);
    assertThat(answer.quotes().get(5).lines()).containsExactly(29);
  }
}
