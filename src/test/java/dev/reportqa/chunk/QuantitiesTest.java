package dev.reportqa.chunk;

import static org.assertj.core.api.Assertions.assertThat;

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
        "营收超 2 亿元 | 超 2 亿元 | 2 | 亿 | 元 | 超 | 200000000"
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
  void should_not_read_a_figure_inside_a_name() {
    List<Quantity> qs = Quantities.find("PM2.5 平均浓度同比下降 31%");

    assertThat(qs).extracting(Quantity::compact).containsExactly("31%");
  }
}
