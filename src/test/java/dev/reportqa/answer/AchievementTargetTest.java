package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.eval.Scorer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Clause selection on every topic the report gives both a first-half figure and a target for: asked
 * for one, the answer must quote that one, with its own line, and not the other.
 */
class AchievementTargetTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // topic: visitors
        "上半年古镇一共来了多少游客？ | 645万人次 | 23 | 1200万人次",
        "今年全年游客量要突破多少？ | 1200万人次 | 87 | 645万人次",
        // fixed-asset investment
        "固投上半年完成了多少亿元？ | 18.8亿元 | 33 | 10%以上",
        "固定资产投资全年增长目标是多少？ | 增长10%以上 | 97 | 14%",
        // signed projects
        "上半年签约引进的高质量项目有几个？ | 10个 | 31 | 15个以上",
        "全年计划签约多少个高质量产业项目？ | 15个以上 | 83 | 10个",
        // specialised SMEs
        "今年以来省级专精特新企业新增几家？ | 2家 | 31 | 3家",
        "下半年力争新增几家省级专精特新中小企业？ | 3家 | 101 | 2家",
        // services value added
        "服务业增加值上半年增长了多少？ | 增长9.1% | 23 | 7%以上",
        "全年服务业增加值要增长百分之几？ | 增长7%以上 | 99 | 9.1%",
        // agriculture
        "上半年农业产值同比增长多少？ | 增长3% | 25 | 3.5%",
        "全年农业增加值的增长目标是多少？ | 增长3.5%以上 | 89 | 增长3%、",
        // jobs
        "上半年一共新增就业岗位多少个？ | 2000个 | 51 | 1200个",
        "全年要新增多少城镇就业岗位？ | 1200个以上 | 113 | 2000个",
        // petitions
        "上半年初信初访的化解率有多高？ | 100% | 57 | 95%",
        "全年初信初访化解率的目标是多少？ | 95% | 123 | 100%",
        // tourism revenue
        "上半年旅游行业收入有多少？ | 超11亿元 | 23 | 2亿元",
        "景区全年营收目标是多少？ | 超2亿元 | 87 | 11亿元",
        // English
        "How many tourists came in the first half? | 645万人次 | 23 | 1200万人次",
        "What is the visitor target for the full year? | 1200万人次 | 87 | 645万人次",
        "How much fixed-asset investment was made in the first half? | 18.8亿元 | 33 | 10%以上",
        "What growth in fixed-asset investment is targeted for the whole year? | 10%以上 | 97 | 14%"
      })
  void should_quote_the_asked_period_with_its_own_line(
      String question, String key, int line, String otherKey) {
    // when
    Answer answer = TestIndex.assistant().ask(question);

    // then
    assertThat(answer.refused()).as(answer.text()).isFalse();
    assertThat(Scorer.containsKey(answer.text(), key)).as(answer.text()).isTrue();
    assertThat(Scorer.containsKey(answer.text(), otherKey)).as(answer.text()).isFalse();
    assertThat(answer.citedLines()).as(answer.text()).contains(line);
  }
}
