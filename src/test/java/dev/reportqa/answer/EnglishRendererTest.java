package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishRendererTest {

  private final EnglishRenderer renderer = new EnglishRenderer();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "力争全年游客量突破 1200 万人次 | more than 12 million visits",
        "上半年实现地区生产总值46.23亿元 | 4.623 billion yuan",
        "实现固定资产投资 18.8 亿元、同比增长 14% | 1.88 billion yuan, up 14% year on year",
        "受理事项 4.3 万余件 | over 43,000 items",
        "组织企业赴境外参展不少于50家次 | at least 50 company visits",
        "PM2.5 平均浓度同比下降 31% | down 31% year on year",
        "县镇累计兑付奖补资金668.38万元 | 6.6838 million yuan",
        "同比增长 23 倍 | up 23-fold year on year",
        "新增城镇就业岗位1200个以上 | at least 1,200",
        "确保全年社会消费品零售总额增长10%以上 | up at least 10%",
        "超过 500 万元以上 | more than 5 million yuan",
        "低保标准提高到每人每月 1135 元 | 1,135 yuan per person per month",
        "人均补助每年 300 元 | 300 yuan per year",
        "新能源汽车产量突破70万辆 | more than 700,000 vehicles",
        "城镇调查失业率下降0.3个百分点 | down 0.3 percentage points",
        "居民收入增长2.1个百分点 | up 2.1 percentage points",
        "进出口总额1234.5亿美元 | 123.45 billion US dollars",
        "新能源装机容量达到1200万千瓦 | 12 million kilowatts",
        "集装箱吞吐量达到1500万标箱 | 15 million TEU",
        "人均预期寿命达到79.5岁 | 79.5 years",
        "全年增长5.5％左右 | up about 5.5%",
        "森林覆盖率提高到43%以上 | at least 43%",
        "单位生产总值能耗下降不超过3% | down at most 3%",
        "规模以上工业企业3000多家 | over 3,000 firms",
        "实施3年行动计划，2025年完成 | 3 years",
        "突破8700万人次、居全国第3位 | more than 87 million visits, No. 3",
        "旅游收入超万亿元 | more than 1 trillion yuan"
      })
  void should_state_the_figures_of_a_clause_in_english(String clause, String english) {
    assertThat(renderer.figures(clause)).isEqualTo(english);
  }

  @Test
  void should_write_a_chinese_date_in_english() {
    assertThat(EnglishRenderer.date("2024年7月26日")).isEqualTo("26 July 2024");
  }
}
