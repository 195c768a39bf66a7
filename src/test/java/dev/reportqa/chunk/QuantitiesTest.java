package dev.reportqa.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "力争全年游客量突破 1200 万人次 | 突破 1200 万人次 | 1200 | 万 | 人次 | 突破 | 12000000",
        "上半年实现地区生产总值46.23亿元 | 46.23亿元 | 46.23 | 亿 | 元 | '' | 4623000000",
        "同比增长 14% | 14% | 14 | '' | % | '' | 14",
        "受理事项 4.3 万余件 | 4.3 万余件 | 4.3 | 万 | 件 | 余 | 43000",
        "增长10%以上 | 10%以上 | 10 | '' | % | 以上 | 10",
        "组织企业赴境外参展不少于50家次 | 不少于50家次 | 50 | '' | 家次 | 不少于 | 50",
        "营收超 2 亿元 | 超 2 亿元 | 2 | 亿 | 元 | 超 | 200000000",
        "城镇居民人均可支配收入增长2.1个百分点 | 2.1个百分点 | 2.1 | '' | 百分点 | '' | 2.1",
        "新能源汽车产量突破70万辆 | 突破70万辆 | 70 | 万 | 辆 | 突破 | 700000",
        "新能源装机容量达到1200万千瓦 | 达到1200万千瓦 | 1200 | 万 | 千瓦 | 达到 | 12000000",
        "全社会用电量850亿千瓦时 | 850亿千瓦时 | 850 | 亿 | 千瓦时 | '' | 85000000000",
        "光伏装机容量达到800千瓦 | 达到800千瓦 | 800 | '' | 千瓦 | 达到 | 800",
        "进出口总额1234.5亿美元 | 1234.5亿美元 | 1234.5 | 亿 | 美元 | '' | 123450000000",
        "集装箱吞吐量达到1500万标箱 | 达到1500万标箱 | 1500 | 万 | 标箱 | 达到 | 15000000",
        "人均预期寿命达到79.5岁 | 达到79.5岁 | 79.5 | '' | 岁 | 达到 | 79.5",
        "全年增长5.5％左右 | 5.5％左右 | 5.5 | '' | % | 左右 | 5.5",
        "森林覆盖率提高到43%以上 | 43%以上 | 43 | '' | % | 以上 | 43",
        "单位生产总值能耗下降不超过3% | 不超过3% | 3 | '' | % | 不超过 | 3",
        "规模以上工业企业达到3000多家 | 达到3000多家 | 3000 | '' | 家 | 达到…多 | 3000",
        "带动就业10余万人 | 10余万人 | 10 | 万 | 人 | 余 | 100000",
        "一般公共预算收入1.2万亿元 | 1.2万亿元 | 1.2 | 万亿 | 元 | '' | 1200000000000",
        "新增城镇保障性住房1.5万套 | 1.5万套 | 1.5 | 万 | 套 | '' | 15000",
        "节约能源12万吨标准煤 | 12万吨标准煤 | 12 | 万 | 吨标准煤 | '' | 120000",
        "平均通勤时间缩短到45分钟 | 45分钟 | 45 | '' | 分钟 | '' | 45",
        "新增托育服务3个月内 | 3个月 | 3 | '' | 个月 | '' | 3"
      })
  void should_read_number_bound_multiplier_and_unit(
      String text,
      String written,
      String number,
      String multiplier,
      String unit,
      String qualifier,
      String value) {
    Quantity q = Quantities.find(text).get(0);

    assertThat(q.text()).isEqualTo(written);
    assertThat(q.number()).isEqualByComparingTo(number);
    assertThat(q.multiplier()).isEqualTo(multiplier);
    assertThat(q.unit()).isEqualTo(unit);
    assertThat(q.qualifier()).isEqualTo(qualifier);
    assertThat(q.value()).isEqualByComparingTo(new BigDecimal(value));
  }

  @Test
  void should_read_a_year_as_a_bare_number_and_a_duration_in_years_with_its_unit() {
    // when
    List<Quantity> qs = Quantities.find("2025年完成3年行动计划，3月8日开工");

    // then
    assertThat(qs)
        .extracting(Quantity::text, Quantity::unit)
        .containsExactly(tuple("2025", ""), tuple("3年", "年"), tuple("3", ""), tuple("8", ""));
  }

  @Test
  void should_tell_rates_and_multiples_from_counts() {
    // when
    List<Quantity> qs = Quantities.find("增长2.1个百分点、12%和3倍，新增5个");

    // then
    assertThat(qs)
        .extracting(Quantity::compact, Quantity::isRate)
        .containsExactly(
            tuple("2.1百分点", true), tuple("12%", true), tuple("3倍", true), tuple("5个", false));
  }

  @Test
  void should_not_read_a_figure_inside_a_name() {
    List<Quantity> qs = Quantities.find("PM2.5 平均浓度同比下降 31%");

    assertThat(qs).extracting(Quantity::compact).containsExactly("31%");
  }

  @Test
  void should_read_a_round_amount_written_without_its_one_after_a_bound() {
    List<Quantity> found = Quantities.find("旅游收入超万亿元，客流突破百万人次，万亿级产业");

    assertThat(found).extracting(Quantity::text).containsExactly("超万亿元", "突破百万人次");
    assertThat(found.get(0).number()).isEqualByComparingTo("1");
    assertThat(found.get(0).multiplier()).isEqualTo("万亿");
    assertThat(found.get(0).unit()).isEqualTo("元");
  }
}
